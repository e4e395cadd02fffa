"""__pypy__.strategy(), newlist_hint(), builtinify(): introspection and
hints that cost nothing here but let tests see the storage strategies, and
builtinify(f): f as a built-in function (not bound when stored in a class)."""
from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import ObjSpace, W_Root
from pypy27.interpreter.gateway import W_Builtin
from pypy27.interpreter.objspace import dictobject, listobject
from pypy27.interpreter.objspace.setobject import W_BaseSetObject


def strategy(space: ObjSpace, w_obj: W_Root) -> W_Root:
    """The storage strategy of a list, dict, set or frozenset, e.g. 'int'."""
    if isinstance(w_obj, listobject.W_ListObject):
        return space.newstr(listobject.strategy_name(w_obj))
    if isinstance(w_obj, dictobject.W_DictObject):
        return space.newstr(dictobject.strategy_name(w_obj))
    if isinstance(w_obj, W_BaseSetObject):
        return space.newstr(dictobject.strategy_name(w_obj.table))
    raise space.type_error("expecting dict or list or set object")


def newlist_hint(space: ObjSpace, w_size: W_Root) -> W_Root:
    space.int_w(w_size)
    return space.newlist([])


class W_Builtinified(W_Builtin):
    """A Python function dressed as a built-in function: stored in a class
    it is not bound as a method (2.7's cStringIO.StringIO, cPickle.Pickler
    are C functions, and tests put them in classes)."""
    w_func: W_Root

    def __init__(self, name: str, w_func: W_Root, doc: str) -> None:
        W_Builtin.__init__(self, name, False, doc)
        self.w_func = w_func

    def call_args(self, space: ObjSpace, args: Arguments) -> W_Root:
        return space.call_args(self.w_func, args)


def str_attr(space: ObjSpace, w_obj: W_Root, name: str, default: str) -> str:
    w_value = space.findattr(w_obj, name)
    if w_value is None or not space.isinstance_w(w_value, space.w_str):
        return default
    return space.str_w(w_value)


def builtinify(space: ObjSpace, w_func: W_Root) -> W_Root:
    w_res = W_Builtinified(str_attr(space, w_func, "__name__", "?"), w_func,
                           str_attr(space, w_func, "__doc__", ""))
    w_res.modname = str_attr(space, w_func, "__module__", "__builtin__")
    return w_res
