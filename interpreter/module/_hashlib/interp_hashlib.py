"""The app-level functions of _hashlib (handles are ints; the hash objects
themselves are written in lib-python/2.7/hashlib.py)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._hashlib import evp

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def h_find(space: "ObjSpace", w_name: W_Root) -> W_Root:
    """(md, digest_size, block_size) of a digest name; md is 0 if unknown."""
    md = evp.find_digest(space.str_w(w_name))
    if md == 0:
        return space.newtuple([space.newint(0), space.newint(0), space.newint(0)])
    return space.newtuple([space.newint(md), space.newint(evp.digest_size(md)),
                           space.newint(evp.block_size(md))])


def h_new(space: "ObjSpace", w_md: W_Root) -> W_Root:
    return space.newint(evp.new_context(space.int_w(w_md)))


def h_update(space: "ObjSpace", w_ctx: W_Root, w_data: W_Root) -> W_Root:
    evp.update(space.int_w(w_ctx), space.str_w(w_data))
    return space.w_None


def h_digest(space: "ObjSpace", w_ctx: W_Root, w_size: W_Root) -> W_Root:
    size = space.int_w(w_size)
    if size < 0 or size > evp.MAX_DIGEST:
        raise space.value_error("bad digest size")
    return space.newstr(evp.digest(space.int_w(w_ctx), size))


def h_copy(space: "ObjSpace", w_ctx: W_Root) -> W_Root:
    return space.newint(evp.copy_context(space.int_w(w_ctx)))


def h_free(space: "ObjSpace", w_ctx: W_Root) -> W_Root:
    evp.free_context(space.int_w(w_ctx))
    return space.w_None


def h_pbkdf2(space: "ObjSpace", args_w: "list[Optional[W_Root]]") -> W_Root:
    """_evp_pbkdf2(md, password, salt, iterations, dklen)."""
    w_md, w_pw, w_salt, w_iter, w_len = args_w[0], args_w[1], args_w[2], args_w[3], args_w[4]
    assert w_md is not None and w_pw is not None and w_salt is not None
    assert w_iter is not None and w_len is not None
    iterations = space.int_w(w_iter)
    dklen = space.int_w(w_len)
    if iterations < 1 or dklen < 1:
        raise space.value_error("iterations and key length must be positive")
    return space.newstr(evp.pbkdf2(space.int_w(w_md), space.str_w(w_pw), space.str_w(w_salt),
                                   iterations, dklen))
