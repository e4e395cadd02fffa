"""Descriptors: getset and member descriptors (interpreter-level attributes of
built-in types and __slots__), property, classmethod, staticmethod, super."""
from typing import TYPE_CHECKING, Callable, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

GetFn = Callable[["ObjSpace", W_Root], W_Root]
SetFn = Callable[["ObjSpace", W_Root, W_Root], None]
DelFn = Callable[["ObjSpace", W_Root], None]


class DescrTypes(object):
    """The types of this module's objects (filled in by setup_types at build time)."""
    w_getset: "W_TypeObject"
    w_member: "W_TypeObject"
    w_property: "W_TypeObject"
    w_classmethod: "W_TypeObject"
    w_staticmethod: "W_TypeObject"
    w_super: "W_TypeObject"


descr_types = DescrTypes()


def no_set(space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
    """The setter of read-only getset descriptors (a marker, never called)."""
    raise space.error(space.w_AttributeError, "readonly attribute")


def no_del(space: "ObjSpace", w_obj: W_Root) -> None:
    """The deleter of undeletable getset descriptors (a marker, never called)."""
    raise space.error(space.w_AttributeError, "readonly attribute")


class W_GetSetProperty(W_Root):
    """An attribute of a built-in type computed by interpreter-level functions
    (`type.__name__`, `BaseException.args`...): always a data descriptor."""
    name: str
    fget: GetFn
    fset: SetFn                  # no_set: read-only
    fdel: DelFn                  # no_del: cannot be deleted
    w_objclass: Optional["W_TypeObject"]
    doc: str
    readonly: bool         # a read-only member in 2.7: assignment is a TypeError "readonly attribute"

    def __init__(self, name: str, fget: GetFn, fset: SetFn = no_set,
                 fdel: DelFn = no_del, doc: str = "", readonly: bool = False) -> None:
        self.name = name
        self.readonly = readonly
        self.fget = fget
        if fset is None:     # build-time callers may pass None
            fset = no_set
        if fdel is None:
            fdel = no_del
        self.fset = fset
        self.fdel = fdel
        self.w_objclass = None
        self.doc = doc

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return descr_types.w_getset

    def is_interp_descr(self) -> bool:
        return True

    def is_data_descr(self) -> bool:
        return True

    def objclass_name(self) -> str:
        if self.w_objclass is None:
            return "object"
        return self.w_objclass.name

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        if w_obj is None:
            return self
        self.typecheck(space, w_obj)
        return self.fget(space, w_obj)

    def typecheck(self, space: "ObjSpace", w_obj: W_Root) -> None:
        w_cls = self.w_objclass
        if w_cls is not None and not space.type(w_obj).issubtype(w_cls):
            raise space.type_error("descriptor '%s' for '%s' objects doesn't apply to '%s' object"
                                   % (self.name, w_cls.name, space.type(w_obj).name))

    def descr_set(self, space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
        fset = self.fset
        if self.readonly:
            raise space.type_error("readonly attribute")
        if fset is no_set:
            raise space.error(space.w_AttributeError, "attribute '%s' of '%s' objects is not writable"
                              % (self.name, self.objclass_name()))
        self.typecheck(space, w_obj)
        fset(space, w_obj, w_value)

    def descr_delete(self, space: "ObjSpace", w_obj: W_Root) -> None:
        fdel = self.fdel
        if self.readonly:
            raise space.type_error("readonly attribute")
        if fdel is no_del:
            if self.fset is no_set:
                raise space.error(space.w_AttributeError, "attribute '%s' of '%s' objects is not writable"
                                  % (self.name, self.objclass_name()))
            raise space.error(space.w_TypeError, "can't delete %s.%s" % (self.objclass_name(), self.name))
        self.typecheck(space, w_obj)
        fdel(space, w_obj)


def get_args(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> tuple[W_Root, W_Root, W_Root]:
    """The (self, obj, type) of a __get__(obj[, type]) call; type defaults to None."""
    w_self = args_w[0]
    w_obj = args_w[1]
    w_type = args_w[2]
    assert w_self is not None and w_obj is not None
    if w_type is None:
        w_type = space.w_None
    if space.is_w(w_obj, space.w_None) and space.is_w(w_type, space.w_None):
        raise space.type_error("__get__(None, None) is invalid")
    return (w_self, w_obj, w_type)


def getset_get(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """getset_descriptor.__get__"""
    w_descr, w_obj, w_type = get_args(space, args_w)
    assert isinstance(w_descr, W_GetSetProperty)
    if space.is_w(w_obj, space.w_None):
        return w_descr
    return w_descr.descr_get(space, w_obj, w_type)


def getset_set(space: "ObjSpace", w_descr: W_Root, w_obj: W_Root, w_value: W_Root) -> W_Root:
    assert isinstance(w_descr, W_GetSetProperty)
    w_descr.descr_set(space, w_obj, w_value)
    return space.w_None


def getset_delete(space: "ObjSpace", w_descr: W_Root, w_obj: W_Root) -> W_Root:
    assert isinstance(w_descr, W_GetSetProperty)
    w_descr.descr_delete(space, w_obj)
    return space.w_None


def getset_repr(space: "ObjSpace", w_descr: W_Root) -> W_Root:
    assert isinstance(w_descr, W_GetSetProperty)
    return space.newstr("<attribute '%s' of '%s' objects>" % (w_descr.name, w_descr.objclass_name()))


def getset_name(space: "ObjSpace", w_descr: W_Root) -> W_Root:
    assert isinstance(w_descr, W_GetSetProperty)
    return space.newstr(w_descr.name)


def getset_objclass(space: "ObjSpace", w_descr: W_Root) -> W_Root:
    assert isinstance(w_descr, W_GetSetProperty)
    w_cls = w_descr.w_objclass
    if w_cls is None:
        return space.w_object
    return w_cls


def getset_doc(space: "ObjSpace", w_descr: W_Root) -> W_Root:
    assert isinstance(w_descr, W_GetSetProperty)
    if not w_descr.doc:
        return space.w_None
    return space.newstr(w_descr.doc)


class W_MemberDescr(W_Root):
    """A __slots__ entry: the value lives in the instance's slots_w[index]."""
    name: str
    index: int
    w_objclass: "W_TypeObject"

    def __init__(self, name: str, index: int, w_objclass: "W_TypeObject") -> None:
        self.name = name
        self.index = index
        self.w_objclass = w_objclass

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return descr_types.w_member

    def is_interp_descr(self) -> bool:
        return True

    def is_data_descr(self) -> bool:
        return True

    def typecheck(self, space: "ObjSpace", w_obj: W_Root) -> None:
        if not space.type(w_obj).issubtype(self.w_objclass):
            raise space.type_error("descriptor '%s' for '%s' objects doesn't apply to '%s' object"
                                   % (self.name, self.w_objclass.name, space.type(w_obj).name))

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        from pypy27.interpreter.objspace.objectobject import get_slot
        if w_obj is None:
            return self
        self.typecheck(space, w_obj)
        w_value = get_slot(w_obj, self.index)
        if w_value is None:
            raise space.error(space.w_AttributeError, self.name)
        return w_value

    def descr_set(self, space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
        from pypy27.interpreter.objspace.objectobject import set_slot
        self.typecheck(space, w_obj)
        set_slot(w_obj, self.index, w_value)

    def descr_delete(self, space: "ObjSpace", w_obj: W_Root) -> None:
        from pypy27.interpreter.objspace.objectobject import get_slot, set_slot
        self.typecheck(space, w_obj)
        if get_slot(w_obj, self.index) is None:
            raise space.error(space.w_AttributeError, self.name)
        set_slot(w_obj, self.index, None)


def member_get(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_descr, w_obj, w_type = get_args(space, args_w)
    assert isinstance(w_descr, W_MemberDescr)
    if space.is_w(w_obj, space.w_None):
        return w_descr
    return w_descr.descr_get(space, w_obj, w_type)


def member_set(space: "ObjSpace", w_descr: W_Root, w_obj: W_Root, w_value: W_Root) -> W_Root:
    assert isinstance(w_descr, W_MemberDescr)
    w_descr.descr_set(space, w_obj, w_value)
    return space.w_None


def member_delete(space: "ObjSpace", w_descr: W_Root, w_obj: W_Root) -> W_Root:
    assert isinstance(w_descr, W_MemberDescr)
    w_descr.descr_delete(space, w_obj)
    return space.w_None


def member_name(space: "ObjSpace", w_descr: W_Root) -> W_Root:
    assert isinstance(w_descr, W_MemberDescr)
    return space.newstr(w_descr.name)


def member_objclass(space: "ObjSpace", w_descr: W_Root) -> W_Root:
    assert isinstance(w_descr, W_MemberDescr)
    return w_descr.w_objclass


def member_doc(space: "ObjSpace", w_descr: W_Root) -> W_Root:
    return space.w_None


def member_repr(space: "ObjSpace", w_descr: W_Root) -> W_Root:
    assert isinstance(w_descr, W_MemberDescr)
    return space.newstr("<member '%s' of '%s' objects>" % (w_descr.name, w_descr.w_objclass.name))


# ---- property ---------------------------------------------------------------------

class W_Property(W_Root):
    w_class: "W_TypeObject"
    w_fget: W_Root
    w_fset: W_Root
    w_fdel: W_Root
    w_doc: W_Root
    getter_doc: bool
    user: Optional[UserAttrs]       # instances of subclasses: __dict__, __slots__

    def __init__(self, space: "ObjSpace", w_class: "W_TypeObject") -> None:
        self.w_class = w_class
        self.w_fget = space.w_None
        self.w_fset = space.w_None
        self.w_fdel = space.w_None
        self.w_doc = space.w_None
        self.getter_doc = False
        self.user = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    def is_interp_descr(self) -> bool:
        # a subclass of property may override __get__/__set__
        return self.w_class is descr_types.w_property

    def is_data_descr(self) -> bool:
        return True

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        if w_obj is None or space.is_w(w_obj, space.w_None):
            return self
        if space.is_w(self.w_fget, space.w_None):
            raise space.error(space.w_AttributeError, "unreadable attribute")
        return space.call_function(self.w_fget, [w_obj])

    def descr_set(self, space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
        if space.is_w(self.w_fset, space.w_None):
            raise space.error(space.w_AttributeError, "can't set attribute")
        space.call_function(self.w_fset, [w_obj, w_value])

    def descr_delete(self, space: "ObjSpace", w_obj: W_Root) -> None:
        if space.is_w(self.w_fdel, space.w_None):
            raise space.error(space.w_AttributeError, "can't delete attribute")
        space.call_function(self.w_fdel, [w_obj])


def property_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    return W_Property(space, w_subtype)


PROPERTY_ARGNAMES = ["fget", "fset", "fdel", "doc"]


def property_init(space: "ObjSpace", args: Arguments) -> W_Root:
    from pypy27.interpreter.arguments import Signature
    if not args.args_w:
        raise space.type_error("descriptor '__init__' of 'property' object needs an argument")
    w_self = args.args_w[0]
    if not isinstance(w_self, W_Property):
        raise space.type_error("descriptor '__init__' requires a 'property' object but received a '%s'"
                               % space.type(w_self).name)
    rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w, args.w_stararg, args.w_starstararg)
    scope = rest.parse_into_scope(space, "property()", Signature(PROPERTY_ARGNAMES),
                                  [space.w_None, space.w_None, space.w_None, space.w_None])
    w_fget = scope[0]
    w_fset = scope[1]
    w_fdel = scope[2]
    w_doc = scope[3]
    assert w_fget is not None and w_fset is not None and w_fdel is not None and w_doc is not None
    w_self.w_fget = w_fget
    w_self.w_fset = w_fset
    w_self.w_fdel = w_fdel
    w_self.getter_doc = False
    if space.is_w(w_doc, space.w_None) and not space.is_w(w_fget, space.w_None):
        w_getdoc = space.findattr(w_fget, "__doc__")
        if w_getdoc is not None:
            w_doc = w_getdoc
            w_self.getter_doc = True
            if w_self.w_class is not descr_types.w_property:
                # 2.7 stores the getter's doc in a subclass instance's __dict__
                w_self.w_doc = w_doc
                space.setattr(w_self, space.newstr("__doc__"), w_doc)
                return space.w_None
    w_self.w_doc = w_doc
    return space.w_None


def property_get(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self, w_obj, w_type = get_args(space, args_w)
    assert isinstance(w_self, W_Property)
    return w_self.descr_get(space, w_obj, w_type)


def property_set(space: "ObjSpace", w_self: W_Root, w_obj: W_Root, w_value: W_Root) -> W_Root:
    assert isinstance(w_self, W_Property)
    w_self.descr_set(space, w_obj, w_value)
    return space.w_None


def property_delete(space: "ObjSpace", w_self: W_Root, w_obj: W_Root) -> W_Root:
    assert isinstance(w_self, W_Property)
    w_self.descr_delete(space, w_obj)
    return space.w_None


def _property_copy(space: "ObjSpace", w_self: W_Root, w_fget: W_Root, w_fset: W_Root,
                   w_fdel: W_Root) -> W_Root:
    assert isinstance(w_self, W_Property)
    w_doc = w_self.w_doc
    if w_self.getter_doc and not space.is_w(w_fget, space.w_None):
        w_doc = space.w_None
    return space.call_function(w_self.w_class, [w_fget, w_fset, w_fdel, w_doc])


def property_getter(space: "ObjSpace", w_self: W_Root, w_f: W_Root) -> W_Root:
    assert isinstance(w_self, W_Property)
    return _property_copy(space, w_self, w_f, w_self.w_fset, w_self.w_fdel)


def property_setter(space: "ObjSpace", w_self: W_Root, w_f: W_Root) -> W_Root:
    assert isinstance(w_self, W_Property)
    return _property_copy(space, w_self, w_self.w_fget, w_f, w_self.w_fdel)


def property_deleter(space: "ObjSpace", w_self: W_Root, w_f: W_Root) -> W_Root:
    assert isinstance(w_self, W_Property)
    return _property_copy(space, w_self, w_self.w_fget, w_self.w_fset, w_f)


def property_fget(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_Property)
    return w_self.w_fget


def property_fset(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_Property)
    return w_self.w_fset


def property_fdel(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_Property)
    return w_self.w_fdel


def property_doc(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_Property)
    return w_self.w_doc


def property_set_doc(space: "ObjSpace", w_self: W_Root, w_value: W_Root) -> None:
    assert isinstance(w_self, W_Property)
    if w_self.w_class is descr_types.w_property:
        raise space.type_error("readonly attribute")     # 2.7: a read-only member of property
    w_self.w_doc = w_value      # a subclass instance: its class's own __doc__ hides the member


# ---- classmethod and staticmethod -------------------------------------------------

class W_ClassMethod(W_Root):
    w_class: "W_TypeObject"
    user: Optional[UserAttrs]       # instances of subclasses: __dict__, __slots__
    w_function: W_Root
    is_static: bool

    def __init__(self, w_class: "W_TypeObject", w_function: W_Root, is_static: bool) -> None:
        self.w_class = w_class
        self.user = None
        self.w_function = w_function
        self.is_static = is_static

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    def is_interp_descr(self) -> bool:
        return self.w_class is descr_types.w_classmethod or self.w_class is descr_types.w_staticmethod

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        if self.is_static:
            return self.w_function
        from pypy27.interpreter.objspace import descroperation
        if space.is_w(w_type, space.w_None) and w_obj is not None:
            w_type = space.type(w_obj)
        return descroperation.make_bound_method(space, self.w_function, w_type)


def classmethod_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    return W_ClassMethod(w_subtype, space.w_None, False)


def staticmethod_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    return W_ClassMethod(w_subtype, space.w_None, True)


def classmethod_init(space: "ObjSpace", args: Arguments) -> W_Root:
    w_self = args.args_w[0] if args.args_w else space.w_None
    if not isinstance(w_self, W_ClassMethod):
        raise space.type_error("descriptor '__init__' needs a classmethod")
    name = "staticmethod" if w_self.is_static else "classmethod"
    rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w, args.w_stararg, args.w_starstararg)
    rest.unpack_stars(space, name)
    if rest.keywords:
        raise space.type_error("%s does not take keyword arguments" % name)
    if len(rest.args_w) != 1:
        raise space.type_error("%s expected 1 arguments, got %d" % (name, len(rest.args_w)))
    w_func = rest.args_w[0]
    w_self.w_function = w_func
    return space.w_None


def classmethod_get(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self, w_obj, w_type = get_args(space, args_w)
    assert isinstance(w_self, W_ClassMethod)
    if w_self.is_static:
        return w_self.w_function
    if space.is_w(w_type, space.w_None):
        w_type = space.type(w_obj)
    from pypy27.interpreter.objspace import descroperation
    return descroperation.make_bound_method(space, w_self.w_function, w_type)


def classmethod_func(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_ClassMethod)
    return w_self.w_function


# ---- super ------------------------------------------------------------------------

class W_Super(W_Root):
    w_class: "W_TypeObject"
    user: Optional[UserAttrs]       # instances of subclasses: __dict__, __slots__
    w_starttype: Optional["W_TypeObject"]
    w_objtype: Optional["W_TypeObject"]
    w_self: Optional[W_Root]

    def __init__(self, w_class: "W_TypeObject") -> None:
        self.w_class = w_class
        self.user = None
        self.w_starttype = None
        self.w_objtype = None
        self.w_self = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    def is_interp_descr(self) -> bool:
        return self.w_class is descr_types.w_super

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        if w_obj is None or space.is_w(w_obj, space.w_None) or self.w_self is not None:
            return self
        w_start = self.w_starttype
        assert w_start is not None
        if self.w_class is not descr_types.w_super:
            return space.call_function(self.w_class, [w_start, w_obj])     # a subclass: type(self)(start, obj)
        return make_super(space, descr_types.w_super, w_start, w_obj)


def super_get(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """super.__get__(obj[, type]): an unbound super binds to obj."""
    w_self = args_w[0]
    w_obj = args_w[1]
    w_type = args_w[2]
    assert w_self is not None and w_obj is not None
    if not isinstance(w_self, W_Super):
        raise space.type_error("descriptor '__get__' requires a 'super' object but received a '%s'"
                               % space.type(w_self).name)
    if w_type is None:
        w_type = space.type(w_obj)
    return w_self.descr_get(space, w_obj, w_type)


def super_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    return W_Super(w_subtype)


def supercheck(space: "ObjSpace", w_starttype: "W_TypeObject", w_obj: W_Root) -> "W_TypeObject":
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    if isinstance(w_obj, W_TypeObject) and w_obj.issubtype(w_starttype):
        return w_obj
    w_objtype = space.type(w_obj)
    if w_objtype.issubtype(w_starttype):
        return w_objtype
    w_class = space.findattr(w_obj, "__class__")
    if isinstance(w_class, W_TypeObject) and w_class is not w_objtype and w_class.issubtype(w_starttype):
        return w_class
    raise space.type_error("super(type, obj): obj must be an instance or subtype of type")


def make_super(space: "ObjSpace", w_class: "W_TypeObject", w_starttype: "W_TypeObject",
               w_obj: Optional[W_Root]) -> W_Super:
    w_res = W_Super(w_class)
    w_res.w_starttype = w_starttype
    if w_obj is not None and not space.is_w(w_obj, space.w_None):
        w_res.w_objtype = supercheck(space, w_starttype, w_obj)
        w_res.w_self = w_obj
    return w_res


def super_init(space: "ObjSpace", args: Arguments) -> W_Root:
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    args.unpack_stars(space, "super")
    if args.keywords:
        raise space.type_error("super does not take keyword arguments")
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Super)
    n = len(args.args_w) - 1
    if n < 1 or n > 2:
        raise space.type_error("super() takes at least 1 argument (%d given)" % n
                               if n < 1 else "super() takes at most 2 arguments (%d given)" % n)
    w_start = args.args_w[1]
    if not isinstance(w_start, W_TypeObject):
        raise space.type_error("super() argument 1 must be type, not %s" % space.type(w_start).name)
    w_self.w_starttype = w_start
    if n == 2 and not space.is_w(args.args_w[2], space.w_None):
        w_obj = args.args_w[2]
        w_self.w_objtype = supercheck(space, w_start, w_obj)
        w_self.w_self = w_obj
    return space.w_None


def super_getattribute(space: "ObjSpace", w_self: W_Root, w_name: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    assert isinstance(w_self, W_Super)
    name = descroperation.attr_name(space, w_name)
    w_objtype = w_self.w_objtype
    w_start = w_self.w_starttype
    if w_objtype is not None and w_start is not None and name != "__class__" \
            and w_objtype.mro_full_w:
        # classic classes among the bases are searched too (their functions
        # bind like methods of the type)
        from pypy27.interpreter.objspace.typeobject import lookup_full_mro
        full = w_objtype.mro_full_w
        j = 0
        while j < len(full) and full[j] is not w_start:
            j += 1
        w_found = lookup_full_mro(full[j + 1:], name)
        if w_found is not None:
            w_obj = w_self.w_self
            if w_obj is w_objtype:
                return space.get_descr(w_found, None, w_objtype)
            return space.get_descr(w_found, w_obj, w_objtype)
    elif w_objtype is not None and w_start is not None and name != "__class__":
        mro = w_objtype.mro_w
        i = 0
        while i < len(mro) and mro[i] is not w_start:
            i += 1
        i += 1
        while i < len(mro):
            w_value = mro[i].dict_w.get(name, None)
            if w_value is not None:
                w_obj = w_self.w_self
                if w_obj is w_objtype:
                    return space.get_descr(w_value, None, w_objtype)
                return space.get_descr(w_value, w_obj, w_objtype)
            i += 1
    w_res = descroperation.object_getattribute(space, w_self, name)
    if w_res is None:
        raise descroperation.attribute_error(space, w_self, name)
    return w_res


def super_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_Super)
    w_start = w_self.w_starttype
    start = w_start.name if w_start is not None else "NULL"
    w_objtype = w_self.w_objtype
    if w_objtype is not None:
        return space.newstr("<super: <class '%s'>, <%s object>>" % (start, w_objtype.name))
    return space.newstr("<super: <class '%s'>, NULL>" % start)


def super_thisclass(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_Super)
    w_start = w_self.w_starttype
    return w_start if w_start is not None else space.w_None


def super_selfattr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_Super)
    w_obj = w_self.w_self
    return w_obj if w_obj is not None else space.w_None


def super_selfclass(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_Super)
    w_objtype = w_self.w_objtype
    return w_objtype if w_objtype is not None else space.w_None
