"""dict: W_DictObject, an open-addressing hash table laid out exactly like
CPython 2.7's (same probing, same resizing rules), so that iteration order —
visible in every `print d` — is 2.7's.

The table is split in two: `indices` (one int per slot: an entry number, FREE
or DUMMY) and the entries (hash, key, value) in parallel lists. Iteration
follows the slots, never the entries, which is what gives 2.7's order.

Key storage has strategies: unboxed byte strings (BYTES), unboxed unicode as
UTF-8 (UNICODE), unboxed ints (INT), or app-level objects (OBJECT). A key of
another kind switches the dict to OBJECT. Lookups never switch: a foreign key
is compared with the stored keys (wrapped on demand) through space.eq_w.
"""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.support.rarith import uint_add, uint_mul
from pypy27.support.rstrhash import str_hash27
from pypy27.support.utf8 import utf8_codepoint_at, utf8_next
from pypy27.interpreter.objspace.tupleobject import W_TupleObject
from pypy27.interpreter.objspace.intobject import W_IntObject
from pypy27.interpreter.objspace.flatkey import flat_key, flat_match


def flat_tuple_eq(w_a: W_Root, w_b: W_Root) -> int:
    """== of two exact tuples whose items are pairwise identical, exact strs
    or exact ints (tuple dict keys): 1 equal, 0 not, -1 when another item
    kind needs the generic comparison. Same answer as 2.7's tuple compare,
    without the special-method call and without recursing."""
    if type(w_a) is not W_TupleObject or type(w_b) is not W_TupleObject:
        return -1
    assert isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject)
    if w_a.w_class is not None or w_b.w_class is not None:
        return -1           # a subclass of tuple (same W_ class) may override __eq__
    items_a = w_a.wrappeditems
    items_b = w_b.wrappeditems
    if len(items_a) != len(items_b):
        return -1           # 2.7 still compares the common items first
    result = 1
    for i in range(len(items_a)):
        w_x = items_a[i]
        w_y = items_b[i]
        if w_x is w_y:
            continue
        if type(w_x) is W_BytesObject and type(w_y) is W_BytesObject:
            assert isinstance(w_x, W_BytesObject) and isinstance(w_y, W_BytesObject)
            if w_x.value != w_y.value:
                result = 0
        elif type(w_x) is W_IntObject and type(w_y) is W_IntObject:
            assert isinstance(w_x, W_IntObject) and isinstance(w_y, W_IntObject)
            if w_x.intval != w_y.intval:
                result = 0
        else:
            return -1
        if result == 0:
            # 2.7 stops at the first unequal pair, and every earlier pair was
            # a plain str/int one, so no app-level __eq__ could be skipped.
            return 0
    return 1

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    from pypy27.interpreter.gateway import FnArgs

EMPTY = 0
BYTES = 1
UNICODE = 2
INT = 3
OBJECT = 4
STRATEGY_NAMES = ["empty", "bytes", "unicode", "int", "object"]

FREE = -1
DUMMY = -2
MINSIZE = 8
PERTURB_SHIFT = 5
MASK59 = (1 << 59) - 1          # logical (unsigned) shift of a 64-bit value by 5


def str_hash(s: str) -> int:
    """2.7's hash of a str (no hash randomization), cached in the string."""
    return str_hash27(s)


def unicode_hash(utf8: str) -> int:
    """2.7's hash of a unicode (UCS-4 build), from its UTF-8."""
    if len(utf8) == 0:
        return 0
    x = utf8_codepoint_at(utf8, 0) << 7
    n = 0
    i = 0
    while i < len(utf8):
        x = uint_mul(1000003, x) ^ utf8_codepoint_at(utf8, i)
        i = utf8_next(utf8, i)
        n += 1
    x ^= n
    if x == -1:
        x = -2
    return x


def cached_str_hash(w_str: W_BytesObject) -> int:
    """str_hash of a str object, remembered in it (strs are immutable)."""
    h = w_str.hash
    if h == -1:
        h = str_hash(w_str.value)
        w_str.hash = h
    return h


def int_hash(i: int) -> int:
    return -2 if i == -1 else i


def is_ascii(s: str) -> bool:
    for c in s:
        if ord(c) >= 128:
            return False
    return True


class ModuleCell(object):
    """The value of one name of a module dict (celldict.py), kept in sync
    with the dict: None while the name is not in it. The evaluator caches the
    cell of each global it reads; a JIT can promote the cell to a constant."""
    w_value: Optional[W_Root]

    def __init__(self, w_value: Optional[W_Root]) -> None:
        self.w_value = w_value


