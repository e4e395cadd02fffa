"""exit() and quit(): 2.7's site module puts these in __builtin__; we
provide them from the start (site.py may replace them)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_Quitter(W_Root):
    name: str
    w_class: "W_TypeObject"

    def __init__(self, name: str, w_class: "W_TypeObject") -> None:
        self.name = name
        self.w_class = w_class

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class


def quitter_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_Quitter)
    return space.newstr("Use %s() or Ctrl-D (i.e. EOF) to exit" % w_self.name)


def quitter_call(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.module.sys.state import sys_get
    w_code = args_w[1]
    w_stdin = sys_get(space, "stdin")
    if w_stdin is not None:
        try:
            space.call_method(w_stdin, "close", [])
        except OperationError:
            pass
    raise OperationError(space.w_SystemExit, w_code if w_code is not None else space.w_None)


def make_quitter_type(space: "ObjSpace") -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin1, BuiltinOpt
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {
        "__repr__": Builtin1("__repr__", quitter_repr, method=True),
        "__call__": BuiltinOpt("__call__", quitter_call, 1, 2, method=True),
        "__module__": space.newstr("site"),
    }
    return W_TypeObject("Quitter", [space.w_object], dict_w, is_heaptype=True)
