"""list: W_ListObject with storage strategies.

The items live in one of the typed storages of the list, chosen by its
strategy (liststrategies.py): unboxed ints, floats, byte strings, unicode
(UTF-8), app-level objects, or a lazy arithmetic range. Storing an item of
another kind switches the list to the object strategy.
"""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.objspace.floatobject import W_FloatObject
from pypy27.interpreter.objspace.intobject import W_IntObject, newint, small_ints
from pypy27.interpreter.error import OperationError
from pypy27.support.rarith import ovfcheck

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

# strategy kinds
EMPTY = 0
INT = 1
FLOAT = 2
BYTES = 3
UNICODE = 4
OBJECT = 5
RANGE = 6

MAXINT = (1 << 63) - 1

STRATEGY_NAMES = ["empty", "int", "float", "bytes", "unicode", "object", "range"]

# The storages a list does not use are these shared empty lists (allocating
# four per new list was most of the cost of `[x]`). Invariant: the storage of
# the current strategy is the list's own; a storage becomes the current one
# only by assignment (fresh_storage or a new list), never by mutating one of
# these, which stay empty.
NO_INTS: list[int] = []
NO_FLOATS: list[float] = []
NO_STRS: list[str] = []
NO_OBJS: list[W_Root] = []


class W_ListObject(W_Root):
    strategy: int
    intitems: list[int]
    floatitems: list[float]
    stritems: list[str]          # BYTES (bytes) and UNICODE (UTF-8)
    objitems: list[W_Root]
    range_start: int
    range_step: int
    range_len: int
    w_class: Optional["W_TypeObject"]
    user: Optional[UserAttrs]

    def __init__(self) -> None:
        self.strategy = EMPTY
        self.intitems = NO_INTS
        self.floatitems = NO_FLOATS
        self.stritems = NO_STRS
        self.objitems = NO_OBJS
        self.range_start = 0
        self.range_step = 1
        self.range_len = 0
        self.w_class = None
        self.user = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_class is not None:
            return self.w_class
        return space.w_list

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    # ---- storage access --------------------------------------------------------
    def length(self) -> int:
        s = self.strategy
        if s == EMPTY:
            return 0
        if s == INT:
            return len(self.intitems)
        if s == FLOAT:
            return len(self.floatitems)
        if s == BYTES or s == UNICODE:
            return len(self.stritems)
        if s == RANGE:
            return self.range_len
        return len(self.objitems)

    def getitem(self, space: "ObjSpace", i: int) -> W_Root:
        """Item i, 0 <= i < length()."""
        s = self.strategy
        if s == INT:
            return newint(space, self.intitems[i])
        if s == FLOAT:
            return W_FloatObject(self.floatitems[i])
        if s == BYTES:
            return space.newstr(self.stritems[i])
        if s == UNICODE:
            return space.newunicode(self.stritems[i])
        if s == RANGE:
            return space.newint(self.range_start + i * self.range_step)
        return self.objitems[i]

    def getitems_copy(self, space: "ObjSpace") -> list[W_Root]:
        if self.strategy == OBJECT:
            return list(self.objitems)
        n = self.length()
        result: list[W_Root] = []
        for i in range(n):
            result.append(self.getitem(space, i))
        return result

    def switch_to_object(self, space: "ObjSpace") -> None:
        if self.strategy == OBJECT:
            return
        items_w = self.getitems_copy(space)
        self.clear_storage()
        self.objitems = items_w
        self.strategy = OBJECT

    def clear_storage(self) -> None:
        self.intitems = NO_INTS
        self.floatitems = NO_FLOATS
        self.stritems = NO_STRS
        self.objitems = NO_OBJS
        self.range_len = 0
        self.strategy = EMPTY

    def fresh_storage(self, kind: int) -> None:
        """Give the storage of strategy `kind` a new empty list of its own."""
        if kind == INT:
            self.intitems = []
        elif kind == FLOAT:
            self.floatitems = []
        elif kind == BYTES or kind == UNICODE:
            self.stritems = []
        elif kind == OBJECT:
            self.objitems = []

    def materialize_range(self) -> None:
        if self.strategy == RANGE:
            items: list[int] = []
            for i in range(self.range_len):
                items.append(self.range_start + i * self.range_step)
            self.range_len = 0
            self.intitems = items
            self.strategy = INT

    def setitem(self, space: "ObjSpace", i: int, w_item: W_Root) -> None:
        """Replace item i, 0 <= i < length()."""
        if self.strategy == RANGE:
            self.materialize_range()
        s = self.strategy
        kind = kind_of(space, w_item)
        if s == kind:
            if s == INT:
                self.intitems[i] = space.int_w(w_item)
                return
            if s == FLOAT:
                self.floatitems[i] = space.float_w(w_item)
                return
            if s == BYTES:
                self.stritems[i] = space.str_w(w_item)
                return
            if s == UNICODE:
                self.stritems[i] = space.unicode_w(w_item)
                return
        self.switch_to_object(space)
        self.objitems[i] = w_item

    def append(self, space: "ObjSpace", w_item: W_Root) -> None:
        s = self.strategy
        if s == RANGE:
            self.materialize_range()
            s = INT
        if s == OBJECT:
            self.objitems.append(w_item)
            return
        kind = kind_of(space, w_item)
        if s == EMPTY:
            s = kind
            self.strategy = kind
            self.fresh_storage(kind)
        if s == kind:
            if s == INT:
                self.intitems.append(space.int_w(w_item))
            elif s == FLOAT:
                self.floatitems.append(space.float_w(w_item))
            elif s == BYTES:
                self.stritems.append(space.str_w(w_item))
            elif s == UNICODE:
                self.stritems.append(space.unicode_w(w_item))
            else:
                self.objitems.append(w_item)
            return
        self.switch_to_object(space)
        self.objitems.append(w_item)

    def set_items(self, space: "ObjSpace", items_w: list[W_Root]) -> None:
        """Replace the whole contents (chooses the best strategy)."""
        if self.strategy != EMPTY:
            self.clear_storage()    # an EMPTY list's storages are all empty already
        if not items_w:
            return
        kind = kind_of(space, items_w[0])
        for w_item in items_w:
            if kind_of(space, w_item) != kind:
                kind = OBJECT
                break
        self.strategy = kind
        if kind == INT:
            ints: list[int] = []
            for w in items_w:
                ints.append(space.int_w(w))
            self.intitems = ints
        elif kind == FLOAT:
            floats: list[float] = []
            for w in items_w:
                floats.append(space.float_w(w))
            self.floatitems = floats
        elif kind == BYTES:
            strs: list[str] = []
            for w in items_w:
                strs.append(space.str_w(w))
            self.stritems = strs
        elif kind == UNICODE:
            ustrs: list[str] = []
            for w in items_w:
                ustrs.append(space.unicode_w(w))
            self.stritems = ustrs
        else:
            self.objitems = items_w

    def delitem(self, i: int) -> None:
        self.materialize_range()
        s = self.strategy
        if s == INT:
            del self.intitems[i]
        elif s == FLOAT:
            del self.floatitems[i]
        elif s == BYTES or s == UNICODE:
            del self.stritems[i]
        else:
            del self.objitems[i]
        if self.length() == 0:
            self.clear_storage()

    def insert(self, space: "ObjSpace", i: int, w_item: W_Root) -> None:
        """Insert before index i, 0 <= i <= length()."""
        n = self.length()
        if i == n:
            self.append(space, w_item)
            return
        self.materialize_range()
        s = self.strategy
        kind = kind_of(space, w_item)
        if s == kind:
            if s == INT:
                self.intitems.insert(i, space.int_w(w_item))
                return
            if s == FLOAT:
                self.floatitems.insert(i, space.float_w(w_item))
                return
            if s == BYTES:
                self.stritems.insert(i, space.str_w(w_item))
                return
            if s == UNICODE:
                self.stritems.insert(i, space.unicode_w(w_item))
                return
        self.switch_to_object(space)
        self.objitems.insert(i, w_item)


