"""The python bz2 module provides a comprehensive interface for
the bz2 compression library. It implements a complete file
interface, one shot (de)compression functions, and types for
sequential (de)compression."""

import _bz2

_BZ_RUN = 0
_BZ_FLUSH = 1
_BZ_FINISH = 2
_BZ_OK = 0
_BZ_STREAM_END = 4


def _check(err):
    """Raise 2.7's exception for a libbz2 error code."""
    if err >= 0:
        return
    if err == -2:
        raise ValueError("the bz2 library has received wrong parameters")
    if err == -3:
        raise MemoryError()
    if err in (-4, -5):
        raise IOError("invalid data stream")
    if err == -6:
        raise IOError("unknown IO error")
    if err == -7:
        raise EOFError("compressed file ended before the logical end-of-stream was detected")
    if err == -1:
        raise RuntimeError("wrong sequence of bz2 library commands used")
    raise RuntimeError("unknown bz2 error %d" % err)


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


def _check_level(compresslevel):
    if not 1 <= compresslevel <= 9:
        raise ValueError("compresslevel must be between 1 and 9")


class BZ2Compressor(object):
    """BZ2Compressor([compresslevel=9]) -> compressor object

Create a new compressor object. This object may be used to compress
data sequentially. If you want to compress data in one shot, use the
compress() function instead. The compresslevel parameter, if given,
must be a number between 1 and 9."""
    __module__ = 'bz2'

    def __init__(self, compresslevel=9):
        _check_level(compresslevel)
        err, self._stream = _bz2.compress_init(compresslevel)
        _check(err)
        self._flushed = False

    def compress(self, data):
        """compress(data) -> string

Provide more data to the compressor object. It will return chunks of
compressed data whenever possible. When you've finished providing data
to compress, call the flush() method to finish the compression process,
and return what is left in the internal buffers."""
        data = _bytes(data)
        if self._flushed:
            raise ValueError("this object was already flushed")
        if not data:
            return ''
        err, out = _bz2.compress(self._stream, data, _BZ_RUN)
        _check(err)
        return out

    def flush(self):
        """flush() -> string

Finish the compression process and return what is left in internal buffers.
You must not use the compressor object after calling this method."""
        if self._flushed:
            raise ValueError("object was already flushed")
        self._flushed = True
        err, out = _bz2.compress(self._stream, '', _BZ_FINISH)
        _check(err)
        _bz2.end(self._stream, True)
        self._stream = 0
        return out


class BZ2Decompressor(object):
    """BZ2Decompressor() -> decompressor object

Create a new decompressor object. This object may be used to decompress
data sequentially. If you want to decompress data in one shot, use the
decompress() function instead."""
    __module__ = 'bz2'

    def __init__(self):
        err, self._stream = _bz2.decompress_init()
        _check(err)
        self._eof = False
        self.unused_data = ''

    def decompress(self, data):
        """decompress(data) -> string

Provide more data to the decompressor object. It will return chunks
of decompressed data whenever possible. If you try to decompress data
after the end of stream is found, EOFError will be raised. If any data
was found after the end of stream, it'll be ignored and saved in
unused_data attribute."""
        data = _bytes(data)
        if self._eof:
            raise EOFError("end of stream was already found")
        if not data:
            return ''
        err, out, left = _bz2.decompress(self._stream, data)
        _check(err)
        if err == _BZ_STREAM_END:
            self._eof = True
            if left:
                self.unused_data = data[len(data) - left:]
            _bz2.end(self._stream, False)
            self._stream = 0
        return out


def compress(data, compresslevel=9):
    """compress(data [, compresslevel=9]) -> string

Compress data in one shot. If you want to compress data sequentially,
use an instance of BZ2Compressor instead. The compresslevel parameter, if
given, must be a number between 1 and 9."""
    data = _bytes(data)
    _check_level(compresslevel)
    c = BZ2Compressor(compresslevel)
    return c.compress(data) + c.flush()


