"""The zlib library seen through support/ffi.py: z_stream records in raw
memory, driven by deflate()/inflate() in loops that collect all output.
The app-level API (lib_pypy/zlib.py) is written on top of these calls."""
from pypy27.support.ffi import external
from pypy27.support.rawmem import (
    raw_alloc, raw_free, raw_load_i32, raw_load_i64, raw_load_u8, raw_mem_to_str,
    raw_store_i32, raw_store_i64, raw_str_to_mem)

# z_stream on x86-64 (zlib.h): field offsets and the record size
NEXT_IN = 0
AVAIL_IN = 8
NEXT_OUT = 24
AVAIL_OUT = 32
MSG = 48
STREAM_SIZE = 112

Z_OK = 0
Z_STREAM_END = 1
Z_NEED_DICT = 2
Z_BUF_ERROR = -5
Z_FINISH = 4

CHUNK = 16384


class _Live:
    """The streams made by deflate_init/inflate_init/stream_copy and not yet
    ended, with their kind (True: deflate).  Handles come from app level, so
    every use is checked here first: a stale or made-up one must not reach
    zlib as a pointer."""
    def __init__(self) -> None:
        self.kinds: dict[int, bool] = {}


live = _Live()


def is_live(stream: int, is_deflate: bool) -> bool:
    return stream in live.kinds and live.kinds[stream] == is_deflate


def is_any_live(stream: int) -> bool:
    return stream in live.kinds

c_zlibVersion = external("zlibVersion", [], "char*", header="<zlib.h>", lib="z")
c_deflateInit2 = external("deflateInit2_", ["void*", "int", "int", "int", "int", "int", "char*", "int"],
                          "int", header="<zlib.h>", lib="z")
c_inflateInit2 = external("inflateInit2_", ["void*", "int", "char*", "int"], "int",
                          header="<zlib.h>", lib="z")
c_deflate = external("deflate", ["void*", "int"], "int", header="<zlib.h>", lib="z")
c_inflate = external("inflate", ["void*", "int"], "int", header="<zlib.h>", lib="z")
c_deflateEnd = external("deflateEnd", ["void*"], "int", header="<zlib.h>", lib="z")
c_inflateEnd = external("inflateEnd", ["void*"], "int", header="<zlib.h>", lib="z")
c_deflateCopy = external("deflateCopy", ["void*", "void*"], "int", header="<zlib.h>", lib="z")
c_inflateCopy = external("inflateCopy", ["void*", "void*"], "int", header="<zlib.h>", lib="z")
c_crc32 = external("crc32", ["unsigned long", "void*", "unsigned int"], "unsigned long",
                   header="<zlib.h>", lib="z")
c_adler32 = external("adler32", ["unsigned long", "void*", "unsigned int"], "unsigned long",
                     header="<zlib.h>", lib="z")


def _version() -> str:
    v = c_zlibVersion()
    return v if v is not None else ""


def checksum(data: str, value: int, adler: bool) -> int:
    """crc32 or adler32 of data continuing from value; unsigned 32 bits."""
    n = len(data)
    buf = raw_alloc(n)
    try:
        raw_str_to_mem(data, buf, 0)
        start = value & 0xffffffff
        if adler:
            r = c_adler32(start, buf, n)
        else:
            r = c_crc32(start, buf, n)
    finally:
        raw_free(buf)
    return r & 0xffffffff


def stream_message(stream: int) -> str:
    """The stream's msg field (empty when NULL)."""
    addr = raw_load_i64(stream, MSG)
    if addr == 0:
        return ""
    chars: list[str] = []
    i = 0
    while i < 200:
        c = raw_load_u8(addr, i)
        if c == 0:
            break
        chars.append(chr(c))
        i += 1
    return "".join(chars)


def deflate_init(level: int, method: int, wbits: int, memlevel: int, strategy: int) -> tuple[int, int]:
    """(error code, stream); the stream is freed again on error."""
    stream = raw_alloc(STREAM_SIZE)
    err = c_deflateInit2(stream, level, method, wbits, memlevel, strategy, _version(), STREAM_SIZE)
    if err != Z_OK:
        raw_free(stream)
        return (err, 0)
    live.kinds[stream] = True
    return (err, stream)


