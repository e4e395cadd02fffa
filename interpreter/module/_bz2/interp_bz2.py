"""The app-level functions of _bz2: argument and result conversion around
bzstream.py (streams travel as integer handles)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module._bz2 import bzstream

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _stream(space: "ObjSpace", w_stream: W_Root, is_compress: bool) -> int:
    """The handle in w_stream, which must name a live stream of that kind."""
    stream = space.int_w(w_stream)
    if not bzstream.is_live(stream, is_compress):
        raise OperationError(space.w_ValueError, space.newstr("invalid bz2 stream handle"))
    return stream


def _pair(space: "ObjSpace", r: tuple[int, int]) -> W_Root:
    return space.newtuple([space.newint(r[0]), space.newint(r[1])])


def bz_compress_init(space: "ObjSpace", w_level: W_Root) -> W_Root:
    return _pair(space, bzstream.compress_init(space.int_w(w_level)))


def bz_decompress_init(space: "ObjSpace") -> W_Root:
    return _pair(space, bzstream.decompress_init())


def bz_end(space: "ObjSpace", w_stream: W_Root, w_is_compress: W_Root) -> W_Root:
    is_compress = space.is_true(w_is_compress)
    if space.int_w(w_stream) != 0:
        bzstream.stream_end(_stream(space, w_stream, is_compress), is_compress)
    return space.w_None


def bz_compress(space: "ObjSpace", w_stream: W_Root, w_data: W_Root, w_action: W_Root) -> W_Root:
    err, out = bzstream.run_compress(_stream(space, w_stream, True), space.str_w(w_data),
                                     space.int_w(w_action))
    return space.newtuple([space.newint(err), space.newstr(out)])


def bz_decompress(space: "ObjSpace", w_stream: W_Root, w_data: W_Root) -> W_Root:
    err, out, left = bzstream.run_decompress(_stream(space, w_stream, False), space.str_w(w_data))
    return space.newtuple([space.newint(err), space.newstr(out), space.newint(left)])
