"""set and frozenset.

The elements live in a W_DictObject table (dictobject.py) used as a set:
same key strategies (unboxed ints, byte strings, unicode, or objects), and
the same probing and resizing as 2.7's setobject.c, so iteration order is
2.7's. The values of the table are unused (None).
"""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.dictobject import W_DictObject, hash_key, key_kind
from pypy27.interpreter.objspace.iterobject import W_AbstractIter
from pypy27.support.markers import not_rpython
from pypy27.support.rarith import uint_add, uint_lshift, uint_mul

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_BaseSetObject(W_Root):
    table: W_DictObject
    w_class: Optional["W_TypeObject"]
    user: Optional[UserAttrs]

    def __init__(self) -> None:
        self.table = W_DictObject()
        self.w_class = None
        self.user = None

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    def length(self) -> int:
        return self.table.used

    def is_frozen(self) -> bool:
        return False

    # ---- elements ------------------------------------------------------------------
    def add(self, space: "ObjSpace", w_key: W_Root) -> None:
        self.table.setitem(space, w_key, space.w_None)     # an unboxed str/int already in: no hashing

    def add_hashed(self, space: "ObjSpace", w_key: W_Root, h: int) -> None:
        self.table.setitem_hashed(space, w_key, key_kind(space, w_key), h, space.w_None, True)

    def contains_hashed(self, space: "ObjSpace", w_key: W_Root, h: int) -> bool:
        t = self.table
        if t.used == 0:
            return False
        slot = t.lookup(space, w_key, key_kind(space, w_key), h)
        return t.indices[slot] >= 0

    def discard_hashed(self, space: "ObjSpace", w_key: W_Root, h: int) -> bool:
        t = self.table
        if t.used == 0:
            return False
        slot = t.lookup(space, w_key, key_kind(space, w_key), h)
        if t.indices[slot] < 0:
            return False
        t.delete_slot(space, slot)
        return True

    def entries(self, space: "ObjSpace") -> list[tuple[W_Root, int]]:
        """(element, hash) in table order."""
        t = self.table
        result: list[tuple[W_Root, int]] = []
        for ix in t.indices:
            if ix >= 0:
                result.append((t.wrapkey(space, ix), t.hashes[ix]))
        return result

    def keys_w(self, space: "ObjSpace") -> list[W_Root]:
        return self.table.keys_w(space)


class W_SetObject(W_BaseSetObject):
    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_class is not None:
            return self.w_class
        return space.w_set


class W_FrozensetObject(W_BaseSetObject):
    hash: int          # -1: not computed yet

    def __init__(self) -> None:
        W_BaseSetObject.__init__(self)
        self.hash = -1

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_class is not None:
            return self.w_class
        return space.w_frozenset

    def is_frozen(self) -> bool:
        return True


class W_SetIterObject(W_AbstractIter):
    w_set: Optional[W_BaseSetObject]
    pos: int
    used: int

    def __init__(self, w_set: W_BaseSetObject) -> None:
        self.w_set = w_set
        self.pos = 0
        self.used = w_set.table.used

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.builtin_types_w["setiterator"]

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        w_set = self.w_set
        if w_set is None:
            return None
        t = w_set.table
        if self.used != t.used:
            self.used = -1
            raise space.error(space.w_RuntimeError, "Set changed size during iteration")
        slot = t.next_slot(self.pos)
        if slot < 0:
            self.w_set = None
            return None
        self.pos = slot + 1
        return t.wrapkey(space, t.indices[slot])

    def length_hint(self, space: "ObjSpace") -> int:
        w_set = self.w_set
        if w_set is None or self.used != w_set.table.used:
            return 0
        n = 0
        for slot in range(self.pos, len(w_set.table.indices)):
            if w_set.table.indices[slot] >= 0:
                n += 1
        return n


# ---- construction ------------------------------------------------------------------

