"""The app-level functions of _bz2: argument and result conversion around
bzstream.py (streams travel as integer handles)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._bz2 import bzstream

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _pair(space: "ObjSpace", r: tuple[int, int]) -> W_Root:
    return space.newtuple([space.newint(r[0]), space.newint(r[1])])


def bz_compress_init(space: "ObjSpace", w_level: W_Root) -> W_Root:
    return _pair(space, bzstream.compress_init(space.int_w(w_level)))


def bz_decompress_init(space: "ObjSpace") -> W_Root:
    return _pair(space, bzstream.decompress_init())


def bz_end(space: "ObjSpace", w_stream: W_Root, w_is_compress: W_Root) -> W_Root:
    bzstream.stream_end(space.int_w(w_stream), space.is_true(w_is_compress))
    return space.w_None


def bz_compress(space: "ObjSpace", w_stream: W_Root, w_data: W_Root, w_action: W_Root) -> W_Root:
    err, out = bzstream.run_compress(space.int_w(w_stream), space.str_w(w_data),
                                     space.int_w(w_action))
    return space.newtuple([space.newint(err), space.newstr(out)])


def bz_decompress(space: "ObjSpace", w_stream: W_Root, w_data: W_Root) -> W_Root:
    err, out, left = bzstream.run_decompress(space.int_w(w_stream), space.str_w(w_data))
    return space.newtuple([space.newint(err), space.newstr(out), space.newint(left)])
