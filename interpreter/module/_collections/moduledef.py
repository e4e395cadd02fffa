"""The `_collections` module: deque and defaultdict (collections.py builds
the rest in Python)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n" \
      "- defaultdict:  dict subclass with a default value factory\n"


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin1, Builtin2, Builtin3, BuiltinArgs, BuiltinOpt
    from pypy27.interpreter.module._collections import defaultdict as DD
    from pypy27.interpreter.module._collections import deque as D
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace import iterobject as I
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

    def m(name: str, fn: object, n: int) -> W_Root:
        if n == 1:
            return Builtin1(name, fn, method=True)  # type: ignore[arg-type]
        if n == 2:
            return Builtin2(name, fn, method=True)  # type: ignore[arg-type]
        return Builtin3(name, fn, method=True)  # type: ignore[arg-type]

    mod = space.newstr("collections")
    D.deque_types.w_deque = W_TypeObject("collections.deque", [space.w_object], {
        "__init__": BuiltinArgs("__init__", D.deque_init, method=True),
        "append": m("append", D.deque_append, 2), "appendleft": m("appendleft", D.deque_appendleft, 2),
        "pop": m("pop", D.deque_pop, 1), "popleft": m("popleft", D.deque_popleft, 1),
        "extend": m("extend", D.deque_extend, 2), "extendleft": m("extendleft", D.deque_extendleft, 2),
        "__iadd__": m("__iadd__", D.deque_iadd, 2), "clear": m("clear", D.deque_clear, 1),
        "rotate": BuiltinOpt("rotate", D.deque_rotate, 1, 2, method=True),
        "reverse": m("reverse", D.deque_reverse, 1), "count": m("count", D.deque_count, 2),
        "remove": m("remove", D.deque_remove, 2), "__len__": m("__len__", D.deque_len, 1),
        "__getitem__": m("__getitem__", D.deque_getitem, 2),
        "__setitem__": m("__setitem__", D.deque_setitem, 3),
        "__delitem__": m("__delitem__", D.deque_delitem, 2),
        "__iter__": m("__iter__", D.deque_iter, 1), "__reversed__": m("__reversed__", D.deque_reversed, 1),
        "__repr__": m("__repr__", D.deque_repr, 1),
        "__eq__": m("__eq__", D.deque_eq, 2), "__ne__": m("__ne__", D.deque_ne, 2),
        "__lt__": m("__lt__", D.deque_lt, 2), "__le__": m("__le__", D.deque_le, 2),
        "__gt__": m("__gt__", D.deque_gt, 2), "__ge__": m("__ge__", D.deque_ge, 2),
        "__copy__": m("__copy__", D.deque_copy, 1), "__reduce__": m("__reduce__", D.deque_reduce, 1),
        "__hash__": space.w_None,
        "maxlen": W_GetSetProperty("maxlen", D.get_maxlen),
        "__module__": mod,
        "__doc__": space.newstr("deque([iterable[, maxlen]]) --> deque object\n\n"
                                "Build an ordered collection with optimized access from its endpoints."),
    }, new_fn=D.deque_new)
    D.deque_types.w_deque.weakrefable = True
    for attr, name in [("w_iterator", "deque_iterator"), ("w_reviterator", "deque_reverse_iterator")]:
        w_it = W_TypeObject(name, [space.w_object], {
            "__iter__": Builtin1("__iter__", I.descr_iter_self, method=True),
            "next": Builtin1("next", I.descr_next, method=True),
            "__length_hint__": Builtin1("__length_hint__", I.descr_length_hint, method=True),
        })
        setattr(D.deque_types, attr, w_it)

    w_dd = W_TypeObject("collections.defaultdict", [space.w_dict], {
        "__init__": BuiltinArgs("__init__", DD.defaultdict_init, method=True),
        "__missing__": m("__missing__", DD.defaultdict_missing, 2),
        "__repr__": m("__repr__", DD.defaultdict_repr, 1),
        "copy": m("copy", DD.defaultdict_copy, 1), "__copy__": m("__copy__", DD.defaultdict_copy, 1),
        "__reduce__": m("__reduce__", DD.defaultdict_reduce, 1),
        "default_factory": W_GetSetProperty("default_factory", DD.get_factory, DD.set_factory, DD.del_factory),
        "__module__": mod,
        "__doc__": space.newstr("defaultdict(default_factory[, ...]) --> dict with default factory\n"),
    }, new_fn=DD.defaultdict_new)
    DD.dd_types.w_defaultdict = w_dd

    w_mod = new_builtin_module(space, "_collections", DOC)
    w_mod.setattr_str(space, "deque", D.deque_types.w_deque)
    w_mod.setattr_str(space, "defaultdict", w_dd)
    return [w_mod]
