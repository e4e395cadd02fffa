"""The `_heapq` module: heapq's list operations at interpreter level
(heapq.py imports them over its Python versions)."""
import os
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Heap queue algorithm (a.k.a. priority queue)."
HERE = os.path.dirname(os.path.abspath(__file__))


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.module._heapq import heap as H
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.operator.gateways import OpFn1, OpFn2
    from pypy27.interpreter.objspace.celldict import make_module_dict
    w_mod = new_builtin_module(space, "_heapq", DOC)
    make_module_dict(space, w_mod.w_dict)
    w_mod.setattr_str(space, "__builtins__", space.w_builtin)
    # 2.7's argument-count wording: 'heappush expected 2 arguments, got 3'
    w_mod.setattr_str(space, "heappush", OpFn2("heappush", "heappush", H.heappush, ""))
    w_mod.setattr_str(space, "heappop", OpFn1("heappop", "heappop()", H.heappop, ""))
    w_mod.setattr_str(space, "heapreplace", OpFn2("heapreplace", "heapreplace", H.heapreplace, ""))
    w_mod.setattr_str(space, "heappushpop", OpFn2("heappushpop", "heappushpop", H.heappushpop, ""))
    w_mod.setattr_str(space, "heapify", OpFn1("heapify", "heapify()", H.heapify, ""))
    _run_app_source(space, w_mod.w_dict, "app_heapq.py27")
    return [w_mod]


@not_rpython
def _run_app_source(space: "ObjSpace", w_dict: W_Root, filename: str) -> None:
    from pypy27.interpreter.pyopcode_helpers import compile_code, run_code
    with open(os.path.join(HERE, filename)) as f:
        source = f.read()
    code = compile_code(space, source, "<_heapq/%s>" % filename, "exec", 0)
    run_code(space, code, w_dict, w_dict)
