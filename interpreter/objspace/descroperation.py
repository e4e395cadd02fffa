"""The generic protocols behind the space API: attributes, operators,
comparisons, truth, hashing, repr/str, items, iteration and exceptions.

Each operation looks the special method up on the type (never on the
instance, except for old-style instances, whose type `instance` has special
methods that do the instance lookup), so built-in and user types behave alike.

Convention for built-in types: a binary special method (`__add__`...) returns
NotImplemented for operand types it does not handle; the error messages
("unsupported operand type(s) for +: 'int' and 'str'", "cannot concatenate
'str' and 'int' objects"...) are produced here, once both sides declined.
"""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.function import W_Function
from pypy27.interpreter.gateway import Builtin1, Builtin2, Builtin3, W_Builtin
from pypy27.interpreter.objspace import attrcache, classobj, setobject
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.interpreter.objspace.dictobject import W_DictObject
from pypy27.interpreter.objspace.intobject import W_IntObject
from pypy27.interpreter.objspace.listobject import W_ListObject
from pypy27.interpreter.objspace.tupleobject import W_TupleObject
from pypy27.interpreter.objspace.exceptions import W_BaseException
from pypy27.interpreter.objspace.iterobject import W_AbstractIter
from pypy27.interpreter.objspace.objectobject import object_id
from pypy27.interpreter.objspace.typeobject import W_ObjectObject
from pypy27.interpreter.objspace.typeobject import W_TypeObject, type_state
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


@not_rpython
def setup(space: "ObjSpace") -> None:
    w_seqiter = W_TypeObject("iterator", [space.w_object], {
        "next": Builtin1("next", seqiter_next, method=True),
        "__iter__": Builtin1("__iter__", seqiter_iter, method=True),
        "__length_hint__": Builtin1("__length_hint__", seqiter_length_hint, method=True),
    })
    iter_types.w_seqiter = w_seqiter


# ---- calling special methods -----------------------------------------------------------

def call1(space: "ObjSpace", w_impl: W_Root, w_self: W_Root) -> W_Root:
    """Call a special method found on the type of w_self, without arguments."""
    if isinstance(w_impl, W_Builtin) and w_impl.is_method:
        return w_impl.call_self0(space, w_self)      # no bound method, no Arguments
    if isinstance(w_impl, W_Function):
        return w_impl.call_positional(space, [w_self])
    return space.call_function(space.get(w_impl, w_self), [])


def call2(space: "ObjSpace", w_impl: W_Root, w_self: W_Root, w_arg: W_Root) -> W_Root:
    if isinstance(w_impl, W_Builtin) and w_impl.is_method:
        return w_impl.call_self1(space, w_self, w_arg)
    if isinstance(w_impl, W_Function):
        return w_impl.call_positional(space, [w_self, w_arg])
    return space.call_function(space.get(w_impl, w_self), [w_arg])


def call3(space: "ObjSpace", w_impl: W_Root, w_self: W_Root, w_arg1: W_Root, w_arg2: W_Root) -> W_Root:
    if isinstance(w_impl, W_Builtin) and w_impl.is_method:
        return w_impl.call_self2(space, w_self, w_arg1, w_arg2)
    if isinstance(w_impl, W_Function):
        return w_impl.call_positional(space, [w_self, w_arg1, w_arg2])
    return space.call_function(space.get(w_impl, w_self), [w_arg1, w_arg2])


def make_bound_method(space: "ObjSpace", w_function: W_Root, w_type: W_Root) -> W_Root:
    """classmethod binding: the function bound to the class."""
    return space.get_descr(w_function, w_type, space.type(w_type))


def is_notimpl(space: "ObjSpace", w_obj: W_Root) -> bool:
    return w_obj is space.w_NotImplemented


def type_name(space: "ObjSpace", w_obj: W_Root) -> str:
    return space.type(w_obj).name


# ---- attributes ------------------------------------------------------------------------

def attr_name(space: "ObjSpace", w_name: W_Root) -> str:
    if space.isinstance_w(w_name, space.w_str):
        return space.str_w(w_name)
    if space.isinstance_w(w_name, space.w_unicode):
        return space.str_w(space.call_method(w_name, "encode", []))
    raise space.type_error("attribute name must be string, not '%s'" % type_name(space, w_name))


def attribute_error(space: "ObjSpace", w_obj: W_Root, name: str) -> OperationError:
    if isinstance(w_obj, W_TypeObject):
        return space.error(space.w_AttributeError, "type object '%s' has no attribute '%s'"
                           % (w_obj.name, name))
    if isinstance(w_obj, classobj.W_InstanceObject):
        return space.error(space.w_AttributeError, "%s instance has no attribute '%s'"
                           % (w_obj.w_class.name, name))
    if isinstance(w_obj, classobj.W_ClassObject):
        return space.error(space.w_AttributeError, "class %s has no attribute '%s'" % (w_obj.name, name))
    return space.error(space.w_AttributeError, "'%s' object has no attribute '%s'"
                       % (type_name(space, w_obj), name))


def is_data_descr(space: "ObjSpace", w_descr: W_Root) -> bool:
    if w_descr.is_interp_descr():
        return w_descr.is_data_descr()
    return space.lookup(w_descr, "__set__") is not None


def has_get(space: "ObjSpace", w_descr: W_Root) -> bool:
    return w_descr.is_interp_descr() or space.lookup(w_descr, "__get__") is not None


def has_created_dict(w_obj: W_Root) -> bool:
    """Has the instance's __dict__ been created (then a failed `del obj.x`
    says just 'x', like 2.7's KeyError turned AttributeError)?"""
    if isinstance(w_obj, W_ObjectObject):
        return w_obj.has_created()
    if isinstance(w_obj, W_BaseException):
        return w_obj.storage.has_created()
    user = w_obj.user_attrs(False)
    return user is not None and user.storage is not None and user.storage.has_created()


def object_getattribute(space: "ObjSpace", w_obj: W_Root, name: str) -> Optional[W_Root]:
    """object.__getattribute__; None when the attribute does not exist."""
    w_type = space.type(w_obj)
    w_descr = w_type.lookup(name)
    if w_descr is not None and is_data_descr(space, w_descr) and has_get(space, w_descr):
        return space.get_descr(w_descr, w_obj, w_type)
    w_value = w_obj.getdictvalue(space, name)
    if w_value is not None:
        return w_value
    if w_descr is not None:
        return space.get_descr(w_descr, w_obj, w_type)
    return None


def type_getattribute(space: "ObjSpace", w_type: W_TypeObject, name: str) -> Optional[W_Root]:
    """type.__getattribute__: data descriptors of the metatype, then the
    type's mro, then the metatype's other attributes."""
    w_meta = space.type(w_type)
    w_metadescr = w_meta.lookup(name)
    if w_metadescr is not None and is_data_descr(space, w_metadescr) and has_get(space, w_metadescr):
        return space.get_descr(w_metadescr, w_type, w_meta)
    w_value = w_type.lookup(name)
    if w_value is not None:
        return space.get_descr(w_value, None, w_type)
    if w_metadescr is not None:
        return space.get_descr(w_metadescr, w_type, w_meta)
    return None


