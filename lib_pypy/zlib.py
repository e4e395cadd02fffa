"""The functions in this module allow compression and decompression using
the zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(string[, level]) -- Compress string, with compression level in 0-9.
compressobj([level]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits]) -- Return a decompressor object.

'wbits' is window buffer size.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush()."""

import _zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
Z_BEST_COMPRESSION = 9
Z_BEST_SPEED = 1
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_FINISH = 4
Z_FULL_FLUSH = 3
Z_NO_FLUSH = 0
Z_SYNC_FLUSH = 2
ZLIB_VERSION = _zlib.ZLIB_VERSION

_Z_OK = 0
_Z_STREAM_END = 1
_Z_STREAM_ERROR = -2
_Z_DATA_ERROR = -3
_Z_MEM_ERROR = -4
_Z_BUF_ERROR = -5
_Z_VERSION_ERROR = -6
_DEFAULT_MESSAGES = {_Z_BUF_ERROR: "incomplete or truncated stream",
                     _Z_STREAM_ERROR: "inconsistent stream state",
                     _Z_DATA_ERROR: "invalid input data"}


class error(Exception):
    __module__ = 'zlib'


def _error(err, what, stream):
    """zlib.error with 2.7's text: 'Error <code> <what>[: <detail>]'."""
    detail = None
    if err == _Z_VERSION_ERROR:
        detail = "library version mismatch"
    if detail is None and stream:
        detail = _zlib.message(stream) or None
    if detail is None:
        detail = _DEFAULT_MESSAGES.get(err)
    if detail is None:
        return error("Error %d %s" % (err, what))
    return error("Error %d %s: %.200s" % (err, what, detail))