class W_DictObject(W_Root):
    strategy: int
    indices: list[int]
    hashes: list[int]
    intkeys: list[int]
    strkeys: list[str]                   # BYTES/UNICODE: the keys; OBJECT: flat forms (flatkey.py) or ""
    objkeys: list[Optional[W_Root]]
    values: list[Optional[W_Root]]       # None: a deleted entry
    used: int
    fill: int
    finger: int                          # 2.7 keeps popitem's search finger in slot 0's hash
    w_class: Optional["W_TypeObject"]
    user: Optional[UserAttrs]
    cells: Optional[dict[str, ModuleCell]]   # module dicts only (celldict.py)

    def __init__(self) -> None:
        self.strategy = EMPTY
        self.w_class = None
        self.user = None
        self.cells = None
        self.reset()

    def reset(self) -> None:
        self.indices = [FREE] * MINSIZE
        self.hashes = []
        self.intkeys = []
        self.strkeys = []
        self.objkeys = []
        self.values = []
        self.used = 0
        self.fill = 0
        self.finger = 0
        self.strategy = EMPTY
        if self.cells is not None:
            for cell in self.cells.values():
                cell.w_value = None

    def cell_set(self, space: "ObjSpace", ix: int, w_value: Optional[W_Root]) -> None:
        """Keep the module cell of entry ix in sync."""
        cells = self.cells
        assert cells is not None
        if self.strategy == BYTES:
            name = self.strkeys[ix]
        elif self.strategy == OBJECT:
            w_k = self.objkeys[ix]
            if w_k is None or space.type(w_k) is not space.w_str:
                return
            name = space.str_w(w_k)
        else:
            return
        cell = cells.get(name, None)
        if cell is not None:
            cell.w_value = w_value

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_class is not None:
            return self.w_class
        return space.w_dict

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    # ---- keys --------------------------------------------------------------
    def wrapkey(self, space: "ObjSpace", ix: int) -> W_Root:
        s = self.strategy
        if s == BYTES:
            return space.newstr(self.strkeys[ix])
        if s == UNICODE:
            return space.newunicode(self.strkeys[ix])
        if s == INT:
            return space.newint(self.intkeys[ix])
        w_k = self.objkeys[ix]
        assert w_k is not None
        return w_k

    def switch_to_object(self, space: "ObjSpace") -> None:
        if self.strategy == OBJECT:
            return
        keys_w: list[Optional[W_Root]] = []
        for ix in range(len(self.hashes)):
            if self.values[ix] is None:
                keys_w.append(None)
            else:
                keys_w.append(self.wrapkey(space, ix))
        self.intkeys = []
        self.strkeys = [""] * len(keys_w)       # str/unicode/int keys have no flat form
        self.objkeys = keys_w
        self.strategy = OBJECT

    # ---- probing (2.7's lookdict) ---------------------------------------------
    def lookup(self, space: "ObjSpace", w_key: W_Root, kind: int, h: int) -> int:
        """The slot holding w_key, or the slot where it would be inserted
        (indices[slot] < 0 then). kind is key_kind(w_key)."""
        while True:
            indices = self.indices
            mask = len(indices) - 1
            i = h & mask
            freeslot = -1
            perturb = h
            restart = False
            while True:
                ix = indices[i]
                if ix == FREE:
                    return freeslot if freeslot >= 0 else i
                if ix == DUMMY:
                    if freeslot < 0:
                        freeslot = i
                elif self.hashes[ix] == h:
                    found = self.key_equals(space, ix, w_key, kind)
                    if self.indices is not indices or indices[i] != ix:
                        restart = True      # the table changed during __eq__
                        break
                    if found:
                        return i
                i = (5 * i + (perturb & mask) + 1) & mask
                perturb = (perturb >> PERTURB_SHIFT) & MASK59
            if not restart:
                return i

    def key_equals(self, space: "ObjSpace", ix: int, w_key: W_Root, kind: int) -> bool:
        s = self.strategy
        if s == kind:
            if s == BYTES:
                return self.strkeys[ix] == space.str_w(w_key)
            if s == UNICODE:
                return self.strkeys[ix] == space.unicode_w(w_key)
            if s == INT:
                return self.intkeys[ix] == space.int_w(w_key)
        if s == OBJECT:
            fk = self.strkeys[ix]
            if len(fk) > 0:
                r = flat_match(fk, w_key)
                if r >= 0:
                    return r == 1
            w_k = self.objkeys[ix]
            assert w_k is not None
            if w_k is w_key:
                return True
            r = flat_tuple_eq(w_k, w_key)
            if r >= 0:
                return r == 1
            return space.eq_w(w_k, w_key)
        if s == BYTES and kind == UNICODE:
            u = space.unicode_w(w_key)
            return is_ascii(u) and self.strkeys[ix] == u
        if s == UNICODE and kind == BYTES:
            b = space.str_w(w_key)
            return is_ascii(b) and self.strkeys[ix] == b
        if (s == BYTES or s == UNICODE) and kind != OBJECT:
            return False
        return space.eq_w(self.wrapkey(space, ix), w_key)

    def lookup_str(self, key: str) -> int:
        """Entry index of a byte-string key in a BYTES dict, or -1."""
        return self.lookup_str_hashed(key, str_hash(key))

    def lookup_str_hashed(self, key: str, h: int) -> int:
        indices = self.indices
        mask = len(indices) - 1
        i = h & mask
        perturb = h
        while True:
            ix = indices[i]
            if ix == FREE:
                return -1
            # no look at hashes[ix] first: equal strs are usually the same
            # string (== checks identity first), and for others == looks at
            # the lengths and cached hashes; one cache miss less per hit
            if ix >= 0 and self.strkeys[ix] == key:
                return ix
            i = (5 * i + (perturb & mask) + 1) & mask
            perturb = (perturb >> PERTURB_SHIFT) & MASK59

    def lookup_int(self, key: int) -> int:
        """Entry index of an int key in an INT dict, or -1."""
        h = int_hash(key)
        indices = self.indices
        mask = len(indices) - 1
        i = h & mask
        perturb = h
        while True:
            ix = indices[i]
            if ix == FREE:
                return -1
            if ix >= 0 and self.intkeys[ix] == key:
                return ix
            i = (5 * i + (perturb & mask) + 1) & mask
            perturb = (perturb >> PERTURB_SHIFT) & MASK59

    def find_plain(self, w_key: W_Root) -> int:
        """Entry index of an exact str key in a BYTES dict or of an exact
        int key in an INT dict (no app-level code can run), -1 when absent,
        -2 when the general lookup is needed."""
        if type(w_key) is W_BytesObject:
            if self.strategy == BYTES:
                assert isinstance(w_key, W_BytesObject)
                return self.lookup_str_hashed(w_key.value, cached_str_hash(w_key))
        elif type(w_key) is W_IntObject:
            if self.strategy == INT:
                assert isinstance(w_key, W_IntObject)
                return self.lookup_int(w_key.intval)
        return -2

    # ---- operations ----------------------------------------------------------------
    def getitem(self, space: "ObjSpace", w_key: W_Root) -> Optional[W_Root]:
        ix = self.find_plain(w_key)
        if ix != -2:
            return self.values[ix] if ix >= 0 else None
        kind = key_kind(space, w_key)
        h = hash_key(space, w_key, kind)      # unhashable keys raise even when empty
        if self.used == 0:
            return None
        slot = self.lookup(space, w_key, kind, h)
        ix = self.indices[slot]
        if ix < 0:
            return None
        return self.values[ix]

    def setitem(self, space: "ObjSpace", w_key: W_Root, w_value: W_Root) -> None:
        if self.cells is None:
            ix = self.find_plain(w_key)
            if ix >= 0:
                self.values[ix] = w_value       # replacing a value keeps the slot
                return
        kind = key_kind(space, w_key)
        h = hash_key(space, w_key, kind)
        self.setitem_hashed(space, w_key, kind, h, w_value, True)

    def setitem_hashed(self, space: "ObjSpace", w_key: W_Root, kind: int, h: int,
                       w_value: W_Root, may_resize: bool) -> None:
        slot = self.lookup(space, w_key, kind, h)
        ix = self.indices[slot]
        if ix >= 0:
            self.values[ix] = w_value
            if self.cells is not None:
                self.cell_set(space, ix, w_value)
            return
        if self.strategy == EMPTY:
            self.strategy = kind
        elif self.strategy != kind:
            self.switch_to_object(space)
        self.insert_entry(space, slot, w_key, h, w_value)
        if may_resize and self.fill * 3 >= len(self.indices) * 2:
            self.resize(self.used * (2 if self.used > 50000 else 4))

    def insert_entry(self, space: "ObjSpace", slot: int, w_key: W_Root, h: int, w_value: W_Root) -> None:
        if self.indices[slot] == FREE:
            self.fill += 1
        if len(self.hashes) >= 2 * len(self.indices) + 8:
            self.compact()
        self.indices[slot] = len(self.hashes)
        self.hashes.append(h)
        s = self.strategy
        if s == BYTES:
            self.strkeys.append(space.str_w(w_key))
        elif s == UNICODE:
            self.strkeys.append(space.unicode_w(w_key))
        elif s == INT:
            self.intkeys.append(space.int_w(w_key))
        else:
            self.objkeys.append(w_key)
            self.strkeys.append(flat_key(w_key))
        self.values.append(w_value)
        self.used += 1
        if slot == 0:
            self.finger = h
        if self.cells is not None:
            self.cell_set(space, len(self.values) - 1, w_value)

    def delete_slot(self, space: "ObjSpace", slot: int) -> None:
        ix = self.indices[slot]
        if self.cells is not None:
            self.cell_set(space, ix, None)
        self.indices[slot] = DUMMY
        self.values[ix] = None
        if self.strategy == OBJECT:
            self.objkeys[ix] = None
            self.strkeys[ix] = ""
        self.used -= 1

    def compact(self) -> None:
        """Drop deleted entries (the slots do not move)."""
        hashes: list[int] = []
        intkeys: list[int] = []
        strkeys: list[str] = []
        objkeys: list[Optional[W_Root]] = []
        values: list[Optional[W_Root]] = []
        s = self.strategy
        for slot in range(len(self.indices)):
            ix = self.indices[slot]
            if ix < 0:
                continue
            self.indices[slot] = len(hashes)
            hashes.append(self.hashes[ix])
            values.append(self.values[ix])
            if s == BYTES or s == UNICODE:
                strkeys.append(self.strkeys[ix])
            elif s == INT:
                intkeys.append(self.intkeys[ix])
            else:
                objkeys.append(self.objkeys[ix])
                strkeys.append(self.strkeys[ix])
        self.hashes = hashes
        self.intkeys = intkeys
        self.strkeys = strkeys
        self.objkeys = objkeys
        self.values = values

    def resize(self, minused: int) -> None:
        """2.7's dictresize."""
        newsize = MINSIZE
        while newsize <= minused:
            newsize <<= 1
        if newsize == MINSIZE and len(self.indices) == MINSIZE and self.fill == self.used:
            return
        old = self.indices
        self.compact()
        newindices = [FREE] * newsize
        mask = newsize - 1
        self.finger = 0
        for slot in range(len(old)):
            ix = old[slot]
            if ix < 0:
                continue
            h = self.hashes[ix]
            i = h & mask
            perturb = h
            while newindices[i] != FREE:
                i = (5 * i + (perturb & mask) + 1) & mask
                perturb = (perturb >> PERTURB_SHIFT) & MASK59
            newindices[i] = ix
            if i == 0:
                self.finger = h
        self.indices = newindices
        self.fill = self.used

    def delitem(self, space: "ObjSpace", w_key: W_Root) -> bool:
        kind = key_kind(space, w_key)
        h = hash_key(space, w_key, kind)
        if self.used == 0:
            return False
        slot = self.lookup(space, w_key, kind, h)
        if self.indices[slot] < 0:
            return False
        self.delete_slot(space, slot)
        return True

    def next_slot(self, pos: int) -> int:
        """The first used slot >= pos, or -1."""
        indices = self.indices
        n = len(indices)
        while pos < n:
            if indices[pos] >= 0:
                return pos
            pos += 1
        return -1

    def keys_w(self, space: "ObjSpace") -> list[W_Root]:
        result: list[W_Root] = []
        for ix in self.indices:
            if ix >= 0:
                result.append(self.wrapkey(space, ix))
        return result

    def values_w(self) -> list[W_Root]:
        result: list[W_Root] = []
        for ix in self.indices:
            if ix >= 0:
                w_v = self.values[ix]
                assert w_v is not None
                result.append(w_v)
        return result

    def value_at(self, ix: int) -> W_Root:
        w_v = self.values[ix]
        assert w_v is not None
        return w_v