def decompress(data):
    """decompress(data) -> decompressed data

Decompress data in one shot. If you want to decompress data sequentially,
use an instance of BZ2Decompressor instead."""
    data = _bytes(data)
    if not data:
        return ''
    d = BZ2Decompressor()
    out = d.decompress(data)
    if not d._eof:
        raise ValueError("couldn't find end of stream")
    return out


class BZ2File(object):
    """BZ2File(name [, mode='r', buffering=0, compresslevel=9]) -> file object

Open a bz2 file. The mode can be 'r' or 'w', for reading (default) or
writing. When opened for writing, the file will be created if it doesn't
exist, and truncated otherwise. If compresslevel is given, must be a
number between 1 and 9."""
    __module__ = 'bz2'

    def __init__(self, name, mode='r', buffering=0, compresslevel=9):
        _check_level(compresslevel)
        mode = mode.replace('b', '').replace('U', '') or 'r'
        if mode not in ('r', 'w'):
            raise ValueError("invalid mode char %s" % mode[0])
        self.name = name
        self.mode = mode
        self._fp = open(name, mode + 'b')
        self._pos = 0
        if mode == 'r':
            self._decomp = BZ2Decompressor()
            self._buf = ''
            self._eof = False
        else:
            self._comp = BZ2Compressor(compresslevel)
        self.closed = False
        self.softspace = 0

    def _check_open(self, mode):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        if mode != self.mode:
            if mode == 'r':
                raise IOError("file is not ready for reading")
            raise IOError("file is not ready for writing")

    def _fill(self):
        """Decompress more into the buffer; False at the end of the data."""
        while not self._eof:
            raw = self._fp.read(8192)
            if not raw:
                raise EOFError("compressed file ended before the logical "
                               "end-of-stream was detected")
            out = self._decomp.decompress(raw)
            if self._decomp._eof:
                self._eof = True
            if out:
                self._buf += out
                return True
        return False

    def read(self, size=-1):
        """read([size]) -> string"""
        self._check_open('r')
        if size is None or size < 0:
            while self._fill():
                pass
            data = self._buf
            self._buf = ''
        else:
            while len(self._buf) < size and self._fill():
                pass
            data = self._buf[:size]
            self._buf = self._buf[size:]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        """readline([size]) -> string"""
        self._check_open('r')
        while True:
            nl = self._buf.find('\n')
            if nl >= 0:
                end = nl + 1
                break
            if 0 <= size <= len(self._buf) or not self._fill():
                end = len(self._buf)
                break
        if 0 <= size < end:
            end = size
        line = self._buf[:end]
        self._buf = self._buf[end:]
        self._pos += len(line)
        return line

    def readlines(self, size=-1):
        """readlines([size]) -> list"""
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def xreadlines(self):
        return iter(self)

    def __iter__(self):
        self._check_open('r')
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        """write(data) -> None"""
        self._check_open('w')
        data = _bytes(data)
        self._fp.write(self._comp.compress(data))
        self._pos += len(data)

    def writelines(self, sequence_of_strings):
        """writelines(sequence_of_strings) -> None"""
        for line in sequence_of_strings:
            self.write(line)

    def seek(self, offset, whence=0):
        """seek(offset [, whence]) -> None (reading only; rewinds for
        backward seeks)."""
        self._check_open('r')
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            while self._fill():
                pass
            offset += self._pos + len(self._buf)
        if offset < self._pos:
            self._fp.seek(0)
            self._decomp = BZ2Decompressor()
            self._buf = ''
            self._eof = False
            self._pos = 0
        while self._pos < offset:
            if not self.read(min(offset - self._pos, 8192)):
                break

    def tell(self):
        """tell() -> int"""
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self._pos

    def close(self):
        """close() -> None or (perhaps) an integer"""
        if self.closed:
            return
        try:
            if self.mode == 'w':
                self._fp.write(self._comp.flush())
        finally:
            self.closed = True
            self._fp.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