def new_like(space: "ObjSpace", w_model: W_BaseSetObject) -> W_BaseSetObject:
    """An empty set of the type of w_model (2.7's make_new_set(Py_TYPE(so)))."""
    w_res: W_BaseSetObject
    if w_model.is_frozen():
        w_res = W_FrozensetObject()
    else:
        w_res = W_SetObject()
    if w_model.w_class is not None:
        w_res.w_class = w_model.w_class
    return w_res


def newset(space: "ObjSpace", items_w: list[W_Root]) -> W_Root:
    w_s = W_SetObject()
    for w_x in items_w:
        w_s.add(space, w_x)
    return w_s


def newfrozenset(space: "ObjSpace", items_w: list[W_Root]) -> W_Root:
    w_s = W_FrozensetObject()
    for w_x in items_w:
        w_s.add(space, w_x)
    return w_s


def set_add(space: "ObjSpace", w_set: W_Root, w_item: W_Root) -> None:
    """For SET_ADD (set comprehensions)."""
    assert isinstance(w_set, W_BaseSetObject)
    w_set.add(space, w_item)


def set_items(space: "ObjSpace", w_set: W_Root) -> list[W_Root]:
    assert isinstance(w_set, W_BaseSetObject)
    return w_set.keys_w(space)


def update_internal(space: "ObjSpace", w_set: W_BaseSetObject, w_other: W_Root) -> None:
    """set_update_internal."""
    if isinstance(w_other, W_BaseSetObject) or (isinstance(w_other, W_DictObject) and w_other.w_class is None):
        if isinstance(w_other, W_BaseSetObject):
            t_other = w_other.table
        else:
            assert isinstance(w_other, W_DictObject)
            t_other = w_other
        if t_other is w_set.table or t_other.used == 0:
            return
        t = w_set.table
        if (t.fill + t_other.used) * 3 >= len(t.indices) * 2:
            t.resize((t.used + t_other.used) * 2)
        for ix in list(t_other.indices):
            if ix < 0 or ix >= len(t_other.hashes):
                continue
            w_key = t_other.wrapkey(space, ix)
            t.setitem_hashed(space, w_key, key_kind(space, w_key), t_other.hashes[ix], space.w_None, False)
        return
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        w_set.add(space, w_item)


def copy_of(space: "ObjSpace", w_set: W_BaseSetObject) -> W_BaseSetObject:
    w_res = new_like(space, w_set)
    update_internal(space, w_res, w_set)
    return w_res


def as_set_key(space: "ObjSpace", w_key: W_Root) -> W_Root:
    """A mutable set used as a key is looked up as a frozenset."""
    if isinstance(w_key, W_SetObject):
        w_f = W_FrozensetObject()
        update_internal(space, w_f, w_key)
        return w_f
    return w_key


def key_hash(space: "ObjSpace", w_key: W_Root) -> int:
    return hash_key(space, w_key, key_kind(space, w_key))


def hash_for_lookup(space: "ObjSpace", w_key: W_Root) -> tuple[W_Root, int]:
    """(key, hash), turning an unhashable set into a frozenset like 2.7."""
    try:
        return (w_key, key_hash(space, w_key))
    except OperationError as e:
        if not (isinstance(w_key, W_SetObject) and e.match(space, space.w_TypeError)):
            raise
    w_f = as_set_key(space, w_key)
    return (w_f, key_hash(space, w_f))


def contains(space: "ObjSpace", w_set: W_BaseSetObject, w_key: W_Root) -> bool:
    ix = w_set.table.find_plain(w_key)
    if ix != -2:
        return ix >= 0
    w_k, h = hash_for_lookup(space, w_key)
    return w_set.contains_hashed(space, w_k, h)


def frozenset_hash(space: "ObjSpace", w_set: W_BaseSetObject) -> int:
    h = uint_mul(1927868237, w_set.length() + 1)
    t = w_set.table
    for ix in t.indices:
        if ix >= 0:
            eh = t.hashes[ix]
            h ^= uint_mul(eh ^ uint_lshift(eh, 16) ^ 89869747, 3644798167)
    h = uint_add(uint_mul(h, 69069), 907133923)
    if h == -1:
        h = 590923713
    return h


