"""_hashlib: message digests from OpenSSL's libcrypto (EVP).  The C calls
are the _evp_* functions (contexts are ints); the HASH type, new() and
the openssl_<name> constructors of 2.7's _hashlib are 2.7 source in
app_hash.py27, run into the module at build time."""
import os
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Low-level access to OpenSSL's message digests; use the hashlib module."
HERE = os.path.dirname(os.path.abspath(__file__))


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin1, Builtin2, BuiltinOpt
    from pypy27.interpreter.module._hashlib import interp_hashlib as h
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace.celldict import make_module_dict
    w_mod = new_builtin_module(space, "_hashlib", DOC)
    make_module_dict(space, w_mod.w_dict)
    w_mod.setattr_str(space, "__builtins__", space.w_builtin)
    natives = [
        Builtin1("_evp_find", h.h_find),
        Builtin1("_evp_new", h.h_new),
        Builtin2("_evp_update", h.h_update),
        Builtin2("_evp_digest", h.h_digest),
        Builtin1("_evp_copy", h.h_copy),
        Builtin1("_evp_free", h.h_free),
        BuiltinOpt("_evp_pbkdf2", h.h_pbkdf2, 5, 5),
    ]
    for w_fn in natives:
        w_mod.setattr_str(space, w_fn.name, w_fn)
    _run_app_source(space, w_mod.w_dict, "app_hash.py27")
    return [w_mod]


@not_rpython
def _run_app_source(space: "ObjSpace", w_dict: W_Root, filename: str) -> None:
    from pypy27.interpreter.pyopcode_helpers import compile_code, run_code
    with open(os.path.join(HERE, filename)) as f:
        source = f.read()
    code = compile_code(space, source, "<_hashlib/%s>" % filename, "exec", 0)
    run_code(space, code, w_dict, w_dict)