def kind_of(space: "ObjSpace", w_item: W_Root) -> int:
    """The strategy that can store w_item unboxed."""
    if type(w_item) is W_FloatObject:       # exact types first: no getclass call
        assert isinstance(w_item, W_FloatObject)
        f = w_item.floatval
        return FLOAT if f == f else OBJECT
    if type(w_item) is W_IntObject:
        return INT
    w_type = space.type(w_item)
    if w_type is space.w_int:
        return INT
    if w_type is space.w_float:
        f = space.float_w(w_item)
        if f != f:
            return OBJECT       # keep the identity of NaNs ([n] == [n])
        return FLOAT
    if w_type is space.w_str:
        return BYTES
    if w_type is space.w_unicode:
        return UNICODE
    return OBJECT


def newlist(space: "ObjSpace", items_w: list[W_Root]) -> W_Root:
    w_list = W_ListObject()
    w_list.set_items(space, items_w)
    return w_list


def newlist_range(space: "ObjSpace", start: int, step: int, length: int) -> W_Root:
    """range(): a lazy list of ints (MemoryError where 2.7 could not allocate
    the array of pointers)."""
    if length > MAXINT // 8:
        raise OperationError(space.w_MemoryError, space.w_None)
    w_list = W_ListObject()
    if length > 0:
        w_list.strategy = RANGE
        w_list.range_start = start
        w_list.range_step = step
        w_list.range_len = length
    return w_list


def newlist_ints(space: "ObjSpace", items: list[int]) -> W_Root:
    w_list = W_ListObject()
    if items:
        w_list.strategy = INT
        w_list.intitems = items
    return w_list


def newlist_strs(space: "ObjSpace", items: list[str]) -> W_Root:
    w_list = W_ListObject()
    if items:
        w_list.strategy = BYTES
        w_list.stritems = items
    return w_list


def strategy_name(w_list: W_Root) -> str:
    assert isinstance(w_list, W_ListObject)
    return STRATEGY_NAMES[w_list.strategy]


def listview(space: "ObjSpace", w_obj: W_Root) -> list[W_Root]:
    """The items of any iterable, as a new interpreter-level list."""
    from pypy27.interpreter.objspace.tupleobject import W_TupleObject
    if isinstance(w_obj, W_ListObject) and w_obj.w_class is None:
        return w_obj.getitems_copy(space)
    if isinstance(w_obj, W_TupleObject) and w_obj.w_class is None:
        return list(w_obj.wrappeditems)
    w_iter = space.iter(w_obj)
    result: list[W_Root] = []
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        result.append(w_item)
    return result


def list_items(space: "ObjSpace", w_list: W_Root) -> list[W_Root]:
    """A copy of the items of a list."""
    assert isinstance(w_list, W_ListObject)
    return w_list.getitems_copy(space)