# ---- the operations (2.7's algorithms, for the same resulting order) ----------------

def op_union(space: "ObjSpace", w_set: W_BaseSetObject, others_w: list[W_Root]) -> W_BaseSetObject:
    w_res = copy_of(space, w_set)
    for w_other in others_w:
        update_internal(space, w_res, w_other)
    return w_res


def op_intersection(space: "ObjSpace", w_set: W_BaseSetObject, w_other: W_Root) -> W_BaseSetObject:
    if w_other is w_set:
        return copy_of(space, w_set)
    w_res = new_like(space, w_set)
    if isinstance(w_other, W_BaseSetObject):
        w_big = w_set
        w_small = w_other
        if w_other.length() > w_set.length():
            w_big = w_other
            w_small = w_set
        for w_key, h in w_small.entries(space):
            if w_big.contains_hashed(space, w_key, h):
                w_res.add_hashed(space, w_key, h)
        return w_res
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        h = key_hash(space, w_item)
        if w_set.contains_hashed(space, w_item, h):
            w_res.add_hashed(space, w_item, h)
    return w_res


def op_difference(space: "ObjSpace", w_set: W_BaseSetObject, w_other: W_Root) -> W_BaseSetObject:
    if not isinstance(w_other, W_BaseSetObject) and not (isinstance(w_other, W_DictObject)
                                                        and w_other.w_class is None):
        w_res = copy_of(space, w_set)
        difference_update(space, w_res, w_other)
        return w_res
    w_res = new_like(space, w_set)
    for w_key, h in w_set.entries(space):
        if isinstance(w_other, W_BaseSetObject):
            found = w_other.contains_hashed(space, w_key, h)
        else:
            assert isinstance(w_other, W_DictObject)
            # the set's hash: 2.7 does not hash the key again
            found = False
            if w_other.used > 0:
                found = w_other.indices[w_other.lookup(space, w_key, key_kind(space, w_key), h)] >= 0
        if not found:
            w_res.add_hashed(space, w_key, h)
    return w_res


def difference_update(space: "ObjSpace", w_set: W_BaseSetObject, w_other: W_Root) -> None:
    if w_other is w_set:
        w_set.table.reset()
        return
    if isinstance(w_other, W_BaseSetObject):
        for w_key, h in w_other.entries(space):
            w_set.discard_hashed(space, w_key, h)
    else:
        w_iter = space.iter(w_other)
        while True:
            w_item = space.next(w_iter)
            if w_item is None:
                break
            w_k, h = hash_for_lookup(space, w_item)
            w_set.discard_hashed(space, w_k, h)
    t = w_set.table
    if (t.fill - t.used) * 5 < len(t.indices) - 1:
        return
    t.resize(t.used * 2 if t.used > 50000 else t.used * 4)


def symmetric_difference_update(space: "ObjSpace", w_set: W_BaseSetObject, w_other: W_Root) -> None:
    if w_other is w_set:
        w_set.table.reset()
        return
    if isinstance(w_other, W_DictObject) and w_other.w_class is None:
        t = w_other
        keys_w: list[W_Root] = []     # a snapshot: __eq__ may mutate the dict
        hashes: list[int] = []
        for ix in t.indices:
            if ix >= 0:
                keys_w.append(t.wrapkey(space, ix))
                hashes.append(t.hashes[ix])
        for i in range(len(keys_w)):
            if not w_set.discard_hashed(space, keys_w[i], hashes[i]):
                w_set.add_hashed(space, keys_w[i], hashes[i])
        return
    if isinstance(w_other, W_BaseSetObject):
        w_o = w_other
    else:
        w_o = new_like(space, w_set)
        update_internal(space, w_o, w_other)
    for w_key, h in w_o.entries(space):
        if not w_set.discard_hashed(space, w_key, h):
            w_set.add_hashed(space, w_key, h)


def op_symmetric_difference(space: "ObjSpace", w_set: W_BaseSetObject, w_other: W_Root) -> W_BaseSetObject:
    w_res = new_like(space, w_set)
    update_internal(space, w_res, w_other)
    symmetric_difference_update(space, w_res, w_set)
    return w_res


