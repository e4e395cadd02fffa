"""libbz2 seen through support/ffi.py: bz_stream records in raw memory,
driven by BZ2_bzCompress/BZ2_bzDecompress in loops that collect all output.
The app-level API (lib_pypy/bz2.py) is written on top of these calls."""
from pypy27.support.ffi import external
from pypy27.support.rawmem import (
    raw_alloc, raw_free, raw_load_i32, raw_mem_to_str, raw_store_i32, raw_store_i64,
    raw_str_to_mem)

# bz_stream on x86-64 (bzlib.h): field offsets and the record size
NEXT_IN = 0
AVAIL_IN = 8
NEXT_OUT = 24
AVAIL_OUT = 32
STREAM_SIZE = 80

BZ_RUN = 0
BZ_FLUSH = 1
BZ_FINISH = 2
BZ_OK = 0
BZ_RUN_OK = 1
BZ_FLUSH_OK = 2
BZ_FINISH_OK = 3
BZ_STREAM_END = 4

CHUNK = 32768
H = "<bzlib.h>"


class _Live:
    """The streams made by compress_init/decompress_init and not yet ended,
    with their kind (True: compress).  Handles come from app level, so every
    use is checked first: a stale or made-up one must not reach libbz2."""
    def __init__(self) -> None:
        self.kinds: dict[int, bool] = {}


live = _Live()


def is_live(stream: int, is_compress: bool) -> bool:
    return stream in live.kinds and live.kinds[stream] == is_compress

c_compress_init = external("BZ2_bzCompressInit", ["void*", "int", "int", "int"], "int", header=H, lib="bz2")
c_compress = external("BZ2_bzCompress", ["void*", "int"], "int", header=H, lib="bz2")
c_compress_end = external("BZ2_bzCompressEnd", ["void*"], "int", header=H, lib="bz2")
c_decompress_init = external("BZ2_bzDecompressInit", ["void*", "int", "int"], "int", header=H, lib="bz2")
c_decompress = external("BZ2_bzDecompress", ["void*"], "int", header=H, lib="bz2")
c_decompress_end = external("BZ2_bzDecompressEnd", ["void*"], "int", header=H, lib="bz2")


def compress_init(level: int) -> tuple[int, int]:
    """(error code, stream); the stream is freed again on error."""
    stream = raw_alloc(STREAM_SIZE)
    err = c_compress_init(stream, level, 0, 0)
    if err != BZ_OK:
        raw_free(stream)
        return (err, 0)
    live.kinds[stream] = True
    return (err, stream)


def decompress_init() -> tuple[int, int]:
    stream = raw_alloc(STREAM_SIZE)
    err = c_decompress_init(stream, 0, 0)
    if err != BZ_OK:
        raw_free(stream)
        return (err, 0)
    live.kinds[stream] = False
    return (err, stream)


def stream_end(stream: int, is_compress: bool) -> None:
    if stream == 0:
        return
    del live.kinds[stream]
    if is_compress:
        c_compress_end(stream)
    else:
        c_decompress_end(stream)
    raw_free(stream)


def run_compress(stream: int, data: str, action: int) -> tuple[int, str]:
    """Feed all of data with the action (run, flush or finish); (last code, output)."""
    n = len(data)
    inbuf = raw_alloc(n)
    outbuf = raw_alloc(CHUNK)
    parts: list[str] = []
    err = BZ_OK
    try:
        raw_str_to_mem(data, inbuf, 0)
        raw_store_i64(stream, NEXT_IN, inbuf)
        raw_store_i32(stream, AVAIL_IN, n)
        while True:
            raw_store_i64(stream, NEXT_OUT, outbuf)
            raw_store_i32(stream, AVAIL_OUT, CHUNK)
            err = c_compress(stream, action)
            left = raw_load_i32(stream, AVAIL_OUT) & 0xffffffff
            parts.append(raw_mem_to_str(outbuf, CHUNK - left, 0))
            if err < 0 or err == BZ_STREAM_END:
                break
            if action == BZ_RUN:
                if raw_load_i32(stream, AVAIL_IN) & 0xffffffff == 0 and left != 0:
                    break
            elif action == BZ_FLUSH and err == BZ_RUN_OK:
                break
    finally:
        raw_store_i64(stream, NEXT_IN, 0)
        raw_store_i32(stream, AVAIL_IN, 0)
        raw_free(inbuf)
        raw_free(outbuf)
    return (err, "".join(parts))


def run_decompress(stream: int, data: str) -> tuple[int, str, int]:
    """Feed data until it is used up or the stream ends; (last code,
    output, input bytes not consumed)."""
    n = len(data)
    inbuf = raw_alloc(n)
    outbuf = raw_alloc(CHUNK)
    parts: list[str] = []
    err = BZ_OK
    left_in = n
    try:
        raw_str_to_mem(data, inbuf, 0)
        raw_store_i64(stream, NEXT_IN, inbuf)
        raw_store_i32(stream, AVAIL_IN, n)
        while True:
            raw_store_i64(stream, NEXT_OUT, outbuf)
            raw_store_i32(stream, AVAIL_OUT, CHUNK)
            err = c_decompress(stream)
            left = raw_load_i32(stream, AVAIL_OUT) & 0xffffffff
            parts.append(raw_mem_to_str(outbuf, CHUNK - left, 0))
            left_in = raw_load_i32(stream, AVAIL_IN) & 0xffffffff
            if err != BZ_OK:
                break
            if left_in == 0 and left != 0:
                break
    finally:
        raw_store_i64(stream, NEXT_IN, 0)
        raw_store_i32(stream, AVAIL_IN, 0)
        raw_free(inbuf)
        raw_free(outbuf)
    return (err, "".join(parts), left_in)
