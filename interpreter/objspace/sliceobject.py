"""slice objects and the index arithmetic shared by sequences."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

MAXINT = (1 << 63) - 1
MININT = -(1 << 63)


class W_SliceObject(W_Root):
    w_start: W_Root
    w_stop: W_Root
    w_step: W_Root

    def __init__(self, w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> None:
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_slice


class SliceIndices(object):
    start: int
    stop: int
    step: int
    length: int

    def __init__(self, start: int, stop: int, step: int, length: int) -> None:
        self.start = start
        self.stop = stop
        self.step = step
        self.length = length


def newslice(space: "ObjSpace", w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> W_Root:
    return W_SliceObject(w_start, w_stop, w_step)


def is_none(space: "ObjSpace", w_obj: W_Root) -> bool:
    return w_obj is space.w_None


def has_index(space: "ObjSpace", w_obj: W_Root) -> bool:
    w_type = space.type(w_obj)
    if w_type is space.w_int or w_type is space.w_long or w_type is space.w_bool:
        return True
    return space.lookup(w_obj, "__index__") is not None


def index_clamped(space: "ObjSpace", w_obj: W_Root) -> int:
    """An integer-like object as a machine int, clamped on overflow
    (_PyEval_SliceIndex)."""
    w_type = space.type(w_obj)
    if not (w_type is space.w_int or w_type is space.w_long or w_type is space.w_bool):
        from pypy27.interpreter.objspace.intobject import index
        w_obj = index(space, w_obj)      # checks that __index__ gave an int or long
    try:
        return space.int_w(w_obj)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        if space.is_true(space.compare("lt", w_obj, space.newint(0))):
            return MININT
        return MAXINT


def index_or_error(space: "ObjSpace", w_obj: W_Root, w_exc: "W_TypeObject") -> int:
    """PyNumber_AsSsize_t(w_obj, w_exc): raises w_exc on overflow."""
    w_type = space.type(w_obj)
    if not (w_type is space.w_int or w_type is space.w_long or w_type is space.w_bool):
        from pypy27.interpreter.objspace.intobject import index
        w_obj = index(space, w_obj)      # checks that __index__ gave an int or long
    try:
        return space.int_w(w_obj)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        raise space.error(w_exc, "cannot fit '%s' into an index-sized integer" % space.type(w_obj).name)


def slice_indices(space: "ObjSpace", w_slice: W_Root, length: int) -> SliceIndices:
    """PySlice_GetIndicesEx."""
    assert isinstance(w_slice, W_SliceObject)
    if is_none(space, w_slice.w_step):
        step = 1
    else:
        step = slice_index_arg(space, w_slice.w_step)
        if step == 0:
            raise space.value_error("slice step cannot be zero")
        if step < -MAXINT:
            step = -MAXINT
    if step < 0:
        defstart = length - 1
        defstop = -1
    else:
        defstart = 0
        defstop = length
    if is_none(space, w_slice.w_start):
        start = defstart
    else:
        start = slice_index_arg(space, w_slice.w_start)
        if start < 0:
            start += length
    if start < 0:
        start = -1 if step < 0 else 0
    if start >= length:
        start = length - 1 if step < 0 else length
    if is_none(space, w_slice.w_stop):
        stop = defstop
    else:
        stop = slice_index_arg(space, w_slice.w_stop)
        if stop < 0:
            stop += length
    if stop < 0:
        stop = -1 if step < 0 else 0
    if stop >= length:
        stop = length - 1 if step < 0 else length
    if (step < 0 and stop >= start) or (step > 0 and start >= stop):
        n = 0
    elif step < 0:
        n = (stop - start + 1) // step + 1
    else:
        n = (stop - start - 1) // step + 1
    return SliceIndices(start, stop, step, n)


def slice_index_arg(space: "ObjSpace", w_obj: W_Root) -> int:
    if not has_index(space, w_obj):
        raise space.type_error("slice indices must be integers or None or have an __index__ method")
    return index_clamped(space, w_obj)


def simple_slice_bounds(space: "ObjSpace", w_start: W_Root, w_stop: W_Root, length: int) -> tuple[int, int]:
    """The bounds of seq[start:stop] (2.7's sq_slice: negative indices
    count from the end, then clamp to [0, length])."""
    if is_none(space, w_start):
        start = 0
    else:
        start = slice_index_arg(space, w_start)
        if start < 0:
            start += length
            if start < 0:
                start = 0
    if is_none(space, w_stop):
        stop = length
    else:
        stop = slice_index_arg(space, w_stop)
        if stop < 0:
            stop += length
            if stop < 0:
                stop = 0
    if start > length:
        start = length
    if stop > length:
        stop = length
    if stop < start:
        stop = start
    return (start, stop)


def raw_slice_bounds(space: "ObjSpace", w_start: W_Root, w_stop: W_Root, length: int) -> tuple[int, int]:
    """The bounds of list.__getslice__(i, j) called directly: no wrapping of
    negative indices (the caller of obj[i:j] did that), only clamping."""
    start = index_clamped(space, w_start)
    stop = index_clamped(space, w_stop)
    if start < 0:
        start = 0
    elif start > length:
        start = length
    if stop < start:
        stop = start
    elif stop > length:
        stop = length
    return (start, stop)


def slice_get(space: "ObjSpace", w_slice: W_Root, which: int) -> W_Root:
    assert isinstance(w_slice, W_SliceObject)
    if which == 0:
        return w_slice.w_start
    if which == 1:
        return w_slice.w_stop
    return w_slice.w_step


def optional_none(space: "ObjSpace", w_obj: Optional[W_Root]) -> W_Root:
    return w_obj if w_obj is not None else space.w_None


# ============================================================================
# app-level methods of slice
# ============================================================================

def as_slice(space: "ObjSpace", w_self: W_Root, name: str) -> W_SliceObject:
    if not isinstance(w_self, W_SliceObject):
        raise space.type_error("descriptor '%s' requires a 'slice' object but received a '%s'"
                               % (name, space.type(w_self).name))
    return w_self


def slice_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    args.unpack_stars(space, "slice()")
    if args.keywords:
        raise space.type_error("slice() does not take keyword arguments")
    n = len(args.args_w)
    if n == 0:
        raise space.type_error("slice expected at least 1 arguments, got 0")
    if n > 3:
        raise space.type_error("slice expected at most 3 arguments, got %d" % n)
    if n == 1:
        return W_SliceObject(space.w_None, args.args_w[0], space.w_None)
    if n == 2:
        return W_SliceObject(args.args_w[0], args.args_w[1], space.w_None)
    return W_SliceObject(args.args_w[0], args.args_w[1], args.args_w[2])


def descr_indices(space: "ObjSpace", w_self: W_Root, w_length: W_Root) -> W_Root:
    w_slice = as_slice(space, w_self, "indices")
    length = index_or_error(space, w_length, space.w_OverflowError)
    si = slice_indices(space, w_slice, length)
    return space.newtuple([space.newint(si.start), space.newint(si.stop), space.newint(si.step)])


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_slice = as_slice(space, w_self, "__repr__")
    return space.newstr("slice(%s, %s, %s)" % (space.str_w(space.repr(w_slice.w_start)),
                                               space.str_w(space.repr(w_slice.w_stop)),
                                               space.str_w(space.repr(w_slice.w_step))))


def descr_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    raise space.type_error("unhashable type")


def slice_compare(space: "ObjSpace", op: str, w_self: W_Root, w_other: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.listobject import richcompare
    w_slice = as_slice(space, w_self, "__%s__" % op)
    if not isinstance(w_other, W_SliceObject):
        return space.w_NotImplemented
    if w_slice is w_other:
        return space.newbool(op == "eq" or op == "le" or op == "ge")
    return richcompare(space, op, [w_slice.w_start, w_slice.w_stop, w_slice.w_step],
                       [w_other.w_start, w_other.w_stop, w_other.w_step])


def descr_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return slice_compare(space, "eq", w_self, w_other)


def descr_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return slice_compare(space, "ne", w_self, w_other)


def descr_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return slice_compare(space, "lt", w_self, w_other)


def descr_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return slice_compare(space, "le", w_self, w_other)


def descr_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return slice_compare(space, "gt", w_self, w_other)


def descr_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return slice_compare(space, "ge", w_self, w_other)


def descr_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_slice = as_slice(space, w_self, "__reduce__")
    return space.newtuple([space.w_slice, space.newtuple([w_slice.w_start, w_slice.w_stop,
                                                          w_slice.w_step])])


if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments


def get_start(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return as_slice(space, w_self, "start").w_start


def get_stop(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return as_slice(space, w_self, "stop").w_stop


def get_step(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return as_slice(space, w_self, "step").w_step


def readonly_set(space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
    raise space.type_error("readonly attribute")


def readonly_del(space: "ObjSpace", w_obj: W_Root) -> None:
    raise space.type_error("readonly attribute")
