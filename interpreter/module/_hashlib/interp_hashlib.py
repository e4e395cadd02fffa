"""The app-level functions of _hashlib (handles are ints; the hash objects
themselves are written in lib-python/2.7/hashlib.py)."""
from typing import TYPE_CHECKING

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