def issubset(space: "ObjSpace", w_set: W_BaseSetObject, w_other: W_Root) -> bool:
    if not isinstance(w_other, W_BaseSetObject):
        w_tmp = W_SetObject()
        update_internal(space, w_tmp, w_other)
        w_other = w_tmp
    assert isinstance(w_other, W_BaseSetObject)
    if w_set.length() > w_other.length():
        return False
    for w_key, h in w_set.entries(space):
        if not w_other.contains_hashed(space, w_key, h):
            return False
    return True


def issuperset(space: "ObjSpace", w_set: W_BaseSetObject, w_other: W_Root) -> bool:
    if not isinstance(w_other, W_BaseSetObject):
        w_tmp = W_SetObject()
        update_internal(space, w_tmp, w_other)
        w_other = w_tmp
    assert isinstance(w_other, W_BaseSetObject)
    return issubset(space, w_other, w_set)


def isdisjoint(space: "ObjSpace", w_set: W_BaseSetObject, w_other: W_Root) -> bool:
    if w_other is w_set:
        return w_set.length() == 0
    if isinstance(w_other, W_BaseSetObject):
        w_big = w_set
        w_small = w_other
        if w_other.length() > w_set.length():
            w_big = w_other
            w_small = w_set
        for w_key, h in w_small.entries(space):
            if w_big.contains_hashed(space, w_key, h):
                return False
        return True
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        if w_set.contains_hashed(space, w_item, key_hash(space, w_item)):
            return False
    return True


# ============================================================================
# app-level methods
# ============================================================================

def as_anyset(space: "ObjSpace", w_self: W_Root, name: str) -> W_BaseSetObject:
    if not isinstance(w_self, W_BaseSetObject):
        raise space.type_error("descriptor '%s' requires a 'set' object but received a '%s'"
                               % (name, space.type(w_self).name))
    return w_self


def as_set(space: "ObjSpace", w_self: W_Root, name: str) -> W_SetObject:
    if not isinstance(w_self, W_SetObject):
        raise space.type_error("descriptor '%s' requires a 'set' object but received a '%s'"
                               % (name, space.type(w_self).name))
    return w_self


def set_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    w_s = W_SetObject()
    if w_subtype is not space.w_set:
        w_s.w_class = w_subtype
    return w_s


def set_init(space: "ObjSpace", args: "Arguments") -> W_Root:
    args.unpack_stars(space, "set()")
    if not args.args_w:
        raise space.type_error("descriptor '__init__' of 'set' object needs an argument")
    w_set = as_set(space, args.args_w[0], "__init__")
    if args.keywords:
        raise space.type_error("set() does not take keyword arguments")
    n = len(args.args_w) - 1
    if n > 1:
        raise space.type_error("set expected at most 1 arguments, got %d" % n)
    w_set.table.reset()
    if n == 1:
        update_internal(space, w_set, args.args_w[1])
    return space.w_None


class FrozenState(object):
    w_empty: Optional[W_FrozensetObject]

    def __init__(self) -> None:
        self.w_empty = None


frozen_state = FrozenState()


def frozenset_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    args.unpack_stars(space, "frozenset()")
    if args.keywords and w_subtype is space.w_frozenset:
        raise space.type_error("frozenset() does not take keyword arguments")
    n = len(args.args_w)
    if n > 1:
        raise space.type_error("frozenset expected at most 1 arguments, got %d" % n)
    if w_subtype is space.w_frozenset:
        w_arg = args.args_w[0] if n == 1 else None
        if isinstance(w_arg, W_FrozensetObject) and w_arg.w_class is None:
            return w_arg
        w_res = W_FrozensetObject()
        if n == 1:
            update_internal(space, w_res, args.args_w[0])
        if w_res.length() == 0:
            w_e = frozen_state.w_empty
            if w_e is None:
                w_e = w_res
                frozen_state.w_empty = w_e
            return w_e
        return w_res
    w_res = W_FrozensetObject()
    w_res.w_class = w_subtype
    if n == 1:
        update_internal(space, w_res, args.args_w[0])
    return w_res