def _getattr(space: "ObjSpace", w_obj: W_Root, name: str, w_name: Optional[W_Root]) -> Optional[W_Root]:
    """Full attribute lookup; None if it does not exist (AttributeError from an
    app-level __getattribute__/__getattr__ propagates)."""
    if isinstance(w_obj, classobj.W_InstanceObject):
        return classobj.instance_getattr(space, w_obj, name, True)
    if isinstance(w_obj, classobj.W_ClassObject):
        return classobj.class_getattr(space, w_obj, name)
    w_type = space.type(w_obj)
    if w_type.plain_getattribute():
        return object_getattribute(space, w_obj, name)
    w_ga = w_type.lookup("__getattribute__")
    if w_ga is type_state.w_object_getattribute or w_ga is None:
        if w_type.lookup("__getattr__") is None:
            return object_getattribute(space, w_obj, name)
        try:
            w_res = object_getattribute(space, w_obj, name)
        except OperationError as e:
            if not e.match(space, space.w_AttributeError):
                raise
            w_res = None
    elif w_ga is type_state.w_type_getattribute and isinstance(w_obj, W_TypeObject):
        w_res = type_getattribute(space, w_obj, name)
    else:
        if w_name is None:
            w_name = space.newstr(name)
        w_getattr = w_type.lookup("__getattr__")
        if w_getattr is None:
            return call2(space, w_ga, w_obj, w_name)
        try:
            return call2(space, w_ga, w_obj, w_name)
        except OperationError as e:
            if not e.match(space, space.w_AttributeError):
                raise
        return call2(space, w_getattr, w_obj, w_name)
    if w_res is None:
        w_getattr = w_type.lookup("__getattr__")
        if w_getattr is not None:
            if w_name is None:
                w_name = space.newstr(name)
            return call2(space, w_getattr, w_obj, w_name)
    return w_res


def dictless_builtin(w_obj: W_Root) -> bool:
    """An instance of exactly str, list, dict or tuple (no instance attributes)."""
    if type(w_obj) is W_BytesObject:
        return True
    if type(w_obj) is W_ListObject:
        return w_obj.w_class is None
    if type(w_obj) is W_DictObject:
        return w_obj.w_class is None
    if type(w_obj) is W_TupleObject:
        return w_obj.w_class is None
    return False


def getattr(space: "ObjSpace", w_obj: W_Root, w_name: W_Root) -> W_Root:
    if type(w_name) is W_BytesObject:
        name = w_name.value
    else:
        name = attr_name(space, w_name)
    w_res = cached_getattr(space, w_obj, name, w_name)
    if w_res is None:
        raise attribute_error(space, w_obj, name)
    return w_res


def cached_getattr(space: "ObjSpace", w_obj: W_Root, name: str, w_name: Optional[W_Root]) -> Optional[W_Root]:
    """_getattr, through the attribute cache where it applies (attrcache.py)."""
    if isinstance(w_obj, W_ObjectObject) and w_obj.w_dict is None:
        w_res = attrcache.getattr_fast(space, w_obj, name)
        if w_res is not attrcache.NOT_PLAIN:
            return w_res
    elif dictless_builtin(w_obj):
        w_res = attrcache.getattr_builtin(space, w_obj, space.type(w_obj), name)
        if w_res is not attrcache.NOT_PLAIN:
            return w_res
    return _getattr(space, w_obj, name, w_name)


def getattr_str(space: "ObjSpace", w_obj: W_Root, name: str) -> W_Root:
    w_res = cached_getattr(space, w_obj, name, None)
    if w_res is None:
        raise attribute_error(space, w_obj, name)
    return w_res


def findattr(space: "ObjSpace", w_obj: W_Root, name: str) -> Optional[W_Root]:
    try:
        return cached_getattr(space, w_obj, name, None)
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
        return None


def object_setattr(space: "ObjSpace", w_obj: W_Root, name: str, w_value: W_Root) -> None:
    w_type = space.type(w_obj)
    w_descr = w_type.lookup(name)
    if w_descr is not None and is_data_descr(space, w_descr):
        if w_descr.is_interp_descr():
            w_descr.descr_set(space, w_obj, w_value)
        else:
            w_set = space.lookup(w_descr, "__set__")
            assert w_set is not None
            call3(space, w_set, w_descr, w_obj, w_value)
        return
    if w_obj.setdictvalue(space, name, w_value):
        return
    if w_descr is None:
        raise space.error(space.w_AttributeError, "'%s' object has no attribute '%s'"
                          % (w_type.name, name))
    raise space.error(space.w_AttributeError, "'%s' object attribute '%s' is read-only" % (w_type.name, name))


def object_delattr(space: "ObjSpace", w_obj: W_Root, name: str) -> None:
    w_type = space.type(w_obj)
    w_descr = w_type.lookup(name)
    if w_descr is not None and is_data_descr(space, w_descr):
        if w_descr.is_interp_descr():
            w_descr.descr_delete(space, w_obj)
        else:
            w_del = space.lookup(w_descr, "__delete__")
            if w_del is None:
                raise space.error(space.w_AttributeError, "__delete__")
            call2(space, w_del, w_descr, w_obj)
        return
    if w_obj.deldictvalue(space, name):
        return
    if has_created_dict(w_obj):
        raise space.error(space.w_AttributeError, name)
    if w_descr is None:
        raise space.error(space.w_AttributeError, "'%s' object has no attribute '%s'"
                          % (w_type.name, name))
    raise space.error(space.w_AttributeError, "'%s' object attribute '%s' is read-only" % (w_type.name, name))


def type_setattr(space: "ObjSpace", w_type: W_TypeObject, name: str, w_value: W_Root) -> None:
    if not w_type.is_heaptype:
        raise space.type_error("can't set attributes of built-in/extension type '%s'" % w_type.name)
    object_setattr(space, w_type, name, w_value)


def type_delattr(space: "ObjSpace", w_type: W_TypeObject, name: str) -> None:
    if not w_type.is_heaptype:
        raise space.type_error("can't set attributes of built-in/extension type '%s'" % w_type.name)
    w_meta = space.type(w_type)
    w_descr = w_meta.lookup(name)
    if w_descr is not None and is_data_descr(space, w_descr):
        object_delattr(space, w_type, name)
        return
    if not w_type.deldictvalue(space, name):
        raise space.error(space.w_AttributeError, name)


def setattr(space: "ObjSpace", w_obj: W_Root, w_name: W_Root, w_value: W_Root) -> None:
    if type(w_name) is W_BytesObject:
        name = w_name.value
    else:
        name = attr_name(space, w_name)
    if isinstance(w_obj, W_ObjectObject) and w_obj.w_dict is None and \
            attrcache.setattr_fast(space, w_obj, name, w_value):
        return
    setattr_str(space, w_obj, name, w_value, w_name)


def setattr_str(space: "ObjSpace", w_obj: W_Root, name: str, w_value: W_Root,
                w_name: Optional[W_Root] = None) -> None:
    if isinstance(w_obj, classobj.W_InstanceObject):
        classobj.instance_setattr(space, w_obj, name, w_value)
        return
    if isinstance(w_obj, classobj.W_ClassObject):
        classobj.class_setattr(space, w_obj, name, w_value)
        return
    w_type = space.type(w_obj)
    w_sa = w_type.lookup("__setattr__")
    if w_sa is type_state.w_object_setattr or w_sa is None:
        object_setattr(space, w_obj, name, w_value)
    elif w_sa is type_state.w_type_setattr and isinstance(w_obj, W_TypeObject):
        type_setattr(space, w_obj, name, w_value)
    else:
        call3(space, w_sa, w_obj, w_name if w_name is not None else space.newstr(name), w_value)


