"""`object`'s methods, instance attribute storage and object identities."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.mapdict import MAX_ATTRS, NINLINE, NO_EXTRA, AttrMap, map_state
from pypy27.support.objectmodel import compute_unique_id
from pypy27.support.rgc import WeakLink

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


# ---- identities -------------------------------------------------------------------

class IdEntry(object):
    link: WeakLink       # the object (tells a live entry from a dead object's)
    ident: int

    def __init__(self, w_obj: W_Root, ident: int) -> None:
        self.link = WeakLink(w_obj)
        self.ident = ident


class IdState(object):
    """id() of objects: a number handed out on first request, increasing with
    the request order (stands in for the address; objects never move).  The
    table holds the objects weakly (keyed by the bit-inverted address, which
    the collector does not take for a pointer): taking an id must not keep an
    object alive.  Entries of dead objects are dropped when the table doubles."""
    ids: dict[int, IdEntry]
    next_id: int
    purge_at: int

    def __init__(self) -> None:
        self.ids = {}
        self.next_id = 0x7f0000001000
        self.purge_at = 1024


id_state = IdState()


def object_id(w_obj: W_Root) -> int:
    key = ~compute_unique_id(w_obj)
    entry = id_state.ids.get(key, None)
    if entry is not None and entry.link.get() is w_obj:
        return entry.ident
    if len(id_state.ids) >= id_state.purge_at:
        purge_ids()
    n = id_state.next_id
    id_state.next_id = n + 0x20
    id_state.ids[key] = IdEntry(w_obj, n)
    return n


def purge_ids() -> None:
    dead: list[int] = []
    for key, entry in id_state.ids.items():
        if entry.link.get() is None:
            dead.append(key)
    for key in dead:
        del id_state.ids[key]
    id_state.purge_at = max(1024, 2 * len(id_state.ids))


def addr_str(w_obj: W_Root) -> str:
    return "0x%x" % object_id(w_obj)


# ---- instance attributes -------------------------------------------------------------

class AttrStorage(W_Root):
    """The attributes of an instance (mapdict.py): values in slots described
    by a shared AttrMap until the app-level __dict__ is asked for (or an
    attribute other than the last one is deleted), then that (live) dict
    object.  W_ObjectObject inherits it so the values sit in the instance
    itself; other objects with a __dict__ hold one as their `storage`."""
    attrmap: AttrMap
    v0: Optional[W_Root]
    v1: Optional[W_Root]
    v2: Optional[W_Root]
    v3: Optional[W_Root]
    extra_w: list[Optional[W_Root]]     # slots NINLINE and up (NO_EXTRA: none yet)
    w_dict: Optional[W_Root]            # dict mode: the instance's __dict__

    def __init__(self) -> None:
        self.attrmap = map_state.empty
        self.v0 = None
        self.v1 = None
        self.v2 = None
        self.v3 = None
        self.extra_w = NO_EXTRA
        self.w_dict = None

    def read_slot(self, i: int) -> Optional[W_Root]:
        if i < 2:
            return self.v0 if i == 0 else self.v1
        if i < NINLINE:
            return self.v2 if i == 2 else self.v3
        return self.extra_w[i - NINLINE]

    def write_slot(self, i: int, w_value: Optional[W_Root]) -> None:
        if i < 2:
            if i == 0:
                self.v0 = w_value
            else:
                self.v1 = w_value
        elif i < NINLINE:
            if i == 2:
                self.v2 = w_value
            else:
                self.v3 = w_value
        else:
            j = i - NINLINE
            extra_w = self.extra_w
            if j >= len(extra_w):
                grown: list[Optional[W_Root]] = [None] * (j + 4)
                for k in range(len(extra_w)):
                    grown[k] = extra_w[k]
                self.extra_w = extra_w = grown
            extra_w[j] = w_value

    def get(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        w_dict = self.w_dict
        if w_dict is None:
            i = self.attrmap.index.get(name, -1)
            if i < 0:
                return None
            return self.read_slot(i)
        from pypy27.interpreter.objspace.dictobject import dict_getitem_str    # (import cycle)
        return dict_getitem_str(space, w_dict, name)

    def set(self, space: "ObjSpace", name: str, w_value: W_Root) -> None:
        w_dict = self.w_dict
        if w_dict is None:
            m = self.attrmap
            i = m.index.get(name, -1)
            if i >= 0:
                self.write_slot(i, w_value)
                return
            if m.length < MAX_ATTRS:
                self.attrmap = m.with_attr(name)
                self.write_slot(m.length, w_value)
                return
            w_dict = self.attr_dict(space)
        from pypy27.interpreter.objspace.dictobject import dict_setitem_str
        dict_setitem_str(space, w_dict, name, w_value)

    def delete(self, space: "ObjSpace", name: str) -> bool:
        w_dict = self.w_dict
        if w_dict is None:
            m = self.attrmap
            i = m.index.get(name, -1)
            if i < 0:
                return False
            parent = m.parent
            if i == m.length - 1 and parent is not None:
                # the newest attribute: back to the previous map
                self.write_slot(i, None)
                self.attrmap = parent if parent.length > 0 else map_state.emptied
                return True
            w_dict = self.attr_dict(space)
        from pypy27.interpreter.objspace.dictobject import dict_delitem_w
        return dict_delitem_w(space, w_dict, space.newstr(name))

    def has_created(self) -> bool:
        """Has 2.7 created the instance's dict (an attribute was ever stored, or
        __dict__ asked for)?  Then a failed `del obj.x` says just 'x'."""
        return self.w_dict is not None or self.attrmap is not map_state.empty

    def has_values(self) -> bool:
        """Are there attributes stored in map mode?"""
        return self.w_dict is None and self.attrmap.length > 0

    def getdict(self, space: "ObjSpace") -> Optional[W_Root]:
        return self.attr_dict(space)

    def attr_dict(self, space: "ObjSpace") -> W_Root:
        """The instance's __dict__, moving it to dict mode."""
        w_dict = self.w_dict
        if w_dict is None:
            from pypy27.interpreter.objspace.dictobject import dict_setitem_str
            w_dict = space.newdict()
            m = self.attrmap
            for i in range(m.length):
                w_value = self.read_slot(i)
                assert w_value is not None
                dict_setitem_str(space, w_dict, m.names[i], w_value)
            self.clear_slots()
            self.w_dict = w_dict
        return w_dict

    def clear_slots(self) -> None:
        self.attrmap = map_state.emptied
        self.v0 = None
        self.v1 = None
        self.v2 = None
        self.v3 = None
        self.extra_w = NO_EXTRA

    def setdict(self, space: "ObjSpace", w_dict: W_Root) -> bool:
        if not space.isinstance_w(w_dict, space.w_dict):
            raise space.type_error("__dict__ must be set to a dictionary, not a '%s'"
                                   % space.type(w_dict).name)
        self.clear_slots()
        self.w_dict = w_dict
        return True


