"""functools: higher-order functions and operations on callables.

partial and reduce come from the built-in _functools module; the rest is
written here in Python.
"""
from _functools import partial, reduce

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cmp_to_key', 'partial', 'reduce']

# attributes copied from the wrapped function, and dicts merged into the wrapper's
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the `assigned` attributes and
    merge the `updated` dicts; return wrapper."""
    for name in assigned:
        setattr(wrapper, name, getattr(wrapped, name))
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) applied to a wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# For each root comparison a class may define, how to derive the other three.
def _gt_from_lt(self, other):
    return not (self < other or self == other)

def _le_from_lt(self, other):
    return self < other or self == other

def _ge_from_lt(self, other):
    return not self < other

def _ge_from_le(self, other):
    return (not self <= other) or self == other

def _lt_from_le(self, other):
    return self <= other and not self == other

def _gt_from_le(self, other):
    return not self <= other

def _lt_from_gt(self, other):
    return not (self > other or self == other)

def _ge_from_gt(self, other):
    return self > other or self == other

def _le_from_gt(self, other):
    return not self > other

def _le_from_ge(self, other):
    return (not self >= other) or self == other

def _gt_from_ge(self, other):
    return self >= other and not self == other

def _lt_from_ge(self, other):
    return not self >= other

_DERIVED = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator: given one of __lt__, __le__, __gt__, __ge__ (and
    __eq__), fill in the missing rich comparisons."""
    # dir() as in 2.7: object has no ordering methods of its own (its
    # __lt__ attribute comes from type, a bound method that differs each time)
    names = dir(cls)
    defined = [name for name in _DERIVED if name in names]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)     # '__lt__' is preferred, then '__le__', '__gt__', '__ge__'
    for name, impl in _DERIVED[root]:
        if name not in defined:
            def method(self, other, _impl=impl):
                return _impl(self, other)
            method.__name__ = name
            method.__doc__ = getattr(getattr(int, name, None), '__doc__', None)
            setattr(cls, name, method)
    return cls


_CMP_OUTCOMES = (('__lt__', lambda c: c < 0), ('__gt__', lambda c: c > 0),
                 ('__eq__', lambda c: c == 0), ('__le__', lambda c: c <= 0),
                 ('__ge__', lambda c: c >= 0), ('__ne__', lambda c: c != 0))


def cmp_to_key(mycmp):
    """Turn an old-style cmp function into a key= function: the key objects
    compare by calling mycmp on what they wrap."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj, *args):
            self.obj = obj

        def __hash__(self):
            raise TypeError('hash not implemented')

    for name, outcome in _CMP_OUTCOMES:
        def compare(self, other, _outcome=outcome):
            return _outcome(mycmp(self.obj, other.obj))
        compare.__name__ = name
        setattr(K, name, compare)
    return K