def delattr(space: "ObjSpace", w_obj: W_Root, w_name: W_Root) -> None:
    name = attr_name(space, w_name)
    if isinstance(w_obj, classobj.W_InstanceObject):
        classobj.instance_delattr(space, w_obj, name)
        return
    if isinstance(w_obj, classobj.W_ClassObject):
        classobj.class_delattr(space, w_obj, name)
        return
    w_type = space.type(w_obj)
    w_da = w_type.lookup("__delattr__")
    if w_da is type_state.w_object_delattr or w_da is None:
        object_delattr(space, w_obj, name)
    elif w_da is type_state.w_type_delattr and isinstance(w_obj, W_TypeObject):
        type_delattr(space, w_obj, name)
    else:
        call2(space, w_da, w_obj, w_name)


# ---- isinstance / issubclass -----------------------------------------------------------

def get_bases(space: "ObjSpace", w_cls: W_Root) -> Optional[W_Root]:
    w_bases = findattr(space, w_cls, "__bases__")
    if w_bases is None or not space.isinstance_w(w_bases, space.w_tuple):
        return None
    return w_bases


def abstract_issubclass(space: "ObjSpace", w_derived: W_Root, w_cls: W_Root) -> bool:
    if w_derived is w_cls:
        return True
    w_bases = get_bases(space, w_derived)
    if w_bases is None:
        return False
    for w_base in space.fixedview(w_bases, -1):
        if abstract_issubclass(space, w_base, w_cls):
            return True
    return False


def is_class(space: "ObjSpace", w_obj: W_Root) -> bool:
    return isinstance(w_obj, W_TypeObject) or isinstance(w_obj, classobj.W_ClassObject)


def recursive_isinstance(space: "ObjSpace", w_inst: W_Root, w_cls: W_Root) -> bool:
    """isinstance() without __instancecheck__."""
    if isinstance(w_cls, classobj.W_ClassObject):
        if isinstance(w_inst, classobj.W_InstanceObject):
            return w_inst.w_class.is_subclass_of(w_cls)
        return False
    if isinstance(w_cls, W_TypeObject):
        if space.type(w_inst).issubtype(w_cls):
            return True
        w_c = findattr(space, w_inst, "__class__")
        if w_c is not None and w_c is not space.type(w_inst) and isinstance(w_c, W_TypeObject):
            return w_c.issubtype(w_cls)
        return False
    if get_bases(space, w_cls) is None:
        raise space.type_error("isinstance() arg 2 must be a class, type, or tuple of classes and types")
    w_c = findattr(space, w_inst, "__class__")
    if w_c is None:
        return False
    return abstract_issubclass(space, w_c, w_cls)


def recursive_issubclass(space: "ObjSpace", w_derived: W_Root, w_cls: W_Root) -> bool:
    """issubclass() without __subclasscheck__."""
    if isinstance(w_cls, W_TypeObject) and isinstance(w_derived, W_TypeObject):
        return w_derived.issubtype(w_cls)
    if isinstance(w_cls, classobj.W_ClassObject) and isinstance(w_derived, classobj.W_ClassObject):
        return w_derived.is_subclass_of(w_cls)
    if not is_class(space, w_derived) and get_bases(space, w_derived) is None:
        raise space.type_error("issubclass() arg 1 must be a class")
    if not is_class(space, w_cls) and get_bases(space, w_cls) is None:
        raise space.type_error("issubclass() arg 2 must be a class or tuple of classes")
    return abstract_issubclass(space, w_derived, w_cls)


def isinstance_allow_override(space: "ObjSpace", w_inst: W_Root, w_cls: W_Root) -> bool:
    """The builtin isinstance(): tuples, __instancecheck__, old-style classes."""
    if space.type(w_inst) is w_cls:
        return True
    if space.isinstance_w(w_cls, space.w_tuple) and space.type(w_cls) is space.w_tuple:
        for w_item in space.fixedview(w_cls, -1):
            if isinstance_allow_override(space, w_inst, w_item):
                return True
        return False
    if isinstance(w_cls, W_TypeObject) and space.type(w_cls) is not space.w_type:
        w_check = space.lookup(w_cls, "__instancecheck__")
        if w_check is not None and w_check is not space.w_type.dict_w["__instancecheck__"]:
            return space.is_true(call2(space, w_check, w_cls, w_inst))
    elif not is_class(space, w_cls):
        w_check = space.lookup(w_cls, "__instancecheck__")
        if w_check is not None:
            return space.is_true(call2(space, w_check, w_cls, w_inst))
    return recursive_isinstance(space, w_inst, w_cls)


def issubclass_allow_override(space: "ObjSpace", w_derived: W_Root, w_cls: W_Root) -> bool:
    """The builtin issubclass()."""
    if space.isinstance_w(w_cls, space.w_tuple) and space.type(w_cls) is space.w_tuple:
        for w_item in space.fixedview(w_cls, -1):
            if issubclass_allow_override(space, w_derived, w_item):
                return True
        return False
    if isinstance(w_cls, W_TypeObject) and space.type(w_cls) is not space.w_type:
        w_check = space.lookup(w_cls, "__subclasscheck__")
        if w_check is not None and w_check is not space.w_type.dict_w["__subclasscheck__"]:
            return space.is_true(call2(space, w_check, w_cls, w_derived))
    elif not is_class(space, w_cls):
        w_check = space.lookup(w_cls, "__subclasscheck__")
        if w_check is not None:
            return space.is_true(call2(space, w_check, w_cls, w_derived))
    return recursive_issubclass(space, w_derived, w_cls)


# ---- binary operators -------------------------------------------------------------------

BINOP_SYMBOL = {"add": "+", "sub": "-", "mul": "*", "div": "/", "truediv": "/", "floordiv": "//",
                "mod": "%", "divmod": "divmod()", "pow": "** or pow()", "lshift": "<<", "rshift": ">>",
                "and": "&", "or": "|", "xor": "^"}
INPLACE_SYMBOL = {"add": "+=", "sub": "-=", "mul": "*=", "div": "/=", "truediv": "/=", "floordiv": "//=",
                  "mod": "%=", "divmod": "divmod()", "pow": "**=", "lshift": "<<=", "rshift": ">>=",
                  "and": "&=", "or": "|=", "xor": "^="}
LEFT_NAME: dict[str, str] = {}
RIGHT_NAME: dict[str, str] = {}
INPLACE_NAME: dict[str, str] = {}
for _op in BINOP_SYMBOL:
    LEFT_NAME[_op] = "__%s__" % _op
    RIGHT_NAME[_op] = "__r%s__" % _op
    INPLACE_NAME[_op] = "__i%s__" % _op