def dict_finditem_str(space: "ObjSpace", w_dict: W_Root, name: str) -> Optional[W_Root]:
    try:
        return space.getitem(w_dict, space.newstr(name))
    except OperationError as e:
        if not e.match(space, space.w_KeyError):
            raise
        return None


# ---- slots ---------------------------------------------------------------------------

def slots_of(w_obj: W_Root) -> Optional[list[Optional[W_Root]]]:
    from pypy27.interpreter.objspace.typeobject import W_ObjectObject
    from pypy27.interpreter.objspace.weakref import W_WeakRef
    if isinstance(w_obj, W_ObjectObject):
        return w_obj.slots_w
    if isinstance(w_obj, W_WeakRef):
        return w_obj.slots_w
    user = w_obj.user_attrs(True)       # a subclass of another built-in type
    if user is not None:
        return user.slots_w
    return None


def get_slot(w_obj: W_Root, index: int) -> Optional[W_Root]:
    slots_w = slots_of(w_obj)
    if slots_w is not None and index < len(slots_w):
        return slots_w[index]
    return None


def set_slot(w_obj: W_Root, index: int, w_value: Optional[W_Root]) -> None:
    from pypy27.interpreter.objspace.typeobject import W_ObjectObject
    if isinstance(w_obj, W_ObjectObject) and index >= len(w_obj.slots_w):
        w_obj.slots_w = w_obj.slots_w[:]      # a private copy: never grow the shared NO_SLOTS
    slots_w = slots_of(w_obj)
    if slots_w is not None:
        while len(slots_w) <= index:
            slots_w.append(None)
        slots_w[index] = w_value


