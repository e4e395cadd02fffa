"""tuple: W_TupleObject (items in `wrappeditems`), unpacking (fixedview)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError
from pypy27.support.rarith import ovfcheck, uint_add, uint_mul

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_TupleObject(W_Root):
    wrappeditems: list[W_Root]
    w_class: Optional["W_TypeObject"]       # set for instances of subclasses of tuple
    user: Optional[UserAttrs]

    def __init__(self, wrappeditems: list[W_Root]) -> None:
        self.wrappeditems = wrappeditems
        self.w_class = None
        self.user = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_class is not None:
            return self.w_class
        return space.w_tuple

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user


class EmptyTupleHolder(object):
    w_empty: Optional[W_TupleObject]

    def __init__(self) -> None:
        self.w_empty = None


empty_holder = EmptyTupleHolder()


def newtuple(space: "ObjSpace", items_w: list[W_Root]) -> W_Root:
    if not items_w:
        w_e = empty_holder.w_empty
        if w_e is None:
            w_e = W_TupleObject([])
            empty_holder.w_empty = w_e
        return w_e
    return W_TupleObject(items_w)


def tuple_items(space: "ObjSpace", w_obj: W_Root) -> list[W_Root]:
    """The items of a tuple (shared: do not modify)."""
    assert isinstance(w_obj, W_TupleObject)
    return w_obj.wrappeditems


def fixedview(space: "ObjSpace", w_obj: W_Root, expected: int) -> list[W_Root]:
    """Unpack an iterable of exactly `expected` items (-1: any length)."""
    from pypy27.interpreter.objspace import listobject
    if isinstance(w_obj, W_TupleObject) and w_obj.w_class is None:
        items_w = list(w_obj.wrappeditems)
        if expected >= 0 and len(items_w) != expected:
            raise unpack_error(space, len(items_w), expected)
        return items_w
    if isinstance(w_obj, listobject.W_ListObject) and w_obj.w_class is None:
        items_w = w_obj.getitems_copy(space)
        if expected >= 0 and len(items_w) != expected:
            raise unpack_error(space, len(items_w), expected)
        return items_w
    if expected < 0:
        return listobject.listview(space, w_obj)
    w_iter = space.iter(w_obj)
    result: list[W_Root] = []
    while len(result) < expected:
        w_item = space.next(w_iter)
        if w_item is None:
            raise unpack_error(space, len(result), expected)
        result.append(w_item)
    if space.next(w_iter) is not None:
        raise space.value_error("too many values to unpack")
    return result


def unpack_error(space: "ObjSpace", got: int, expected: int) -> OperationError:
    if got > expected:
        return space.value_error("too many values to unpack")
    return space.value_error("need more than %d value%s to unpack" % (got, "" if got == 1 else "s"))


def tuple_hash(space: "ObjSpace", items_w: list[W_Root]) -> int:
    """2.7's tuple hash (C long arithmetic)."""
    x = 0x345678
    mult = 1000003
    n = len(items_w)
    for w_item in items_w:
        n -= 1
        y = space.hash_w(w_item)
        x = uint_mul(x ^ y, mult)
        mult = uint_add(mult, 82520 + n + n)
    x = uint_add(x, 97531)
    if x == -1:
        x = -2
    return x


# ============================================================================
# app-level methods of tuple
# ============================================================================

def as_tuple(space: "ObjSpace", w_self: W_Root, name: str) -> W_TupleObject:
    if not isinstance(w_self, W_TupleObject):
        raise space.type_error("descriptor '%s' requires a 'tuple' object but received a '%s'"
                               % (name, space.type(w_self).name))
    return w_self


def tuple_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    from pypy27.interpreter.objspace.listobject import listview
    args.unpack_stars(space, "tuple()")
    w_seq: Optional[W_Root] = None
    if args.keywords:
        if args.keywords == ["sequence"] and not args.args_w:
            w_seq = args.keywords_w[0]
        else:
            raise space.type_error("'%s' is an invalid keyword argument for this function" % args.keywords[0])
    if len(args.args_w) > 1:
        raise space.type_error("tuple() takes at most 1 argument (%d given)" % len(args.args_w))
    if len(args.args_w) == 1:
        w_seq = args.args_w[0]
    if w_subtype is space.w_tuple:
        if w_seq is None:
            return newtuple(space, [])
        if isinstance(w_seq, W_TupleObject) and w_seq.w_class is None:
            return w_seq
        return newtuple(space, listview(space, w_seq))
    items_w: list[W_Root] = []
    if w_seq is not None:
        items_w = listview(space, w_seq)
    w_res = W_TupleObject(items_w)
    w_res.w_class = w_subtype
    return w_res


def descr_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(len(as_tuple(space, w_self, "__len__").wrappeditems))


def descr_getitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    w_tup = as_tuple(space, w_self, "__getitem__")
    items_w = w_tup.wrappeditems
    if isinstance(w_index, sliceobject.W_SliceObject):
        si = sliceobject.slice_indices(space, w_index, len(items_w))
        if si.step == 1 and si.length == len(items_w) and w_tup.w_class is None:
            return w_tup
        res_w: list[W_Root] = []
        for k in range(si.length):
            res_w.append(items_w[si.start + k * si.step])
        return newtuple(space, res_w)
    if not sliceobject.has_index(space, w_index):
        raise space.type_error("tuple indices must be integers, not %s" % space.type(w_index).name)
    i = sliceobject.index_or_error(space, w_index, space.w_IndexError)
    return tuple_getitem_int(space, w_tup, i)


