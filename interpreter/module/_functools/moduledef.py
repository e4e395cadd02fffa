"""The `_functools` module: partial and reduce (functools.py builds on it)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Tools that operate on functions."
PARTIAL_DOC = ("partial(func, *args, **keywords) - new function with partial application\n"
               "    of the given arguments and keywords.\n")


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin1, Builtin2, BuiltinArgs
    from pypy27.interpreter.module._functools import partial as P
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    w_partial = W_TypeObject("functools.partial", [space.w_object], {
        "__call__": BuiltinArgs("__call__", P.partial_call, method=True),
        "__reduce__": Builtin1("__reduce__", P.partial_reduce, method=True),
        "__setstate__": Builtin2("__setstate__", P.partial_setstate, method=True),
        "func": W_GetSetProperty("func", P.get_func, P.readonly),
        "args": W_GetSetProperty("args", P.get_args, P.readonly),
        "keywords": W_GetSetProperty("keywords", P.get_keywords, P.readonly),
        "__dict__": W_GetSetProperty("__dict__", P.get_dict, P.set_dict),
        "__module__": space.newstr("functools"),
        "__doc__": space.newstr(PARTIAL_DOC),
    }, new_fn=P.partial_new)
    w_partial.weakrefable = True
    w_mod = new_builtin_module(space, "_functools", DOC)
    w_mod.setattr_str(space, "partial", w_partial)
    w_mod.setattr_str(space, "reduce", get_builtin(space, "reduce"))
    return [w_mod]


@not_rpython
def get_builtin(space: "ObjSpace", name: str) -> W_Root:
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    w_builtin = space.w_builtin
    assert isinstance(w_builtin, W_Module)
    return w_builtin.get(space, name)