# ---- object's methods -----------------------------------------------------------------

def type_module_name(space: "ObjSpace", w_type: "W_TypeObject") -> str:
    """The module of a type as a string ('__builtin__' for most built-in types)."""
    if w_type.is_heaptype:
        w_mod = w_type.dict_w.get("__module__", None)
        if w_mod is not None and space.isinstance_w(w_mod, space.w_str):
            return space.str_w(w_mod)
        return "__builtin__"
    dot = w_type.name.rfind(".")
    if dot >= 0:
        return w_type.name[:dot]
    return "__builtin__"


def type_short_name(w_type: "W_TypeObject") -> str:
    """__name__ of a type (built-in exception types are named 'exceptions.X')."""
    if w_type.is_heaptype:
        return w_type.name
    dot = w_type.name.rfind(".")
    if dot >= 0:
        return w_type.name[dot + 1:]
    return w_type.name


def object_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_type = space.type(w_self)
    mod = type_module_name(space, w_type)
    name = type_short_name(w_type)
    if mod != "__builtin__":
        return space.newstr("<%s.%s object at %s>" % (mod, name, addr_str(w_self)))
    return space.newstr("<%s object at %s>" % (name, addr_str(w_self)))


def object_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.repr(w_self)


def object_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(object_id(w_self) >> 4)


def excess_args(args: Arguments) -> bool:
    return (len(args.args_w) > 0 or len(args.keywords) > 0 or args.w_stararg is not None
            or args.w_starstararg is not None)


def w_type_is_plain(w_type: "W_TypeObject") -> bool:
    """Are instances made by object.__new__ (not by a built-in type's new_fn)?"""
    from pypy27.interpreter.objspace.typeobject import new_object
    return w_type.new_fn is new_object


def object_init(space: "ObjSpace", args: Arguments) -> W_Root:
    """object.__init__(self, ...): extra arguments are an error unless __new__
    is overridden and __init__ is not."""
    if not args.args_w:
        raise space.type_error("descriptor '__init__' of 'object' object needs an argument")
    w_self = args.args_w[0]
    # copies of the keyword lists: unpack_stars appends to them, and the caller's
    # Arguments (still holding **kwargs) may be unpacked again
    rest = Arguments(args.args_w[1:], list(args.keywords), list(args.keywords_w), args.w_stararg,
                     args.w_starstararg)
    rest.unpack_stars(space, "object.__init__()")
    if excess_args(rest):
        w_type = space.type(w_self)
        w_init = w_type.lookup("__init__")
        w_new = w_type.lookup("__new__")
        init_overridden = w_init is not space.w_object.dict_w["__init__"]
        new_overridden = w_new is not space.w_object.dict_w["__new__"] or not w_type_is_plain(w_type)
        if init_overridden and new_overridden:
            from pypy27.interpreter.module._warnings.interp_warn import warn
            warn(space, space.w_DeprecationWarning, "object.__init__() takes no parameters")
        elif init_overridden or not new_overridden:
            raise space.type_error("object.__init__() takes no parameters")
    return space.w_None