def inflate_init(wbits: int) -> tuple[int, int]:
    stream = raw_alloc(STREAM_SIZE)
    err = c_inflateInit2(stream, wbits, _version(), STREAM_SIZE)
    if err != Z_OK:
        raw_free(stream)
        return (err, 0)
    live.kinds[stream] = False
    return (err, stream)


def stream_end(stream: int, is_deflate: bool) -> None:
    if stream == 0:
        return
    del live.kinds[stream]
    if is_deflate:
        c_deflateEnd(stream)
    else:
        c_inflateEnd(stream)
    raw_free(stream)


def stream_copy(stream: int, is_deflate: bool) -> tuple[int, int]:
    dest = raw_alloc(STREAM_SIZE)
    if is_deflate:
        err = c_deflateCopy(dest, stream)
    else:
        err = c_inflateCopy(dest, stream)
    if err != Z_OK:
        raw_free(dest)
        return (err, 0)
    live.kinds[dest] = is_deflate
    return (err, dest)


def run_deflate(stream: int, data: str, flush: int) -> tuple[int, str]:
    """Feed all of data with the flush mode; (last error code, output)."""
    n = len(data)
    inbuf = raw_alloc(n)
    outbuf = raw_alloc(CHUNK)
    parts: list[str] = []
    err = Z_OK
    try:
        raw_str_to_mem(data, inbuf, 0)
        raw_store_i64(stream, NEXT_IN, inbuf)
        raw_store_i32(stream, AVAIL_IN, n)
        while True:
            raw_store_i64(stream, NEXT_OUT, outbuf)
            raw_store_i32(stream, AVAIL_OUT, CHUNK)
            err = c_deflate(stream, flush)
            left = raw_load_i32(stream, AVAIL_OUT) & 0xffffffff
            parts.append(raw_mem_to_str(outbuf, CHUNK - left, 0))
            if err != Z_OK and err != Z_BUF_ERROR:
                break
            # done once deflate left output room (all pending output written)
            if left != 0:
                break
    finally:
        raw_store_i64(stream, NEXT_IN, 0)
        raw_store_i32(stream, AVAIL_IN, 0)
        raw_free(inbuf)
        raw_free(outbuf)
    return (err, "".join(parts))


def run_inflate(stream: int, data: str, flush: int, max_length: int) -> tuple[int, str, int]:
    """Feed data; stop at the end of the stream, when the input is used up or
    when max_length bytes came out (max_length <= 0: no limit).
    (last error code, output, input bytes not consumed)."""
    n = len(data)
    inbuf = raw_alloc(n)
    outbuf = raw_alloc(CHUNK)
    parts: list[str] = []
    produced = 0
    err = Z_OK
    left_in = n
    try:
        raw_str_to_mem(data, inbuf, 0)
        raw_store_i64(stream, NEXT_IN, inbuf)
        raw_store_i32(stream, AVAIL_IN, n)
        while True:
            room = CHUNK
            if max_length > 0 and max_length - produced < room:
                room = max_length - produced
            raw_store_i64(stream, NEXT_OUT, outbuf)
            raw_store_i32(stream, AVAIL_OUT, room)
            err = c_inflate(stream, flush)
            left = raw_load_i32(stream, AVAIL_OUT) & 0xffffffff
            got = room - left
            if got > 0:
                parts.append(raw_mem_to_str(outbuf, got, 0))
                produced += got
            left_in = raw_load_i32(stream, AVAIL_IN) & 0xffffffff
            # Z_BUF_ERROR with a full output buffer only asks for more room
            if err != Z_OK and not (err == Z_BUF_ERROR and left == 0):
                break
            if max_length > 0 and produced >= max_length:
                break
            if left_in == 0 and left != 0:
                break
    finally:
        raw_store_i64(stream, NEXT_IN, 0)
        raw_store_i32(stream, AVAIL_IN, 0)
        raw_free(inbuf)
        raw_free(outbuf)
    return (err, "".join(parts), left_in)