def key_kind(space: "ObjSpace", w_key: W_Root) -> int:
    if type(w_key) is W_BytesObject:
        return BYTES
    if type(w_key) is W_IntObject:
        return INT
    w_type = space.type(w_key)
    if w_type is space.w_str:
        return BYTES
    if w_type is space.w_unicode:
        return UNICODE
    if w_type is space.w_int:
        return INT
    return OBJECT


def hash_key(space: "ObjSpace", w_key: W_Root, kind: int) -> int:
    """The hash a table uses for w_key: 2.7's (strs and unicodes hashed here
    with 2.7's algorithm, so that the order of the table is 2.7's)."""
    if kind == BYTES:
        assert isinstance(w_key, W_BytesObject)      # exactly str
        return cached_str_hash(w_key)
    if kind == INT:
        return int_hash(space.int_w(w_key))
    if kind == UNICODE:
        return unicode_hash(space.unicode_w(w_key))
    if type(w_key) is W_TupleObject:
        return exact_hash(space, w_key)
    w_type = space.type(w_key)
    if w_type.is_heaptype:
        # a subclass of str/unicode that keeps the built-in __hash__
        w_hash = w_type.lookup("__hash__")
        if w_hash is not None and w_hash is space.w_str.lookup("__hash__"):
            return str_hash(space.str_w(w_key))
        if w_hash is not None and w_hash is space.w_unicode.lookup("__hash__"):
            return unicode_hash(space.unicode_w(w_key))
    return space.hash_w(w_key)


