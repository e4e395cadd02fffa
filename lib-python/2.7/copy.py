"""Generic copying: copy(x) makes a shallow copy, deepcopy(x) a deep one.

A class controls how it is copied by defining __copy__() and/or
__deepcopy__(memo).  Without them the pickle machinery is reused: the
object is reduced (copy_reg.dispatch_table, __reduce_ex__, __reduce__)
and a new one is built from the reduction, honouring __getstate__ and
__setstate__.
"""

import types
import weakref
from copy_reg import dispatch_table, reduce_object

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # alias kept for old code


class _EmptyClass:
    # Blank old-style instance whose __class__ is reassigned when copying
    # classic instances that have no __getinitargs__.
    pass


def _is_metaclass_instance(cls):
    """Is an object of type cls itself a class (cls derives from type)?"""
    try:
        return issubclass(cls, type)
    except TypeError:
        return False


def _reduction_of(x, cls, depth_word):
    reducer = dispatch_table.get(cls)
    if reducer:
        return reducer(x)
    if getattr(x, "__reduce_ex__", None) is not None:
        return reduce_object(x, 2)
    reducer = getattr(x, "__reduce__", None)
    if not reducer:
        raise Error("un(%s)copyable object of type %s" % (depth_word, cls))
    return reducer()


# Types whose values are never copied, shallowly or deeply.
_ATOMIC_TYPES = [type(None), int, long, float, bool, complex, str, unicode,
                 type, xrange, types.ClassType, types.BuiltinFunctionType,
                 type(Ellipsis), types.FunctionType, weakref.ref]
if getattr(types, "CodeType", None) is not None:
    _ATOMIC_TYPES.append(types.CodeType)


# ---------------------------------------------------------------- shallow

def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    handler = _copy_dispatch.get(cls)
    if handler:
        return handler(x)
    if _is_metaclass_instance(cls):
        return x
    own_copy = getattr(cls, "__copy__", None)
    if own_copy:
        return own_copy(x)
    return _reconstruct(x, _reduction_of(x, cls, "shallow"), 0)


def _copy_immutable(x):
    return x


def _instance_state(x):
    if hasattr(x, '__getstate__'):
        return x.__getstate__()
    return x.__dict__


def _apply_instance_state(y, state):
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
    else:
        y.__dict__.update(state)


def _blank_instance(x, initargs):
    """A new classic instance of x's class, made with initargs if the
    class defines __getinitargs__ (initargs is then its result)."""
    if initargs is not None:
        return x.__class__(*initargs)
    blank = _EmptyClass()
    blank.__class__ = x.__class__
    return blank


def _copy_inst(x):
    if hasattr(x, '__copy__'):
        return x.__copy__()
    initargs = None
    if hasattr(x, '__getinitargs__'):
        initargs = x.__getinitargs__()
    y = _blank_instance(x, initargs)
    _apply_instance_state(y, _instance_state(x))
    return y


_copy_dispatch = dict.fromkeys(_ATOMIC_TYPES + [tuple, frozenset],
                               _copy_immutable)
_copy_dispatch[list] = _copy_dispatch[bytearray] = lambda x: x[:]
_copy_dispatch[dict] = _copy_dispatch[set] = lambda x: x.copy()
_copy_dispatch[types.InstanceType] = _copy_inst


# ------------------------------------------------------------------- deep

def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x.  memo maps id(original) to its copy; it is
    what keeps shared references shared and recursive structures finite."""
    if memo is None:
        memo = {}
    ident = id(x)
    already = memo.get(ident, _nil)
    if already is not _nil:
        return already
    result = _deepcopy_fresh(x, memo)
    memo[ident] = result
    _keep_alive(x, memo)
    return result


def _deepcopy_fresh(x, memo):
    cls = type(x)
    handler = _deepcopy_dispatch.get(cls)
    if handler:
        return handler(x, memo)
    if _is_metaclass_instance(cls):
        return x
    own_deepcopy = getattr(x, "__deepcopy__", None)
    if own_deepcopy:
        return own_deepcopy(memo)
    return _reconstruct(x, _reduction_of(x, cls, "deep"), 1, memo)


def _keep_alive(x, memo):
    """Hold a reference to x in memo (under memo's own id), so that x
    outlives memo and its id() cannot be reused by another object while
    memo still maps that id."""
    memo.setdefault(id(memo), []).append(x)


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    result = []
    memo[id(x)] = result   # registered first: the list may contain itself
    for element in x:
        result.append(deepcopy(element, memo))
    return result


def _deepcopy_tuple(x, memo):
    parts = [deepcopy(element, memo) for element in x]
    # If x is part of a cycle it may already have been copied while its
    # elements were being copied; that copy must be the one returned.
    if id(x) in memo:
        return memo[id(x)]
    unchanged = True
    for before, after in zip(x, parts):
        if before is not after:
            unchanged = False
            break
    if unchanged:
        return x
    return tuple(parts)


def _deepcopy_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for k, v in x.iteritems():
        result[deepcopy(k, memo)] = deepcopy(v, memo)
    return result


def _deepcopy_method(x, memo):
    return type(x)(x.im_func, deepcopy(x.im_self, memo), x.im_class)


def _deepcopy_inst(x, memo):
    if hasattr(x, '__deepcopy__'):
        return x.__deepcopy__(memo)
    initargs = None
    if hasattr(x, '__getinitargs__'):
        initargs = deepcopy(x.__getinitargs__(), memo)
    y = _blank_instance(x, initargs)
    memo[id(x)] = y
    _apply_instance_state(y, deepcopy(_instance_state(x), memo))
    return y


_deepcopy_dispatch = dict.fromkeys(_ATOMIC_TYPES, _deepcopy_atomic)
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[types.MethodType] = _deepcopy_method
_deepcopy_dispatch[types.InstanceType] = _deepcopy_inst


# --------------------------------------------------------- reconstruction

def _set_attribute_state(y, state):
    """Default __setstate__: state is a dict, or (dict, slot dict)."""
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    if slots is not None:
        for name, value in slots.iteritems():
            setattr(y, name, value)


def _reconstruct(x, info, deep, memo=None):
    """Build the copy of x described by the reduce value info: a string
    (x is a global, returned as is) or (callable, args[, state[,
    listitems[, dictitems]]])."""
    if isinstance(info, str):
        return x
    assert isinstance(info, tuple)
    if memo is None:
        memo = {}
    assert 2 <= len(info) <= 5
    factory, args, state, items, pairs = (tuple(info) + (None,) * 3)[:5]
    dup = deep and (lambda obj: deepcopy(obj, memo)) or (lambda obj: obj)
    y = factory(*dup(args))
    memo[id(x)] = y
    if state is not None:
        state = dup(state)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            _set_attribute_state(y, state)
    if items is not None:
        for element in items:
            y.append(dup(element))
    if pairs is not None:
        for k, v in pairs:
            k = dup(k)      # key before value, as pickle would
            y[k] = dup(v)
    return y
