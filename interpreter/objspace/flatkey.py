"""Flat forms of tuple dict keys.

A tuple key is four pointers away from its bytes (tuple -> item list ->
items -> str box -> bytes), and a dict lookup that finds it compares the
stored key item by item: on a large table every level is a cache miss. An
object-keyed dict therefore also keeps, per entry, the key's *flat form*
when the key is an exact tuple of exact strs and ints (deeply immutable, and
no app-level __eq__ can run): one byte string holding every item. A lookup
compares its (fresh, cached) key against that one string.

Encoding, per item: "s" + chr(len) + bytes for a str shorter than 256 bytes,
"i" + 8 little-endian bytes for an int. "" means "no flat form".
"""
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.interpreter.objspace.intobject import W_IntObject
from pypy27.interpreter.objspace.tupleobject import W_TupleObject

MAX_FLAT = 256          # longer keys are not worth a second copy


def flat_key(w_key: W_Root) -> str:
    """The flat form of w_key, or "" when it has none."""
    if type(w_key) is not W_TupleObject:
        return ""
    assert isinstance(w_key, W_TupleObject)
    if w_key.w_class is not None or len(w_key.wrappeditems) == 0:
        return ""
    parts: list[str] = []
    size = 0
    for w_item in w_key.wrappeditems:
        if type(w_item) is W_BytesObject:
            assert isinstance(w_item, W_BytesObject)
            v = w_item.value
            if len(v) > 255:
                return ""
            parts.append("s")
            parts.append(chr(len(v)))
            parts.append(v)
            size += 2 + len(v)
        elif type(w_item) is W_IntObject:
            assert isinstance(w_item, W_IntObject)
            x = w_item.intval
            parts.append("i")
            for k in range(8):
                parts.append(chr((x >> (8 * k)) & 0xff))
            size += 9
        else:
            return ""
        if size > MAX_FLAT:
            return ""
    return "".join(parts)


def flat_match(fk: str, w_key: W_Root) -> int:
    """w_key == the stored key whose flat form is fk (non-empty): 1 equal,
    0 not, -1 when w_key needs the generic comparison. Exact: 2.7 compares
    the common items in order and stops at the first unequal pair, then the
    sizes; every pair compared here is of exact strs/ints (no side effects)."""
    if type(w_key) is not W_TupleObject:
        return -1
    assert isinstance(w_key, W_TupleObject)
    if w_key.w_class is not None:
        return -1
    n = len(fk)
    pos = 0
    for w_item in w_key.wrappeditems:
        if type(w_item) is W_BytesObject:
            assert isinstance(w_item, W_BytesObject)
            if pos >= n:
                return 0            # the stored key is shorter
            v = w_item.value
            m = len(v)
            if fk[pos] != "s" or ord(fk[pos + 1]) != m:
                return 0
            start = pos + 2
            if m > 0 and fk.find(v, start, start + m) != start:
                return 0
            pos = start + m
        elif type(w_item) is W_IntObject:
            assert isinstance(w_item, W_IntObject)
            if pos >= n:
                return 0
            if fk[pos] != "i":
                return 0
            x = w_item.intval
            for k in range(8):
                if ord(fk[pos + 1 + k]) != (x >> (8 * k)) & 0xff:
                    return 0
            pos += 9
        else:
            if pos >= n:
                return 0            # 2.7 compares the sizes without touching it
            return -1
    return 1 if pos == n else 0