def exact_hash(space: "ObjSpace", w_obj: W_Root) -> int:
    """hash(w_obj), computed here for exact strs, ints and tuples of them
    (whose __hash__ cannot be replaced): tuple keys skip the special-method
    call and the boxing of every item's hash."""
    if type(w_obj) is W_BytesObject:
        assert isinstance(w_obj, W_BytesObject)
        return cached_str_hash(w_obj)
    if type(w_obj) is W_IntObject:
        assert isinstance(w_obj, W_IntObject)
        return int_hash(w_obj.intval)
    if type(w_obj) is W_TupleObject:
        assert isinstance(w_obj, W_TupleObject)
        if w_obj.w_class is not None:
            return space.hash_w(w_obj)      # a subclass may override __hash__
        # 2.7's tuple hash, as tupleobject.tuple_hash
        x = 0x345678
        mult = 1000003
        n = len(w_obj.wrappeditems)
        for w_item in w_obj.wrappeditems:
            n -= 1
            y = exact_hash(space, w_item)
            x = uint_mul(x ^ y, mult)
            mult = uint_add(mult, 82520 + n + n)
        x = uint_add(x, 97531)
        return -2 if x == -1 else x
    return space.hash_w(w_obj)


def newdict(space: "ObjSpace") -> W_Root:
    return W_DictObject()


def newdict_presized(space: "ObjSpace", n: int) -> W_Root:
    """BUILD_MAP n (2.7 presizes for more than 5 items)."""
    w_d = W_DictObject()
    if n > 5:
        w_d.resize(n)
    return w_d


def strategy_name(w_dict: W_Root) -> str:
    assert isinstance(w_dict, W_DictObject)
    return STRATEGY_NAMES[w_dict.strategy]


def dict_getitem_w(space: "ObjSpace", w_dict: W_Root, w_key: W_Root) -> Optional[W_Root]:
    """d.get(key) at interpreter level: None when missing (no __missing__)."""
    assert isinstance(w_dict, W_DictObject)
    return w_dict.getitem(space, w_key)


def dict_getitem_str(space: "ObjSpace", w_dict: W_Root, key: str) -> Optional[W_Root]:
    assert isinstance(w_dict, W_DictObject)
    if w_dict.used == 0:
        return None
    if w_dict.strategy == BYTES:
        ix = w_dict.lookup_str(key)
        return w_dict.values[ix] if ix >= 0 else None
    return w_dict.getitem(space, space.newstr(key))


def dict_setitem_w(space: "ObjSpace", w_dict: W_Root, w_key: W_Root, w_value: W_Root) -> None:
    assert isinstance(w_dict, W_DictObject)
    w_dict.setitem(space, w_key, w_value)


def dict_setitem_str(space: "ObjSpace", w_dict: W_Root, key: str, w_value: W_Root) -> None:
    assert isinstance(w_dict, W_DictObject)
    w_dict.setitem_hashed(space, space.newstr(key), BYTES, str_hash(key), w_value, True)


def dict_delitem_w(space: "ObjSpace", w_dict: W_Root, w_key: W_Root) -> bool:
    """Delete a key; False if it was missing."""
    assert isinstance(w_dict, W_DictObject)
    return w_dict.delitem(space, w_key)


def dict_keys_w(space: "ObjSpace", w_dict: W_Root) -> list[W_Root]:
    assert isinstance(w_dict, W_DictObject)
    return w_dict.keys_w(space)


def dict_items_w(space: "ObjSpace", w_dict: W_Root) -> list[tuple[W_Root, W_Root]]:
    assert isinstance(w_dict, W_DictObject)
    result: list[tuple[W_Root, W_Root]] = []
    for ix in w_dict.indices:
        if ix >= 0:
            result.append((w_dict.wrapkey(space, ix), w_dict.value_at(ix)))
    return result


def dict_len(space: "ObjSpace", w_dict: W_Root) -> int:
    assert isinstance(w_dict, W_DictObject)
    return w_dict.used


def missing_key(space: "ObjSpace", w_key: W_Root) -> OperationError:
    from pypy27.interpreter.objspace.tupleobject import newtuple
    return OperationError(space.w_KeyError, newtuple(space, [w_key]))


# ============================================================================
# app-level methods of dict
# ============================================================================

def as_dict(space: "ObjSpace", w_self: W_Root, name: str) -> W_DictObject:
    if not isinstance(w_self, W_DictObject):
        raise space.type_error("descriptor '%s' requires a 'dict' object but received a '%s'"
                               % (name, space.type(w_self).name))
    return w_self


def unpack_args(space: "ObjSpace", args: "Arguments", name: str, minargs: int, maxargs: int,
                kwargs_ok: bool) -> list[W_Root]:
    """PyArg_UnpackTuple-style: args_w[0] is self; 2.7's messages."""
    args.unpack_stars(space, name + "()")
    if args.keywords and not kwargs_ok:
        raise space.type_error("%s() takes no keyword arguments" % name)
    n = len(args.args_w) - 1
    if n < minargs:
        raise space.type_error("%s expected at least %d arguments, got %d" % (name, minargs, n))
    if n > maxargs:
        raise space.type_error("%s expected at most %d arguments, got %d" % (name, maxargs, n))
    return args.args_w


def dict_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    w_d = W_DictObject()
    if w_subtype is not space.w_dict:
        w_d.w_class = w_subtype
    return w_d


def descr_init(space: "ObjSpace", args: "Arguments") -> W_Root:
    if not args.args_w:
        raise space.type_error("descriptor '__init__' of 'dict' object needs an argument")
    w_starstar = args.w_starstararg      # its keys need not be strings (2.7's dict(**{1: 2}))
    args.w_starstararg = None
    args_w = unpack_args(space, args, "dict", 0, 1, True)
    w_self = as_dict(space, args_w[0], "__init__")
    update_common(space, w_self, args_w, args, w_starstar)
    return space.w_None