def _bytes(data):
    if isinstance(data, str):
        return data
    if isinstance(data, unicode):
        return data.encode('ascii')
    if isinstance(data, (buffer, bytearray)):
        return str(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("must be string or read-only buffer, not %s" % type(data).__name__)


from _cargs import c_int as _c_int, c_long as _c_long


def _signed32(v):
    v &= 0xffffffff
    if v & 0x80000000:
        v -= 0x100000000
    return int(v)


def crc32(string, start=0):
    """crc32(string[, start]) -- Compute a CRC-32 checksum of string.

An optional starting value can be specified.  The returned checksum is
a signed integer."""
    return _signed32(_zlib.crc32(_bytes(string), start))


def adler32(string, start=1):
    """adler32(string[, start]) -- Compute an Adler-32 checksum of string.

An optional starting value can be specified.  The returned checksum is
a signed integer."""
    return _signed32(_zlib.adler32(_bytes(string), start))


def compress(string, level=Z_DEFAULT_COMPRESSION):
    """compress(string[, level]) -- Returned compressed string.

Optional arg level is the compression level, in 0-9."""
    data = _bytes(string)
    err, stream = _zlib.deflate_init(level, DEFLATED, MAX_WBITS, DEF_MEM_LEVEL,
                                     Z_DEFAULT_STRATEGY)
    if err == _Z_MEM_ERROR:
        raise MemoryError("Out of memory while compressing data")
    if err == _Z_STREAM_ERROR:
        raise error("Bad compression level")
    if err != _Z_OK:
        raise _error(err, "while compressing data", 0)
    try:
        err, out = _zlib.deflate(stream, data, Z_FINISH)
        if err != _Z_STREAM_END:
            raise _error(err, "while compressing data", stream)
    finally:
        _zlib.end(stream, True)
    return out


def decompress(string, wbits=MAX_WBITS, bufsize=16384):
    """decompress(string[, wbits[, bufsize]]) -- Return decompressed string.

Optional arg wbits is the window buffer size.  Optional arg bufsize is
the initial output buffer size."""
    data = _bytes(string)
    err, stream = _zlib.inflate_init(wbits)
    if err == _Z_MEM_ERROR:
        raise MemoryError("Out of memory while decompressing data")
    if err != _Z_OK:
        raise _error(err, "while preparing to decompress data", 0)
    try:
        err, out, left = _zlib.inflate(stream, data, Z_FINISH, 0)
        if err != _Z_STREAM_END:
            if err == _Z_BUF_ERROR or err == _Z_OK:
                raise _error(_Z_BUF_ERROR, "while decompressing data", 0)
            raise _error(err, "while decompressing data", stream)
    finally:
        _zlib.end(stream, False)
    return out


class Compress(object):
    """A compression stream (compressobj())."""
    __module__ = 'zlib'
    # 2.7's C stream objects expose no reduce methods: pickle and copy refuse them
    __reduce_ex__ = __reduce__ = None

    def __init__(self, stream):
        self._stream = stream

    def compress(self, string):
        """compress(data) -- Return a string containing data compressed.

After calling this function, some of the input data may still
be stored in internal buffers for later processing.
Call the flush() method to clear these buffers."""
        data = _bytes(string)
        if not self._stream:
            raise _error(_Z_STREAM_ERROR, "while compressing data", 0)
        err, out = _zlib.deflate(self._stream, data, Z_NO_FLUSH)
        if err != _Z_OK and err != _Z_BUF_ERROR:
            raise _error(err, "while compressing", self._stream)
        return out

    def flush(self, mode=Z_FINISH):
        """flush( [mode] ) -- Return a string containing any remaining compressed data.

mode can be one of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH; the
default value used when mode is not specified is Z_FINISH.
If mode == Z_FINISH, the compressor object can no longer be used after
calling the flush() method.  Otherwise, more data can still be compressed."""
        if mode == Z_NO_FLUSH:
            return ''
        if not self._stream:
            raise _error(_Z_STREAM_ERROR, "while flushing", 0)
        err, out = _zlib.deflate(self._stream, '', mode)
        if mode == Z_FINISH and err == _Z_STREAM_END:
            _zlib.end(self._stream, True)
            self._stream = 0
        elif err != _Z_OK and err != _Z_BUF_ERROR:
            raise _error(err, "while flushing", self._stream)
        return out

    def copy(self):
        """copy() -- Return a copy of the compression object."""
        if not self._stream:
            raise ValueError("Inconsistent stream state")
        err, stream = _zlib.copy(self._stream, True)
        if err != _Z_OK:
            raise _error(err, "while copying compression object", 0)
        return Compress(stream)


class Decompress(object):
    """A decompression stream (decompressobj())."""
    __module__ = 'zlib'
    # 2.7's C stream objects expose no reduce methods: pickle and copy refuse them
    __reduce_ex__ = __reduce__ = None

    def __init__(self, stream):
        self._stream = stream
        self.unused_data = ''
        self.unconsumed_tail = ''

    def _run(self, data, flush, max_length, what):
        if not self._stream:
            raise _error(_Z_STREAM_ERROR, what, 0)
        err, out, left = _zlib.inflate(self._stream, data, flush, max_length)
        rest = data[len(data) - left:] if left else ''
        if err == _Z_STREAM_END:
            self.unused_data += rest
            self.unconsumed_tail = ''
        else:
            if err != _Z_OK and err != _Z_BUF_ERROR:
                raise _error(err, what, self._stream)
            self.unconsumed_tail = rest if max_length else ''
        return err, out

    def decompress(self, string, max_length=0):
        """decompress(data, max_length) -- Return a string containing the decompressed
version of the data.

After calling this function, some of the input data may still be stored in
internal buffers for later processing.
Call the flush() method to clear these buffers.
If the max_length parameter is specified then the return value will be
no longer than max_length.  Unconsumed input data will be stored in
the unconsumed_tail attribute."""
        data = _bytes(string)
        if max_length < 0:
            raise ValueError("max_length must be greater than zero")
        err, out = self._run(data, Z_SYNC_FLUSH, max_length, "while decompressing")
        return out

    def flush(self, length=16384):
        """flush( [length] ) -- Return a string containing any remaining
decompressed data. length, if given, is the initial size of the
output buffer.

The decompressor object can no longer be used after this call."""
        length = _c_long(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if not self._stream:
            return ''  # 2.7: flushing an ended decompressor gives nothing more
        data = self.unconsumed_tail
        err, out, left = _zlib.inflate(self._stream, data, Z_FINISH, 0)
        self.unconsumed_tail = data[len(data) - left:] if left else ''
        if err == _Z_STREAM_END:
            self.unused_data += self.unconsumed_tail
            self.unconsumed_tail = ''
            _zlib.end(self._stream, False)
            self._stream = 0
        return out

    def copy(self):
        """copy() -- Return a copy of the decompression object."""
        if not self._stream:
            raise ValueError("Inconsistent stream state")
        err, stream = _zlib.copy(self._stream, False)
        if err != _Z_OK:
            raise _error(err, "while copying decompression object", 0)
        other = Decompress(stream)
        other.unused_data = self.unused_data
        other.unconsumed_tail = self.unconsumed_tail
        return other


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memlevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY):
    """compressobj([level[, method[, wbits[, memlevel[, strategy]]]]]) -- Return a compressor object."""
    level, method, wbits, memlevel, strategy = [_c_int(v) for v in (level, method, wbits, memlevel, strategy)]
    err, stream = _zlib.deflate_init(level, method, wbits, memlevel, strategy)
    if err == _Z_MEM_ERROR:
        raise MemoryError("Can't allocate memory for compression object")
    if err == _Z_STREAM_ERROR:
        raise ValueError("Invalid initialization option")
    if err != _Z_OK:
        raise _error(err, "while creating compression object", 0)
    return Compress(stream)


def decompressobj(wbits=MAX_WBITS):
    """decompressobj([wbits]) -- Return a decompressor object.

Optional arg wbits is the window buffer size."""
    err, stream = _zlib.inflate_init(_c_int(wbits))
    if err == _Z_MEM_ERROR:
        raise MemoryError("Can't allocate memory for decompression object")
    if err == _Z_STREAM_ERROR:
        raise ValueError("Invalid initialization option")
    if err != _Z_OK:
        raise _error(err, "while creating decompression object", 0)
    return Decompress(stream)
