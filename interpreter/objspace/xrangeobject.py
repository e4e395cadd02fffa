"""xrange objects and their iterator."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.iterobject import W_AbstractIter
from pypy27.support.rarith import intmask, uint_add, uint_floordiv, uint_mul, uint_sub, uint_value_fits

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

MAXINT = (1 << 63) - 1


class W_XRangeObject(W_Root):
    start: int
    step: int
    length: int

    def __init__(self, start: int, step: int, length: int) -> None:
        self.start = start
        self.step = step
        self.length = length

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_xrange

    def item(self, i: int) -> int:
        return self.start + i * self.step


class W_XRangeIterObject(W_AbstractIter):
    start: int
    step: int
    length: int
    index: int

    def __init__(self, start: int, step: int, length: int) -> None:
        self.start = start
        self.step = step
        self.length = length
        self.index = 0

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.builtin_types_w["rangeiterator"]

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        if self.index < self.length:
            i = self.index
            self.index = i + 1
            return space.newint(self.start + i * self.step)
        return None

    def length_hint(self, space: "ObjSpace") -> int:
        return self.length - self.index


def range_length(lo: int, hi: int, step: int) -> int:
    """Number of items of range(lo, hi, step), step != 0, as an unsigned
    value (the caller checks that it fits)."""
    if step > 0:
        if lo >= hi:
            return 0
        return uint_add(uint_floordiv(uint_sub(uint_sub(hi, lo), 1), step), 1)
    if lo <= hi:
        return 0
    return uint_add(uint_floordiv(uint_sub(uint_sub(lo, hi), 1), uint_sub(0, step)), 1)


def xrange_arg(space: "ObjSpace", w_obj: W_Root) -> int:
    """The 'l' format of PyArg_ParseTuple."""
    w_type = space.type(w_obj)
    if w_type is space.w_float or space.isinstance_w(w_obj, space.w_float):
        raise space.type_error("integer argument expected, got float")
    if not (w_type is space.w_int or w_type is space.w_long or w_type is space.w_bool):
        if space.lookup(w_obj, "__int__") is None:
            raise space.type_error("an integer is required")
        w_obj = space.unaryop("int", w_obj)
    return space.int_w(w_obj)


def xrange_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    args.unpack_stars(space, "xrange()")
    if args.keywords:
        raise space.type_error("xrange() does not take keyword arguments")
    n = len(args.args_w)
    if n < 1 or n > 3:
        raise space.type_error("xrange() requires 1-3 int arguments")
    step = 1
    if n == 1:
        start = 0
        stop = xrange_arg(space, args.args_w[0])
    else:
        start = xrange_arg(space, args.args_w[0])
        stop = xrange_arg(space, args.args_w[1])
        if n == 3:
            step = xrange_arg(space, args.args_w[2])
    if step == 0:
        raise space.value_error("xrange() arg 3 must not be zero")
    length = range_length(start, stop, step)
    if not uint_value_fits(length):
        raise space.error(space.w_OverflowError, "xrange() result has too many items")
    return W_XRangeObject(start, step, length)


def as_xrange(space: "ObjSpace", w_self: W_Root, name: str) -> W_XRangeObject:
    if not isinstance(w_self, W_XRangeObject):
        raise space.type_error("descriptor '%s' requires a 'xrange' object but received a '%s'"
                               % (name, space.type(w_self).name))
    return w_self


def descr_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(as_xrange(space, w_self, "__len__").length)


def descr_getitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    w_x = as_xrange(space, w_self, "__getitem__")
    if not sliceobject.has_index(space, w_index):
        raise space.type_error("sequence index must be integer, not '%s'" % space.type(w_index).name)
    i = sliceobject.index_or_error(space, w_index, space.w_IndexError)
    if i < 0:
        i += w_x.length
    if i < 0 or i >= w_x.length:
        raise space.error(space.w_IndexError, "xrange object index out of range")
    return space.newint(w_x.item(i))


def descr_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_x = as_xrange(space, w_self, "__iter__")
    return W_XRangeIterObject(w_x.start, w_x.step, w_x.length)


def descr_reversed(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_x = as_xrange(space, w_self, "__reversed__")
    if w_x.length == 0:
        return W_XRangeIterObject(w_x.start, w_x.step, 0)
    return W_XRangeIterObject(w_x.item(w_x.length - 1), -w_x.step, w_x.length)


def range_stop(w_x: W_XRangeObject) -> int:
    """The stop that repr() and pickling show: one step past the last item,
    clamped to the int range (2.7.18's get_stop_for_range)."""
    if w_x.length == 0:
        return w_x.start
    last = intmask(uint_add(w_x.start, uint_mul(w_x.length - 1, w_x.step)))     # fits: an item
    if w_x.step > 0:
        return MAXINT if last > MAXINT - w_x.step else last + w_x.step
    return -MAXINT - 1 if last < -MAXINT - 1 - w_x.step else last + w_x.step


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_x = as_xrange(space, w_self, "__repr__")
    stop = range_stop(w_x)
    if w_x.start == 0 and w_x.step == 1:
        return space.newstr("xrange(%d)" % stop)
    if w_x.step == 1:
        return space.newstr("xrange(%d, %d)" % (w_x.start, stop))
    return space.newstr("xrange(%d, %d, %d)" % (w_x.start, stop, w_x.step))


def descr_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_x = as_xrange(space, w_self, "__reduce__")
    stop = range_stop(w_x)
    return space.newtuple([space.w_xrange, space.newtuple([space.newint(w_x.start), space.newint(stop),
                                                           space.newint(w_x.step)])])


def xrange_values(space: "ObjSpace", w_obj: W_Root) -> Optional[tuple[int, int, int]]:
    """(start, step, length) of an xrange, for fast `for` loops; None otherwise."""
    if isinstance(w_obj, W_XRangeObject):
        return (w_obj.start, w_obj.step, w_obj.length)
    return None