def descr_update(space: "ObjSpace", args: "Arguments") -> W_Root:
    if not args.args_w:
        raise space.type_error("descriptor 'update' of 'dict' object needs an argument")
    w_starstar = args.w_starstararg      # its keys need not be strings (2.7's dict(**{1: 2}))
    args.w_starstararg = None
    args_w = unpack_args(space, args, "update", 0, 1, True)
    w_self = as_dict(space, args_w[0], "update")
    update_common(space, w_self, args_w, args, w_starstar)
    return space.w_None


def update_common(space: "ObjSpace", w_self: W_DictObject, args_w: list[W_Root], args: "Arguments",
                  w_starstar: Optional[W_Root] = None) -> None:
    if len(args_w) > 1:
        w_other = args_w[1]
        if isinstance(w_other, W_DictObject) or space.findattr(w_other, "keys") is not None:
            merge(space, w_self, w_other, True)
        else:
            merge_from_seq2(space, w_self, w_other)
    if args.keywords:
        # 2.7 collects the keywords in a dict of their own, then merges it
        w_kwds = W_DictObject()
        for i in range(len(args.keywords)):
            w_kwds.setitem(space, space.newstr(args.keywords[i]), args.keywords_w[i])
        merge(space, w_self, w_kwds, True)
    if w_starstar is not None:
        if not isinstance(w_starstar, W_DictObject) and space.findattr(w_starstar, "keys") is None:
            raise space.type_error("type object argument after ** must be a mapping, not %s"
                                   % space.type(w_starstar).name)
        for w_key in space.listview(w_starstar):
            if space.isinstance_w(w_key, space.w_str) and space.str_w(w_key) in args.keywords:
                raise space.type_error("type object got multiple values for keyword argument '%s'"
                                       % space.str_w(w_key))
        merge(space, w_self, w_starstar, True)


def merge(space: "ObjSpace", w_self: W_DictObject, w_other: W_Root, override: bool) -> None:
    """PyDict_Merge."""
    if isinstance(w_other, W_DictObject):      # any dict, even a subclass overriding keys() (2.7)
        if w_other is w_self or w_other.used == 0:
            return
        if (w_self.fill + w_other.used) * 3 >= len(w_self.indices) * 2:
            w_self.resize((w_self.used + w_other.used) * 2)
        for ix in list(w_other.indices):
            if ix < 0 or ix >= len(w_other.values):
                continue
            w_value = w_other.values[ix]
            if w_value is None:
                continue
            w_key = w_other.wrapkey(space, ix)
            h = w_other.hashes[ix]
            kind = key_kind(space, w_key)
            if not override and w_self.getitem(space, w_key) is not None:
                continue
            w_self.setitem_hashed(space, w_key, kind, h, w_value, False)
        return
    keys_w = space.listview(space.call_method(w_other, "keys", []))
    for w_key in keys_w:
        if not override and w_self.getitem(space, w_key) is not None:
            continue
        w_self.setitem(space, w_key, space.getitem(w_other, w_key))


def merge_from_seq2(space: "ObjSpace", w_self: W_DictObject, w_seq: W_Root) -> None:
    w_iter = space.iter(w_seq)
    i = 0
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        try:
            items_w = space.listview(w_item)
        except OperationError as e:
            if not e.match(space, space.w_TypeError):
                raise
            raise space.type_error("cannot convert dictionary update sequence element #%d to a sequence" % i)
        if len(items_w) != 2:
            raise space.value_error("dictionary update sequence element #%d has length %d; 2 is required"
                                    % (i, len(items_w)))
        w_self.setitem(space, items_w[0], items_w[1])
        i += 1


def descr_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(as_dict(space, w_self, "__len__").used)