def try_binop(space: "ObjSpace", lname: str, rname: str, w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    """2.7's binary operator dispatch; None if both sides return NotImplemented
    (or lack the method). The right operand's reflected method goes first when
    its type is a proper subtype of the left's that overrides it."""
    w_ta = space.type(w_a)
    w_tb = space.type(w_b)
    w_left = w_ta.lookup(lname)
    w_right: Optional[W_Root] = None
    if w_ta is not w_tb:
        w_right = w_tb.lookup(rname)
        if w_right is not None and w_tb.issubtype(w_ta) and w_right is not w_ta.lookup(rname):
            w_res = call2(space, w_right, w_b, w_a)
            if not is_notimpl(space, w_res):
                return w_res
            w_right = None
    if (w_right is not None and w_left is not None and (w_tb.is_heaptype or w_tb is space.w_instance)
            and is_sequence_slot(space, w_left)):
        # a built-in sequence's + and * (2.7's sq_concat, sq_repeat) come after the
        # right operand's __radd__/__rmul__: [1] + UserList([2]) is a UserList
        w_res = call2(space, w_right, w_b, w_a)
        if not is_notimpl(space, w_res):
            return w_res
        w_right = None
    if w_left is not None:
        w_res = call2(space, w_left, w_a, w_b)
        if not is_notimpl(space, w_res):
            return w_res
    if w_right is not None:
        w_res = call2(space, w_right, w_b, w_a)
        if not is_notimpl(space, w_res):
            return w_res
    return None


SEQUENCE_SLOT_TYPES = ["list", "tuple", "str", "unicode", "bytearray", "buffer"]


def is_sequence_slot(space: "ObjSpace", w_method: W_Root) -> bool:
    """Is this the __add__ or __mul__ of a built-in sequence type?"""
    if not isinstance(w_method, W_Builtin) or (w_method.name != "__add__" and w_method.name != "__mul__"):
        return False
    for name in SEQUENCE_SLOT_TYPES:
        if w_method.w_objclass is space.builtin_types_w.get(name, None):
            return True
    return False


def is_sequence_type(space: "ObjSpace", w_type: W_TypeObject, name: str) -> bool:
    w_t = space.builtin_types_w.get(name, None)
    return w_t is not None and w_type.issubtype(w_t)


def binop_error(space: "ObjSpace", op: str, w_a: W_Root, w_b: W_Root, symbol: str) -> OperationError:
    w_ta = space.type(w_a)
    if op == "add":
        if is_sequence_type(space, w_ta, "str") and not space.isinstance_w(w_a, space.w_unicode):
            return space.type_error("cannot concatenate '%s' and '%s' objects" % (w_ta.name, type_name(space, w_b)))
        if is_sequence_type(space, w_ta, "unicode"):
            return space.type_error("coercing to Unicode: need string or buffer, %s found" % type_name(space, w_b))
        for seqname in ("list", "tuple", "bytearray"):
            if is_sequence_type(space, w_ta, seqname):
                return space.type_error('can only concatenate %s (not "%s") to %s'
                                        % (seqname, type_name(space, w_b), seqname))
    if op == "mul":
        for seqname in ("str", "unicode", "list", "tuple", "bytearray", "buffer"):
            if is_sequence_type(space, w_ta, seqname):
                return space.type_error("can't multiply sequence by non-int of type '%s'" % type_name(space, w_b))
            if is_sequence_type(space, space.type(w_b), seqname):
                return space.type_error("can't multiply sequence by non-int of type '%s'" % w_ta.name)
    return space.type_error("unsupported operand type(s) for %s: '%s' and '%s'"
                            % (symbol, w_ta.name, type_name(space, w_b)))


def str_binop(space: "ObjSpace", op: str, w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    """Exact str + str and exact str % values, without looking the special
    methods up: str's __add__/__mod__ is what try_binop would call first,
    and only a str subclass on the right could take precedence."""
    if type(w_a) is not W_BytesObject:
        return None
    assert isinstance(w_a, W_BytesObject)
    if op == "add":
        if type(w_b) is W_BytesObject:
            assert isinstance(w_b, W_BytesObject)
            from pypy27.interpreter.objspace.bytesobject import newstr
            return newstr(space, w_a.value + w_b.value)
        return None
    if op == "mod":
        if isinstance(w_b, W_BytesObject) and type(w_b) is not W_BytesObject:
            return None         # a subclass of str may override __rmod__
        from pypy27.interpreter.objspace import formatting
        return formatting.format_str(space, w_a.value, w_b)
    return None


def binop(space: "ObjSpace", op: str, w_a: W_Root, w_b: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.intobject import number_binop
    w_fast = number_binop(space, op, w_a, w_b)      # exact ints, longs, floats
    if w_fast is not None:
        return w_fast
    w_str = str_binop(space, op, w_a, w_b)
    if w_str is not None:
        return w_str
    w_res = try_binop(space, LEFT_NAME[op], RIGHT_NAME[op], w_a, w_b)
    if w_res is None:
        raise binop_error(space, op, w_a, w_b, BINOP_SYMBOL[op])
    return w_res


def inplace_binop(space: "ObjSpace", op: str, w_a: W_Root, w_b: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.intobject import number_binop
    w_fast = number_binop(space, op, w_a, w_b)      # numbers have no in-place methods
    if w_fast is not None:
        return w_fast
    w_str = str_binop(space, op, w_a, w_b)          # nor has str
    if w_str is not None:
        return w_str
    w_impl = space.lookup(w_a, INPLACE_NAME[op])
    if w_impl is not None and (op == "add" or op == "mul") and isinstance(w_impl, W_Builtin):
        # a built-in sequence's += and *= are 2.7's sq_inplace slots: the
        # right operand's __radd__/__rmul__ comes first
        w_refl = reflected_before_sequence(space, op, w_a, w_b)
        if w_refl is not None:
            return w_refl
    if w_impl is not None:
        w_res = call2(space, w_impl, w_a, w_b)
        if not is_notimpl(space, w_res):
            return w_res
    w_res2 = try_binop(space, LEFT_NAME[op], RIGHT_NAME[op], w_a, w_b)
    if w_res2 is None:
        raise binop_error(space, op, w_a, w_b, INPLACE_SYMBOL[op])
    return w_res2


def reflected_before_sequence(space: "ObjSpace", op: str, w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    """The reflected method of a user-class (or classic) right operand, or
    None when it has none or it returns NotImplemented."""
    if isinstance(w_b, classobj.W_InstanceObject):
        w_meth = space.findattr(w_b, RIGHT_NAME[op])
        if w_meth is None:
            return None
        w_res = space.call_function(w_meth, [w_a])
    else:
        w_tb = space.type(w_b)
        if not w_tb.is_heaptype or w_tb is space.type(w_a):
            return None
        w_r = w_tb.lookup(RIGHT_NAME[op])
        if w_r is None:
            return None
        w_res = call2(space, w_r, w_b, w_a)
    return None if is_notimpl(space, w_res) else w_res


def add(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return binop(space, "add", w_a, w_b)


def sub(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return binop(space, "sub", w_a, w_b)


def mul(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return binop(space, "mul", w_a, w_b)


def pow(space: "ObjSpace", w_a: W_Root, w_b: W_Root, w_mod: W_Root) -> W_Root:
    if space.is_w(w_mod, space.w_None):
        return binop(space, "pow", w_a, w_b)
    # three-argument pow: __pow__(b, mod) of the left operand, then __rpow__ is not used
    w_ta = space.type(w_a)
    w_impl = w_ta.lookup("__pow__")
    if w_impl is not None:
        w_res = call3(space, w_impl, w_a, w_b, w_mod)
        if not is_notimpl(space, w_res):
            return w_res
    w_tb = space.type(w_b)
    # mixed built-in numbers: 2.7 coerces all three to the widest type
    ra = number_rank(space, w_a)
    rb = number_rank(space, w_b)
    rm = number_rank(space, w_mod)
    if ra >= 0 and rb >= 0 and rm >= 0:
        r = max(ra, max(rb, rm))
        w_t = space.w_int
        if r == 1:
            w_t = space.w_long
        elif r == 2:
            w_t = space.w_float
        elif r == 3:
            w_t = space.w_complex
        w_tpow = w_t.lookup("__pow__")
        if w_tpow is not None:
            w_res = call3(space, w_tpow, space.call_function(w_t, [w_a]), space.call_function(w_t, [w_b]),
                          space.call_function(w_t, [w_mod]))
            if not is_notimpl(space, w_res):
                return w_res
    raise space.type_error("unsupported operand type(s) for pow(): '%s', '%s', '%s'"
                           % (w_ta.name, w_tb.name, type_name(space, w_mod)))


def number_rank(space: "ObjSpace", w_obj: W_Root) -> int:
    """0 int, 1 long, 2 float, 3 complex, -1 other."""
    if space.isinstance_w(w_obj, space.w_int):
        return 0
    if space.isinstance_w(w_obj, space.w_long):
        return 1
    if space.isinstance_w(w_obj, space.w_float):
        return 2
    if space.isinstance_w(w_obj, space.w_complex):
        return 3
    return -1


UNARY_NAME = {"neg": "__neg__", "pos": "__pos__", "invert": "__invert__", "abs": "__abs__",
              "int": "__int__", "long": "__long__", "float": "__float__", "oct": "__oct__",
              "hex": "__hex__", "index": "__index__", "complex": "__complex__"}
UNARY_ERROR = {"neg": "bad operand type for unary -: '%s'", "pos": "bad operand type for unary +: '%s'",
               "invert": "bad operand type for unary ~: '%s'", "abs": "bad operand type for abs(): '%s'",
               "int": "int() argument must be a string or a number, not '%s'",
               "long": "long() argument must be a string or a number, not '%s'",
               "float": "float() argument must be a string or a number",
               "oct": "oct() argument can't be converted to oct",
               "hex": "hex() argument can't be converted to hex",
               "index": "'%s' object cannot be interpreted as an index",
               "complex": "complex() argument must be a string or a number"}


def unaryop(space: "ObjSpace", op: str, w_a: W_Root) -> W_Root:
    w_impl = space.lookup(w_a, UNARY_NAME[op])
    if w_impl is None:
        msg = UNARY_ERROR[op]
        if "%s" in msg:
            msg = msg % type_name(space, w_a)
        raise space.type_error(msg)
    w_res = call1(space, w_impl, w_a)
    if op == "index" and not (space.isinstance_w(w_res, space.w_int) or space.isinstance_w(w_res, space.w_long)):
        raise space.type_error("__index__ returned non-(int,long) (type %s)" % space.type(w_res).name)
    return w_res


# ---- comparisons ------------------------------------------------------------------------

COMPARE_NAME = {"lt": "__lt__", "le": "__le__", "eq": "__eq__", "ne": "__ne__", "gt": "__gt__", "ge": "__ge__"}
SWAPPED_NAME = {"lt": "__gt__", "le": "__ge__", "eq": "__eq__", "ne": "__ne__", "gt": "__lt__", "ge": "__le__"}


def rich_compare(space: "ObjSpace", op: str, w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    """The rich comparison methods of both sides; None if all declined."""
    w_ta = space.type(w_a)
    w_tb = space.type(w_b)
    lname = COMPARE_NAME[op]
    rname = SWAPPED_NAME[op]
    checked_reverse = False
    if w_ta is not w_tb and w_tb.issubtype(w_ta):
        w_right = w_tb.lookup(rname)
        if w_right is not None:
            checked_reverse = True
            w_res = call2(space, w_right, w_b, w_a)
            if not is_notimpl(space, w_res):
                return w_res
    w_left = w_ta.lookup(lname)
    if w_left is not None:
        w_res = call2(space, w_left, w_a, w_b)
        if not is_notimpl(space, w_res):
            return w_res
    if not checked_reverse:
        w_right = w_tb.lookup(rname)
        if w_right is not None:
            w_res = call2(space, w_right, w_b, w_a)
            if not is_notimpl(space, w_res):
                return w_res
    return None


def cmp_result(space: "ObjSpace", w_res: W_Root, msg: str = "an integer is required") -> int:
    if space.isinstance_w(w_res, space.w_int) or space.isinstance_w(w_res, space.w_long):
        try:
            n = space.int_w(w_res)
        except OperationError as e:
            if not e.match(space, space.w_OverflowError):
                raise
            raise space.error(space.w_OverflowError, "Python int too large to convert to C long")
    else:
        raise space.type_error(msg)
    if n < 0:
        return -1
    if n > 0:
        return 1
    return 0


def is_number(space: "ObjSpace", w_type: W_TypeObject) -> bool:
    return w_type.lookup("__int__") is not None or w_type.lookup("__float__") is not None


def default_3way(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> int:
    """2.7's last resort: None first, numbers before other types, then by type
    name, then by identity."""
    w_ta = space.type(w_a)
    w_tb = space.type(w_b)
    if w_ta is w_tb:
        if w_a is w_b or space.is_w(w_a, w_b):
            return 0
        ia = object_id(w_a)
        ib = object_id(w_b)
        return -1 if ia < ib else 1
    if w_a is space.w_None:
        return -1
    if w_b is space.w_None:
        return 1
    aname = "" if is_number(space, w_ta) else w_ta.name
    bname = "" if is_number(space, w_tb) else w_tb.name
    if aname < bname:
        return -1
    if aname > bname:
        return 1
    return -1 if object_id(w_ta) < object_id(w_tb) else 1


def three_way(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> int:
    """2.7's 3-way comparison: a __cmp__ shared by both sides, then numeric
    coercion of built-in types, then a user-defined __cmp__ of either side
    (reflected and negated for the right one), then the default ordering."""
    w_ca = space.lookup(w_a, "__cmp__")
    w_cb = space.lookup(w_b, "__cmp__")
    if is_instance_cmp(space, w_a) or is_instance_cmp(space, w_b):
        if w_ca is not None and is_instance_cmp(space, w_a):
            w_res = call2(space, w_ca, w_a, w_b)
            if not is_notimpl(space, w_res):
                return cmp_result(space, w_res, "comparison did not return an int")
        if w_cb is not None and is_instance_cmp(space, w_b):
            w_res = call2(space, w_cb, w_b, w_a)
            if not is_notimpl(space, w_res):
                return -cmp_result(space, w_res, "comparison did not return an int")
        return default_3way(space, w_a, w_b)
    if w_ca is not None and w_ca is w_cb:
        w_res = call2(space, w_ca, w_a, w_b)
        if not is_notimpl(space, w_res):
            return cmp_result(space, w_res)
    if w_ca is None or isinstance(w_ca, W_Builtin):
        c = coerced_cmp(space, w_a, w_b)
        if c != 2:
            return c
        c = coerced_cmp(space, w_b, w_a)
        if c != 2:
            return -c
    if w_ca is not None and not isinstance(w_ca, W_Builtin):
        w_res = call2(space, w_ca, w_a, w_b)
        if not is_notimpl(space, w_res):
            return cmp_result(space, w_res)
    if w_cb is not None and w_cb is not w_ca and not isinstance(w_cb, W_Builtin):
        w_res = call2(space, w_cb, w_b, w_a)
        if not is_notimpl(space, w_res):
            return -cmp_result(space, w_res)
    return default_3way(space, w_a, w_b)


def coerced_cmp(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> int:
    """Compare after the built-in __coerce__ of w_a (int with long...); 2 if
    that is not possible."""
    w_coerce = space.lookup(w_a, "__coerce__")
    if w_coerce is None or not isinstance(w_coerce, W_Builtin):
        return 2
    w_tup = call2(space, w_coerce, w_a, w_b)
    if not space.isinstance_w(w_tup, space.w_tuple):
        return 2
    items_w = space.fixedview(w_tup, 2)
    w_c1 = space.lookup(items_w[0], "__cmp__")
    if w_c1 is None or w_c1 is not space.lookup(items_w[1], "__cmp__"):
        return 2
    w_res = call2(space, w_c1, items_w[0], items_w[1])
    if is_notimpl(space, w_res):
        return 2
    return cmp_result(space, w_res)


def is_instance_cmp(space: "ObjSpace", w_obj: W_Root) -> bool:
    return isinstance(w_obj, classobj.W_InstanceObject)


def compare_by_cmp(op: str, c: int) -> bool:
    if op == "lt":
        return c < 0
    if op == "le":
        return c <= 0
    if op == "eq":
        return c == 0
    if op == "ne":
        return c != 0
    if op == "gt":
        return c > 0
    return c >= 0


def compare(space: "ObjSpace", op: str, w_a: W_Root, w_b: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.intobject import number_compare
    from pypy27.interpreter.fastpath import str_compare
    c = str_compare(op, w_a, w_b)                   # exact strs (sorting, dict keys)
    if c >= 0:
        return space.newbool(c == 1)
    c = number_compare(space, op, w_a, w_b)         # exact ints, longs, floats
    if c >= 0:
        return space.newbool(c == 1)
    if type(w_a) is W_TupleObject and type(w_b) is W_TupleObject:
        # exact tuples (sort keys, dict keys): their comparison methods cannot
        # be replaced, so skip the special-method lookup and call
        from pypy27.interpreter.objspace.listobject import richcompare
        assert isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject)
        if w_a.w_class is None and w_b.w_class is None:     # not subclasses
            return richcompare(space, op, w_a.wrappeditems, w_b.wrappeditems)
    w_res = rich_compare(space, op, w_a, w_b)
    if w_res is not None:
        return w_res
    return space.newbool(compare_by_cmp(op, three_way(space, w_a, w_b)))


def eq_w(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> bool:
    """a == b as a bool, with the identity shortcut containers use
    (2.7's PyObject_RichCompareBool)."""
    if w_a is w_b:
        return True
    return is_true(space, compare(space, "eq", w_a, w_b))


def cmp_w(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> int:
    """The builtin cmp(): __cmp__ of a same-typed pair, then ==, <, > through
    the rich comparisons, then the 3-way fallbacks."""
    if w_a is w_b:
        return 0
    w_ta = space.type(w_a)
    if w_ta is space.type(w_b) and w_ta.lookup("__cmp__") is not None:
        w_cmp = w_ta.lookup("__cmp__")
        assert w_cmp is not None
        w_res = call2(space, w_cmp, w_a, w_b)
        if not is_notimpl(space, w_res):
            return cmp_result(space, w_res)
    w_r = rich_compare(space, "eq", w_a, w_b)
    if w_r is not None and is_true(space, w_r):
        return 0
    w_r = rich_compare(space, "lt", w_a, w_b)
    if w_r is not None and is_true(space, w_r):
        return -1
    w_r = rich_compare(space, "gt", w_a, w_b)
    if w_r is not None and is_true(space, w_r):
        return 1
    return three_way(space, w_a, w_b)


# ---- truth, hash, repr, str -------------------------------------------------------------

def len_result(space: "ObjSpace", w_res: W_Root) -> int:
    if not (space.isinstance_w(w_res, space.w_int) or space.isinstance_w(w_res, space.w_long)):
        if space.lookup(w_res, "__int__") is None or space.isinstance_w(w_res, space.w_basestring):
            raise space.type_error("an integer is required")
        w_res = unaryop(space, "int", w_res)      # 2.7 takes a float length (PyInt_AsSsize_t)
    try:
        n = space.int_w(w_res)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        raise space.error(space.w_OverflowError, "long int too large to convert to int")
    if n < 0:
        raise space.value_error("__len__() should return >= 0")
    return n


def is_true(space: "ObjSpace", w_obj: W_Root) -> bool:
    if w_obj is space.w_True:
        return True
    if w_obj is space.w_False or w_obj is space.w_None:
        return False
    if type(w_obj) is W_IntObject:
        return w_obj.intval != 0
    n = exact_len(w_obj)
    if n >= 0:
        return n != 0
    w_type = space.type(w_obj)
    w_nz = w_type.lookup("__nonzero__")
    if w_nz is not None:
        w_res = call1(space, w_nz, w_obj)
        if w_res is space.w_True:
            return True
        if w_res is space.w_False:
            return False
        if space.isinstance_w(w_res, space.w_int):
            return space.int_w(w_res) != 0
        raise space.type_error("__nonzero__ should return bool or int, returned %s" % type_name(space, w_res))
    w_len = w_type.lookup("__len__")
    if w_len is not None:
        return len_result(space, call1(space, w_len, w_obj)) != 0
    return True


def hash_w(space: "ObjSpace", w_obj: W_Root) -> int:
    w_hash = space.lookup(w_obj, "__hash__")
    if w_hash is None or w_hash is space.w_None:
        raise space.type_error("unhashable type: '%s'" % type_name(space, w_obj))
    if w_hash is type_state.w_object_hash:
        return object_id(w_obj) >> 4
    w_res = call1(space, w_hash, w_obj)
    if space.type(w_res) is space.w_int:
        return space.int_w(w_res)      # a built-in __hash__ (never -1)
    if not (space.isinstance_w(w_res, space.w_int) or space.isinstance_w(w_res, space.w_long)):
        if space.lookup(w_res, "__int__") is None:
            raise space.type_error("an integer is required")
        w_res = unaryop(space, "int", w_res)
    if space.isinstance_w(w_res, space.w_long):
        w_lhash = space.w_long.lookup("__hash__")
        assert w_lhash is not None
        w_res = call1(space, w_lhash, w_res)
    h = space.int_w(w_res)
    return -2 if h == -1 else h


def check_string_result(space: "ObjSpace", w_res: W_Root, what: str) -> W_Root:
    if space.isinstance_w(w_res, space.w_str):
        return w_res
    if space.isinstance_w(w_res, space.w_unicode):
        return space.call_method(w_res, "encode", [])
    raise space.type_error("%s returned non-string (type %s)" % (what, type_name(space, w_res)))


def repr(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    w_impl = space.lookup(w_obj, "__repr__")
    if w_impl is None:
        raise space.type_error("object has no __repr__")
    from pypy27.interpreter.recursionguard import enter_recursive_call, leave_recursive_call
    enter_recursive_call(space, " while getting the repr of an object")
    try:
        w_res = call1(space, w_impl, w_obj)
    finally:
        leave_recursive_call(space)
    return check_string_result(space, w_res, "__repr__")


def str_of(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    if space.type(w_obj) is space.w_str:
        return w_obj
    w_impl = space.lookup(w_obj, "__str__")
    if w_impl is None:
        return repr(space, w_obj)
    return check_string_result(space, call1(space, w_impl, w_obj), "__str__")


# ---- items ------------------------------------------------------------------------------

def exact_len(w_obj: W_Root) -> int:
    """len() of an exact str, list, tuple or dict; -1 for other objects."""
    if type(w_obj) is W_BytesObject:
        return len(w_obj.value)
    if type(w_obj) is W_ListObject:
        return w_obj.length() if w_obj.w_class is None else -1
    if type(w_obj) is W_TupleObject:
        return len(w_obj.wrappeditems) if w_obj.w_class is None else -1
    if type(w_obj) is W_DictObject:
        return w_obj.used if w_obj.w_class is None else -1
    return -1


def len_w(space: "ObjSpace", w_obj: W_Root) -> int:
    n = exact_len(w_obj)
    if n >= 0:
        return n
    w_len = space.lookup(w_obj, "__len__")
    if w_len is None:
        raise space.type_error("object of type '%s' has no len()" % type_name(space, w_obj))
    return len_result(space, call1(space, w_len, w_obj))


SEQUENCE_TYPES = {"str": True, "unicode": True, "list": True, "tuple": True, "set": True, "frozenset": True,
                  "dict": True, "xrange": True, "buffer": True, "bytearray": True, "memoryview": True,
                  "dictproxy": True, "instance": True, "basestring": True,
                  "dict_keys": True, "dict_values": True, "dict_items": True}


def has_sequence_slots(space: "ObjSpace", w_type: W_TypeObject) -> bool:
    """Does the type have 2.7's tp_as_sequence (user classes always do)? The
    error messages for missing item methods depend on it."""
    if w_type.is_heaptype:
        return True
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            return w_t.name in SEQUENCE_TYPES
    return False


def is_index(space: "ObjSpace", w_obj: W_Root) -> bool:
    return space.lookup(w_obj, "__index__") is not None


def getitem(space: "ObjSpace", w_obj: W_Root, w_key: W_Root) -> W_Root:
    w_fast = fast_getitem(space, w_obj, w_key)
    if w_fast is not None:
        return w_fast
    w_impl = space.lookup(w_obj, "__getitem__")
    if w_impl is None:
        w_type = space.type(w_obj)
        if has_sequence_slots(space, w_type):
            if is_index(space, w_key):
                raise space.type_error("'%s' object does not support indexing" % w_type.name)
            raise space.type_error("sequence index must be integer, not '%s'" % type_name(space, w_key))
        raise space.type_error("'%s' object has no attribute '__getitem__'" % w_type.name)
    return call2(space, w_impl, w_obj, w_key)


def fast_getitem(space: "ObjSpace", w_obj: W_Root, w_key: W_Root) -> Optional[W_Root]:
    """obj[key] for an exact list or tuple and an int index in range, or an
    exact dict holding the key; None otherwise (the general path then gives
    the same result or the error)."""
    if type(w_key) is W_IntObject:
        i = w_key.intval
        if type(w_obj) is W_ListObject and w_obj.w_class is None:
            n = w_obj.length()
            if i < 0:
                i += n
            if 0 <= i < n:
                return w_obj.getitem(space, i)
            return None
        if type(w_obj) is W_TupleObject and w_obj.w_class is None:
            items_w = w_obj.wrappeditems
            if i < 0:
                i += len(items_w)
            if 0 <= i < len(items_w):
                return items_w[i]
            return None
    if type(w_obj) is W_DictObject and w_obj.w_class is None:
        return w_obj.getitem(space, w_key)
    return None


def setitem(space: "ObjSpace", w_obj: W_Root, w_key: W_Root, w_value: W_Root) -> None:
    if type(w_obj) is W_ListObject and w_obj.w_class is None and type(w_key) is W_IntObject:
        i = w_key.intval
        n = w_obj.length()
        if i < 0:
            i += n
        if 0 <= i < n:
            w_obj.setitem(space, i, w_value)
            return
    elif type(w_obj) is W_DictObject and w_obj.w_class is None:
        w_obj.setitem(space, w_key, w_value)
        return
    w_impl = space.lookup(w_obj, "__setitem__")
    if w_impl is None:
        raise space.type_error("'%s' object does not support item assignment" % type_name(space, w_obj))
    call3(space, w_impl, w_obj, w_key, w_value)


def delitem(space: "ObjSpace", w_obj: W_Root, w_key: W_Root) -> None:
    w_impl = space.lookup(w_obj, "__delitem__")
    if w_impl is None:
        w_type = space.type(w_obj)
        if has_sequence_slots(space, w_type) and is_index(space, w_key):
            raise space.type_error("'%s' object doesn't support item deletion" % w_type.name)
        raise space.type_error("'%s' object does not support item deletion" % w_type.name)
    call2(space, w_impl, w_obj, w_key)


MAXINT = 9223372036854775807


def slice_index(space: "ObjSpace", w_obj: W_Root, w_index: W_Root, default: int) -> int:
    """An index of the old slicing protocol: None is the default, negative
    values get len() added (if there is a __len__), huge ones are clamped."""
    if space.is_w(w_index, space.w_None):
        return default
    w_idx = space.lookup(w_index, "__index__")
    if w_idx is None:
        raise space.type_error("slice indices must be integers or None or have an __index__ method")
    w_i = unaryop(space, "index", w_index)
    try:
        i = space.int_w(w_i)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        i = MAXINT if space.is_true(space.compare("gt", w_i, space.newint(0))) else -MAXINT - 1
    if i < 0:
        w_len = space.lookup(w_obj, "__len__")
        if w_len is not None:
            i += len_result(space, call1(space, w_len, w_obj))
    return i


def slice_indices(space: "ObjSpace", w_obj: W_Root, w_impl: W_Root, w_start: W_Root,
                  w_stop: W_Root) -> tuple[W_Root, W_Root]:
    start = slice_index(space, w_obj, w_start, 0)
    stop = slice_index(space, w_obj, w_stop, MAXINT)
    if isinstance(w_impl, W_Builtin):
        # a built-in __getslice__ would add len() again to what is still negative
        if start < 0:
            start = 0
        if stop < 0:
            stop = 0
    return (space.newint(start), space.newint(stop))


def plain_slice_bound(space: "ObjSpace", w_index: W_Root) -> bool:
    return w_index is space.w_None or type(w_index) is W_IntObject


def clamped_slice_bound(space: "ObjSpace", w_index: W_Root, default: int, length: int) -> int:
    """What slice_index, slice_indices and the built-in __getslice__ of str
    and list make of None or a plain int: from the end if negative, then
    clamped to 0..length."""
    if w_index is space.w_None:
        i = default
    else:
        assert isinstance(w_index, W_IntObject)
        i = w_index.intval
    if i < 0:
        i += length
        if i < 0:
            i = 0
    if i > length:
        i = length
    return i


def getslice(space: "ObjSpace", w_obj: W_Root, w_start: W_Root, w_stop: W_Root) -> W_Root:
    """obj[start:stop]: __getslice__ where the type has it, else a slice object."""
    if plain_slice_bound(space, w_start) and plain_slice_bound(space, w_stop):
        # exact str and list: their __getslice__ without the call
        if type(w_obj) is W_BytesObject:
            assert isinstance(w_obj, W_BytesObject)
            s = w_obj.value
            start = clamped_slice_bound(space, w_start, 0, len(s))
            stop = clamped_slice_bound(space, w_stop, MAXINT, len(s))
            if start == 0 and stop == len(s):
                return w_obj                    # s[:] is s
            if stop < start:
                stop = start
            from pypy27.interpreter.objspace.bytesobject import newstr
            return newstr(space, s[start:stop])
        if type(w_obj) is W_ListObject and w_obj.w_class is None:
            assert isinstance(w_obj, W_ListObject)
            from pypy27.interpreter.objspace.listobject import getslice_ex
            n = w_obj.length()
            start = clamped_slice_bound(space, w_start, 0, n)
            stop = clamped_slice_bound(space, w_stop, MAXINT, n)
            return getslice_ex(space, w_obj, start, 1, stop - start)
    w_impl = space.lookup(w_obj, "__getslice__")
    if w_impl is not None:
        w_i, w_j = slice_indices(space, w_obj, w_impl, w_start, w_stop)
        return call3(space, w_impl, w_obj, w_i, w_j)
    return getitem(space, w_obj, space.newslice(w_start, w_stop, space.w_None))


def setslice(space: "ObjSpace", w_obj: W_Root, w_start: W_Root, w_stop: W_Root, w_value: W_Root) -> None:
    w_impl = space.lookup(w_obj, "__setslice__")
    if w_impl is not None:
        w_i, w_j = slice_indices(space, w_obj, w_impl, w_start, w_stop)
        space.call_function(space.get(w_impl, w_obj), [w_i, w_j, w_value])
        return
    setitem(space, w_obj, space.newslice(w_start, w_stop, space.w_None), w_value)


def delslice(space: "ObjSpace", w_obj: W_Root, w_start: W_Root, w_stop: W_Root) -> None:
    w_impl = space.lookup(w_obj, "__delslice__")
    if w_impl is not None:
        w_i, w_j = slice_indices(space, w_obj, w_impl, w_start, w_stop)
        call3(space, w_impl, w_obj, w_i, w_j)
        return
    delitem(space, w_obj, space.newslice(w_start, w_stop, space.w_None))


def contains(space: "ObjSpace", w_container: W_Root, w_item: W_Root) -> bool:
    # exact dict, set and frozenset: what their __contains__ does, without the call
    if type(w_container) is W_DictObject and w_container.w_class is None:
        return w_container.getitem(space, w_item) is not None
    if isinstance(w_container, setobject.W_BaseSetObject) and w_container.w_class is None:
        return setobject.contains(space, w_container, w_item)
    w_impl = space.lookup(w_container, "__contains__")
    if w_impl is not None:
        return is_true(space, call2(space, w_impl, w_container, w_item))
    try:
        w_iter = iter(space, w_container)
    except OperationError:
        # 2.7 replaces whatever iter() raised (a closed file's ValueError too)
        raise space.type_error("argument of type '%s' is not iterable" % type_name(space, w_container))
    while True:
        w_next = next(space, w_iter)
        if w_next is None:
            return False
        if eq_w(space, w_next, w_item):
            return True


# ---- iteration --------------------------------------------------------------------------

class IterTypes(object):
    w_seqiter: W_TypeObject


iter_types = IterTypes()


class W_SeqIterObject(W_Root):
    """iter() of an object with only __getitem__: items 0, 1, ... until IndexError."""
    w_seq: Optional[W_Root]
    index: int

    def __init__(self, w_seq: W_Root) -> None:
        self.w_seq = w_seq
        self.index = 0

    def getclass(self, space: "ObjSpace") -> W_TypeObject:
        return iter_types.w_seqiter


def seqiter_step(space: "ObjSpace", w_it: W_SeqIterObject) -> Optional[W_Root]:
    w_seq = w_it.w_seq
    if w_seq is None:
        return None
    try:
        w_item = getitem(space, w_seq, space.newint(w_it.index))
    except OperationError as e:
        if not (e.match(space, space.w_IndexError) or e.match(space, space.w_StopIteration)):
            raise
        w_it.w_seq = None
        return None
    w_it.index += 1
    return w_item


def seqiter_next(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_SeqIterObject)
    w_item = seqiter_step(space, w_self)
    if w_item is None:
        raise OperationError(space.w_StopIteration, space.w_None)
    return w_item


def seqiter_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return w_self


def seqiter_length_hint(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_SeqIterObject)
    w_seq = w_self.w_seq
    if w_seq is None:
        return space.newint(0)
    w_len = space.lookup(w_seq, "__len__")
    if w_len is None:
        raise space.type_error("object of type '%s' has no len()" % type_name(space, w_seq))
    n = len_result(space, call1(space, w_len, w_seq)) - w_self.index
    return space.newint(n if n > 0 else 0)


def iter(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    if (type(w_obj) is W_ListObject and w_obj.w_class is None) or \
            (type(w_obj) is W_TupleObject and w_obj.w_class is None):
        from pypy27.interpreter.objspace import iterobject
        return iterobject.W_SeqIterObject(w_obj)     # what list.__iter__ / tuple.__iter__ return
    w_impl = space.lookup(w_obj, "__iter__")
    if w_impl is not None:
        w_it = call1(space, w_impl, w_obj)
        if space.lookup(w_it, "next") is None:
            raise space.type_error("iter() returned non-iterator of type '%s'" % type_name(space, w_it))
        return w_it
    if space.lookup(w_obj, "__getitem__") is not None:
        return W_SeqIterObject(w_obj)
    raise space.type_error("'%s' object is not iterable" % type_name(space, w_obj))


def next(space: "ObjSpace", w_iter: W_Root) -> Optional[W_Root]:
    if isinstance(w_iter, W_SeqIterObject) and space.type(w_iter) is iter_types.w_seqiter:
        return seqiter_step(space, w_iter)
    if isinstance(w_iter, W_AbstractIter):
        return w_iter.next_w(space)     # built-in iterators: their `next` is descr_next
    w_impl = space.lookup(w_iter, "next")
    if w_impl is None:
        raise space.type_error("'%s' object is not an iterator" % type_name(space, w_iter))
    try:
        return call1(space, w_impl, w_iter)
    except OperationError as e:
        if not e.match(space, space.w_StopIteration):
            raise
        return None


# ---- exceptions -------------------------------------------------------------------------

def instantiate_exception(space: "ObjSpace", w_type: W_Root, w_value: Optional[W_Root]) -> W_Root:
    """2.7's normalization of `raise E, v`: v itself if it is an instance of E,
    else E(*v) for a tuple, E() for None, E(v) otherwise."""
    if w_value is not None:
        if isinstance(w_type, W_TypeObject) and space.type(w_value).issubtype(w_type):
            return w_value
        if isinstance(w_type, classobj.W_ClassObject) and isinstance(w_value, classobj.W_InstanceObject) \
                and w_value.w_class.is_subclass_of(w_type):
            return w_value
    if w_value is None or w_value is space.w_None:
        args_w: list[W_Root] = []
    elif space.type(w_value) is space.w_tuple:
        args_w = space.fixedview(w_value, -1)
    else:
        args_w = [w_value]
    return space.call_args(w_type, Arguments(args_w))


def exception_class_name(space: "ObjSpace", w_type: W_Root) -> str:
    """'ValueError' for built-in exceptions, '__main__.E' for others (the
    top-level traceback's spelling)."""
    from pypy27.interpreter.objspace.objectobject import type_short_name
    if isinstance(w_type, W_TypeObject):
        name = type_short_name(w_type)
    elif isinstance(w_type, classobj.W_ClassObject):
        name = w_type.name
    else:
        return space.str_w(str_of(space, w_type))
    w_mod = findattr(space, w_type, "__module__")
    if w_mod is None or not space.isinstance_w(w_mod, space.w_str):
        return "<unknown>" + name
    mod = space.str_w(w_mod)
    if mod == "exceptions":
        return name
    return mod + "." + name


def exception_str(space: "ObjSpace", operr: OperationError) -> str:
    """'TypeError: message' (just 'TypeError' when str(value) is empty)."""
    w_value = operr.normalize(space)
    name = exception_class_name(space, operr.w_type)
    if w_value is space.w_None:
        return name
    try:
        w_s = str_of(space, w_value)
        s = space.str_w(w_s)
    except OperationError:
        s = "<exception str() failed>"
    if not s:
        return name
    return name + ": " + s
