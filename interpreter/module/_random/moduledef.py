"""The `_random` module: the Mersenne Twister behind random.py."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Module implements the Mersenne Twister random number generator."


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin1, Builtin2, BuiltinOpt
    from pypy27.interpreter.module._random import randomobject as ro
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    w_mod = new_builtin_module(space, "_random", DOC)
    dict_w: dict[str, W_Root] = {
        "seed": BuiltinOpt("seed", ro.random_seed, 1, 2, method=True),
        "random": Builtin1("random", ro.random_random, method=True),
        "getstate": Builtin1("getstate", ro.random_getstate, method=True),
        "setstate": Builtin2("setstate", ro.random_setstate, method=True),
        "jumpahead": Builtin2("jumpahead", ro.random_jumpahead, method=True),
        "getrandbits": Builtin2("getrandbits", ro.random_getrandbits, method=True),
        "__doc__": space.newstr("Random() -> create a random number generator with its own internal state."),
    }
    w_type = W_TypeObject("_random.Random", [space.w_object], dict_w, new_fn=ro.random_new)
    ro.holder.w_Random = w_type
    w_mod.setattr_str(space, "Random", w_type)
    return [w_mod]
