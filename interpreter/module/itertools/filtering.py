"""The iterators that select items: compress, dropwhile, takewhile, ifilter,
ifilterfalse and islice."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.itertools.common import W_ItIter, parse_kw, unpack_range
from pypy27.support.rarith import ovfcheck

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_Compress(W_ItIter):
    w_data: W_Root
    w_selectors: W_Root

    def __init__(self, w_class: "W_TypeObject", w_data: W_Root, w_selectors: W_Root) -> None:
        self.w_class = w_class
        self.user = None
        self.w_data = w_data
        self.w_selectors = w_selectors

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        while True:
            w_item = space.next(self.w_data)
            if w_item is None:
                return None
            w_sel = space.next(self.w_selectors)
            if w_sel is None:
                return None
            if space.is_true(w_sel):
                return w_item


def compress_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = parse_kw(space, args, "compress()", ["data", "selectors"], 2)
    w_data = a[0]
    w_sel = a[1]
    assert w_data is not None and w_sel is not None
    return W_Compress(w_subtype, space.iter(w_data), space.iter(w_sel))


class W_WhileIter(W_ItIter):
    """dropwhile (drop=True) and takewhile."""
    w_pred: W_Root
    w_it: W_Root
    drop: bool
    done: bool        # dropwhile: the predicate failed once; takewhile: stopped

    def __init__(self, w_class: "W_TypeObject", w_pred: W_Root, w_it: W_Root, drop: bool) -> None:
        self.w_class = w_class
        self.user = None
        self.w_pred = w_pred
        self.w_it = w_it
        self.drop = drop
        self.done = False

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        if self.drop:
            while True:
                w_item = space.next(self.w_it)
                if w_item is None or self.done:
                    return w_item
                if not space.is_true(space.call_function(self.w_pred, [w_item])):
                    self.done = True
                    return w_item
        if self.done:
            return None
        w_item = space.next(self.w_it)
        if w_item is None:
            return None
        if space.is_true(space.call_function(self.w_pred, [w_item])):
            return w_item
        self.done = True
        return None


def dropwhile_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = unpack_range(space, args, "dropwhile", 2, 2, w_subtype)
    return W_WhileIter(w_subtype, a[0], space.iter(a[1]), True)


def takewhile_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = unpack_range(space, args, "takewhile", 2, 2, w_subtype)
    return W_WhileIter(w_subtype, a[0], space.iter(a[1]), False)


class W_Filter(W_ItIter):
    """ifilter (keep=True) and ifilterfalse; a None predicate tests truth."""
    w_pred: Optional[W_Root]
    w_it: W_Root
    keep: bool

    def __init__(self, w_class: "W_TypeObject", w_pred: Optional[W_Root], w_it: W_Root, keep: bool) -> None:
        self.w_class = w_class
        self.user = None
        self.w_pred = w_pred
        self.w_it = w_it
        self.keep = keep

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        w_pred = self.w_pred
        while True:
            w_item = space.next(self.w_it)
            if w_item is None:
                return None
            if w_pred is None:
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(w_pred, [w_item]))
            if ok == self.keep:
                return w_item


def filter_args(space: "ObjSpace", args: Arguments, name: str,
                w_subtype: "W_TypeObject") -> tuple[Optional[W_Root], W_Root]:
    a = unpack_range(space, args, name, 2, 2, w_subtype)
    w_pred: Optional[W_Root] = a[0]
    if space.is_w(a[0], space.w_None):
        w_pred = None
    return w_pred, space.iter(a[1])


def ifilter_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    w_pred, w_it = filter_args(space, args, "ifilter", w_subtype)
    return W_Filter(w_subtype, w_pred, w_it, True)


def ifilterfalse_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    w_pred, w_it = filter_args(space, args, "ifilterfalse", w_subtype)
    return W_Filter(w_subtype, w_pred, w_it, False)


# ---- islice -------------------------------------------------------------------------------

MAXINT = 9223372036854775807

STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= maxint."
INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= maxint."
STEP_MSG = "Step for islice() must be a positive integer or None."


class W_ISlice(W_ItIter):
    w_it: W_Root
    next_index: int    # the index of the next item to yield
    stop: int          # -1: no limit
    step: int
    count: int         # items consumed from w_it so far

    def __init__(self, w_class: "W_TypeObject", w_it: W_Root, start: int, stop: int, step: int) -> None:
        self.w_class = w_class
        self.user = None
        self.w_it = w_it
        self.next_index = start
        self.stop = stop
        self.step = step
        self.count = 0

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        stop = self.stop
        while self.count < self.next_index:
            if space.next(self.w_it) is None:
                self.next_index = self.count
                self.stop = self.count
                return None
            self.count += 1
        if stop != -1 and self.count >= stop:
            return None
        w_item = space.next(self.w_it)
        if w_item is None:
            self.stop = self.count
            self.next_index = self.count
            return None
        self.count += 1
        try:
            nxt = ovfcheck(self.next_index + self.step)
        except OverflowError:
            nxt = MAXINT
        if stop != -1 and nxt > stop:
            nxt = stop
        self.next_index = nxt
        return w_item


def slice_int(space: "ObjSpace", w_obj: W_Root) -> int:
    """PyInt_AsSsize_t for islice: -1 when w_obj is not usable as an index."""
    if space.isinstance_w(w_obj, space.w_int) or space.isinstance_w(w_obj, space.w_long):
        try:
            return space.int_w(w_obj)
        except OperationError as e:
            if not e.match(space, space.w_OverflowError):
                raise
            return -1
    if space.isinstance_w(w_obj, space.w_float):
        f = space.float_w(w_obj)
        if -9.2e18 < f < 9.2e18:
            return int(f)
    return -1


def islice_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = unpack_range(space, args, "islice", 2, 4, w_subtype)
    start = 0
    stop = -1
    step = 1
    if len(a) == 2:
        if not space.is_w(a[1], space.w_None):
            stop = slice_int(space, a[1])
            if stop == -1:
                raise space.value_error(STOP_MSG)
    else:
        if not space.is_w(a[1], space.w_None):
            start = slice_int(space, a[1])
        if not space.is_w(a[2], space.w_None):
            stop = slice_int(space, a[2])
            if stop == -1:
                raise space.value_error(STOP_MSG)
    if start < 0 or stop < -1:
        raise space.value_error(INDEX_MSG)
    if len(a) == 4 and not space.is_w(a[3], space.w_None):
        step = slice_int(space, a[3])
    if step < 1:
        raise space.value_error(STEP_MSG)
    return W_ISlice(w_subtype, space.iter(a[0]), start, stop, step)
