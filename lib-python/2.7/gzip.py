"""Reading and writing gzip files (RFC 1952): GzipFile, a file-like
object over one or more gzip members, and open()."""

import struct
import zlib
import __builtin__

__all__ = ["GzipFile", "open"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_CHUNK = 1024


def write32u(output, value):
    output.write(struct.pack("<L", value & 0xffffffff))


def read32(input):
    data = input.read(4)
    if len(data) < 4:
        raise EOFError("Reached EOF")
    return struct.unpack("<I", data)[0]


def open(filename, mode="rb", compresslevel=9):
    """Open a gzip file: GzipFile(filename, mode, compresslevel)."""
    return GzipFile(filename, mode, compresslevel)


def _now():
    try:
        import time
    except ImportError:
        return 0
    return int(time.time())


def _basename(path):
    return path.rsplit('/', 1)[-1]


class GzipFile(object):
    """A file-like object that compresses on write and decompresses on read.
    Reading handles files of several concatenated members."""

    myfileobj = None
    max_read_chunk = 10 * 1024 * 1024

    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        if mode:
            # compressed bytes: never newline translation ('U'), always binary
            mode = mode.replace('U', '')
            if 'b' not in mode:
                mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = __builtin__.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, basestring) or filename.startswith('<'):
                filename = ''
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode[0:1] == 'r':
            self.mode = READ
            self._new_member = True
            self._pending = ''          # raw bytes read ahead of the decompressor
            self._tail = ''             # the last 8 raw bytes read
            self._decomp = None
            self._buf = ''              # decompressed, not yet returned
            self._eof = False
            self.name = filename
            self.min_readsize = 100
        elif mode[0:1] in ('w', 'a'):
            self.mode = WRITE
            self.name = filename
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._header_written = False
        else:
            raise IOError("Mode " + mode + " not supported")
        self.fileobj = fileobj
        self.offset = 0
        self.mtime = mtime
        self.crc = zlib.crc32('') & 0xffffffff
        self.size = 0

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    @property
    def closed(self):
        return self.fileobj is None

    def _check_closed(self):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file.')

    # ---- writing -------------------------------------------------------------
    def _write_gzip_header(self):
        out = self.fileobj
        out.write('\037\213\010')
        fname = _basename(self.name)
        if isinstance(fname, unicode):
            fname = fname.encode('latin-1')
        if fname.endswith('.gz'):
            fname = fname[:-3]
        out.write(chr(FNAME) if fname else '\000')
        mtime = self.mtime
        if mtime is None:
            mtime = _now()
        write32u(out, long(mtime))
        out.write('\002\377')
        if fname:
            out.write(fname + '\000')
        self._header_written = True

    def write(self, data):
        self._check_closed()
        if self.mode != WRITE:
            import errno
            raise IOError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, memoryview):
            data = data.tobytes()
        if not self._header_written:
            self._write_gzip_header()
        if len(data) > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += len(data)
            self.crc = zlib.crc32(data, self.crc) & 0xffffffff
            self.offset += len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    # ---- reading -------------------------------------------------------------
    def _raw_read(self, n):
        """n raw bytes (fewer at the end of the file), read-ahead first."""
        if self._pending:
            data = self._pending[:n]
            self._pending = self._pending[n:]
            if len(data) < n:
                data += self.fileobj.read(n - len(data))
        else:
            data = self.fileobj.read(n)
        self._tail = (self._tail + data)[-8:]     # for _truncated
        return data

    def _read_cstring(self):
        while True:
            c = self._raw_read(1)
            if not c or c == '\000':
                return

    def _read_gzip_header(self):
        """Start the next member; False at the end of the file."""
        magic = self._raw_read(1)
        # members may be followed by zero padding
        while magic == '\000':
            magic = self._raw_read(1)
        if magic == '':
            return False
        magic += self._raw_read(1)
        if magic != '\037\213':
            raise IOError('Not a gzipped file')
        # a short header fails as in 2.7: ord('') and struct.unpack
        method = ord(self._raw_read(1))
        if method != 8:
            raise IOError('Unknown compression method')
        flag = ord(self._raw_read(1))
        self.mtime = struct.unpack("<I", self._raw_read(4))[0]
        self._raw_read(2)
        if flag & FEXTRA:
            xlen = ord(self._raw_read(1))
            xlen += 256 * ord(self._raw_read(1))
            self._raw_read(xlen)
        if flag & FNAME:
            self._read_cstring()
        if flag & FCOMMENT:
            self._read_cstring()
        if flag & FHCRC:
            self._raw_read(2)
        return True

    def _truncated(self):
        """The data ended inside a member.  Like 2.7, take the last 8 bytes
        read for the trailer (a CRC mismatch is an IOError), then EOFError."""
        out = self._decomp.flush()
        self.crc = zlib.crc32(out, self.crc) & 0xffffffff
        self.size += len(out)
        self._buf += out
        crc32, isize = struct.unpack("<II", self._tail)
        if crc32 != self.crc:
            raise IOError("CRC check failed %s != %s" % (hex(crc32), hex(long(self.crc))))
        if isize != (self.size & 0xffffffff):
            raise IOError("Incorrect length of data produced")
        raise EOFError("Reached EOF")

    def _read_eof(self):
        """Check the member's trailer: CRC-32 and size."""
        # a short trailer fails in struct.unpack, as in 2.7
        crc32 = struct.unpack("<I", self._raw_read(4))[0]
        isize = struct.unpack("<I", self._raw_read(4))[0]
        if crc32 != self.crc:
            raise IOError("CRC check failed %s != %s" % (hex(crc32), hex(long(self.crc))))
        if isize != (self.size & 0xffffffff):
            raise IOError("Incorrect length of data produced")

    def _fill(self):
        """Decompress some more into _buf; False at the end of the data."""
        while True:
            if self._new_member:
                if not self._read_gzip_header():
                    self._eof = True
                    return False
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self.crc = zlib.crc32('') & 0xffffffff
                self.size = 0
                self._new_member = False
            data = self._raw_read(_CHUNK)
            if data == '':
                self._truncated()
            out = self._decomp.decompress(data)
            self.crc = zlib.crc32(out, self.crc) & 0xffffffff
            self.size += len(out)
            if self._decomp.unused_data:
                out_tail = self._decomp.flush()
                if out_tail:
                    self.crc = zlib.crc32(out_tail, self.crc) & 0xffffffff
                    self.size += len(out_tail)
                    out += out_tail
                self._pending = self._decomp.unused_data + self._pending
                self._read_eof()
                self._new_member = True
            if out:
                self._buf += out
                return True

    def read(self, size=-1):
        self._check_closed()
        if self.mode != READ:
            import errno
            raise IOError(errno.EBADF, "read() on write-only GzipFile object")
        if size is None or size < 0:
            while not self._eof and self._fill():
                pass
            data = self._buf
            self._buf = ''
        else:
            while len(self._buf) < size and not self._eof and self._fill():
                pass
            data = self._buf[:size]
            self._buf = self._buf[size:]
        self.offset += len(data)
        return data

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        while True:
            nl = self._buf.find('\n')
            if nl >= 0:
                end = nl + 1
                break
            if 0 <= size <= len(self._buf) or self._eof or not self._fill():
                end = len(self._buf)
                break
        if 0 <= size < end:
            end = size
        line = self._buf[:end]
        self._buf = self._buf[end:]
        self.offset += len(line)
        return line

    def readlines(self, sizehint=0):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
        return lines

    def __iter__(self):
        self._check_closed()
        return self

    def next(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    # ---- the rest of the file interface -----------------------------------------
    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                if not self._header_written:
                    self.fileobj = fileobj
                    self._write_gzip_header()
                    self.fileobj = None
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_closed()
        if self.mode == WRITE:
            if not self._header_written:
                self._write_gzip_header()
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        """The file descriptor of the underlying file object."""
        return self.fileobj.fileno()

    def rewind(self):
        """Return to the beginning of the file (reading only)."""
        if self.mode != READ:
            raise IOError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._new_member = True
        self._pending = ''
        self._buf = ''
        self._eof = False
        self.offset = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def isatty(self):
        return False

    def tell(self):
        self._check_closed()
        return self.offset

    def seek(self, offset, whence=0):
        self._check_closed()
        if whence:
            if whence == 1:
                offset = self.offset + offset
            else:
                raise ValueError('Seek from end not supported')
        if self.mode == WRITE:
            if offset < self.offset:
                raise IOError('Negative seek in write mode')
            count = offset - self.offset
            for i in xrange(count // 1024):
                self.write(1024 * '\0')
            self.write((count % 1024) * '\0')
        elif self.mode == READ:
            if offset < self.offset:
                self.rewind()
            count = offset - self.offset
            while count > 0:
                got = len(self.read(min(count, 1024)))
                if got == 0:
                    break
                count -= got
        return self.offset

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()
