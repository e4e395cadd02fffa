"""Build-time set-up of the type system: object, type, None, NotImplemented,
Ellipsis, the descriptor types, old-style classes and the exception hierarchy."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import Builtin1, Builtin2, Builtin3, BuiltinArgs, BuiltinOpt
from pypy27.interpreter.objspace import descriptors as d
from pypy27.interpreter.objspace import exceptions as exc
from pypy27.interpreter.objspace import objectobject as o
from pypy27.interpreter.objspace import objreduce
from pypy27.interpreter.objspace import typeobject as t
from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
from pypy27.interpreter.objspace.noneobject import W_Singleton, none_nonzero, singleton_repr
from pypy27.interpreter.objspace.typeobject import NewFn, W_BuiltinNewMarker, W_TypeObject
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


@not_rpython
def setup(space: "ObjSpace") -> None:
    space.builtin_types_w = {}
    space.exceptions_w = {}
    setup_object_and_type(space)
    setup_singletons(space)
    setup_descriptors(space)
    setup_exceptions(space)
    from pypy27.interpreter.objspace import classobj
    classobj.setup(space)
    from pypy27.interpreter.objspace import descroperation
    descroperation.setup(space)
    from pypy27.interpreter.objspace import weakref
    weakref.setup(space)


@not_rpython
def setup_object_and_type(space: "ObjSpace") -> None:
    object_dict: dict[str, W_Root] = {
        "__new__": W_BuiltinNewMarker(),
        "__init__": BuiltinArgs("__init__", o.object_init, method=True),
        "__repr__": Builtin1("__repr__", o.object_repr, method=True),
        "__str__": Builtin1("__str__", o.object_str, method=True),
        "__hash__": Builtin1("__hash__", o.object_hash, method=True),
        "__getattribute__": Builtin2("__getattribute__", o.object_getattribute, method=True),
        "__setattr__": Builtin3("__setattr__", o.object_setattr, method=True),
        "__delattr__": Builtin2("__delattr__", o.object_delattr, method=True),
        "__class__": W_GetSetProperty("__class__", o.object_get_class, o.object_set_class,
                                      o.object_del_class, doc="the object's class"),
        "__format__": Builtin2("__format__", o.object_format, method=True),
        "__reduce_ex__": BuiltinOpt("__reduce_ex__", reduce_ex_opt, 1, 2, method=True),
        "__reduce__": BuiltinOpt("__reduce__", reduce_opt, 1, 2, method=True),
        "__sizeof__": Builtin1("__sizeof__", o.object_sizeof, method=True),
        "__doc__": space_str_placeholder("The most base type"),
    }
    w_object = W_TypeObject("object", [], object_dict, new_fn=t.new_object)
    space.w_object = w_object
    type_dict: dict[str, W_Root] = {
        "__new__": W_BuiltinNewMarker(),
        "__init__": BuiltinArgs("__init__", t.type_init, method=True),
        "__call__": BuiltinArgs("__call__", t.type_call, method=True),
        "__repr__": Builtin1("__repr__", t.type_repr, method=True),
        "__getattribute__": Builtin2("__getattribute__", t.type_getattribute, method=True),
        "__setattr__": Builtin3("__setattr__", t.type_setattr, method=True),
        "__delattr__": Builtin2("__delattr__", t.type_delattr, method=True),
        "__name__": W_GetSetProperty("__name__", t.type_get_name, t.type_set_name, t.type_del_name),
        "__module__": W_GetSetProperty("__module__", t.type_get_module, t.type_set_module, t.type_del_module),
        "__bases__": W_GetSetProperty("__bases__", t.type_get_bases, t.type_set_bases, t.type_del_bases),
        "__base__": W_GetSetProperty("__base__", t.type_get_base, readonly=True),
        "__mro__": W_GetSetProperty("__mro__", t.type_get_mro, readonly=True),
        "__dict__": W_GetSetProperty("__dict__", t.type_get_dict),
        "__doc__": W_GetSetProperty("__doc__", t.type_get_doc),
        "__abstractmethods__": W_GetSetProperty("__abstractmethods__", t.type_get_abstractmethods,
                                                t.type_set_abstractmethods, t.type_del_abstractmethods),
        "mro": Builtin1("mro", t.type_mro, method=True),
        "__subclasses__": Builtin1("__subclasses__", t.type_subclasses, method=True),
        "__instancecheck__": Builtin2("__instancecheck__", t.type_instancecheck, method=True),
        "__subclasscheck__": Builtin2("__subclasscheck__", t.type_subclasscheck, method=True),
        "__eq__": Builtin2("__eq__", t.type_eq, method=True),
        "__ne__": Builtin2("__ne__", t.type_ne, method=True),
        "__lt__": Builtin2("__lt__", t.type_lt, method=True),
        "__le__": Builtin2("__le__", t.type_le, method=True),
        "__gt__": Builtin2("__gt__", t.type_gt, method=True),
        "__ge__": Builtin2("__ge__", t.type_ge, method=True),
    }
    # type has its own tp_hash in 2.7 (pointer hashing, like object's): share object's
    # wrapper so hash_w's fast path still applies to types
    type_dict["__hash__"] = object_dict["__hash__"]
    w_type = W_TypeObject("type", [w_object], type_dict, new_fn=t.type_new)
    space.w_type = w_type
    space.builtin_types_w["object"] = w_object
    space.builtin_types_w["type"] = w_type
    t.type_state.w_object_getattribute = object_dict["__getattribute__"]
    t.type_state.w_object_setattr = object_dict["__setattr__"]
    t.type_state.w_object_delattr = object_dict["__delattr__"]
    t.type_state.w_type_getattribute = type_dict["__getattribute__"]
    t.type_state.w_type_setattr = type_dict["__setattr__"]
    t.type_state.w_type_delattr = type_dict["__delattr__"]
    t.type_state.w_object_init = object_dict["__init__"]
    t.type_state.w_object_new = object_dict["__new__"]
    t.type_state.w_object_repr = object_dict["__repr__"]
    t.type_state.w_object_str = object_dict["__str__"]
    t.type_state.w_object_hash = object_dict["__hash__"]
    w_dictproxy = W_TypeObject("dictproxy", [w_object], t.dictproxy_methods())
    t.type_state.w_dictproxy = w_dictproxy


@not_rpython
def space_str_placeholder(doc: str) -> W_Root:
    """A __doc__ string created before `str` exists: resolved lazily."""
    return t.W_LazyDoc(doc)


@not_rpython
def setup_singletons(space: "ObjSpace") -> None:
    w_nonetype = W_TypeObject("NoneType", [space.w_object], {
        "__repr__": Builtin1("__repr__", singleton_repr, method=True),
        "__nonzero__": Builtin1("__nonzero__", none_nonzero, method=True),
        "__hash__": Builtin1("__hash__", o.object_hash, method=True),
    })
    space.w_NoneType = w_nonetype
    space.w_None = W_Singleton(w_nonetype, "None")
    w_nitype = W_TypeObject("NotImplementedType", [space.w_object], {
        "__repr__": Builtin1("__repr__", singleton_repr, method=True),
    })
    space.w_NotImplemented = W_Singleton(w_nitype, "NotImplemented")
    w_elltype = W_TypeObject("ellipsis", [space.w_object], {
        "__repr__": Builtin1("__repr__", singleton_repr, method=True),
    })
    space.w_Ellipsis = W_Singleton(w_elltype, "Ellipsis")


@not_rpython
def setup_descriptors(space: "ObjSpace") -> None:
    w_object = space.w_object
    d.descr_types.w_getset = W_TypeObject("getset_descriptor", [w_object], {
        "__get__": BuiltinOpt("__get__", d.getset_get, 2, 3, method=True),
        "__set__": Builtin3("__set__", d.getset_set, method=True),
        "__delete__": Builtin2("__delete__", d.getset_delete, method=True),
        "__repr__": Builtin1("__repr__", d.getset_repr, method=True),
        "__name__": W_GetSetProperty("__name__", d.getset_name),
        "__objclass__": W_GetSetProperty("__objclass__", d.getset_objclass),
        "__doc__": W_GetSetProperty("__doc__", d.getset_doc),
    })
    d.descr_types.w_member = W_TypeObject("member_descriptor", [w_object], {
        "__get__": BuiltinOpt("__get__", d.member_get, 2, 3, method=True),
        "__set__": Builtin3("__set__", d.member_set, method=True),
        "__delete__": Builtin2("__delete__", d.member_delete, method=True),
        "__repr__": Builtin1("__repr__", d.member_repr, method=True),
        "__name__": W_GetSetProperty("__name__", d.member_name, readonly=True),
        "__objclass__": W_GetSetProperty("__objclass__", d.member_objclass, readonly=True),
        "__doc__": W_GetSetProperty("__doc__", d.member_doc),
    })
    w_property = W_TypeObject("property", [w_object], {
        "__new__": W_BuiltinNewMarker(),
        "__init__": BuiltinArgs("__init__", d.property_init, method=True),
        "__get__": BuiltinOpt("__get__", d.property_get, 2, 3, method=True),
        "__set__": Builtin3("__set__", d.property_set, method=True),
        "__delete__": Builtin2("__delete__", d.property_delete, method=True),
        "getter": Builtin2("getter", d.property_getter, method=True),
        "setter": Builtin2("setter", d.property_setter, method=True),
        "deleter": Builtin2("deleter", d.property_deleter, method=True),
        "fget": W_GetSetProperty("fget", d.property_fget, readonly=True),
        "fset": W_GetSetProperty("fset", d.property_fset, readonly=True),
        "fdel": W_GetSetProperty("fdel", d.property_fdel, readonly=True),
        "__doc__": W_GetSetProperty("__doc__", d.property_doc, d.property_set_doc),
    }, new_fn=d.property_new)
    d.descr_types.w_property = w_property
    w_classmethod = W_TypeObject("classmethod", [w_object], {
        "__new__": W_BuiltinNewMarker(),
        "__init__": BuiltinArgs("__init__", d.classmethod_init, method=True),
        "__get__": BuiltinOpt("__get__", d.classmethod_get, 2, 3, method=True),
        "__func__": W_GetSetProperty("__func__", d.classmethod_func, readonly=True),
    }, new_fn=d.classmethod_new)
    d.descr_types.w_classmethod = w_classmethod
    w_staticmethod = W_TypeObject("staticmethod", [w_object], {
        "__new__": W_BuiltinNewMarker(),
        "__init__": BuiltinArgs("__init__", d.classmethod_init, method=True),
        "__get__": BuiltinOpt("__get__", d.classmethod_get, 2, 3, method=True),
        "__func__": W_GetSetProperty("__func__", d.classmethod_func, readonly=True),
    }, new_fn=d.staticmethod_new)
    d.descr_types.w_staticmethod = w_staticmethod
    w_super = W_TypeObject("super", [w_object], {
        "__new__": W_BuiltinNewMarker(),
        "__init__": BuiltinArgs("__init__", d.super_init, method=True),
        "__getattribute__": Builtin2("__getattribute__", d.super_getattribute, method=True),
        "__get__": BuiltinOpt("__get__", d.super_get, 2, 3, method=True),
        "__repr__": Builtin1("__repr__", d.super_repr, method=True),
        "__thisclass__": W_GetSetProperty("__thisclass__", readonly=True, fget=d.super_thisclass),
        "__self__": W_GetSetProperty("__self__", readonly=True, fget=d.super_selfattr),
        "__self_class__": W_GetSetProperty("__self_class__", readonly=True, fget=d.super_selfclass),
    }, new_fn=d.super_new)
    d.descr_types.w_super = w_super
    w_object.dict_w["__subclasshook__"] = d.W_ClassMethod(
        w_classmethod, BuiltinArgs("__subclasshook__", o.object_subclasshook), False)
    space.builtin_types_w["property"] = w_property
    space.builtin_types_w["classmethod"] = w_classmethod
    space.builtin_types_w["staticmethod"] = w_staticmethod
    space.builtin_types_w["super"] = w_super


def reduce_ex_opt(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    return objreduce.object_reduce_ex(space, w_self, args_w[1])


def reduce_opt(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    return objreduce.object_reduce(space, w_self, args_w[1])


@not_rpython
def setup_exceptions(space: "ObjSpace") -> None:
    by_name: dict[str, W_TypeObject] = {"object": space.w_object}
    for name, base, doc, layout in exc.EXCEPTIONS:
        dict_w: dict[str, W_Root] = {"__doc__": space_str_placeholder(doc)}
        new_fn: NewFn = t.no_new_fn_default
        if layout == "base":
            object_dict = space.w_object.dict_w
            dict_w.update({
                "__new__": W_BuiltinNewMarker(),
                "__init__": BuiltinArgs("__init__", exc.base_init, method=True),
                "__str__": Builtin1("__str__", exc.base_str, method=True),
                "__repr__": Builtin1("__repr__", exc.base_repr, method=True),
                "__unicode__": Builtin1("__unicode__", exc.base_unicode, method=True),
                "__getitem__": Builtin2("__getitem__", exc.base_getitem, method=True),
                "__getslice__": Builtin3("__getslice__", exc.base_getslice, method=True),
                "__reduce__": Builtin1("__reduce__", exc.base_reduce, method=True),
                "__setstate__": Builtin2("__setstate__", exc.base_setstate, method=True),
                "__getattribute__": object_dict["__getattribute__"],
                "__setattr__": object_dict["__setattr__"],
                "__delattr__": object_dict["__delattr__"],
                "args": W_GetSetProperty("args", exc.get_args, exc.set_args, exc.del_args),
                "message": W_GetSetProperty("message", exc.get_message, exc.set_message, exc.del_message),
                "__dict__": W_GetSetProperty("__dict__", exc.get_dict, exc.set_dict),
            })
            new_fn = exc.new_base
        elif layout == "env":
            dict_w.update({
                "__new__": W_BuiltinNewMarker(),
                "__init__": BuiltinArgs("__init__", exc.env_init, method=True),
                "__str__": Builtin1("__str__", exc.env_str, method=True),
                "__reduce__": Builtin1("__reduce__", exc.base_reduce, method=True),
                "errno": W_GetSetProperty("errno", exc.get_errno, exc.set_errno, doc="exception errno"),
                "strerror": W_GetSetProperty("strerror", exc.get_strerror, exc.set_strerror,
                                             doc="exception strerror"),
                "filename": W_GetSetProperty("filename", exc.get_env_filename, exc.set_env_filename,
                                             doc="exception filename"),
            })
            new_fn = exc.new_env
        elif layout == "syntax":
            dict_w.update({
                "__new__": W_BuiltinNewMarker(),
                "__init__": BuiltinArgs("__init__", exc.syntax_init, method=True),
                "__str__": Builtin1("__str__", exc.syntax_str, method=True),
                "msg": W_GetSetProperty("msg", exc.get_msg, exc.set_msg, doc="exception msg"),
                "filename": W_GetSetProperty("filename", exc.get_syn_filename, exc.set_syn_filename,
                                             doc="exception filename"),
                "lineno": W_GetSetProperty("lineno", exc.get_lineno, exc.set_lineno, doc="exception lineno"),
                "offset": W_GetSetProperty("offset", exc.get_offset, exc.set_offset, doc="exception offset"),
                "text": W_GetSetProperty("text", exc.get_text, exc.set_text, doc="exception text"),
                "print_file_and_line": W_GetSetProperty("print_file_and_line", exc.get_pfal, exc.set_pfal,
                                                        doc="exception print_file_and_line"),
            })
            new_fn = exc.new_syntax
        elif layout == "exit":
            dict_w.update({
                "__new__": W_BuiltinNewMarker(),
                "__init__": BuiltinArgs("__init__", exc.exit_init, method=True),
                "code": W_GetSetProperty("code", exc.get_code, exc.set_code, doc="exception code"),
            })
            new_fn = exc.new_exit
        elif layout == "key":
            dict_w["__str__"] = Builtin1("__str__", exc.key_str, method=True)
        elif layout in ("decode", "encode", "translate"):
            init = exc.decode_init if layout == "decode" else exc.encode_init
            if layout == "translate":
                init = exc.translate_init
            dict_w.update({
                "__new__": W_BuiltinNewMarker(),
                "__init__": BuiltinArgs("__init__", init, method=True),
                "__str__": Builtin1("__str__", exc.unicode_str, method=True),
                "encoding": W_GetSetProperty("encoding", exc.get_encoding, exc.set_encoding,
                                             doc="exception encoding"),
                "object": W_GetSetProperty("object", exc.get_object, exc.set_object, doc="exception object"),
                "start": W_GetSetProperty("start", exc.get_start, exc.set_start, doc="exception start"),
                "end": W_GetSetProperty("end", exc.get_end, exc.set_end, doc="exception end"),
                "reason": W_GetSetProperty("reason", exc.get_reason, exc.set_reason, doc="exception reason"),
            })
            if layout == "translate":
                del dict_w["encoding"]
            new_fn = exc.new_unicode
        w_type = W_TypeObject("exceptions." + name, [by_name[base]], dict_w, new_fn=new_fn)
        w_type.hasdict = True
        by_name[name] = w_type
        space.exceptions_w[name] = w_type
        space.builtin_types_w[name] = w_type
        setattr(space, "w_" + name, w_type)
