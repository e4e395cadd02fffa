"""Shallow (copy) and deep (deepcopy) copying of Python objects.

Classes customise copying with __copy__(self) and __deepcopy__(self, memo);
otherwise the pickling protocol (__reduce_ex__, __getstate__, __setstate__,
copy_reg.dispatch_table) says how to rebuild an object.
"""
import types
import weakref
from copy_reg import dispatch_table, reduce_object


class Error(Exception):
    pass

error = Error       # the old name

__all__ = ["Error", "copy", "deepcopy"]


def _reduce(x, cls, kind):
    """The reduce tuple of x (copy_reg's table, then __reduce_ex__(2), then __reduce__)."""
    reductor = dispatch_table.get(cls)
    if reductor:
        return reductor(x)
    if getattr(x, "__reduce_ex__", None) is not None:
        return reduce_object(x, 2)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


# ---- shallow copies ---------------------------------------------------------------------

def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    try:
        is_class = issubclass(cls, type)
    except TypeError:
        is_class = False
    if is_class:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier:
        return copier(x)
    return _reconstruct(x, _reduce(x, cls, "shallow"), 0)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x

for t in (type(None), int, long, float, bool, str, tuple, frozenset, type, xrange,
          types.ClassType, types.BuiltinFunctionType, type(Ellipsis), types.FunctionType,
          weakref.ref, complex, unicode):
    d[t] = _copy_immutable
for name in ("CodeType",):
    t = getattr(types, name, None)
    if t is not None:
        d[t] = _copy_immutable


def _copy_with_slice(x):
    return x[:]
d[list] = _copy_with_slice
d[bytearray] = _copy_with_slice


def _copy_with_copy_method(x):
    return x.copy()
d[dict] = _copy_with_copy_method
d[set] = _copy_with_copy_method


class _EmptyClass:
    pass


def _copy_inst(x):
    """Shallow copy of an old-style instance."""
    if hasattr(x, '__copy__'):
        return x.__copy__()
    if hasattr(x, '__getinitargs__'):
        y = x.__class__(*x.__getinitargs__())
    else:
        y = _EmptyClass()
        y.__class__ = x.__class__
    if hasattr(x, '__getstate__'):
        state = x.__getstate__()
    else:
        state = x.__dict__
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
    else:
        y.__dict__.update(state)
    return y
d[types.InstanceType] = _copy_inst

del d, t


# ---- deep copies -------------------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id() of the objects already copied to
    their copies (so shared and recursive structures are preserved)."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier:
        y = copier(x, memo)
    else:
        try:
            is_class = issubclass(cls, type)
        except TypeError:
            is_class = False
        if is_class:
            y = x
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier:
                y = copier(memo)
            else:
                y = _reconstruct(x, _reduce(x, cls, "deep"), 1, memo)
    memo[key] = y
    _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x

for t in (type(None), int, long, float, bool, str, unicode, complex, type, xrange,
          types.ClassType, types.BuiltinFunctionType, type(Ellipsis), types.FunctionType,
          weakref.ref):
    d[t] = _deepcopy_atomic
for name in ("CodeType",):
    t = getattr(types, name, None)
    if t is not None:
        d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y
d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # a tuple inside a cycle may have been copied while copying its items
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, items):
        if original is not copied:
            return tuple(items)
    return x
d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.iteritems():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.im_func, deepcopy(x.im_self, memo), x.im_class)
d[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keep x alive for as long as memo is: its id() is a key of memo, and a
    collected x could hand that id to a new object."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_inst(x, memo):
    """Deep copy of an old-style instance."""
    if hasattr(x, '__deepcopy__'):
        return x.__deepcopy__(memo)
    if hasattr(x, '__getinitargs__'):
        args = deepcopy(x.__getinitargs__(), memo)
        y = x.__class__(*args)
    else:
        y = _EmptyClass()
        y.__class__ = x.__class__
    memo[id(x)] = y
    if hasattr(x, '__getstate__'):
        state = x.__getstate__()
    else:
        state = x.__dict__
    state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
    else:
        y.__dict__.update(state)
    return y
d[types.InstanceType] = _deepcopy_inst

del d, t


def _reconstruct(x, info, deep, memo=None):
    """Rebuild a copy of x from its reduce tuple
    (callable, args[, state[, listitems[, dictitems]]])."""
    if isinstance(info, str):
        return x
    assert isinstance(info, tuple)
    if memo is None:
        memo = {}
    n = len(info)
    assert n in (2, 3, 4, 5)
    callable, args = info[:2]
    state = info[2] if n > 2 else None
    listiter = info[3] if n > 3 else None
    dictiter = info[4] if n > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = callable(*args)
    memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.iteritems():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
