"""_bz2: the low-level calls into libbz2 behind lib_pypy/bz2.py."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Low-level access to the bzip2 library; use the bz2 module."


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, Builtin3
    from pypy27.interpreter.module._bz2 import interp_bz2 as b
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "_bz2", DOC)
    w_mod.setattr_str(space, "compress_init", Builtin1("compress_init", b.bz_compress_init))
    w_mod.setattr_str(space, "decompress_init", Builtin0("decompress_init", b.bz_decompress_init))
    w_mod.setattr_str(space, "end", Builtin2("end", b.bz_end))
    w_mod.setattr_str(space, "compress", Builtin3("compress", b.bz_compress))
    w_mod.setattr_str(space, "decompress", Builtin2("decompress", b.bz_decompress))
    return [w_mod]
