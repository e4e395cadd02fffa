"""The app-level functions of _zlib: thin wrappers converting arguments
and results around zstream.py (streams travel as integer handles)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module._zlib import zstream

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _arg(args_w: list[Optional[W_Root]], i: int) -> W_Root:
    w = args_w[i]
    assert w is not None
    return w


def _checksum(space: "ObjSpace", args_w: list[Optional[W_Root]], adler: bool) -> W_Root:
    data = space.str_w(_arg(args_w, 0))
    w_value = args_w[1]
    value = 1 if adler else 0
    if w_value is not None:
        value = space.int_w(space.binop("and", w_value, space.newint(0xffffffff)))
    return space.newint(zstream.checksum(data, value, adler))


def zlib_crc32(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _checksum(space, args_w, False)


def zlib_adler32(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _checksum(space, args_w, True)


def _stream(space: "ObjSpace", w_stream: W_Root, is_deflate: bool) -> int:
    """The handle in w_stream, which must name a live stream of that kind."""
    stream = space.int_w(w_stream)
    if not zstream.is_live(stream, is_deflate):
        raise OperationError(space.w_ValueError, space.newstr("invalid zlib stream handle"))
    return stream


def _pair(space: "ObjSpace", r: tuple[int, int]) -> W_Root:
    return space.newtuple([space.newint(r[0]), space.newint(r[1])])


def zlib_deflate_init(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    level = space.int_w(_arg(args_w, 0))
    method = space.int_w(_arg(args_w, 1))
    wbits = space.int_w(_arg(args_w, 2))
    memlevel = space.int_w(_arg(args_w, 3))
    strategy = space.int_w(_arg(args_w, 4))
    return _pair(space, zstream.deflate_init(level, method, wbits, memlevel, strategy))


def zlib_inflate_init(space: "ObjSpace", w_wbits: W_Root) -> W_Root:
    return _pair(space, zstream.inflate_init(space.int_w(w_wbits)))


def zlib_end(space: "ObjSpace", w_stream: W_Root, w_is_deflate: W_Root) -> W_Root:
    is_deflate = space.is_true(w_is_deflate)
    if space.int_w(w_stream) != 0:
        zstream.stream_end(_stream(space, w_stream, is_deflate), is_deflate)
    return space.w_None


def zlib_copy(space: "ObjSpace", w_stream: W_Root, w_is_deflate: W_Root) -> W_Root:
    is_deflate = space.is_true(w_is_deflate)
    return _pair(space, zstream.stream_copy(_stream(space, w_stream, is_deflate), is_deflate))


def zlib_message(space: "ObjSpace", w_stream: W_Root) -> W_Root:
    stream = space.int_w(w_stream)
    if not zstream.is_any_live(stream):
        raise OperationError(space.w_ValueError, space.newstr("invalid zlib stream handle"))
    return space.newstr(zstream.stream_message(stream))


def zlib_deflate(space: "ObjSpace", w_stream: W_Root, w_data: W_Root, w_flush: W_Root) -> W_Root:
    err, out = zstream.run_deflate(_stream(space, w_stream, True), space.str_w(w_data), space.int_w(w_flush))
    return space.newtuple([space.newint(err), space.newstr(out)])


def zlib_inflate(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    stream = _stream(space, _arg(args_w, 0), False)
    data = space.str_w(_arg(args_w, 1))
    flush = space.int_w(_arg(args_w, 2))
    max_length = space.int_w(_arg(args_w, 3))
    err, out, left = zstream.run_inflate(stream, data, flush, max_length)
    return space.newtuple([space.newint(err), space.newstr(out), space.newint(left)])
