"""bisect_left/right and insort_left/right: binary search over any
sequence, with a fast path for lists."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.itertools.common import parse_kw
from pypy27.interpreter.objspace.listobject import W_ListObject

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def item(space: "ObjSpace", w_a: W_Root, i: int) -> W_Root:
    if type(w_a) is W_ListObject and w_a.w_class is None and i < w_a.length():
        return w_a.getitem(space, i)
    return space.getitem(w_a, space.newint(i))


def int_arg(space: "ObjSpace", w_obj: W_Root) -> int:
    if not (space.isinstance_w(w_obj, space.w_int) or space.isinstance_w(w_obj, space.w_long)):
        if space.lookup(w_obj, "__index__") is None:
            raise space.type_error("an integer is required")
        w_obj = space.unaryop("index", w_obj)
    return space.int_w(w_obj)


def search(space: "ObjSpace", args: Arguments, fname: str, right: bool) -> tuple[W_Root, W_Root, int]:
    """Parse (a, x, lo=0, hi=len(a)) and find the insertion point."""
    a = parse_kw(space, args, fname, ["a", "x", "lo", "hi"], 2)
    w_a = a[0]
    w_x = a[1]
    assert w_a is not None and w_x is not None
    lo = 0
    w_lo = a[2]
    if w_lo is not None:
        lo = int_arg(space, w_lo)
    if lo < 0:
        raise space.value_error("lo must be non-negative")
    w_hi: Optional[W_Root] = a[3]
    hi = -1
    if w_hi is not None and not space.is_w(w_hi, space.w_None):
        hi = int_arg(space, w_hi)
    if hi == -1:        # 2.7 takes an explicit -1 as "not given" too
        if space.isinstance_w(w_a, space.w_dict):
            # 2.7 asks for the sequence length, which dicts lack
            raise space.type_error("object of type '%s' has no len()" % space.type(w_a).name)
        hi = space.len_w(w_a)
    while lo < hi:
        mid = lo + ((hi - lo) >> 1)     # lo + hi may overflow a machine word
        w_mid = item(space, w_a, mid)
        if right:
            if space.is_true(space.compare("lt", w_x, w_mid)):
                hi = mid
            else:
                lo = mid + 1
        else:
            if space.is_true(space.compare("lt", w_mid, w_x)):
                lo = mid + 1
            else:
                hi = mid
    return w_a, w_x, lo


def bisect_right(space: "ObjSpace", args: Arguments) -> W_Root:
    w_a, w_x, i = search(space, args, "bisect_right()", True)
    return space.newint(i)


def bisect_left(space: "ObjSpace", args: Arguments) -> W_Root:
    w_a, w_x, i = search(space, args, "bisect_left()", False)
    return space.newint(i)


def insert(space: "ObjSpace", w_a: W_Root, i: int, w_x: W_Root) -> W_Root:
    if type(w_a) is W_ListObject and w_a.w_class is None:    # not subclasses: they may override insert
        w_a.insert(space, i, w_x)
    else:
        space.call_method(w_a, "insert", [space.newint(i), w_x])
    return space.w_None


def insort_right(space: "ObjSpace", args: Arguments) -> W_Root:
    w_a, w_x, i = search(space, args, "insort_right()", True)
    return insert(space, w_a, i, w_x)


def insort_left(space: "ObjSpace", args: Arguments) -> W_Root:
    w_a, w_x, i = search(space, args, "insort_left()", False)
    return insert(space, w_a, i, w_x)
