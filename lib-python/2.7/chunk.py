"""Read IFF chunks (the container of AIFF, AIFF-C, 8SVX and, in little
endian form, RIFF/WAVE files).

A chunk is a 4-byte ID, a 4-byte size (big endian unless told
otherwise) and that many bytes of data, padded to an even length.
Chunk(file) reads the header at the file's position and then behaves as
a file limited to the chunk's data; close() skips to the next chunk.
"""


class Chunk:

    def __init__(self, file, align=True, bigendian=True, inclheader=False):
        """Read a chunk header from FILE.  ALIGN: data of odd length is
        followed by a pad byte; BIGENDIAN: the byte order of the size;
        INCLHEADER: the size counts the 8 header bytes.  EOFError when the
        file ends before a full header."""
        import struct
        self.closed = False
        self.align = align
        self.file = file
        self.chunkname = file.read(4)
        if len(self.chunkname) < 4:
            raise EOFError
        fmt = '>L' if bigendian else '<L'
        try:
            self.chunksize = struct.unpack(fmt, file.read(4))[0]
        except struct.error:
            raise EOFError
        if inclheader:
            self.chunksize = self.chunksize - 8
        self.size_read = 0
        try:
            self.offset = self.file.tell()
        except (AttributeError, IOError):
            self.seekable = False
        else:
            self.seekable = True

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def getname(self):
        """The chunk's 4-byte ID."""
        return self.chunkname

    def getsize(self):
        """The size of the chunk's data."""
        return self.chunksize

    def close(self):
        """Skip to the end of the chunk; further reads raise ValueError."""
        if self.closed:
            return
        try:
            self.skip()
        finally:
            self.closed = True

    def isatty(self):
        self._check_open()
        return False

    def seek(self, pos, whence=0):
        """Move to POS within the chunk's data (WHENCE as for files);
        IOError for a file that cannot seek."""
        self._check_open()
        if not self.seekable:
            raise IOError("cannot seek")
        if whence == 1:
            pos = pos + self.size_read
        elif whence == 2:
            pos = pos + self.chunksize
        if not 0 <= pos <= self.chunksize:
            raise RuntimeError
        self.file.seek(self.offset + pos, 0)
        self.size_read = pos

    def tell(self):
        self._check_open()
        return self.size_read

    def read(self, size=-1):
        """Up to SIZE bytes of the chunk's data (all the rest when SIZE is
        negative); '' at its end."""
        self._check_open()
        left = self.chunksize - self.size_read
        if left <= 0:
            return ''
        if size < 0 or size > left:
            size = left
        data = self.file.read(size)
        self.size_read = self.size_read + len(data)
        if self.size_read == self.chunksize and self.align and \
                self.chunksize & 1:
            # consume the pad byte too
            self.size_read = self.size_read + len(self.file.read(1))
        return data

    def skip(self):
        """Go to the end of the chunk (past the pad byte), by seeking if
        the file can, otherwise by reading."""
        self._check_open()
        if self.seekable:
            try:
                rest = self.chunksize - self.size_read
                if self.align and (self.chunksize & 1):
                    rest = rest + 1
                self.file.seek(rest, 1)
                self.size_read = self.size_read + rest
                return
            except IOError:
                pass
        while self.size_read < self.chunksize:
            if not self.read(min(8192, self.chunksize - self.size_read)):
                raise EOFError
