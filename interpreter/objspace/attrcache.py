"""A global cache of attribute reads and writes on instances of user classes.

`obj.name` on a W_ObjectObject in map mode depends only on the class (its
mro dicts: W_TypeObject.version changes with them), the instance's map and
the name: whether a data descriptor wins, which slot holds the value, or
whether the class attribute is returned bound or as it is.  The cache keeps
that answer per (class, version, map, name) in a direct-mapped table indexed
by the three identities, so a hit costs no dictionary lookup and no mro walk.
Names are compared by identity: they are the code objects' co_names strings.
Answers that could change without a version bump (a descriptor whose class
is a user class) are never cached.
"""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.mapdict import AttrMap, map_state
from pypy27.interpreter.objspace.typeobject import W_ObjectObject, W_TypeObject, type_state
from pypy27.support.objectmodel import compute_unique_id

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

SIZE = 2048           # a power of two

# what a cached read does
SLOT = 0        # the instance's value in slot `index`
VALUE = 1       # the class attribute as it is (no __get__)
BIND = 2        # the class attribute's __get__ (a method: a bound method)
DATA = 3        # a data descriptor of the class
MISSING = 4     # no such attribute (the class has no __getattr__)
UNCACHED = 5    # take the general path

# what a cached write does
WRITE = 0       # overwrite slot `index`
ADD = 1         # a new attribute: move to map `new_map`, value into slot `index`


class CacheEntry(object):
    """One line of a cache: the key (w_type, version, map, name) and the answer."""
    w_type: Optional[W_TypeObject]
    version: int
    map: Optional[AttrMap]
    name: Optional[str]
    kind: int
    index: int
    w_descr: Optional[W_Root]
    new_map: Optional[AttrMap]

    def __init__(self) -> None:
        self.w_type = None
        self.version = 0
        self.map = None
        self.name = None
        self.kind = 0
        self.index = 0
        self.w_descr = None
        self.new_map = None


class AttrCache(object):
    entries: list[CacheEntry]      # filled in place: one object per line, no allocation

    def __init__(self) -> None:
        self.entries = [CacheEntry() for _ in range(SIZE)]


read_cache = AttrCache()
NOT_PLAIN = W_Root()     # getattr_fast's answer for classes with __getattribute__/__getattr__
write_cache = AttrCache()


def forget_all() -> None:
    """Empty both caches: gc.collect() calls this, as their entries hold
    classes (and maps) that would otherwise never die."""
    for cache in [read_cache, write_cache]:
        for entry in cache.entries:
            entry.w_type = None
            entry.map = None
            entry.name = None
            entry.w_descr = None
            entry.new_map = None


def slot_for(w_type: W_TypeObject, m: AttrMap, name: str) -> int:
    h = (compute_unique_id(w_type) >> 4) + (compute_unique_id(m) >> 4) * 7 + (compute_unique_id(name) >> 4) * 31
    return h & (SIZE - 1)


def cacheable_type(w_type: W_TypeObject) -> bool:
    from pypy27.interpreter.objspace.typeobject import lookup_cache_state
    return not w_type.mro_full_w and (w_type.is_heaptype or lookup_cache_state.builtin_types_complete)


def descr_flags(space: "ObjSpace", w_descr: W_Root) -> int:
    """0: no __get__/__set__, 1: __get__ only, 3: __get__ and __set__,
    2: __set__ only; -1: cannot be cached (the descriptor's class may change)."""
    if w_descr.is_interp_descr():
        return 3 if w_descr.is_data_descr() else 1
    w_dt = space.type(w_descr)
    if w_dt.is_heaptype or not cacheable_type(w_dt):
        return -1
    flags = 0
    if w_dt.lookup("__get__") is not None:
        flags |= 1
    if w_dt.lookup("__set__") is not None:
        flags |= 2
    return flags


def read_kind(space: "ObjSpace", w_type: W_TypeObject, w_descr: Optional[W_Root], index: int) -> int:
    """What object.__getattribute__ does for an instance in map mode."""
    if w_descr is None:
        return SLOT if index >= 0 else MISSING
    flags = descr_flags(space, w_descr)
    if flags < 0:
        return UNCACHED
    if flags == 3:
        return DATA
    if index >= 0:
        return SLOT
    return BIND if flags & 1 else VALUE


