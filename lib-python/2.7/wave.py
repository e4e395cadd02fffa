"""Read and write WAVE (RIFF) sound files of uncompressed PCM data.

open(file, 'r') returns a Wave_read with getnchannels, getsampwidth,
getframerate, getnframes, getcomptype, getcompname, getparams,
readframes(n), rewind, tell, setpos and close.

open(file, 'w') returns a Wave_write: set the parameters (setnchannels,
setsampwidth, setframerate, setnframes, setcomptype or setparams), then
writeframes(data) or writeframesraw(data), then close(), which fixes up
the header when fewer or more frames were written than announced.

Samples are little endian; 8-bit samples are unsigned, others signed.
"""

import __builtin__
import struct
import sys

__all__ = ["open", "openfp", "Error"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001

# array typecodes of the sample widths, for swapping bytes on big-endian
# machines
_array_fmts = None, 'b', 'h', None, 'i'

from chunk import Chunk


def _swap_bytes(data, width):
    """DATA with the bytes of each WIDTH-byte sample reversed."""
    if width == 1:
        return data
    return ''.join([data[i:i + width][::-1]
                    for i in range(0, len(data), width)])


def _field(name):
    """A method returning the attribute NAME."""
    return lambda self: getattr(self, name)


class _WaveFile:
    """Opening a file by name (closed again on failure) and closing
    on collection; subclasses define initfp and close."""

    _filemode = 'rb'

    def __init__(self, f):
        self._i_opened_the_file = None
        if isinstance(f, basestring):
            f = self._i_opened_the_file = __builtin__.open(f, self._filemode)
        try:
            self.initfp(f)
        except:
            if self._i_opened_the_file:
                f.close()
            raise

    def __del__(self):
        self.close()

    def _close_own_file(self):
        opened, self._i_opened_the_file = self._i_opened_the_file, None
        if opened:
            opened.close()


class Wave_read(_WaveFile):
    """A WAVE file open for reading (see the module)."""

    def initfp(self, file):
        self._convert = None
        self._soundpos = 0
        self._file = Chunk(file, bigendian=0)
        if self._file.getname() != 'RIFF':
            raise Error('file does not start with RIFF id')
        if self._file.read(4) != 'WAVE':
            raise Error('not a WAVE file')
        self._fmt_chunk_read = 0
        self._data_chunk = None
        while True:
            self._data_seek_needed = 1
            try:
                chunk = Chunk(self._file, bigendian=0)
            except EOFError:
                break
            name = chunk.getname()
            if name == 'data':
                if not self._fmt_chunk_read:
                    raise Error('data chunk before fmt chunk')
                # the samples start here: stop looking
                self._data_chunk = chunk
                self._data_seek_needed = 0
                self._nframes = chunk.chunksize // self._framesize
                break
            if name == 'fmt ':
                self._read_fmt_chunk(chunk)
                self._fmt_chunk_read = 1
            chunk.skip()
        if not self._fmt_chunk_read or not self._data_chunk:
            raise Error('fmt chunk and/or data chunk missing')

    # --- user visible methods ---

    getfp = _field('_file')
    tell = _field('_soundpos')
    getnchannels = _field('_nchannels')
    getnframes = _field('_nframes')
    getsampwidth = _field('_sampwidth')
    getframerate = _field('_framerate')
    getcomptype = _field('_comptype')
    getcompname = _field('_compname')

    def rewind(self):
        self._soundpos = 0
        self._data_seek_needed = 1

    def close(self):
        self._file = None
        self._close_own_file()

    def getparams(self):
        return (self.getnchannels(), self.getsampwidth(),
                self.getframerate(), self.getnframes(),
                self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def setpos(self, pos):
        if not 0 <= pos <= self._nframes:
            raise Error('position not in range')
        self._soundpos = pos
        self._data_seek_needed = 1

    def readframes(self, nframes):
        """Up to NFRAMES frames of sample data, as a string."""
        if self._data_seek_needed:
            self._data_chunk.seek(self._soundpos * self._framesize, 0)
            self._data_seek_needed = 0
        if nframes == 0:
            return ''
        data = self._data_chunk.read(nframes * self._framesize)
        if sys.byteorder == 'big' and self._sampwidth > 1:
            data = _swap_bytes(data, self._sampwidth)
        if self._convert and data:
            data = self._convert(data)
        self._soundpos += len(data) // (self._nchannels * self._sampwidth)
        return data

    # --- internal ---

    def _read_fmt_chunk(self, chunk):
        try:
            (format_tag, self._nchannels, self._framerate, avg_bytes,
             block_align) = struct.unpack('<HHLLH', chunk.read(14))
        except struct.error:
            raise EOFError
        if format_tag != WAVE_FORMAT_PCM:
            raise Error('unknown format: %r' % (format_tag,))
        try:
            bits = struct.unpack('<H', chunk.read(2))[0]
        except struct.error:
            raise EOFError
        self._sampwidth = (bits + 7) // 8
        if not self._sampwidth:
            raise Error('bad sample width')
        if not self._nchannels:
            raise Error('bad # of channels')
        self._framesize = self._nchannels * self._sampwidth
        self._comptype = 'NONE'
        self._compname = 'not compressed'


class Wave_write(_WaveFile):
    """A WAVE file open for writing (see the module)."""

    _filemode = 'wb'

    def initfp(self, file):
        self._file = file
        self._convert = None
        self._headerwritten = False
        # parameters; 0 until set
        self._nchannels = self._sampwidth = self._framerate = 0
        self._nframes = 0
        # frames and bytes written, and the data length in the header
        self._nframeswritten = self._datawritten = self._datalength = 0

    def _check_not_started(self):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')

    # --- the parameters ---

    def setnchannels(self, nchannels):
        self._check_not_started()
        if nchannels < 1:
            raise Error('bad # of channels')
        self._nchannels = nchannels

    def getnchannels(self):
        if not self._nchannels:
            raise Error('number of channels not set')
        return self._nchannels

    def setsampwidth(self, sampwidth):
        self._check_not_started()
        if not 1 <= sampwidth <= 4:
            raise Error('bad sample width')
        self._sampwidth = sampwidth

    def getsampwidth(self):
        if not self._sampwidth:
            raise Error('sample width not set')
        return self._sampwidth

    def setframerate(self, framerate):
        self._check_not_started()
        if framerate <= 0:
            raise Error('bad frame rate')
        # kept as given; the header gets its integer part
        self._framerate = framerate

    def getframerate(self):
        if not self._framerate:
            raise Error('frame rate not set')
        return self._framerate

    def setnframes(self, nframes):
        self._check_not_started()
        self._nframes = nframes

    def getnframes(self):
        return self._nframeswritten

    def setcomptype(self, comptype, compname):
        self._check_not_started()
        if comptype != 'NONE':
            raise Error('unsupported compression type')
        self._comptype, self._compname = comptype, compname

    getcomptype = _field('_comptype')
    getcompname = _field('_compname')

    def setparams(self, params):
        """Set (nchannels, sampwidth, framerate, nframes, comptype,
        compname) at once."""
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        self._check_not_started()
        for setter, value in ((self.setnchannels, nchannels),
                              (self.setsampwidth, sampwidth),
                              (self.setframerate, framerate),
                              (self.setnframes, nframes)):
            setter(value)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not (self._nchannels and self._sampwidth and self._framerate):
            raise Error('not all parameters set')
        return (self._nchannels, self._sampwidth, self._framerate,
                self._nframes, self._comptype, self._compname)

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def tell(self):
        return self._nframeswritten

    # --- writing ---

    def writeframesraw(self, data):
        """Write DATA without fixing up the header."""
        self._ensure_header_written(len(data))
        nframes = len(data) // (self._sampwidth * self._nchannels)
        if self._convert:
            data = self._convert(data)
        if sys.byteorder == 'big' and self._sampwidth > 1:
            data = _swap_bytes(data, self._sampwidth)
        self._file.write(data)
        self._datawritten += len(data)
        self._nframeswritten += nframes

    def writeframes(self, data):
        """Write DATA, and make the header's lengths right."""
        self.writeframesraw(data)
        self._patchheader()

    def close(self):
        """Complete the header and close (the file, if we opened it)."""
        try:
            if self._file:
                self._ensure_header_written(0)
                self._patchheader()
                self._file.flush()
        finally:
            self._file = None
            self._close_own_file()

    # --- internal ---

    def _ensure_header_written(self, datasize):
        if self._headerwritten:
            return
        if not self._nchannels:
            raise Error('# channels not specified')
        if not self._sampwidth:
            raise Error('sample width not specified')
        if not self._framerate:
            raise Error('sampling rate not specified')
        self._write_header(datasize)

    def _write_header(self, initlength):
        assert not self._headerwritten
        framesize = self._nchannels * self._sampwidth
        self._file.write('RIFF')
        if not self._nframes:
            self._nframes = initlength // framesize
        self._datalength = self._nframes * framesize
        try:
            self._form_length_pos = self._file.tell()
        except (AttributeError, IOError):
            # not seekable: the header cannot be fixed up later
            self._form_length_pos = None
        self._file.write(struct.pack(
            '<L4s4sLHHLLHH4s', 36 + self._datalength, 'WAVE', 'fmt ', 16,
            WAVE_FORMAT_PCM, self._nchannels, int(self._framerate),
            int(self._nchannels * self._framerate * self._sampwidth),
            framesize, self._sampwidth * 8,
            'data'))
        if self._form_length_pos is not None:
            self._data_length_pos = self._file.tell()
        self._file.write(struct.pack('<L', self._datalength))
        self._headerwritten = True

    def _patchheader(self):
        """Make the header's lengths say how much data was written."""
        if self._datawritten == self._datalength:
            return
        here = self._file.tell()
        self._file.seek(self._form_length_pos, 0)
        self._file.write(struct.pack('<L', 36 + self._datawritten))
        self._file.seek(self._data_length_pos, 0)
        self._file.write(struct.pack('<L', self._datawritten))
        self._file.seek(here, 0)
        self._datalength = self._datawritten


def open(f, mode=None):
    """A Wave_read (mode 'r' or 'rb') or Wave_write ('w' or 'wb') for F,
    a file name or file object (whose mode is the default)."""
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Wave_read(f)
    if mode in ('w', 'wb'):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")


openfp = open   # for backward compatibility