def object_new_check(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> None:
    """object.__new__(cls, ...): extra arguments are an error unless __init__
    is overridden and __new__ is not."""
    if args.w_stararg is not None or args.w_starstararg is not None:
        # copies: the same Arguments (with its **kwargs) goes on to __init__
        args = Arguments(args.args_w, list(args.keywords), list(args.keywords_w), args.w_stararg,
                         args.w_starstararg)
        args.unpack_stars(space, "object()")
    if excess_args(args):
        w_init = w_subtype.lookup("__init__")
        w_new = w_subtype.lookup("__new__")
        init_overridden = w_init is not space.w_object.dict_w["__init__"]
        new_overridden = w_new is not space.w_object.dict_w["__new__"] or not w_type_is_plain(w_subtype)
        if new_overridden and init_overridden:
            from pypy27.interpreter.module._warnings.interp_warn import warn
            warn(space, space.w_DeprecationWarning, "object() takes no parameters")
        elif new_overridden or not init_overridden:
            raise space.type_error("object() takes no parameters")


def object_getattribute(space: "ObjSpace", w_self: W_Root, w_name: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    name = descroperation.attr_name(space, w_name)
    w_res = descroperation.object_getattribute(space, w_self, name)
    if w_res is None:
        raise descroperation.attribute_error(space, w_self, name)
    return w_res


def object_setattr(space: "ObjSpace", w_self: W_Root, w_name: W_Root, w_value: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    name = descroperation.attr_name(space, w_name)
    descroperation.object_setattr(space, w_self, name, w_value)
    return space.w_None


def object_delattr(space: "ObjSpace", w_self: W_Root, w_name: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    name = descroperation.attr_name(space, w_name)
    descroperation.object_delattr(space, w_self, name)
    return space.w_None


def object_get_class(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.type(w_self)


def object_del_class(space: "ObjSpace", w_self: W_Root) -> None:
    raise space.type_error("can't delete __class__ attribute")


def object_set_class(space: "ObjSpace", w_self: W_Root, w_value: W_Root) -> None:
    from pypy27.interpreter.objspace.typeobject import W_ObjectObject, W_TypeObject
    if not isinstance(w_value, W_TypeObject):
        raise space.type_error("__class__ must be set to new-style class, not '%s' object"
                               % space.type(w_value).name)
    w_old = space.type(w_self)
    if not w_value.is_heaptype or not w_old.is_heaptype or not isinstance(w_self, W_ObjectObject):
        raise space.type_error("__class__ assignment: only for heap types")
    if w_value.new_fn is not w_old.new_fn or w_value.hasdict != w_old.hasdict or \
            w_value.nslots != w_old.nslots:
        raise space.type_error("__class__ assignment: '%s' object layout differs from '%s'"
                               % (w_value.name, w_old.name))
    w_self.w_class = w_value


def object_format(space: "ObjSpace", w_self: W_Root, w_spec: W_Root) -> W_Root:
    w_str = space.str_of(w_self)
    return space.call_method(w_str, "__format__", [w_spec])


def object_subclasshook(space: "ObjSpace", args: Arguments) -> W_Root:
    return space.w_NotImplemented


def object_sizeof(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(16)


def object_get_dict(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.typeobject import W_TypeObject, type_get_dict
    if isinstance(w_self, W_TypeObject):
        return type_get_dict(space, w_self)     # a class whose metaclass also derives from a plain class
    w_dict = w_self.getdict(space)
    if w_dict is None:
        raise space.error(space.w_AttributeError, "This object has no __dict__")
    return w_dict


def object_set_dict(space: "ObjSpace", w_self: W_Root, w_value: W_Root) -> None:
    from pypy27.interpreter.objspace.typeobject import W_ObjectObject, W_TypeObject
    if isinstance(w_self, W_TypeObject):
        raise space.error(space.w_AttributeError, "attribute '__dict__' of 'type' objects is not writable")
    if isinstance(w_self, W_ObjectObject):
        w_self.setdict(space, w_value)
        return
    from pypy27.interpreter.objspace.exceptions import W_BaseException
    if isinstance(w_self, W_BaseException):
        w_self.storage.setdict(space, w_value)
        return
    if not w_self.setdict(space, w_value):
        raise space.error(space.w_AttributeError, "This object has no __dict__")


def object_del_dict(space: "ObjSpace", w_self: W_Root) -> None:
    """del obj.__dict__: 2.7 drops the dict; the next access makes an empty one."""
    object_set_dict(space, w_self, space.newdict())


def object_get_weakref(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.w_None