def list_append(space: "ObjSpace", w_list: W_Root, w_item: W_Root) -> None:
    """For LIST_APPEND (list comprehensions)."""
    assert isinstance(w_list, W_ListObject)
    w_list.append(space, w_item)


def unhashable(space: "ObjSpace", w_obj: W_Root) -> OperationError:
    return space.type_error("unhashable type: '%s'" % space.type(w_obj).name)


# ============================================================================
# app-level methods of list
# ============================================================================

class ReprState(object):
    """Objects whose repr is being computed (2.7's Py_ReprEnter)."""
    active: list[W_Root]

    def __init__(self) -> None:
        self.active = []

    def enter(self, w_obj: W_Root) -> bool:
        for w_x in self.active:
            if w_x is w_obj:
                return False
        self.active.append(w_obj)
        return True

    def leave(self, w_obj: W_Root) -> None:
        for i in range(len(self.active) - 1, -1, -1):
            if self.active[i] is w_obj:
                del self.active[i]
                return


repr_state = ReprState()


def as_list(space: "ObjSpace", w_self: W_Root, name: str) -> W_ListObject:
    if not isinstance(w_self, W_ListObject):
        raise space.type_error("descriptor '%s' requires a 'list' object but received a '%s'"
                               % (name, space.type(w_self).name))
    return w_self


def is_list(space: "ObjSpace", w_obj: W_Root) -> bool:
    return isinstance(w_obj, W_ListObject)


def list_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    w_list = W_ListObject()
    if w_subtype is not space.w_list:
        w_list.w_class = w_subtype
    return w_list


def descr_init(space: "ObjSpace", args: "Arguments") -> W_Root:
    args.unpack_stars(space, "list()")
    if len(args.args_w) < 1:
        raise space.type_error("descriptor '__init__' of 'list' object needs an argument")
    w_self = as_list(space, args.args_w[0], "__init__")
    if args.keywords:
        if args.keywords[0] == "sequence" and len(args.keywords) == 1 and len(args.args_w) == 1:
            w_self.clear_storage()
            extend_from(space, w_self, args.keywords_w[0])
            return space.w_None
        raise space.type_error("'%s' is an invalid keyword argument for this function" % args.keywords[0])
    n = len(args.args_w) - 1
    if n > 1:
        raise space.type_error("list() takes at most 1 argument (%d given)" % n)
    w_self.clear_storage()
    if n == 1:
        extend_from(space, w_self, args.args_w[1])
    return space.w_None


def extend_from(space: "ObjSpace", w_list: W_ListObject, w_iterable: W_Root) -> None:
    if w_iterable is w_list:
        for w_x in w_list.getitems_copy(space):
            w_list.append(space, w_x)
        return
    # like 2.7, only an exact list is copied directly: a subclass may
    # override __iter__, which list(), extend and += then use
    if isinstance(w_iterable, W_ListObject) and w_iterable.w_class is None:
        extend_from_list(space, w_list, w_iterable)
        return
    append_all(space, w_list, listview(space, w_iterable))


def extend_from_list(space: "ObjSpace", w_list: W_ListObject, w_other: W_ListObject) -> None:
    """Appends the stored items of w_other (whatever its __iter__)."""
    if w_other.strategy == RANGE and w_list.length() == 0:
        w_list.clear_storage()
        w_list.strategy = RANGE
        w_list.range_start = w_other.range_start
        w_list.range_step = w_other.range_step
        w_list.range_len = w_other.range_len
        return
    if w_other.strategy == w_list.strategy or w_list.length() == 0:
        s = w_other.strategy
        if s != w_list.strategy and (s == INT or s == FLOAT or s == BYTES or s == UNICODE):
            w_list.clear_storage()
            w_list.fresh_storage(s)
        if s == INT:
            w_list.strategy = INT
            w_list.intitems.extend(w_other.intitems)
            return
        if s == FLOAT:
            w_list.strategy = FLOAT
            w_list.floatitems.extend(w_other.floatitems)
            return
        if s == BYTES or s == UNICODE:
            w_list.strategy = s
            w_list.stritems.extend(w_other.stritems)
            return
    append_all(space, w_list, w_other.getitems_copy(space))


def append_all(space: "ObjSpace", w_list: W_ListObject, items_w: list[W_Root]) -> None:
    if w_list.length() == 0:
        w_list.set_items(space, items_w)
        return
    for w_item in items_w:
        w_list.append(space, w_item)