def tuple_getitem_int(space: "ObjSpace", w_tup: W_Root, i: int) -> W_Root:
    assert isinstance(w_tup, W_TupleObject)
    n = len(w_tup.wrappeditems)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise space.error(space.w_IndexError, "tuple index out of range")
    return w_tup.wrappeditems[i]


def descr_getslice(space: "ObjSpace", w_self: W_Root, w_start: W_Root, w_stop: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    w_tup = as_tuple(space, w_self, "__getslice__")
    items_w = w_tup.wrappeditems
    start, stop = sliceobject.raw_slice_bounds(space, w_start, w_stop, len(items_w))
    if start == 0 and stop == len(items_w) and w_tup.w_class is None:
        return w_tup
    return newtuple(space, items_w[start:stop])


def descr_contains(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    w_tup = as_tuple(space, w_self, "__contains__")
    for w_x in w_tup.wrappeditems:
        if w_x is w_item or space.eq_w(w_x, w_item):
            return space.w_True
    return space.w_False


def descr_count(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    w_tup = as_tuple(space, w_self, "count")
    n = 0
    for w_x in w_tup.wrappeditems:
        if w_x is w_item or space.eq_w(w_x, w_item):
            n += 1
    return space.newint(n)


def descr_index(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    w_self = args_w[0]
    w_item = args_w[1]
    assert w_self is not None and w_item is not None
    items_w = as_tuple(space, w_self, "index").wrappeditems
    n = len(items_w)
    start = 0
    stop = n
    w_start = args_w[2]
    w_stop = args_w[3]
    if w_start is not None:
        start = sliceobject.slice_index_arg(space, w_start)
        if start < 0:
            start = max(start + n, 0)
    if w_stop is not None:
        stop = sliceobject.slice_index_arg(space, w_stop)
        if stop < 0:
            stop = max(stop + n, 0)
    i = start
    while i < stop and i < n:
        w_x = items_w[i]
        if w_x is w_item or space.eq_w(w_x, w_item):
            return space.newint(i)
        i += 1
    raise space.value_error("tuple.index(x): x not in tuple")


def descr_add(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.listobject import radd_comes_first
    w_tup = as_tuple(space, w_self, "__add__")
    if not isinstance(w_other, W_TupleObject):
        if radd_comes_first(space, w_other):
            return space.w_NotImplemented
        raise space.type_error('can only concatenate tuple (not "%s") to tuple' % space.type(w_other).name)
    return newtuple(space, w_tup.wrappeditems + w_other.wrappeditems)


def descr_mul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    from pypy27.interpreter.objspace.listobject import repeat_count
    w_tup = as_tuple(space, w_self, "__mul__")
    if not sliceobject.has_index(space, w_times):
        return space.w_NotImplemented
    times = repeat_count(space, w_times)
    if times == 1 and w_tup.w_class is None:
        return w_tup
    n = len(w_tup.wrappeditems)
    if times <= 0 or n == 0:
        return newtuple(space, [])
    try:
        total = ovfcheck(n * times)
    except OverflowError:
        total = -1
    if total < 0 or total > (1 << 40):
        raise OperationError(space.w_MemoryError, space.w_None)
    return newtuple(space, w_tup.wrappeditems * times)


def descr_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(tuple_hash(space, as_tuple(space, w_self, "__hash__").wrappeditems))


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_tup = as_tuple(space, w_self, "__repr__")
    items_w = w_tup.wrappeditems
    if not items_w:
        return space.newstr("()")
    # no recursion guard in 2.7: a cycle always goes through a list or dict
    parts: list[str] = []
    for w_x in items_w:
        parts.append(space.str_w(space.repr(w_x)))
    if len(parts) == 1:
        return space.newstr("(" + parts[0] + ",)")
    return space.newstr("(" + ", ".join(parts) + ")")


def tuple_compare(space: "ObjSpace", op: str, w_self: W_Root, w_other: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.listobject import richcompare
    w_tup = as_tuple(space, w_self, "__%s__" % op)
    if not isinstance(w_other, W_TupleObject):
        return space.w_NotImplemented
    return richcompare(space, op, w_tup.wrappeditems, w_other.wrappeditems)


def descr_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return tuple_compare(space, "eq", w_self, w_other)


def descr_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return tuple_compare(space, "ne", w_self, w_other)


def descr_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return tuple_compare(space, "lt", w_self, w_other)


def descr_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return tuple_compare(space, "le", w_self, w_other)


def descr_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return tuple_compare(space, "gt", w_self, w_other)


def descr_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return tuple_compare(space, "ge", w_self, w_other)


def descr_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.iterobject import W_SeqIterObject
    return W_SeqIterObject(as_tuple(space, w_self, "__iter__"))


def descr_getnewargs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_tup = as_tuple(space, w_self, "__getnewargs__")
    return newtuple(space, [newtuple(space, list(w_tup.wrappeditems))])


if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
