"""Module objects (`type(sys)`): a name, a __dict__ and a repr."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_Module(W_Root):
    """A module: its attributes live in w_dict (an app-level dict)."""
    w_dict: W_Root
    w_class: Optional["W_TypeObject"]   # a subclass of module, or None

    def __init__(self, space: "ObjSpace", w_name: Optional[W_Root], w_dict: Optional[W_Root] = None) -> None:
        if w_dict is None:
            w_dict = space.newdict()
        self.w_dict = w_dict
        self.w_class = None
        if w_name is not None:
            space.setitem(w_dict, space.newstr("__name__"), w_name)

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_class is not None:
            return self.w_class
        return space.w_module

    def getdict(self, space: "ObjSpace") -> Optional[W_Root]:
        return self.w_dict

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        return finditem_str(space, self.w_dict, name)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        space.setitem(self.w_dict, space.newstr(name), w_value)
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        try:
            space.delitem(self.w_dict, space.newstr(name))
        except OperationError as e:
            if not e.match(space, space.w_KeyError):
                raise
            return False
        return True

    def startup(self, space: "ObjSpace") -> None:
        """Run-time initialisation of a built-in module, called when it is
        first imported (its dict was frozen at build time)."""
        pass

    def get(self, space: "ObjSpace", name: str) -> W_Root:
        """An attribute that must exist (interpreter-level use)."""
        w_value = self.getdictvalue(space, name)
        if w_value is None:
            raise OperationError(space.w_AttributeError,
                                 space.newstr("'module' object has no attribute '%s'" % name))
        return w_value

    def setattr_str(self, space: "ObjSpace", name: str, w_value: W_Root) -> None:
        space.setitem(self.w_dict, space.newstr(name), w_value)

    def getname(self, space: "ObjSpace") -> str:
        w_name = self.getdictvalue(space, "__name__")
        if w_name is None or not space.isinstance_w(w_name, space.w_str):
            return "?"
        return space.str_w(w_name)


def finditem_str(space: "ObjSpace", w_dict: W_Root, name: str) -> Optional[W_Root]:
    """w_dict[name], or None if missing."""
    try:
        return space.getitem(w_dict, space.newstr(name))
    except OperationError as e:
        if not e.match(space, space.w_KeyError):
            raise
        return None


def module_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    if not isinstance(w_self, W_Module):
        raise space.type_error("descriptor '__repr__' requires a 'module' object but received a '%s'"
                               % space.type(w_self).name)
    name = w_self.getname(space)
    w_file = w_self.getdictvalue(space, "__file__")
    if w_file is None or not space.isinstance_w(w_file, space.w_str):
        return space.newstr("<module '%s' (built-in)>" % name)
    return space.newstr("<module '%s' from '%s'>" % (name, space.str_w(w_file)))


def module_init(space: "ObjSpace", args: Arguments) -> W_Root:
    """module.__init__(self, name, doc=None)."""
    from pypy27.interpreter.arguments import Signature
    args.unpack_stars(space, "module.__init__()")
    if not args.args_w:
        raise space.type_error("descriptor '__init__' of 'module' object needs an argument")
    w_self = args.args_w[0]
    if not isinstance(w_self, W_Module):
        raise space.type_error("descriptor '__init__' requires a 'module' object but received a '%s'"
                               % space.type(w_self).name)
    rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w)
    total = len(rest.args_w) + len(rest.keywords)
    if total > 2:
        raise space.type_error("module.__init__() takes at most 2 arguments (%d given)" % total)
    if not rest.args_w and "name" not in rest.keywords:
        raise space.type_error("Required argument 'name' (pos 1) not found")
    scope = rest.parse_into_scope(space, "module.__init__()", Signature(["name", "doc"]), [space.w_None])
    w_name = scope[0]
    w_doc = scope[1]
    assert w_name is not None and w_doc is not None
    if not space.isinstance_w(w_name, space.w_str):
        raise space.type_error("module.__init__() argument 1 must be string, not %s"
                               % space.type(w_name).name)
    w_self.setattr_str(space, "__name__", w_name)
    w_self.setattr_str(space, "__doc__", w_doc)
    return space.w_None


def new_module(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    w_mod = W_Module(space, None)
    if w_subtype is not space.w_module:
        w_mod.w_class = w_subtype
    return w_mod


class W_ModuleDictDescr(W_Root):
    """module.__dict__ (read-only data descriptor)."""

    def is_interp_descr(self) -> bool:
        return True

    def is_data_descr(self) -> bool:
        return True

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        if w_obj is None:
            return self
        if not isinstance(w_obj, W_Module):
            raise space.type_error("descriptor '__dict__' for 'module' objects doesn't apply to '%s' object"
                                   % space.type(w_obj).name)
        return w_obj.w_dict

    def descr_set(self, space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
        raise OperationError(space.w_TypeError, space.newstr("readonly attribute"))

    def descr_delete(self, space: "ObjSpace", w_obj: W_Root) -> None:
        raise OperationError(space.w_TypeError, space.newstr("readonly attribute"))


def make_module_type(space: "ObjSpace") -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin1, BuiltinArgs
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {
        "__repr__": Builtin1("__repr__", module_repr, method=True),
        "__init__": BuiltinArgs("__init__", module_init, method=True),
        "__dict__": W_ModuleDictDescr(),
        "__doc__": space.newstr(MODULE_DOC),
    }
    w_type = W_TypeObject("module", [space.w_object], dict_w, new_fn=new_module)
    return w_type


def new_builtin_module(space: "ObjSpace", name: str, doc: Optional[str] = None) -> W_Module:
    w_mod = W_Module(space, space.newstr(name))
    w_mod.setattr_str(space, "__doc__", space.newstr(doc) if doc is not None else space.w_None)
    return w_mod


MODULE_DOC = ("module(name[, doc])\n\nCreate a module object.\n"
              "The name must be a string; the optional doc argument can have any type.")