def descr_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(as_anyset(space, w_self, "__len__").length())


def descr_contains(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    return space.newbool(contains(space, as_anyset(space, w_self, "__contains__"), w_key))


def descr_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_SetIterObject(as_anyset(space, w_self, "__iter__"))


def descr_add(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    as_set(space, w_self, "add").add(space, w_key)
    return space.w_None


def descr_remove(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.dictobject import missing_key
    w_set = as_set(space, w_self, "remove")
    w_k, h = hash_for_lookup(space, w_key)
    if not w_set.discard_hashed(space, w_k, h):
        raise missing_key(space, w_key)
    return space.w_None


def descr_discard(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    w_set = as_set(space, w_self, "discard")
    w_k, h = hash_for_lookup(space, w_key)
    w_set.discard_hashed(space, w_k, h)
    return space.w_None


def descr_pop(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_set = as_set(space, w_self, "pop")
    t = w_set.table
    if t.used == 0:
        raise space.error(space.w_KeyError, "pop from an empty set")
    indices = t.indices
    mask = len(indices) - 1
    i = 0
    if indices[0] < 0:
        i = t.finger
        if i > mask or i < 1:
            i = 1
        while indices[i] < 0:
            i += 1
            if i > mask:
                i = 1
    w_key = t.wrapkey(space, indices[i])
    t.delete_slot(space, i)
    t.finger = i + 1
    return w_key


def descr_clear(space: "ObjSpace", w_self: W_Root) -> W_Root:
    as_set(space, w_self, "clear").table.reset()
    return space.w_None


def descr_copy(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_set = as_anyset(space, w_self, "copy")
    if isinstance(w_set, W_FrozensetObject) and w_set.w_class is None:
        return w_set
    return copy_of(space, w_set)


def varargs(space: "ObjSpace", args: "Arguments", name: str) -> list[W_Root]:
    args.unpack_stars(space, name + "()")
    if args.keywords:
        raise space.type_error("%s() takes no keyword arguments" % name)
    if not args.args_w:
        raise space.type_error("descriptor '%s' of 'set' object needs an argument" % name)
    return args.args_w


def descr_union(space: "ObjSpace", args: "Arguments") -> W_Root:
    args_w = varargs(space, args, "union")
    return op_union(space, as_anyset(space, args_w[0], "union"), args_w[1:])


def descr_update(space: "ObjSpace", args: "Arguments") -> W_Root:
    args_w = varargs(space, args, "update")
    w_set = as_set(space, args_w[0], "update")
    for w_other in args_w[1:]:
        update_internal(space, w_set, w_other)
    return space.w_None


def descr_intersection(space: "ObjSpace", args: "Arguments") -> W_Root:
    args_w = varargs(space, args, "intersection")
    w_set = as_anyset(space, args_w[0], "intersection")
    if len(args_w) == 1:
        return copy_of(space, w_set)
    w_res = w_set
    for w_other in args_w[1:]:
        w_res = op_intersection(space, w_res, w_other)
    return w_res


def swap_bodies(w_a: W_BaseSetObject, w_b: W_BaseSetObject) -> None:
    t = w_a.table
    w_a.table = w_b.table
    w_b.table = t


def descr_intersection_update(space: "ObjSpace", args: "Arguments") -> W_Root:
    args_w = varargs(space, args, "intersection_update")
    w_set = as_set(space, args_w[0], "intersection_update")
    w_res: W_BaseSetObject = w_set
    for w_other in args_w[1:]:
        w_res = op_intersection(space, w_res, w_other)
    if w_res is not w_set:
        swap_bodies(w_set, w_res)
    return space.w_None


def descr_difference(space: "ObjSpace", args: "Arguments") -> W_Root:
    args_w = varargs(space, args, "difference")
    w_set = as_anyset(space, args_w[0], "difference")
    if len(args_w) == 1:
        return copy_of(space, w_set)
    w_res = op_difference(space, w_set, args_w[1])
    for w_other in args_w[2:]:
        difference_update(space, w_res, w_other)
    return w_res


def descr_difference_update(space: "ObjSpace", args: "Arguments") -> W_Root:
    args_w = varargs(space, args, "difference_update")
    w_set = as_set(space, args_w[0], "difference_update")
    for w_other in args_w[1:]:
        difference_update(space, w_set, w_other)
    return space.w_None


def descr_symmetric_difference(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return op_symmetric_difference(space, as_anyset(space, w_self, "symmetric_difference"), w_other)


def descr_symmetric_difference_update(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    symmetric_difference_update(space, as_set(space, w_self, "symmetric_difference_update"), w_other)
    return space.w_None


def descr_issubset(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.newbool(issubset(space, as_anyset(space, w_self, "issubset"), w_other))


def descr_issuperset(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.newbool(issuperset(space, as_anyset(space, w_self, "issuperset"), w_other))


def descr_isdisjoint(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.newbool(isdisjoint(space, as_anyset(space, w_self, "isdisjoint"), w_other))


# operators: both operands must be sets
def descr_or(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_set = as_anyset(space, w_self, "__or__")
    if not isinstance(w_other, W_BaseSetObject):
        return space.w_NotImplemented
    return op_union(space, w_set, [w_other])


def descr_and(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_set = as_anyset(space, w_self, "__and__")
    if not isinstance(w_other, W_BaseSetObject):
        return space.w_NotImplemented
    return op_intersection(space, w_set, w_other)


def descr_sub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_set = as_anyset(space, w_self, "__sub__")
    if not isinstance(w_other, W_BaseSetObject):
        return space.w_NotImplemented
    return op_difference(space, w_set, w_other)


def descr_xor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_set = as_anyset(space, w_self, "__xor__")
    if not isinstance(w_other, W_BaseSetObject):
        return space.w_NotImplemented
    return op_symmetric_difference(space, w_set, w_other)


def descr_ior(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_set = as_set(space, w_self, "__ior__")
    if not isinstance(w_other, W_BaseSetObject):
        return space.w_NotImplemented
    update_internal(space, w_set, w_other)
    return w_set


def descr_iand(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_set = as_set(space, w_self, "__iand__")
    if not isinstance(w_other, W_BaseSetObject):
        return space.w_NotImplemented
    w_res = op_intersection(space, w_set, w_other)
    swap_bodies(w_set, w_res)
    return w_set


def descr_isub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_set = as_set(space, w_self, "__isub__")
    if not isinstance(w_other, W_BaseSetObject):
        return space.w_NotImplemented
    difference_update(space, w_set, w_other)
    return w_set


def descr_ixor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_set = as_set(space, w_self, "__ixor__")
    if not isinstance(w_other, W_BaseSetObject):
        return space.w_NotImplemented
    symmetric_difference_update(space, w_set, w_other)
    return w_set


def set_compare(space: "ObjSpace", op: str, w_self: W_Root, w_other: W_Root) -> W_Root:
    w_set = as_anyset(space, w_self, "__%s__" % op)
    if not isinstance(w_other, W_BaseSetObject):
        if op == "eq":
            return space.w_False
        if op == "ne":
            return space.w_True
        return space.w_NotImplemented
    if op == "eq" or op == "ne":
        equal = w_set.length() == w_other.length()
        if equal and isinstance(w_set, W_FrozensetObject) and isinstance(w_other, W_FrozensetObject):
            if w_set.hash != -1 and w_other.hash != -1 and w_set.hash != w_other.hash:
                equal = False
        if equal:
            equal = issubset(space, w_set, w_other)
        return space.newbool(equal == (op == "eq"))
    if op == "le":
        return space.newbool(issubset(space, w_set, w_other))
    if op == "ge":
        return space.newbool(issuperset(space, w_set, w_other))
    if op == "lt":
        return space.newbool(w_set.length() < w_other.length() and issubset(space, w_set, w_other))
    return space.newbool(w_set.length() > w_other.length() and issuperset(space, w_set, w_other))


def descr_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return set_compare(space, "eq", w_self, w_other)


def descr_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return set_compare(space, "ne", w_self, w_other)


def descr_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return set_compare(space, "lt", w_self, w_other)


def descr_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return set_compare(space, "le", w_self, w_other)


def descr_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return set_compare(space, "gt", w_self, w_other)


def descr_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return set_compare(space, "ge", w_self, w_other)


def descr_cmp(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    raise space.type_error("cannot compare sets using cmp()")


def descr_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_set = as_anyset(space, w_self, "__hash__")
    if not isinstance(w_set, W_FrozensetObject):
        raise space.type_error("unhashable type: '%s'" % space.type(w_set).name)
    if w_set.hash == -1:
        w_set.hash = frozenset_hash(space, w_set)
    return space.newint(w_set.hash)


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.listobject import repr_state
    w_set = as_anyset(space, w_self, "__repr__")
    name = space.type(w_set).name
    if not repr_state.enter(w_set):
        return space.newstr("%s(...)" % name)
    try:
        w_list = space.newlist(w_set.keys_w(space))
        text = space.str_w(space.repr(w_list))
    finally:
        repr_state.leave(w_set)
    return space.newstr("%s(%s)" % (name, text))


def descr_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_set = as_anyset(space, w_self, "__reduce__")
    w_dict = space.findattr(w_set, "__dict__")
    return space.newtuple([space.type(w_set), space.newtuple([space.newlist(w_set.keys_w(space))]),
                           w_dict if w_dict is not None else space.w_None])


def descr_sizeof(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_set = as_anyset(space, w_self, "__sizeof__")
    n = len(w_set.table.indices)
    return space.newint(200 if n == 8 else 200 + 16 * n)


@not_rpython
def setup_set_types(space: "ObjSpace") -> None:
    from pypy27.interpreter.objspace.setup_containers import _iter_methods, _methods, _type
    from pypy27.interpreter.objspace.typeobject import W_BuiltinNewMarker
    common: list[tuple[str, object]] = [
        ("__len__", descr_len), ("__contains__", descr_contains), ("__iter__", descr_iter),
        ("copy", descr_copy), ("union", descr_union), ("intersection", descr_intersection),
        ("difference", descr_difference), ("symmetric_difference", descr_symmetric_difference),
        ("issubset", descr_issubset), ("issuperset", descr_issuperset), ("isdisjoint", descr_isdisjoint),
        ("__or__", descr_or), ("__ror__", descr_or), ("__and__", descr_and), ("__rand__", descr_and),
        ("__sub__", descr_sub), ("__xor__", descr_xor), ("__rxor__", descr_xor),
        ("__eq__", descr_eq), ("__ne__", descr_ne), ("__lt__", descr_lt), ("__le__", descr_le),
        ("__gt__", descr_gt), ("__ge__", descr_ge), ("__cmp__", descr_cmp),
        ("__repr__", descr_repr), ("__reduce__", descr_reduce), ("__sizeof__", descr_sizeof),
    ]
    d = _methods(common + [
        ("__init__", set_init), ("add", descr_add), ("remove", descr_remove), ("discard", descr_discard),
        ("pop", descr_pop), ("clear", descr_clear), ("update", descr_update),
        ("intersection_update", descr_intersection_update),
        ("difference_update", descr_difference_update),
        ("symmetric_difference_update", descr_symmetric_difference_update),
        ("__ior__", descr_ior), ("__iand__", descr_iand), ("__isub__", descr_isub), ("__ixor__", descr_ixor),
    ])
    d["__hash__"] = space.w_None
    d["__new__"] = W_BuiltinNewMarker()
    space.w_set = _type(space, "set", space.w_object, d, set_new)
    d = _methods(common + [("__hash__", descr_hash)])
    d["__new__"] = W_BuiltinNewMarker()
    space.w_frozenset = _type(space, "frozenset", space.w_object, d, frozenset_new)
    _type(space, "setiterator", space.w_object, _iter_methods())