def getattr_fast(space: "ObjSpace", w_obj: W_ObjectObject, name: str) -> Optional[W_Root]:
    """obj.name for an instance in map mode (the caller checked w_obj.w_dict
    is None); None when missing; NOT_PLAIN if the class has its own
    __getattribute__ or a __getattr__ (entries are only made for plain
    classes, and their version tells when that may have changed)."""
    w_type = w_obj.w_class
    m = w_obj.attrmap
    e = read_cache.entries[slot_for(w_type, m, name)]
    if e.w_type is w_type and e.map is m and e.name is name and e.version == w_type.version:
        kind = e.kind
        if kind == SLOT:
            return w_obj.read_slot(e.index)
        w_descr = e.w_descr
    else:
        if not w_type.plain_getattribute():
            return NOT_PLAIN
        w_descr = w_type.lookup(name)
        index = m.find(name)
        kind = read_kind(space, w_type, w_descr, index)
        if kind == UNCACHED or not cacheable_type(w_type):
            return slow_getattr(space, w_obj, w_type, name)
        e.w_type = w_type
        e.version = w_type.version
        e.map = m
        e.name = name
        e.kind = kind
        e.index = index
        e.w_descr = w_descr
        if kind == SLOT:
            return w_obj.read_slot(index)
    if kind == MISSING:
        return None
    assert w_descr is not None
    if kind == VALUE:
        return w_descr
    return space.get_descr(w_descr, w_obj, w_type)


def slow_getattr(space: "ObjSpace", w_obj: W_ObjectObject, w_type: W_TypeObject, name: str) -> Optional[W_Root]:
    """object.__getattribute__ without the cache."""
    from pypy27.interpreter.objspace.descroperation import object_getattribute
    return object_getattribute(space, w_obj, name)


def setattr_fast(space: "ObjSpace", w_obj: W_ObjectObject, name: str, w_value: W_Root) -> bool:
    """obj.name = value for an instance in map mode of a class with a __dict__
    and object.__setattr__; False if the general path must do it (a data
    descriptor, an uncacheable class, a map that is full)."""
    w_type = w_obj.w_class
    m = w_obj.attrmap
    e = write_cache.entries[slot_for(w_type, m, name)]
    if e.w_type is w_type and e.map is m and e.name is name and e.version == w_type.version:
        if e.kind == ADD:
            w_map = e.new_map
            assert w_map is not None
            w_obj.attrmap = w_map
        w_obj.write_slot(e.index, w_value)
        return True
    if not cacheable_type(w_type) or not w_type.hasdict:
        return False
    w_sa = w_type.lookup("__setattr__")
    if w_sa is not type_state.w_object_setattr and w_sa is not None:
        return False
    w_descr = w_type.lookup(name)
    if w_descr is not None:
        flags = descr_flags(space, w_descr)
        if flags < 0 or flags & 2:
            return False        # a data descriptor (or maybe one)
    index = m.find(name)
    kind = WRITE
    new_map: Optional[AttrMap] = None
    if index < 0:
        from pypy27.interpreter.objspace.mapdict import MAX_ATTRS
        if m.length >= MAX_ATTRS:
            return False
        new_map = m.with_attr(name)
        index = m.length
        kind = ADD
    e.w_type = w_type
    e.version = w_type.version
    e.map = m
    e.name = name
    e.kind = kind
    e.index = index
    e.new_map = new_map
    if new_map is not None:
        w_obj.attrmap = new_map
    w_obj.write_slot(index, w_value)
    return True


def getattr_builtin(space: "ObjSpace", w_obj: W_Root, w_type: W_TypeObject, name: str) -> Optional[W_Root]:
    """obj.name for an instance of an exact built-in type without a __dict__
    (str, list, dict, tuple): only the class can answer.  Same table as
    getattr_fast, with the empty map; same answers (NOT_PLAIN included)."""
    m = map_state.empty
    e = read_cache.entries[slot_for(w_type, m, name)]
    if e.w_type is w_type and e.map is m and e.name is name and e.version == w_type.version:
        kind = e.kind
        w_descr = e.w_descr
    else:
        if not w_type.plain_getattribute():
            return NOT_PLAIN
        w_descr = w_type.lookup(name)
        kind = read_kind(space, w_type, w_descr, -1)
        if kind == UNCACHED or not cacheable_type(w_type):
            from pypy27.interpreter.objspace.descroperation import object_getattribute
            return object_getattribute(space, w_obj, name)
        e.w_type = w_type
        e.version = w_type.version
        e.map = m
        e.name = name
        e.kind = kind
        e.index = -1
        e.w_descr = w_descr
    if kind == MISSING:
        return None
    assert w_descr is not None
    if kind == VALUE:
        return w_descr
    return space.get_descr(w_descr, w_obj, w_type)
