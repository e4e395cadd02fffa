"""Old-style classes (`classobj`) and their instances (`instance`)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.gateway import Builtin1, Builtin2, Builtin3, BuiltinArgs, BuiltinOpt
from pypy27.interpreter.objspace.objectobject import AttrStorage, addr_str, object_id
from pypy27.interpreter.objspace.typeobject import W_BuiltinNewMarker, W_TypeObject
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


class W_ClassObject(W_Root):
    name: str
    bases_w: list["W_ClassObject"]
    storage: AttrStorage
    space: "ObjSpace"      # for lookups from new-style subclasses (W_TypeObject.lookup has none)

    def __init__(self, space: "ObjSpace", name: str, bases_w: list["W_ClassObject"],
                 storage: AttrStorage) -> None:
        self.name = name
        self.bases_w = bases_w
        self.storage = storage
        self.space = space

    def getclass(self, space: "ObjSpace") -> W_TypeObject:
        return space.w_classobj

    def getdict(self, space: "ObjSpace") -> Optional[W_Root]:
        return self.storage.attr_dict(space)

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        return self.storage.get(space, name)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        self.storage.set(space, name, w_value)
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        return self.storage.delete(space, name)

    def lookup(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        """Depth-first, left-to-right search of the class and its bases."""
        w_value = self.storage.get(space, name)
        if w_value is not None:
            return w_value
        for w_base in self.bases_w:
            w_value = w_base.lookup(space, name)
            if w_value is not None:
                return w_value
        return None

    def is_subclass_of(self, w_other: "W_ClassObject") -> bool:
        if self is w_other:
            return True
        for w_base in self.bases_w:
            if w_base.is_subclass_of(w_other):
                return True
        return False

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        w_inst = W_InstanceObject(self)
        if self.lookup(space, "__del__") is not None:
            from pypy27.interpreter.module.gc.finalize import watch_instance
            watch_instance(w_inst)
        w_init = self.lookup(space, "__init__")
        if w_init is not None:
            w_res = space.call_args(space.get_descr(w_init, w_inst, self), args)
            if not space.is_w(w_res, space.w_None):
                raise space.type_error("__init__() should return None")
        elif args.args_w or args.keywords or args.w_stararg is not None or args.w_starstararg is not None:
            raise space.type_error("this constructor takes no arguments")
        return w_inst


class W_InstanceObject(AttrStorage):
    """An old-style instance: attributes in the instance itself (mapdict.py)."""
    w_class: W_ClassObject

    def __init__(self, w_class: W_ClassObject) -> None:
        AttrStorage.__init__(self)
        self.w_class = w_class

    def getclass(self, space: "ObjSpace") -> W_TypeObject:
        return space.w_instance

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        return self.get(space, name)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        self.set(space, name, w_value)
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        return self.delete(space, name)

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        w_call = instance_getattr(space, self, "__call__", False)
        if w_call is None:
            raise space.error(space.w_AttributeError, "%s instance has no __call__ method" % self.w_class.name)
        return space.call_args(w_call, args)


def module_name_of(space: "ObjSpace", w_class: W_ClassObject) -> str:
    w_mod = w_class.storage.get(space, "__module__")
    if w_mod is not None and space.isinstance_w(w_mod, space.w_str):
        return space.str_w(w_mod)
    return "?"


# ---- classobj ---------------------------------------------------------------------------

def classobj_new(space: "ObjSpace", w_subtype: W_TypeObject, args: Arguments) -> W_Root:
    args.unpack_stars(space, "classobj")
    if len(args.args_w) != 3:
        raise space.type_error("classobj() takes exactly 3 arguments (%d given)" % len(args.args_w))
    w_name = args.args_w[0]
    w_bases = args.args_w[1]
    w_dict = args.args_w[2]
    if not space.isinstance_w(w_name, space.w_str):
        raise space.type_error("__name__ must be a string object")
    if not space.isinstance_w(w_dict, space.w_dict):
        raise space.type_error("__dict__ must be a dictionary object")
    if not space.isinstance_w(w_bases, space.w_tuple):
        raise space.type_error("__bases__ must be a tuple object")
    bases_w: list[W_ClassObject] = []
    for w_base in space.fixedview(w_bases, -1):
        if not isinstance(w_base, W_ClassObject):
            # a new-style base: let its metaclass build the class
            w_meta = space.type(w_base)
            if space.lookup(w_base, "__call__") is not None and w_meta is not space.w_classobj:
                return space.call_function(w_meta, [w_name, w_bases, w_dict])
            raise space.type_error("__bases__ items must be classes")
        bases_w.append(w_base)
    storage = AttrStorage()
    storage.setdict(space, w_dict)
    if storage.get(space, "__doc__") is None:
        storage.set(space, "__doc__", space.w_None)
    return W_ClassObject(space, space.str_w(w_name), bases_w, storage)


def class_getattr(space: "ObjSpace", w_class: W_ClassObject, name: str) -> Optional[W_Root]:
    if name.startswith("__"):
        if name == "__dict__":
            return w_class.storage.attr_dict(space)
        if name == "__name__":
            return space.newstr(w_class.name)
        if name == "__bases__":
            bases_w: list[W_Root] = []
            for w_b in w_class.bases_w:
                bases_w.append(w_b)
            return space.newtuple(bases_w)
    w_value = w_class.lookup(space, name)
    if w_value is None:
        # 2.7 never falls back to the classobj type: hasattr(A, '__call__')
        # and A.__class__ fail for a classic class
        return None
    return space.get_descr(w_value, None, w_class)


def class_setattr(space: "ObjSpace", w_class: W_ClassObject, name: str, w_value: W_Root) -> None:
    if name.startswith("__"):
        if name == "__dict__":
            if not space.isinstance_w(w_value, space.w_dict):
                raise space.type_error("__dict__ must be a dictionary object")
            w_class.storage.setdict(space, w_value)
            return
        if name == "__name__":
            if not space.isinstance_w(w_value, space.w_str):
                raise space.type_error("__name__ must be a string object")
            w_class.name = space.str_w(w_value)
            return
        if name == "__bases__":
            if not space.isinstance_w(w_value, space.w_tuple):
                raise space.type_error("__bases__ must be a tuple object")
            bases_w: list[W_ClassObject] = []
            for w_b in space.fixedview(w_value, -1):
                if not isinstance(w_b, W_ClassObject):
                    raise space.type_error("__bases__ items must be classes")
                if w_b.is_subclass_of(w_class):
                    raise space.type_error("a __bases__ item causes an inheritance cycle")
                bases_w.append(w_b)
            w_class.bases_w = bases_w
            return
    w_class.storage.set(space, name, w_value)


def class_delattr(space: "ObjSpace", w_class: W_ClassObject, name: str) -> None:
    if name in ("__dict__", "__name__", "__bases__"):
        kind = "string" if name == "__name__" else "dictionary" if name == "__dict__" else "tuple"
        raise space.type_error("%s must be a %s object" % (name, kind))
    if not w_class.storage.delete(space, name):
        raise space.error(space.w_AttributeError, "class %s has no attribute '%s'" % (w_class.name, name))


def classobj_getattribute(space: "ObjSpace", w_self: W_Root, w_name: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    assert isinstance(w_self, W_ClassObject)
    name = descroperation.attr_name(space, w_name)
    w_res = class_getattr(space, w_self, name)
    if w_res is None:
        raise descroperation.attribute_error(space, w_self, name)
    return w_res


def classobj_setattr(space: "ObjSpace", w_self: W_Root, w_name: W_Root, w_value: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    assert isinstance(w_self, W_ClassObject)
    class_setattr(space, w_self, descroperation.attr_name(space, w_name), w_value)
    return space.w_None


def classobj_delattr(space: "ObjSpace", w_self: W_Root, w_name: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    assert isinstance(w_self, W_ClassObject)
    class_delattr(space, w_self, descroperation.attr_name(space, w_name))
    return space.w_None


def classobj_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_ClassObject)
    w_mod = w_self.storage.get(space, "__module__")
    if w_mod is None or not space.isinstance_w(w_mod, space.w_str):
        return space.newstr("<class ?.%s at %s>" % (w_self.name, addr_str(w_self)))
    return space.newstr("<class %s.%s at %s>" % (space.str_w(w_mod), w_self.name, addr_str(w_self)))


def classobj_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_ClassObject)
    w_mod = w_self.storage.get(space, "__module__")
    if w_mod is None or not space.isinstance_w(w_mod, space.w_str):
        return space.newstr(w_self.name)
    return space.newstr("%s.%s" % (space.str_w(w_mod), w_self.name))


def classobj_call(space: "ObjSpace", args: Arguments) -> W_Root:
    w_self = args.args_w[0]
    assert isinstance(w_self, W_ClassObject)
    rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w, args.w_stararg, args.w_starstararg)
    return w_self.call_args(space, rest)


# ---- instances ------------------------------------------------------------------------

def instance_getattr(space: "ObjSpace", w_inst: W_InstanceObject, name: str,
                     use_getattr: bool) -> Optional[W_Root]:
    if name.startswith("__"):
        if name == "__dict__":
            return w_inst.attr_dict(space)
        if name == "__class__":
            return w_inst.w_class
    w_value = w_inst.get(space, name)
    if w_value is not None:
        return w_value
    w_value = w_inst.w_class.lookup(space, name)
    if w_value is not None:
        return space.get_descr(w_value, w_inst, w_inst.w_class)
    if use_getattr:
        w_getattr = w_inst.w_class.lookup(space, "__getattr__")
        if w_getattr is not None:
            return space.call_function(space.get_descr(w_getattr, w_inst, w_inst.w_class),
                                       [space.newstr(name)])
    return None


def instance_setattr(space: "ObjSpace", w_inst: W_InstanceObject, name: str, w_value: W_Root) -> None:
    if name.startswith("__"):
        if name == "__dict__":
            if not space.isinstance_w(w_value, space.w_dict):
                raise space.type_error("__dict__ must be set to a dictionary")
            w_inst.setdict(space, w_value)
            return
        if name == "__class__":
            if not isinstance(w_value, W_ClassObject):
                raise space.type_error("__class__ must be set to a class")
            w_inst.w_class = w_value
            return
    w_setattr = w_inst.w_class.lookup(space, "__setattr__")
    if w_setattr is not None:
        space.call_function(space.get_descr(w_setattr, w_inst, w_inst.w_class), [space.newstr(name), w_value])
        return
    w_inst.set(space, name, w_value)


def instance_delattr(space: "ObjSpace", w_inst: W_InstanceObject, name: str) -> None:
    w_delattr = w_inst.w_class.lookup(space, "__delattr__")
    if w_delattr is not None:
        space.call_function(space.get_descr(w_delattr, w_inst, w_inst.w_class), [space.newstr(name)])
        return
    if name == "__dict__" or name == "__class__":
        raise space.type_error("%s must be set to a %s" % (name, "dictionary" if name == "__dict__" else "class"))
    if not w_inst.delete(space, name):
        raise space.error(space.w_AttributeError, "%s instance has no attribute '%s'" % (w_inst.w_class.name, name))


def as_inst(space: "ObjSpace", w_self: W_Root) -> W_InstanceObject:
    if not isinstance(w_self, W_InstanceObject):
        raise space.type_error("descriptor requires an 'instance' object but received a '%s'"
                               % space.type(w_self).name)
    return w_self


def inst_method(space: "ObjSpace", w_inst: W_InstanceObject, name: str) -> W_Root:
    """A special method looked up on the instance (AttributeError if missing)."""
    w_res = instance_getattr(space, w_inst, name, True)
    if w_res is None:
        raise space.error(space.w_AttributeError, "%s instance has no attribute '%s'" % (w_inst.w_class.name, name))
    return w_res


def instance_getattribute(space: "ObjSpace", w_self: W_Root, w_name: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    w_inst = as_inst(space, w_self)
    name = descroperation.attr_name(space, w_name)
    w_res = instance_getattr(space, w_inst, name, True)
    if w_res is None:
        raise descroperation.attribute_error(space, w_inst, name)
    return w_res


def instance_setattr_m(space: "ObjSpace", w_self: W_Root, w_name: W_Root, w_value: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    instance_setattr(space, as_inst(space, w_self), descroperation.attr_name(space, w_name), w_value)
    return space.w_None


def instance_delattr_m(space: "ObjSpace", w_self: W_Root, w_name: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    instance_delattr(space, as_inst(space, w_self), descroperation.attr_name(space, w_name))
    return space.w_None


def instance_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_inst = as_inst(space, w_self)
    w_meth = instance_optional(space, w_inst, "__repr__")
    if w_meth is not None:
        return space.call_function(w_meth, [])
    w_class = w_inst.w_class
    w_mod = w_class.storage.get(space, "__module__")
    if w_mod is None or not space.isinstance_w(w_mod, space.w_str):
        return space.newstr("<?.%s instance at %s>" % (w_class.name, addr_str(w_inst)))
    return space.newstr("<%s.%s instance at %s>" % (space.str_w(w_mod), w_class.name, addr_str(w_inst)))


def instance_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_inst = as_inst(space, w_self)
    w_meth = instance_optional(space, w_inst, "__str__")
    if w_meth is not None:
        return space.call_function(w_meth, [])
    return instance_repr(space, w_inst)


def instance_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_inst = as_inst(space, w_self)
    w_hash = instance_optional(space, w_inst, "__hash__")
    if w_hash is None:
        if instance_optional(space, w_inst, "__eq__") is not None or \
                instance_optional(space, w_inst, "__cmp__") is not None:
            raise space.type_error("unhashable instance")
        return space.newint(object_id(w_inst) >> 4)
    w_res = space.call_function(w_hash, [])
    if not (space.isinstance_w(w_res, space.w_int) or space.isinstance_w(w_res, space.w_long)):
        raise space.type_error("__hash__() should return an int")
    return w_res


def instance_call0(space: "ObjSpace", w_self: W_Root, name: str) -> W_Root:
    return space.call_function(inst_method(space, as_inst(space, w_self), name), [])


def instance_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return instance_call0(space, w_self, "__len__")


def instance_nonzero(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_inst = as_inst(space, w_self)
    w_meth = instance_optional(space, w_inst, "__nonzero__")
    if w_meth is None:
        w_meth = instance_optional(space, w_inst, "__len__")
        if w_meth is None:
            return space.w_True
    w_res = space.call_function(w_meth, [])
    if not space.isinstance_w(w_res, space.w_int):
        raise space.type_error("__nonzero__ should return an int")
    n = space.int_w(w_res)
    if n < 0:
        raise space.value_error("__nonzero__ should return >= 0")
    return space.newbool(n != 0)


def instance_getitem(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    return space.call_function(inst_method(space, as_inst(space, w_self), "__getitem__"), [w_key])


def instance_setitem(space: "ObjSpace", w_self: W_Root, w_key: W_Root, w_value: W_Root) -> W_Root:
    space.call_function(inst_method(space, as_inst(space, w_self), "__setitem__"), [w_key, w_value])
    return space.w_None


def instance_delitem(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    space.call_function(inst_method(space, as_inst(space, w_self), "__delitem__"), [w_key])
    return space.w_None


def instance_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.descroperation import W_SeqIterObject
    w_inst = as_inst(space, w_self)
    w_meth = instance_optional(space, w_inst, "__iter__")
    if w_meth is not None:
        w_it = space.call_function(w_meth, [])
        if space.lookup(w_it, "next") is None:
            raise space.type_error("__iter__ returned non-iterator of type '%s'" % space.type(w_it).name)
        return w_it
    if instance_optional(space, w_inst, "__getitem__") is None:
        raise space.type_error("iteration over non-sequence")
    return W_SeqIterObject(w_inst)


def instance_next(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_meth = instance_optional(space, as_inst(space, w_self), "next")
    if w_meth is None:
        raise space.type_error("instance has no next() method")     # 2.7's instance_iternext
    return space.call_function(w_meth, [])


def instance_contains(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    w_inst = as_inst(space, w_self)
    w_meth = instance_optional(space, w_inst, "__contains__")
    if w_meth is not None:
        return space.newbool(space.is_true(space.call_function(w_meth, [w_item])))
    w_iter = instance_iter(space, w_inst)
    while True:
        w_next = space.next(w_iter)
        if w_next is None:
            return space.w_False
        if space.eq_w(w_next, w_item):
            return space.w_True


def instance_call(space: "ObjSpace", args: Arguments) -> W_Root:
    w_inst = as_inst(space, args.args_w[0])
    rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w, args.w_stararg, args.w_starstararg)
    return w_inst.call_args(space, rest)


def instance_getslice(space: "ObjSpace", w_self: W_Root, w_start: W_Root, w_stop: W_Root) -> W_Root:
    w_inst = as_inst(space, w_self)
    w_meth = instance_optional(space, w_inst, "__getslice__")
    if w_meth is not None:
        return space.call_function(w_meth, [w_start, w_stop])
    return space.call_function(inst_method(space, w_inst, "__getitem__"),
                               [space.newslice(w_start, w_stop, space.w_None)])


def instance_setslice(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    w_start = args_w[1]
    w_stop = args_w[2]
    w_value = args_w[3]
    assert w_self is not None and w_start is not None and w_stop is not None and w_value is not None
    w_inst = as_inst(space, w_self)
    w_meth = instance_getattr(space, w_inst, "__setslice__", True)
    if w_meth is not None:
        space.call_function(w_meth, [w_start, w_stop, w_value])
    else:
        space.call_function(inst_method(space, w_inst, "__setitem__"),
                            [space.newslice(w_start, w_stop, space.w_None), w_value])
    return space.w_None


def instance_delslice(space: "ObjSpace", w_self: W_Root, w_start: W_Root, w_stop: W_Root) -> W_Root:
    w_inst = as_inst(space, w_self)
    w_meth = instance_getattr(space, w_inst, "__delslice__", True)
    if w_meth is not None:
        space.call_function(w_meth, [w_start, w_stop])
    else:
        space.call_function(inst_method(space, w_inst, "__delitem__"),
                            [space.newslice(w_start, w_stop, space.w_None)])
    return space.w_None


# binary operators: coercion first (__coerce__), then the instance's method
def instance_optional(space: "ObjSpace", w_inst: W_InstanceObject, name: str) -> Optional[W_Root]:
    """An operator method the instance may lack: an AttributeError from its
    __getattr__ means "not defined" (2.7 then tries the other operand)."""
    try:
        return instance_getattr(space, w_inst, name, True)
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
        return None


def _coerce(space: "ObjSpace", w_self: W_InstanceObject, w_other: W_Root) -> Optional[W_Root]:
    """The result of __coerce__ (a 2-tuple) or None if there is none / it declined."""
    w_coerce = instance_optional(space, w_self, "__coerce__")
    if w_coerce is None:
        return None
    w_res = space.call_function(w_coerce, [w_other])
    if space.is_w(w_res, space.w_None) or space.is_w(w_res, space.w_NotImplemented):
        return None
    if not space.isinstance_w(w_res, space.w_tuple) or space.len_w(w_res) != 2:
        raise space.type_error("coercion should return None or 2-tuple")
    return w_res


def half_binop(space: "ObjSpace", w_self: W_InstanceObject, w_other: W_Root, name: str,
               swapped: bool) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    w_tup = _coerce(space, w_self, w_other)
    if w_tup is None:
        w_meth = instance_optional(space, w_self, name)
        if w_meth is None:
            return space.w_NotImplemented
        return space.call_function(w_meth, [w_other])
    items_w = space.fixedview(w_tup, 2)
    w_a = items_w[0]
    w_b = items_w[1]
    if isinstance(w_a, W_InstanceObject) and w_a is w_self:
        w_meth = instance_optional(space, w_a, name)
        if w_meth is None:
            return space.w_NotImplemented
        return space.call_function(w_meth, [w_b])
    # coerced to other types: redo the operation on them
    op = name[2:len(name) - 2]
    if swapped:
        op = op[1:]
        w_res = descroperation.try_binop(space, "__%s__" % op, "__r%s__" % op, w_b, w_a)
    else:
        w_res = descroperation.try_binop(space, "__%s__" % op, "__r%s__" % op, w_a, w_b)
    if w_res is None:
        return space.w_NotImplemented
    return w_res


def _binop_left(space: "ObjSpace", w_self: W_Root, w_other: W_Root, op: str) -> W_Root:
    w_inst = as_inst(space, w_self)
    w_res = half_binop(space, w_inst, w_other, "__%s__" % op, False)
    if space.is_w(w_res, space.w_NotImplemented) and isinstance(w_other, W_InstanceObject):
        w_res = half_binop(space, w_other, w_inst, "__r%s__" % op, True)
    return w_res


def _binop_right(space: "ObjSpace", w_self: W_Root, w_other: W_Root, op: str) -> W_Root:
    return half_binop(space, as_inst(space, w_self), w_other, "__r%s__" % op, True)


def _binop_inplace(space: "ObjSpace", w_self: W_Root, w_other: W_Root, op: str) -> W_Root:
    w_inst = as_inst(space, w_self)
    w_meth = instance_getattr(space, w_inst, "__i%s__" % op, True)
    if w_meth is None:
        return space.w_NotImplemented
    return space.call_function(w_meth, [w_other])


def unary(space: "ObjSpace", w_self: W_Root, name: str) -> W_Root:
    return space.call_function(inst_method(space, as_inst(space, w_self), name), [])


# comparisons
def instance_rich(space: "ObjSpace", w_self: W_Root, w_other: W_Root, name: str) -> W_Root:
    w_inst = as_inst(space, w_self)
    w_meth = instance_optional(space, w_inst, name)
    if w_meth is None:
        return space.w_NotImplemented
    return space.call_function(w_meth, [w_other])


def instance_cmp(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_inst = as_inst(space, w_self)
    w_tup = _coerce(space, w_inst, w_other)
    w_a: W_Root = w_inst
    w_b = w_other
    if w_tup is not None:
        items_w = space.fixedview(w_tup, 2)
        w_a = items_w[0]
        w_b = items_w[1]
    if isinstance(w_a, W_InstanceObject):
        w_meth = instance_optional(space, w_a, "__cmp__")
        if w_meth is None:
            return space.w_NotImplemented
        return space.call_function(w_meth, [w_b])
    return space.newint(space.cmp_w(w_a, w_b))


def instance_new(space: "ObjSpace", w_subtype: W_TypeObject, args: Arguments) -> W_Root:
    """instance(class[, dict]): an instance made without calling __init__
    (2.7 ignores keyword arguments here)."""
    args.unpack_stars(space, "instance")
    args_w = args.args_w
    if len(args_w) < 1:
        raise space.type_error("instance() takes at least 1 argument (0 given)")
    if len(args_w) > 2:
        raise space.type_error("instance() takes at most 2 arguments (%d given)" % len(args_w))
    w_class = args_w[0]
    if not isinstance(w_class, W_ClassObject):
        raise space.type_error("instance() argument 1 must be classobj, not %s" % space.type(w_class).name)
    w_inst = W_InstanceObject(w_class)
    if len(args_w) == 2 and not space.is_w(args_w[1], space.w_None):
        if not space.isinstance_w(args_w[1], space.w_dict):
            raise space.type_error("instance() second arg must be dictionary or None")
        w_inst.setdict(space, args_w[1])
    return w_inst


@not_rpython
def setup(space: "ObjSpace") -> None:
    from pypy27.interpreter.objspace import classobj_ops
    classobj_dict: dict[str, W_Root] = {
        "__new__": W_BuiltinNewMarker(),
        "__getattribute__": Builtin2("__getattribute__", classobj_getattribute, method=True),
        "__setattr__": Builtin3("__setattr__", classobj_setattr, method=True),
        "__delattr__": Builtin2("__delattr__", classobj_delattr, method=True),
        "__repr__": Builtin1("__repr__", classobj_repr, method=True),
        "__str__": Builtin1("__str__", classobj_str, method=True),
        "__call__": BuiltinArgs("__call__", classobj_call, method=True),
    }
    space.w_classobj = W_TypeObject("classobj", [space.w_object], classobj_dict, new_fn=classobj_new)
    instance_dict: dict[str, W_Root] = {
        "__getattribute__": Builtin2("__getattribute__", instance_getattribute, method=True),
        "__setattr__": Builtin3("__setattr__", instance_setattr_m, method=True),
        "__delattr__": Builtin2("__delattr__", instance_delattr_m, method=True),
        "__repr__": Builtin1("__repr__", instance_repr, method=True),
        "__str__": Builtin1("__str__", instance_str, method=True),
        "__hash__": Builtin1("__hash__", instance_hash, method=True),
        "__len__": Builtin1("__len__", instance_len, method=True),
        "__nonzero__": Builtin1("__nonzero__", instance_nonzero, method=True),
        "__getitem__": Builtin2("__getitem__", instance_getitem, method=True),
        "__setitem__": Builtin3("__setitem__", instance_setitem, method=True),
        "__delitem__": Builtin2("__delitem__", instance_delitem, method=True),
        "__getslice__": Builtin3("__getslice__", instance_getslice, method=True),
        "__setslice__": BuiltinOpt("__setslice__", instance_setslice, 4, 4, method=True),
        "__delslice__": Builtin3("__delslice__", instance_delslice, method=True),
        "__iter__": Builtin1("__iter__", instance_iter, method=True),
        "next": Builtin1("next", instance_next, method=True),
        "__contains__": Builtin2("__contains__", instance_contains, method=True),
        "__call__": BuiltinArgs("__call__", instance_call, method=True),
        "__cmp__": Builtin2("__cmp__", instance_cmp, method=True),
    }
    classobj_ops.add_instance_ops(instance_dict)
    space.w_instance = W_TypeObject("instance", [space.w_object], instance_dict, new_fn=instance_new)
    space.builtin_types_w["classobj"] = space.w_classobj