def descr_getitem(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    w_d = as_dict(space, w_self, "__getitem__")
    w_v = w_d.getitem(space, w_key)
    if w_v is not None:
        return w_v
    if w_d.w_class is not None:
        w_missing = space.lookup(w_d, "__missing__")
        if w_missing is not None:
            return space.call_function(space.get(w_missing, w_d), [w_key])
    raise missing_key(space, w_key)


def descr_setitem(space: "ObjSpace", w_self: W_Root, w_key: W_Root, w_value: W_Root) -> W_Root:
    as_dict(space, w_self, "__setitem__").setitem(space, w_key, w_value)
    return space.w_None


def descr_delitem(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    if not as_dict(space, w_self, "__delitem__").delitem(space, w_key):
        raise missing_key(space, w_key)
    return space.w_None


def descr_contains(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    return space.newbool(as_dict(space, w_self, "__contains__").getitem(space, w_key) is not None)


def descr_has_key(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    return space.newbool(as_dict(space, w_self, "has_key").getitem(space, w_key) is not None)


def _default_arg(args_w: list[W_Root]) -> Optional[W_Root]:
    return args_w[2] if len(args_w) > 2 else None


def descr_get(space: "ObjSpace", args: "Arguments") -> W_Root:
    args_w = unpack_args(space, args, "get", 1, 2, False)
    return dict_get(space, args_w[0], args_w[1], _default_arg(args_w))


def dict_get(space: "ObjSpace", w_self: W_Root, w_key: W_Root, w_default: Optional[W_Root]) -> W_Root:
    w_d = as_dict(space, w_self, "get")
    w_v = w_d.getitem(space, w_key)
    if w_v is not None:
        return w_v
    return w_default if w_default is not None else space.w_None


def descr_setdefault(space: "ObjSpace", args: "Arguments") -> W_Root:
    args_w = unpack_args(space, args, "setdefault", 1, 2, False)
    return dict_setdefault(space, args_w[0], args_w[1], _default_arg(args_w))


def dict_setdefault(space: "ObjSpace", w_self: W_Root, w_key: W_Root,
                    w_arg: Optional[W_Root]) -> W_Root:
    w_d = as_dict(space, w_self, "setdefault")
    kind = key_kind(space, w_key)
    h = hash_key(space, w_key, kind)        # once: 2.7 does not hash the key again to insert it
    w_default = w_arg if w_arg is not None else space.w_None
    if w_d.used > 0:
        slot = w_d.lookup(space, w_key, kind, h)
        ix = w_d.indices[slot]
        if ix >= 0:
            w_v = w_d.values[ix]
            assert w_v is not None
            return w_v
        if w_d.strategy == kind:
            # insert where the lookup ended: __eq__ is not called a second time
            w_d.insert_entry(space, slot, w_key, h, w_default)
            if w_d.fill * 3 >= len(w_d.indices) * 2:
                w_d.resize(w_d.used * (2 if w_d.used > 50000 else 4))
            return w_default
    w_d.setitem_hashed(space, w_key, kind, h, w_default, True)
    return w_default


def descr_pop(space: "ObjSpace", args: "Arguments") -> W_Root:
    args_w = unpack_args(space, args, "pop", 1, 2, False)
    return dict_pop(space, args_w[0], args_w[1], _default_arg(args_w))


def dict_pop(space: "ObjSpace", w_self: W_Root, w_key: W_Root, w_default: Optional[W_Root]) -> W_Root:
    w_d = as_dict(space, w_self, "pop")
    if w_d.used > 0:
        kind = key_kind(space, w_key)
        h = hash_key(space, w_key, kind)
        slot = w_d.lookup(space, w_key, kind, h)
        ix = w_d.indices[slot]
        if ix >= 0:
            w_v = w_d.value_at(ix)
            w_d.delete_slot(space, slot)
            return w_v
    if w_default is not None:
        return w_default
    raise missing_key(space, w_key)


def descr_popitem(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.tupleobject import newtuple
    w_d = as_dict(space, w_self, "popitem")
    if w_d.used == 0:
        raise space.error(space.w_KeyError, "popitem(): dictionary is empty")
    indices = w_d.indices
    mask = len(indices) - 1
    i = 0
    if indices[0] < 0:
        i = w_d.finger
        if i > mask or i < 1:
            i = 1
        while indices[i] < 0:
            i += 1
            if i > mask:
                i = 1
    ix = indices[i]
    w_res = newtuple(space, [w_d.wrapkey(space, ix), w_d.value_at(ix)])
    w_d.delete_slot(space, i)
    w_d.finger = i + 1
    return w_res


def descr_clear(space: "ObjSpace", w_self: W_Root) -> W_Root:
    as_dict(space, w_self, "clear").reset()
    return space.w_None


def dict_copy(space: "ObjSpace", w_d: W_DictObject) -> W_DictObject:
    w_new = W_DictObject()
    merge(space, w_new, w_d, True)
    return w_new


def descr_copy(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return dict_copy(space, as_dict(space, w_self, "copy"))


def descr_keys(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_d = as_dict(space, w_self, "keys")
    from pypy27.interpreter.objspace import listobject
    if w_d.strategy == BYTES:
        strs: list[str] = []
        for ix in w_d.indices:
            if ix >= 0:
                strs.append(w_d.strkeys[ix])
        return listobject.newlist_strs(space, strs)
    if w_d.strategy == INT:
        ints: list[int] = []
        for ix in w_d.indices:
            if ix >= 0:
                ints.append(w_d.intkeys[ix])
        return listobject.newlist_ints(space, ints)
    return space.newlist(w_d.keys_w(space))


def descr_values(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newlist(as_dict(space, w_self, "values").values_w())


def descr_items(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.tupleobject import newtuple
    w_d = as_dict(space, w_self, "items")
    items_w: list[W_Root] = []
    for ix in w_d.indices:
        if ix >= 0:
            items_w.append(newtuple(space, [w_d.wrapkey(space, ix), w_d.value_at(ix)]))
    return space.newlist(items_w)


def descr_fromkeys(space: "ObjSpace", args: "Arguments") -> W_Root:
    args_w = unpack_args(space, args, "fromkeys", 1, 2, False)
    w_cls = args_w[0]
    w_value = args_w[2] if len(args_w) > 2 else space.w_None
    w_res = space.call_function(w_cls, [])
    if isinstance(w_res, W_DictObject) and w_res.w_class is None:
        w_seq = args_w[1]
        if isinstance(w_seq, W_DictObject) and w_seq.w_class is None and w_res.used == 0:
            w_res.resize(w_seq.used)
        from pypy27.interpreter.objspace.setobject import W_BaseSetObject
        if isinstance(w_seq, W_BaseSetObject):
            for w_key, h in w_seq.entries(space):      # the set's hashes: 2.7 does not rehash
                w_res.setitem_hashed(space, w_key, key_kind(space, w_key), h, w_value, True)
            return w_res
        for w_key in space.listview(w_seq):
            w_res.setitem(space, w_key, w_value)
        return w_res
    for w_key in space.listview(args_w[1]):
        space.setitem(w_res, w_key, w_value)
    return w_res


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.listobject import repr_state
    w_d = as_dict(space, w_self, "__repr__")
    if w_d.used == 0:
        return space.newstr("{}")
    if not repr_state.enter(w_d):
        return space.newstr("{...}")
    try:
        parts: list[str] = []
        pos = 0
        while True:
            pos = w_d.next_slot(pos)
            if pos < 0:
                break
            ix = w_d.indices[pos]
            w_key = w_d.wrapkey(space, ix)
            w_value = w_d.value_at(ix)
            parts.append(space.str_w(space.repr(w_key)) + ": " + space.str_w(space.repr(w_value)))
            pos += 1
    finally:
        repr_state.leave(w_d)
    return space.newstr("{" + ", ".join(parts) + "}")


def dict_equal(space: "ObjSpace", w_a: W_DictObject, w_b: W_DictObject) -> bool:
    if w_a.used != w_b.used:
        return False
    for ix in list(w_a.indices):
        if ix < 0 or ix >= len(w_a.values):
            continue
        w_aval = w_a.values[ix]
        if w_aval is None:
            continue
        w_key = w_a.wrapkey(space, ix)
        w_bval = w_b.getitem(space, w_key)
        if w_bval is None:
            return False
        if not (w_aval is w_bval or space.eq_w(w_aval, w_bval)):
            return False
    return True


def descr_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_d = as_dict(space, w_self, "__eq__")
    if not isinstance(w_other, W_DictObject):
        return space.w_NotImplemented
    return space.newbool(dict_equal(space, w_d, w_other))


def descr_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_d = as_dict(space, w_self, "__ne__")
    if not isinstance(w_other, W_DictObject):
        return space.w_NotImplemented
    return space.newbool(not dict_equal(space, w_d, w_other))


def characteristic(space: "ObjSpace", w_a: W_DictObject, w_b: W_DictObject) -> tuple[Optional[W_Root], Optional[W_Root]]:
    """The smallest key of a whose value differs in b, and its value."""
    w_akey: Optional[W_Root] = None
    w_aval: Optional[W_Root] = None
    for ix in list(w_a.indices):
        if ix < 0 or ix >= len(w_a.values):
            continue
        w_thisval = w_a.values[ix]
        if w_thisval is None:
            continue
        w_thiskey = w_a.wrapkey(space, ix)
        if w_akey is not None:
            if space.is_true(space.compare("lt", w_akey, w_thiskey)):
                continue
        w_bval = w_b.getitem(space, w_thiskey)
        if w_bval is None:
            differ = True
        else:
            differ = not (w_thisval is w_bval or space.eq_w(w_thisval, w_bval))
        if differ:
            w_akey = w_thiskey
            w_aval = w_thisval
    return (w_akey, w_aval)


def dict_compare(space: "ObjSpace", w_a: W_DictObject, w_b: W_DictObject) -> int:
    """2.7's dict_compare (cmp() and < on dicts)."""
    if w_a.used < w_b.used:
        return -1
    if w_a.used > w_b.used:
        return 1
    w_adiff, w_aval = characteristic(space, w_a, w_b)
    if w_adiff is None or w_aval is None:
        return 0
    w_bdiff, w_bval = characteristic(space, w_b, w_a)
    if w_bdiff is None or w_bval is None:
        return 0
    res = space.cmp_w(w_adiff, w_bdiff)
    if res == 0:
        res = space.cmp_w(w_aval, w_bval)
    return res


def descr_notimpl(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    """dict's <, <=, >, >=: NotImplemented (2.7 orders dicts through __cmp__)."""
    as_dict(space, w_self, "__lt__")
    return space.w_NotImplemented


def descr_cmp(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_d = as_dict(space, w_self, "__cmp__")
    if not isinstance(w_other, W_DictObject):
        raise space.type_error("dict.__cmp__(x,y) requires y to be a 'dict', not a '%s'"
                               % space.type(w_other).name)
    return space.newint(dict_compare(space, w_d, w_other))


def descr_sizeof(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_d = as_dict(space, w_self, "__sizeof__")
    n = len(w_d.indices)
    return space.newint(280 if n == MINSIZE else 280 + 24 * n)


# ---- iterators and views ------------------------------------------------------

KEYS = 0
VALUES = 1
ITEMS = 2
ITER_TYPE_NAMES = ["dictionary-keyiterator", "dictionary-valueiterator", "dictionary-itemiterator"]
VIEW_TYPE_NAMES = ["dict_keys", "dict_values", "dict_items"]


def descr_iterkeys(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_DictIterObject(as_dict(space, w_self, "iterkeys"), KEYS)


def descr_itervalues(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_DictIterObject(as_dict(space, w_self, "itervalues"), VALUES)


def descr_iteritems(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_DictIterObject(as_dict(space, w_self, "iteritems"), ITEMS)


def descr_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_DictIterObject(as_dict(space, w_self, "__iter__"), KEYS)


def descr_viewkeys(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_DictViewObject(as_dict(space, w_self, "viewkeys"), KEYS)


def descr_viewvalues(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_DictViewObject(as_dict(space, w_self, "viewvalues"), VALUES)


def descr_viewitems(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_DictViewObject(as_dict(space, w_self, "viewitems"), ITEMS)


from pypy27.interpreter.objspace.iterobject import W_AbstractIter  # noqa: E402


class W_DictIterObject(W_AbstractIter):
    w_dict: Optional[W_DictObject]
    kind: int
    pos: int
    used: int
    remaining: int

    def __init__(self, w_dict: W_DictObject, kind: int) -> None:
        self.w_dict = w_dict
        self.kind = kind
        self.pos = 0
        self.used = w_dict.used
        self.remaining = w_dict.used

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.builtin_types_w[ITER_TYPE_NAMES[self.kind]]

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        from pypy27.interpreter.objspace.tupleobject import newtuple
        w_d = self.w_dict
        if w_d is None:
            return None
        if self.used != w_d.used:
            self.used = -1
            raise space.error(space.w_RuntimeError, "dictionary changed size during iteration")
        slot = w_d.next_slot(self.pos)
        if slot < 0:
            self.w_dict = None
            return None
        self.pos = slot + 1
        self.remaining -= 1
        ix = w_d.indices[slot]
        if self.kind == KEYS:
            return w_d.wrapkey(space, ix)
        if self.kind == VALUES:
            return w_d.value_at(ix)
        return newtuple(space, [w_d.wrapkey(space, ix), w_d.value_at(ix)])

    def length_hint(self, space: "ObjSpace") -> int:
        w_d = self.w_dict
        if w_d is not None and self.used == w_d.used:
            return self.remaining
        return 0


class W_DictViewObject(W_Root):
    w_dict: W_DictObject
    kind: int

    def __init__(self, w_dict: W_DictObject, kind: int) -> None:
        self.w_dict = w_dict
        self.kind = kind

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.builtin_types_w[VIEW_TYPE_NAMES[self.kind]]


def as_view(space: "ObjSpace", w_self: W_Root) -> W_DictViewObject:
    if not isinstance(w_self, W_DictViewObject):
        raise space.type_error("descriptor requires a dict view object but received a '%s'"
                               % space.type(w_self).name)
    return w_self


def view_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(as_view(space, w_self).w_dict.used)


def view_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_v = as_view(space, w_self)
    return W_DictIterObject(w_v.w_dict, w_v.kind)


def view_items_w(space: "ObjSpace", w_v: W_DictViewObject) -> list[W_Root]:
    return space.listview(W_DictIterObject(w_v.w_dict, w_v.kind))


def view_contains(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    w_v = as_view(space, w_self)
    if w_v.kind == KEYS:
        return space.newbool(w_v.w_dict.getitem(space, w_item) is not None)
    if w_v.kind == ITEMS:
        from pypy27.interpreter.objspace.tupleobject import W_TupleObject
        if not isinstance(w_item, W_TupleObject) or len(w_item.wrappeditems) != 2:
            return space.w_False
        w_found = w_v.w_dict.getitem(space, w_item.wrappeditems[0])
        if w_found is None:
            return space.w_False
        return space.newbool(space.eq_w(w_found, w_item.wrappeditems[1]))
    for w_x in w_v.w_dict.values_w():
        if w_x is w_item or space.eq_w(w_x, w_item):
            return space.w_True
    return space.w_False


def view_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.listobject import repr_state
    w_v = as_view(space, w_self)
    if not repr_state.enter(w_v):
        return space.newstr("...")      # a view inside its own dict: 2.7 shows [...]
    try:
        w_list = space.newlist(view_items_w(space, w_v))
        text = space.str_w(space.repr(w_list))
    finally:
        repr_state.leave(w_v)
    return space.newstr("%s(%s)" % (VIEW_TYPE_NAMES[w_v.kind], text))


if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments


from pypy27.interpreter.gateway import W_Builtin, W_BuiltinMethod  # noqa: E402


class W_BuiltinClassMethod(W_Root):
    """A built-in classmethod (dict.fromkeys): binds to the class."""
    w_function: W_Builtin

    def __init__(self, w_function: W_Builtin) -> None:
        self.w_function = w_function

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_builtin_function

    def is_interp_descr(self) -> bool:
        return True

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        return W_BuiltinMethod(self.w_function, w_type)


# ---- set operations and comparisons of keys and items views ----------------------

def view_as_set(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import setobject
    w_set = setobject.W_SetObject()
    setobject.update_internal(space, w_set, w_obj)
    return w_set


def view_setop(space: "ObjSpace", w_left: W_Root, w_right: W_Root, method: str) -> W_Root:
    """2.7's dictviews_and & co: set(left).<method>(right)."""
    w_set = view_as_set(space, w_left)
    space.call_method(w_set, method, [w_right])
    return w_set


def view_and(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_setop(space, as_view(space, w_self), w_other, "intersection_update")


def view_rand(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_setop(space, w_other, as_view(space, w_self), "intersection_update")


def view_or(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_setop(space, as_view(space, w_self), w_other, "update")


def view_ror(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_setop(space, w_other, as_view(space, w_self), "update")


def view_sub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_setop(space, as_view(space, w_self), w_other, "difference_update")


def view_rsub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_setop(space, w_other, as_view(space, w_self), "difference_update")


def view_xor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_setop(space, as_view(space, w_self), w_other, "symmetric_difference_update")


def view_rxor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_setop(space, w_other, as_view(space, w_self), "symmetric_difference_update")


def all_contained_in(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> bool:
    w_iter = space.iter(w_a)
    while True:
        w_x = space.next(w_iter)
        if w_x is None:
            return True
        if not space.contains(w_b, w_x):
            return False


def view_compare(space: "ObjSpace", op: str, w_self: W_Root, w_other: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.setobject import W_BaseSetObject
    w_v = as_view(space, w_self)
    if not ((isinstance(w_other, W_DictViewObject) and w_other.kind != VALUES) or
            isinstance(w_other, W_BaseSetObject)):
        return space.w_NotImplemented
    n1 = w_v.w_dict.used
    n2 = space.len_w(w_other)
    if op == "eq" or op == "ne":
        ok = n1 == n2 and all_contained_in(space, w_v, w_other)
        return space.newbool(ok == (op == "eq"))
    if op == "lt":
        return space.newbool(n1 < n2 and all_contained_in(space, w_v, w_other))
    if op == "le":
        return space.newbool(n1 <= n2 and all_contained_in(space, w_v, w_other))
    if op == "gt":
        return space.newbool(n1 > n2 and all_contained_in(space, w_other, w_v))
    return space.newbool(n1 >= n2 and all_contained_in(space, w_other, w_v))


def view_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_compare(space, "eq", w_self, w_other)


def view_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_compare(space, "ne", w_self, w_other)


def view_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_compare(space, "lt", w_self, w_other)


def view_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_compare(space, "le", w_self, w_other)


def view_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_compare(space, "gt", w_self, w_other)


def view_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return view_compare(space, "ge", w_self, w_other)


# ---- get, setdefault, pop without an Arguments object -------------------------------

KEY_GET = 0
KEY_SETDEFAULT = 1
KEY_POP = 2


def key_method(space: "ObjSpace", which: int, w_self: W_Root, w_key: W_Root,
               w_default: Optional[W_Root]) -> W_Root:
    if which == KEY_GET:
        return dict_get(space, w_self, w_key, w_default)
    if which == KEY_SETDEFAULT:
        return dict_setdefault(space, w_self, w_key, w_default)
    return dict_pop(space, w_self, w_key, w_default)


class W_DictKeyMethod(W_Builtin):
    """dict.get, setdefault and pop, (key[, default]): called with one or two
    positional arguments they skip the Arguments object; other calls take
    the descr_* function (and its 2.7 messages)."""
    which: int
    fn: "FnArgs"

    def __init__(self, name: str, which: int, fn: "FnArgs") -> None:
        W_Builtin.__init__(self, name, True, "")
        self.which = which
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: "Arguments") -> W_Root:
        return self.fn(space, args)

    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        if len(args_w) == 2:
            return key_method(space, self.which, args_w[0], args_w[1], None)
        if len(args_w) == 3:
            return key_method(space, self.which, args_w[0], args_w[1], args_w[2])
        from pypy27.interpreter.arguments import Arguments
        return self.fn(space, Arguments(args_w))

    def call_self1(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root) -> W_Root:
        return key_method(space, self.which, w_self, w_a, None)

    def call_self2(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root, w_b: W_Root) -> W_Root:
        return key_method(space, self.which, w_self, w_a, w_b)