def descr_append(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    as_list(space, w_self, "append").append(space, w_item)
    return space.w_None


def descr_extend(space: "ObjSpace", w_self: W_Root, w_iterable: W_Root) -> W_Root:
    extend_from(space, as_list(space, w_self, "extend"), w_iterable)
    return space.w_None


def descr_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(as_list(space, w_self, "__len__").length())


def list_len(space: "ObjSpace", w_list: W_Root) -> int:
    assert isinstance(w_list, W_ListObject)
    return w_list.length()


def wrap_index(i: int, n: int) -> int:
    if i < 0:
        i += n
    return i


def descr_getitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    w_list = as_list(space, w_self, "__getitem__")
    if isinstance(w_index, sliceobject.W_SliceObject):
        n = w_list.length()
        si = sliceobject.slice_indices(space, w_index, n)
        return getslice_ex(space, w_list, si.start, si.step, si.length)
    if not sliceobject.has_index(space, w_index):
        raise space.type_error("list indices must be integers, not %s" % space.type(w_index).name)
    i = sliceobject.index_or_error(space, w_index, space.w_IndexError)
    return list_getitem_int(space, w_list, i)


def list_getitem_int(space: "ObjSpace", w_list: W_Root, i: int) -> W_Root:
    assert isinstance(w_list, W_ListObject)
    # the commonest storages first, each read directly (no length() and
    # getitem() dispatching on the strategy again, a float box made here)
    s = w_list.strategy
    if s == FLOAT:
        floats = w_list.floatitems
        if i < 0:
            i += len(floats)
        if 0 <= i < len(floats):
            return W_FloatObject(floats[i])
    elif s == OBJECT:
        objs = w_list.objitems
        if i < 0:
            i += len(objs)
        if 0 <= i < len(objs):
            return objs[i]
    elif s == INT:
        ints = w_list.intitems
        if i < 0:
            i += len(ints)
        if 0 <= i < len(ints):
            v = ints[i]
            if -5 <= v <= 256:      # (intobject.newint written out: no call)
                return small_ints.ints_w[v + 5]
            return W_IntObject(v)
    else:
        n = w_list.length()
        if i < 0:
            i += n
        if 0 <= i < n:
            return w_list.getitem(space, i)
    raise space.error(space.w_IndexError, "list index out of range")


def getslice_ex(space: "ObjSpace", w_list: W_ListObject, start: int, step: int, length: int) -> W_Root:
    w_res = W_ListObject()
    if length <= 0:
        return w_res
    s = w_list.strategy
    if s == RANGE:
        w_res.strategy = RANGE
        w_res.range_start = w_list.range_start + start * w_list.range_step
        w_res.range_step = w_list.range_step * step
        w_res.range_len = length
        return w_res
    w_res.strategy = s
    if step == 1:
        stop = start + length
        if s == INT:
            w_res.intitems = w_list.intitems[start:stop]
        elif s == FLOAT:
            w_res.floatitems = w_list.floatitems[start:stop]
        elif s == BYTES or s == UNICODE:
            w_res.stritems = w_list.stritems[start:stop]
        else:
            w_res.objitems = w_list.objitems[start:stop]
        return w_res
    w_res.fresh_storage(s)
    if s == INT:
        for k in range(length):
            w_res.intitems.append(w_list.intitems[start + k * step])
    elif s == FLOAT:
        for k in range(length):
            w_res.floatitems.append(w_list.floatitems[start + k * step])
    elif s == BYTES or s == UNICODE:
        for k in range(length):
            w_res.stritems.append(w_list.stritems[start + k * step])
    else:
        for k in range(length):
            w_res.objitems.append(w_list.objitems[start + k * step])
    return w_res


def descr_getslice(space: "ObjSpace", w_self: W_Root, w_start: W_Root, w_stop: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    w_list = as_list(space, w_self, "__getslice__")
    start, stop = sliceobject.raw_slice_bounds(space, w_start, w_stop, w_list.length())
    return getslice_ex(space, w_list, start, 1, stop - start)


def descr_setitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root, w_value: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    w_list = as_list(space, w_self, "__setitem__")
    if isinstance(w_index, sliceobject.W_SliceObject):
        si = sliceobject.slice_indices(space, w_index, w_list.length())
        if si.step == 1:
            setslice(space, w_list, si.start, max(si.stop, si.start), w_value)
        else:
            setslice_extended(space, w_list, si.start, si.step, si.length, w_value)
        return space.w_None
    if not sliceobject.has_index(space, w_index):
        raise space.type_error("list indices must be integers, not %s" % space.type(w_index).name)
    i = sliceobject.index_or_error(space, w_index, space.w_IndexError)
    list_setitem_int(space, w_list, i, w_value)
    return space.w_None


def list_setitem_int(space: "ObjSpace", w_list: W_Root, i: int, w_value: W_Root) -> None:
    assert isinstance(w_list, W_ListObject)
    # an exact float into a float list, an exact int into an int list, and
    # anything into an object list store directly; the rest may switch the
    # strategy (setitem)
    s = w_list.strategy
    if s == FLOAT:
        if type(w_value) is W_FloatObject:
            assert isinstance(w_value, W_FloatObject)
            f = w_value.floatval
            floats = w_list.floatitems
            j = i + len(floats) if i < 0 else i
            if f == f and 0 <= j < len(floats):     # (a NaN makes it an object list)
                floats[j] = f
                return
    elif s == OBJECT:
        objs = w_list.objitems
        j = i + len(objs) if i < 0 else i
        if 0 <= j < len(objs):
            objs[j] = w_value
            return
    elif s == INT:
        if type(w_value) is W_IntObject:
            assert isinstance(w_value, W_IntObject)
            ints = w_list.intitems
            j = i + len(ints) if i < 0 else i
            if 0 <= j < len(ints):
                ints[j] = w_value.intval
                return
    n = w_list.length()
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise space.error(space.w_IndexError, "list assignment index out of range")
    w_list.setitem(space, i, w_value)


def sequence_for_assign(space: "ObjSpace", w_list: W_ListObject, w_value: W_Root,
                        msg: str) -> list[W_Root]:
    if w_value is w_list:
        return w_list.getitems_copy(space)
    from pypy27.interpreter.objspace.tupleobject import W_TupleObject
    # 2.7's PySequence_Fast: subclasses are iterated (they may override __iter__)
    if isinstance(w_value, W_ListObject) and w_value.w_class is None:
        return w_value.getitems_copy(space)
    if isinstance(w_value, W_TupleObject) and w_value.w_class is None:
        return list(w_value.wrappeditems)
    try:
        w_iter = space.iter(w_value)
    except OperationError as e:
        if not e.match(space, space.w_TypeError):
            raise
        raise space.type_error(msg)
    result: list[W_Root] = []
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        result.append(w_item)
    return result


def setslice(space: "ObjSpace", w_list: W_ListObject, start: int, stop: int, w_value: W_Root) -> None:
    items_w = sequence_for_assign(space, w_list, w_value, "can only assign an iterable")
    replace_range(space, w_list, start, stop, items_w)


def replace_range(space: "ObjSpace", w_list: W_ListObject, start: int, stop: int,
                  items_w: list[W_Root]) -> None:
    n = w_list.length()
    if start < 0:
        start = 0
    elif start > n:
        start = n
    if stop < start:
        stop = start
    elif stop > n:
        stop = n
    if start == 0 and stop == n:
        w_list.set_items(space, items_w)
        return
    if stop > start:
        w_list.materialize_range()
        s = w_list.strategy
        if s == INT:
            del w_list.intitems[start:stop]
        elif s == FLOAT:
            del w_list.floatitems[start:stop]
        elif s == BYTES or s == UNICODE:
            del w_list.stritems[start:stop]
        else:
            del w_list.objitems[start:stop]
    for k in range(len(items_w)):
        w_list.insert(space, start + k, items_w[k])
    if w_list.length() == 0:
        w_list.clear_storage()


def setslice_extended(space: "ObjSpace", w_list: W_ListObject, start: int, step: int, length: int,
                      w_value: W_Root) -> None:
    items_w = sequence_for_assign(space, w_list, w_value, "must assign iterable to extended slice")
    if len(items_w) != length:
        raise space.value_error("attempt to assign sequence of size %d to extended slice of size %d"
                                % (len(items_w), length))
    for k in range(length):
        w_list.setitem(space, start + k * step, items_w[k])


def descr_setslice(space: "ObjSpace", w_self: W_Root, w_start: W_Root, w_stop: W_Root,
                   w_value: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    w_list = as_list(space, w_self, "__setslice__")
    start, stop = sliceobject.raw_slice_bounds(space, w_start, w_stop, w_list.length())
    setslice(space, w_list, start, stop, w_value)
    return space.w_None


def descr_delitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    w_list = as_list(space, w_self, "__delitem__")
    if isinstance(w_index, sliceobject.W_SliceObject):
        si = sliceobject.slice_indices(space, w_index, w_list.length())
        delslice_ex(space, w_list, si.start, si.step, si.length)
        return space.w_None
    if not sliceobject.has_index(space, w_index):
        raise space.type_error("list indices must be integers, not %s" % space.type(w_index).name)
    i = sliceobject.index_or_error(space, w_index, space.w_IndexError)
    n = w_list.length()
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise space.error(space.w_IndexError, "list assignment index out of range")
    w_list.delitem(i)
    return space.w_None


def delslice_ex(space: "ObjSpace", w_list: W_ListObject, start: int, step: int, length: int) -> None:
    if length <= 0:
        return
    if step < 0:
        start = start + step * (length - 1)
        step = -step
    if step == 1:
        replace_range(space, w_list, start, start + length, [])
        return
    items_w = w_list.getitems_copy(space)
    keep: list[W_Root] = []
    nxt = start
    removed = 0
    for i in range(len(items_w)):
        if removed < length and i == nxt:
            removed += 1
            nxt += step
            continue
        keep.append(items_w[i])
    w_list.set_items(space, keep)


def descr_delslice(space: "ObjSpace", w_self: W_Root, w_start: W_Root, w_stop: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    w_list = as_list(space, w_self, "__delslice__")
    start, stop = sliceobject.raw_slice_bounds(space, w_start, w_stop, w_list.length())
    replace_range(space, w_list, start, stop, [])
    return space.w_None


def descr_insert(space: "ObjSpace", w_self: W_Root, w_index: W_Root, w_item: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "insert")
    i = int_arg(space, w_index)
    n = w_list.length()
    if i < 0:
        i += n
        if i < 0:
            i = 0
    elif i > n:
        i = n
    w_list.insert(space, i, w_item)
    return space.w_None


def int_arg(space: "ObjSpace", w_obj: W_Root) -> int:
    """A Py_ssize_t argument ('n' format): clamps nothing, 'an integer is required'."""
    from pypy27.interpreter.objspace import sliceobject
    if not sliceobject.has_index(space, w_obj):
        raise space.type_error("an integer is required")
    return sliceobject.index_or_error(space, w_obj, space.w_OverflowError)


def descr_pop(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    w_list = as_list(space, w_self, "pop")
    n = w_list.length()
    w_index = args_w[1]
    i = -1
    if w_index is not None:
        i = int_arg(space, w_index)
    if n == 0:
        raise space.error(space.w_IndexError, "pop from empty list")
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise space.error(space.w_IndexError, "pop index out of range")
    w_item = w_list.getitem(space, i)
    if w_list.strategy == RANGE and i == n - 1:
        w_list.range_len -= 1
        if w_list.range_len == 0:
            w_list.clear_storage()
    else:
        w_list.delitem(i)
    return w_item


def find_item(space: "ObjSpace", w_list: W_ListObject, w_item: W_Root, start: int, stop: int) -> int:
    """Index of the first item == w_item in [start, stop), or -1."""
    s = w_list.strategy
    kind = kind_of(space, w_item)
    if s == INT and kind == INT:
        x = space.int_w(w_item)
        i = start
        while i < stop and i < len(w_list.intitems):
            if w_list.intitems[i] == x:
                return i
            i += 1
        return -1
    if s == BYTES and kind == BYTES:
        b = space.str_w(w_item)
        i = start
        while i < stop and i < len(w_list.stritems):
            if w_list.stritems[i] == b:
                return i
            i += 1
        return -1
    if never_equal(s, kind):
        return -1
    i = start
    while i < stop and i < w_list.length():
        w_x = w_list.getitem(space, i)
        if w_x is w_item or space.eq_w(w_x, w_item):
            return i
        i += 1
    return -1


def never_equal(strategy: int, kind: int) -> bool:
    """Can no item of an unboxed list of this strategy equal an object of
    exact built-in kind `kind`? (numbers never equal strings)"""
    if kind == OBJECT or strategy == OBJECT or strategy == EMPTY:
        return False
    numeric_s = strategy == INT or strategy == FLOAT or strategy == RANGE
    numeric_k = kind == INT or kind == FLOAT
    return numeric_s != numeric_k


def descr_contains(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "__contains__")
    return space.newbool(find_item(space, w_list, w_item, 0, w_list.length()) >= 0)


def list_contains(space: "ObjSpace", w_list: W_Root, w_item: W_Root) -> bool:
    assert isinstance(w_list, W_ListObject)
    if w_list.strategy == RANGE and kind_of(space, w_item) == INT:
        x = space.int_w(w_item)
        st = w_list.range_step
        d = x - w_list.range_start
        if st > 0 and d >= 0 and d % st == 0 and d // st < w_list.range_len:
            return True
        if st < 0 and d <= 0 and d % st == 0 and d // st < w_list.range_len:
            return True
        return False
    return find_item(space, w_list, w_item, 0, w_list.length()) >= 0


def descr_count(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "count")
    count = 0
    if never_equal(w_list.strategy, kind_of(space, w_item)):
        return space.newint(0)
    i = 0
    while i < w_list.length():
        w_x = w_list.getitem(space, i)
        if w_x is w_item or space.eq_w(w_x, w_item):
            count += 1
        i += 1
    return space.newint(count)


def descr_index(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace import sliceobject
    w_self = args_w[0]
    w_item = args_w[1]
    assert w_self is not None and w_item is not None
    w_list = as_list(space, w_self, "index")
    n = w_list.length()
    start = 0
    stop = n
    w_start = args_w[2]
    w_stop = args_w[3]
    if w_start is not None:
        start = sliceobject.slice_index_arg(space, w_start)
        if start < 0:
            start += n
            if start < 0:
                start = 0
    if w_stop is not None:
        stop = sliceobject.slice_index_arg(space, w_stop)
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
    i = find_item(space, w_list, w_item, start, stop)
    if i < 0:
        raise space.value_error("%s is not in list" % space.str_w(space.repr(w_item)))
    return space.newint(i)


def descr_remove(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "remove")
    i = find_item(space, w_list, w_item, 0, w_list.length())
    if i < 0:
        raise space.value_error("list.remove(x): x not in list")
    if i < w_list.length():
        w_list.delitem(i)
    return space.w_None


def descr_reverse(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "reverse")
    w_list.materialize_range()
    s = w_list.strategy
    if s == INT:
        w_list.intitems.reverse()
    elif s == FLOAT:
        w_list.floatitems.reverse()
    elif s == BYTES or s == UNICODE:
        w_list.stritems.reverse()
    else:
        w_list.objitems.reverse()
    return space.w_None


def radd_comes_first(space: "ObjSpace", w_other: W_Root) -> bool:
    """In 2.7 `seq + x` tries x.__radd__ before concatenating when x is an
    instance of a user class (whose type has a number slot for it)."""
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    if isinstance(w_other, W_InstanceObject):
        return True
    return space.type(w_other).is_heaptype and space.lookup(w_other, "__radd__") is not None


def descr_add(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "__add__")
    if not isinstance(w_other, W_ListObject):
        if radd_comes_first(space, w_other):
            return space.w_NotImplemented
        raise space.type_error('can only concatenate list (not "%s") to list' % space.type(w_other).name)
    w_res = W_ListObject()
    extend_from_list(space, w_res, w_list)
    extend_from_list(space, w_res, w_other)
    return w_res


def descr_iadd(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "__iadd__")
    if w_other is w_list:
        items_w = w_list.getitems_copy(space)
        for w_x in items_w:
            w_list.append(space, w_x)
        return w_list
    extend_from(space, w_list, w_other)
    return w_list


def repeat_count(space: "ObjSpace", w_times: W_Root) -> int:
    from pypy27.interpreter.objspace import sliceobject
    if not sliceobject.has_index(space, w_times):
        raise space.type_error("'%s' object cannot be interpreted as an index" % space.type(w_times).name)
    return sliceobject.index_or_error(space, w_times, space.w_OverflowError)


def descr_mul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "__mul__")
    from pypy27.interpreter.objspace import sliceobject
    if not sliceobject.has_index(space, w_times):
        return space.w_NotImplemented
    times = repeat_count(space, w_times)
    return list_repeat(space, w_list, times)


def list_repeat(space: "ObjSpace", w_list: W_ListObject, times: int) -> W_Root:
    w_res = W_ListObject()
    n = w_list.length()
    if times <= 0 or n == 0:
        return w_res
    try:
        total = ovfcheck(n * times)
    except OverflowError:
        total = -1
    if total < 0 or total > (1 << 40):
        raise OperationError(space.w_MemoryError, space.w_None)
    w_list.materialize_range()
    s = w_list.strategy
    w_res.strategy = s
    if s == INT:
        w_res.intitems = w_list.intitems * times
    elif s == FLOAT:
        w_res.floatitems = w_list.floatitems * times
    elif s == BYTES or s == UNICODE:
        w_res.stritems = w_list.stritems * times
    else:
        w_res.objitems = w_list.objitems * times
    return w_res


def descr_imul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "__imul__")
    from pypy27.interpreter.objspace import sliceobject
    if not sliceobject.has_index(space, w_times):
        if not space.type(w_times).is_heaptype or space.lookup(w_times, "__rmul__") is None:
            raise space.type_error("can't multiply sequence by non-int of type '%s'" % space.type(w_times).name)
        return space.w_NotImplemented
    times = repeat_count(space, w_times)
    w_res = list_repeat(space, w_list, times)
    assert isinstance(w_res, W_ListObject)
    w_list.set_items(space, w_res.getitems_copy(space))
    return w_list


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "__repr__")
    n = w_list.length()
    if n == 0:
        return space.newstr("[]")
    if not repr_state.enter(w_list):
        return space.newstr("[...]")
    try:
        parts: list[str] = []
        i = 0
        while i < w_list.length():
            parts.append(space.str_w(space.repr(w_list.getitem(space, i))))
            i += 1
    finally:
        repr_state.leave(w_list)
    return space.newstr("[" + ", ".join(parts) + "]")


def descr_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    raise unhashable(space, w_self)


def plain_eq(w_a: W_Root, w_b: W_Root) -> int:
    """== of two exact ints or two exact strs (whose __eq__ cannot be
    replaced): 1 or 0; -1 for other operands (sort keys are mostly these)."""
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    from pypy27.interpreter.objspace.intobject import W_IntObject
    if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
        assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject)
        return 1 if w_a.intval == w_b.intval else 0
    if type(w_a) is W_BytesObject and type(w_b) is W_BytesObject:
        assert isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject)
        return 1 if w_a.value == w_b.value else 0
    return -1


def richcompare(space: "ObjSpace", op: str, items1: list[W_Root], items2: list[W_Root]) -> W_Root:
    """2.7's list/tuple rich comparison on two item lists."""
    n1 = len(items1)
    n2 = len(items2)
    if n1 != n2 and (op == "eq" or op == "ne"):
        return space.newbool(op == "ne")
    i = 0
    while i < n1 and i < n2:
        w_a = items1[i]
        w_b = items2[i]
        if w_a is not w_b:
            eq = plain_eq(w_a, w_b)
            if eq < 0:
                eq = 1 if space.eq_w(w_a, w_b) else 0
            if eq == 0:
                break
        i += 1
    if i >= n1 or i >= n2:
        if op == "lt":
            return space.newbool(n1 < n2)
        if op == "le":
            return space.newbool(n1 <= n2)
        if op == "eq":
            return space.newbool(n1 == n2)
        if op == "ne":
            return space.newbool(n1 != n2)
        if op == "gt":
            return space.newbool(n1 > n2)
        return space.newbool(n1 >= n2)
    if op == "eq":
        return space.w_False
    if op == "ne":
        return space.w_True
    return space.compare(op, items1[i], items2[i])


def list_compare(space: "ObjSpace", op: str, w_self: W_Root, w_other: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "__%s__" % op)
    if not isinstance(w_other, W_ListObject):
        return space.w_NotImplemented
    return richcompare(space, op, w_list.getitems_copy(space), w_other.getitems_copy(space))


def descr_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return list_compare(space, "eq", w_self, w_other)


def descr_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return list_compare(space, "ne", w_self, w_other)


def descr_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return list_compare(space, "lt", w_self, w_other)


def descr_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return list_compare(space, "le", w_self, w_other)


def descr_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return list_compare(space, "gt", w_self, w_other)


def descr_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return list_compare(space, "ge", w_self, w_other)


def descr_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.iterobject import W_SeqIterObject
    return W_SeqIterObject(as_list(space, w_self, "__iter__"))


def descr_reversed(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.iterobject import W_ReverseSeqIterObject
    w_list = as_list(space, w_self, "__reversed__")
    return W_ReverseSeqIterObject(w_list, w_list.length() - 1)


def descr_sizeof(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_list = as_list(space, w_self, "__sizeof__")
    return space.newint(40 + 8 * w_list.length())


# ---- sort -----------------------------------------------------------------------

class Sorter(object):
    """A stable merge sort of app-level values (with cmp or <)."""
    space: "ObjSpace"
    w_cmp: Optional[W_Root]
    keys_w: list[W_Root]

    def __init__(self, space: "ObjSpace", w_cmp: Optional[W_Root], keys_w: list[W_Root]) -> None:
        self.space = space
        self.w_cmp = w_cmp
        self.keys_w = keys_w

    def lt(self, a: int, b: int) -> bool:
        space = self.space
        w_a = self.keys_w[a]
        w_b = self.keys_w[b]
        if self.w_cmp is None:
            return space.is_true(space.compare("lt", w_a, w_b))
        w_res = space.call_function(self.w_cmp, [w_a, w_b])
        w_type = space.type(w_res)
        if not (w_type is space.w_int or w_type is space.w_bool or
                (space.isinstance_w(w_res, space.w_int))):
            raise space.type_error("comparison function must return int, not %s" % w_type.name)
        return space.int_w(w_res) < 0

    def sort(self, order: list[int]) -> None:
        n = len(order)
        # binary insertion sort of runs of 16, then bottom-up merges
        run = 16
        start = 0
        while start < n:
            end = min(start + run, n)
            for i in range(start + 1, end):
                x = order[i]
                lo = start
                hi = i
                while lo < hi:
                    mid = (lo + hi) // 2
                    if self.lt(x, order[mid]):
                        hi = mid
                    else:
                        lo = mid + 1
                j = i
                while j > lo:
                    order[j] = order[j - 1]
                    j -= 1
                order[lo] = x
            start = end
        width = run
        while width < n:
            lo = 0
            while lo < n - width:
                mid = lo + width
                hi = min(lo + 2 * width, n)
                self.merge(order, lo, mid, hi)
                lo = hi
            width *= 2

    def merge(self, order: list[int], lo: int, mid: int, hi: int) -> None:
        if not self.lt(order[mid], order[mid - 1]):
            return
        left = order[lo:mid]
        i = 0
        j = mid
        k = lo
        while i < len(left) and j < hi:
            if self.lt(order[j], left[i]):
                order[k] = order[j]
                j += 1
            else:
                order[k] = left[i]
                i += 1
            k += 1
        while i < len(left):
            order[k] = left[i]
            i += 1
            k += 1


def has_nan(items: list[float]) -> bool:
    for f in items:
        if f != f:
            return True
    return False


def descr_sort(space: "ObjSpace", args: "Arguments") -> W_Root:
    args.unpack_stars(space, "sort()")
    if not args.args_w:
        raise space.type_error("descriptor 'sort' of 'list' object needs an argument")
    w_list = as_list(space, args.args_w[0], "sort")
    params: list[Optional[W_Root]] = [None, None, None]
    n = len(args.args_w) - 1
    if n + len(args.keywords) > 3:
        raise space.type_error("sort() takes at most 3 arguments (%d given)" % (n + len(args.keywords)))
    for i in range(n):
        params[i] = args.args_w[i + 1]
    names = ["cmp", "key", "reverse"]
    for k in range(len(args.keywords)):
        kw = args.keywords[k]
        if kw not in names:
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
        idx = names.index(kw)
        if params[idx] is not None:
            raise space.type_error("Argument given by name ('%s') and position (%d)" % (kw, idx + 1))
        params[idx] = args.keywords_w[k]
    w_cmp = params[0]
    if w_cmp is not None and w_cmp is space.w_None:
        w_cmp = None
    w_key = params[1]
    if w_key is not None and w_key is space.w_None:
        w_key = None
    reverse = False
    w_rev = params[2]
    if w_rev is not None:
        reverse = int_arg(space, w_rev) != 0
    list_sort(space, w_list, w_cmp, w_key, reverse)
    return space.w_None


def list_sort(space: "ObjSpace", w_list: W_ListObject, w_cmp: Optional[W_Root], w_key: Optional[W_Root],
              reverse: bool) -> None:
    s = w_list.strategy
    if w_cmp is None and w_key is None:
        if s == RANGE:
            if (w_list.range_step < 0) != reverse:
                w_list.materialize_range()
                w_list.intitems.reverse()
            return
        if s == INT:
            w_list.intitems.sort()
            if reverse:
                w_list.intitems.reverse()
            return
        if s == BYTES or s == UNICODE:
            w_list.stritems.sort()
            if reverse:
                w_list.stritems.reverse()
            return
        if s == FLOAT and not has_nan(w_list.floatitems):
            w_list.floatitems.sort()
            if reverse:
                w_list.floatitems.reverse()
            return
    items_w = w_list.getitems_copy(space)
    w_list.clear_storage()
    marker: list[W_Root] = []      # any mutation while sorting replaces or fills it (2.7 checks too)
    w_list.objitems = marker
    try:
        if reverse:
            items_w.reverse()
        keys_w = items_w
        if w_key is not None:
            keys_w = []
            for w_x in items_w:
                keys_w.append(space.call_function(w_key, [w_x]))
        order: list[int] = []
        for i in range(len(items_w)):
            order.append(i)
        Sorter(space, w_cmp, keys_w).sort(order)
        sorted_w: list[W_Root] = []
        for i in order:
            sorted_w.append(items_w[i])
        items_w = sorted_w
        if reverse:
            items_w.reverse()
    finally:
        modified = (w_list.length() != 0 or w_list.objitems is not marker or len(marker) != 0
                    or w_list.intitems is not NO_INTS or w_list.floatitems is not NO_FLOATS
                    or w_list.stritems is not NO_STRS)
        w_list.set_items(space, items_w)
    if modified:
        raise space.value_error("list modified during sort")


def descr_setslice_args(space: "ObjSpace", args: "Arguments") -> W_Root:
    a = args.fixedunpack(space, "__setslice__()", 4)
    return descr_setslice(space, a[0], a[1], a[2], a[3])
