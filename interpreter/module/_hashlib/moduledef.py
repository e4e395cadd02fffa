"""_hashlib: message digests from OpenSSL's libcrypto (EVP), used by
lib-python/2.7/hashlib.py."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Low-level access to OpenSSL's message digests; use the hashlib module."


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin1, Builtin2
    from pypy27.interpreter.module._hashlib import interp_hashlib as h
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "_hashlib", DOC)
    w_mod.setattr_str(space, "find", Builtin1("find", h.h_find))
    w_mod.setattr_str(space, "new", Builtin1("new", h.h_new))
    w_mod.setattr_str(space, "update", Builtin2("update", h.h_update))
    w_mod.setattr_str(space, "digest", Builtin2("digest", h.h_digest))
    w_mod.setattr_str(space, "copy", Builtin1("copy", h.h_copy))
    w_mod.setattr_str(space, "free", Builtin1("free", h.h_free))
    return [w_mod]
