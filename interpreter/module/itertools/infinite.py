"""count, cycle and repeat: the infinite iterators."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.itertools.common import W_ItIter, index_w, parse_kw, unpack_range
from pypy27.interpreter.objspace.intobject import W_IntObject

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


# ---- count ----------------------------------------------------------------------------

class W_Count(W_ItIter):
    w_current: W_Root
    w_step: W_Root

    def __init__(self, w_class: "W_TypeObject", w_start: W_Root, w_step: W_Root) -> None:
        self.w_class = w_class
        self.user = None
        self.w_current = w_start
        self.w_step = w_step

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        w_res = self.w_current
        self.w_current = space.add(w_res, self.w_step)
        return w_res


def is_number(space: "ObjSpace", w_obj: W_Root) -> bool:
    return (space.lookup(w_obj, "__int__") is not None or space.lookup(w_obj, "__float__") is not None
            or space.lookup(w_obj, "__index__") is not None)


def count_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = parse_kw(space, args, "count()", ["start", "step"], 0)
    w_start = a[0]
    w_step = a[1]
    if w_start is None:
        w_start = space.newint(0)
    if w_step is None:
        w_step = space.newint(1)
    if not is_number(space, w_start) or not is_number(space, w_step):
        raise space.type_error("a number is required")
    return W_Count(w_subtype, w_start, w_step)


def as_count(space: "ObjSpace", w_self: W_Root) -> W_Count:
    if not isinstance(w_self, W_Count):
        raise space.type_error("descriptor requires a 'itertools.count' object")
    return w_self


def count_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    c = as_count(space, w_self)
    cur = space.str_w(space.repr(c.w_current))
    w_step = c.w_step
    if type(w_step) is W_IntObject and w_step.intval == 1:
        return space.newstr("count(%s)" % cur)
    return space.newstr("count(%s, %s)" % (cur, space.str_w(space.repr(w_step))))


def count_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    c = as_count(space, w_self)
    w_step = c.w_step
    if type(w_step) is W_IntObject and w_step.intval == 1:
        w_args = space.newtuple([c.w_current])
    else:
        w_args = space.newtuple([c.w_current, w_step])
    return space.newtuple([c.w_class, w_args])


# ---- cycle ------------------------------------------------------------------------------

class W_Cycle(W_ItIter):
    w_it: Optional[W_Root]       # None once the source is exhausted
    saved_w: list[W_Root]
    index: int

    def __init__(self, w_class: "W_TypeObject", w_it: W_Root) -> None:
        self.w_class = w_class
        self.user = None
        self.w_it = w_it
        self.saved_w = []
        self.index = 0

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        w_it = self.w_it
        if w_it is not None:
            w_item = space.next(w_it)
            if w_item is not None:
                self.saved_w.append(w_item)
                return w_item
            self.w_it = None
        saved = self.saved_w
        if not saved:
            return None
        i = self.index
        if i >= len(saved):
            i = 0
        self.index = i + 1
        return saved[i]


def cycle_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = unpack_range(space, args, "cycle", 1, 1, w_subtype)
    return W_Cycle(w_subtype, space.iter(a[0]))


# ---- repeat ---------------------------------------------------------------------------------

class W_Repeat(W_ItIter):
    w_obj: W_Root
    times: int         # -1: forever

    def __init__(self, w_class: "W_TypeObject", w_obj: W_Root, times: int) -> None:
        self.w_class = w_class
        self.user = None
        self.w_obj = w_obj
        self.times = times

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        t = self.times
        if t == 0:
            return None
        if t > 0:
            self.times = t - 1
        return self.w_obj

    def length_hint(self, space: "ObjSpace") -> int:
        return self.times


def repeat_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = parse_kw(space, args, "repeat()", ["object", "times"], 1)
    w_obj = a[0]
    assert w_obj is not None
    times = -1
    w_times = a[1]
    if w_times is not None:
        times = index_w(space, w_times)
        if times < 0:
            times = 0
    return W_Repeat(w_subtype, w_obj, times)


def as_repeat(space: "ObjSpace", w_self: W_Root) -> W_Repeat:
    if not isinstance(w_self, W_Repeat):
        raise space.type_error("descriptor requires a 'itertools.repeat' object")
    return w_self


def repeat_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    r = as_repeat(space, w_self)
    obj = space.str_w(space.repr(r.w_obj))
    if r.times < 0:
        return space.newstr("repeat(%s)" % obj)
    return space.newstr("repeat(%s, %d)" % (obj, r.times))


def repeat_length_hint(space: "ObjSpace", w_self: W_Root) -> W_Root:
    r = as_repeat(space, w_self)
    if r.times < 0:
        raise space.type_error("len() of unsized object")
    return space.newint(r.times)


def repeat_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    r = as_repeat(space, w_self)
    if r.times < 0:
        return space.newtuple([r.w_class, space.newtuple([r.w_obj])])
    return space.newtuple([r.w_class, space.newtuple([r.w_obj, space.newint(r.times)])])

