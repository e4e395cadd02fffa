"""_zlib: the low-level calls into Debian's libz behind lib_pypy/zlib.py
(stream handles, whole-buffer deflate/inflate loops, checksums)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Low-level access to the zlib library; use the zlib module."


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin1, Builtin2, Builtin3, BuiltinOpt
    from pypy27.interpreter.module._zlib import interp_zlib as z
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "_zlib", DOC)
    w_mod.setattr_str(space, "crc32", BuiltinOpt("crc32", z.zlib_crc32, 1, 2))
    w_mod.setattr_str(space, "adler32", BuiltinOpt("adler32", z.zlib_adler32, 1, 2))
    w_mod.setattr_str(space, "deflate_init", BuiltinOpt("deflate_init", z.zlib_deflate_init, 5, 5))
    w_mod.setattr_str(space, "inflate_init", Builtin1("inflate_init", z.zlib_inflate_init))
    w_mod.setattr_str(space, "end", Builtin2("end", z.zlib_end))
    w_mod.setattr_str(space, "copy", Builtin2("copy", z.zlib_copy))
    w_mod.setattr_str(space, "message", Builtin1("message", z.zlib_message))
    w_mod.setattr_str(space, "deflate", Builtin3("deflate", z.zlib_deflate))
    w_mod.setattr_str(space, "inflate", BuiltinOpt("inflate", z.zlib_inflate, 4, 4))
    w_mod.setattr_str(space, "ZLIB_VERSION", space.newstr(_host_zlib_version()))
    return [w_mod]


@not_rpython
def _host_zlib_version() -> str:
    import zlib
    return zlib.ZLIB_VERSION
