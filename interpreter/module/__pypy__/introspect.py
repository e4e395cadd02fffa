"""__pypy__.strategy(), newlist_hint(), builtinify(): introspection and
hints that cost nothing here but let tests see the storage strategies."""
from pypy27.interpreter.baseobjspace import ObjSpace, W_Root
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


def builtinify(space: ObjSpace, w_func: W_Root) -> W_Root:
    return w_func
