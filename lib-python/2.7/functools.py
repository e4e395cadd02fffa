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
    defined = [name for name in _DERIVED
               if getattr(cls, name, None) is not getattr(object, name, None)]
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


def cmp_to_key(mycmp):
    """Turn an old-style cmp function into a key= function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj, *args):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __ne__(self, other):
            return mycmp(self.obj, other.obj) != 0

        def __hash__(self):
            raise TypeError('hash not implemented')
    return K
