"""Read and write Sun/NeXT .au sound files.

The header is big endian: the magic '.snd', the header size (at least
24, the rest holding a NUL-terminated info string), the data size
(0xffffffff when unknown), the encoding, the frame rate and the number
of channels.  Supported encodings: 8-bit u-law and A-law (G.711), and
linear PCM of 8, 16, 24 or 32 bits.

open(f, 'r') returns an Au_read (getnchannels, getsampwidth,
getframerate, getnframes, getcomptype, getcompname, getparams,
readframes, rewind, tell, setpos, close); open(f, 'w') an Au_write (the
set* methods, writeframes, writeframesraw, close).  u-law data is
converted to and from linear samples.
"""

__all__ = ["open", "openfp", "Error"]

AUDIO_FILE_MAGIC = 0x2e736e64   # '.snd'
AUDIO_UNKNOWN_SIZE = 0xFFFFFFFFL

# the encodings of the header (AUDIO_FILE_ENCODING_<name>)
for _name, _code in (('MULAW_8', 1), ('LINEAR_8', 2), ('LINEAR_16', 3),
                     ('LINEAR_24', 4), ('LINEAR_32', 5), ('FLOAT', 6),
                     ('DOUBLE', 7), ('ADPCM_G721', 23), ('ADPCM_G722', 24),
                     ('ADPCM_G723_3', 25), ('ADPCM_G723_5', 26),
                     ('ALAW_8', 27)):
    globals()['AUDIO_FILE_ENCODING_' + _name] = _code
del _name, _code

# those this module reads
_simple_encodings = [1, 2, 3, 4, 5, 27]

# encoding -> (bytes per sample in the file, sample width reported)
_ENCODING_WIDTHS = {
    AUDIO_FILE_ENCODING_MULAW_8: (1, 2),
    AUDIO_FILE_ENCODING_ALAW_8: (1, 2),
    AUDIO_FILE_ENCODING_LINEAR_8: (1, 1),
    AUDIO_FILE_ENCODING_LINEAR_16: (2, 2),
    AUDIO_FILE_ENCODING_LINEAR_24: (3, 3),
    AUDIO_FILE_ENCODING_LINEAR_32: (4, 4),
}

_COMPRESSIONS = {
    AUDIO_FILE_ENCODING_MULAW_8: ('ULAW', 'CCITT G.711 u-law'),
    AUDIO_FILE_ENCODING_ALAW_8: ('ALAW', 'CCITT G.711 A-law'),
}
_COMPNAMES = {'ULAW': 'CCITT G.711 u-law', 'ALAW': 'CCITT G.711 A-law'}


class Error(Exception):
    pass


def _read_u32(file):
    """A big-endian unsigned 32-bit number (a long); EOFError at the end
    of the file."""
    value = 0L
    for _ in range(4):
        byte = file.read(1)
        if not byte:
            raise EOFError
        value = (value << 8) | ord(byte)
    return value


def _write_u32(file, x):
    file.write(''.join([chr(int((x >> shift) & 0xFF))
                        for shift in (24, 16, 8, 0)]))


def _open(f, mode):
    if isinstance(f, basestring):
        import __builtin__
        return __builtin__.open(f, mode), True
    return f, False


def _field(name):
    return lambda self: getattr(self, name)


class Au_read:
    """An .au file open for reading."""

    def __init__(self, f):
        f, self._opened = _open(f, 'rb')
        try:
            self.initfp(f)
        except:
            if self._opened:
                f.close()
            raise

    def __del__(self):
        if self._file:
            self.close()

    def initfp(self, file):
        self._soundpos = 0
        self._file = file
        if int(_read_u32(file)) != AUDIO_FILE_MAGIC:
            raise Error('bad magic number')
        self._hdr_size = int(_read_u32(file))
        if self._hdr_size < 24:
            raise Error('header size too small')
        if self._hdr_size > 100:
            raise Error('header size ridiculously large')
        self._data_size = _read_u32(file)
        if self._data_size != AUDIO_UNKNOWN_SIZE:
            self._data_size = int(self._data_size)
        self._encoding = int(_read_u32(file))
        if self._encoding not in _simple_encodings:
            raise Error('encoding not (yet) supported')
        self._framesize, self._sampwidth = _ENCODING_WIDTHS[self._encoding]
        self._framerate = int(_read_u32(file))
        self._nchannels = int(_read_u32(file))
        self._framesize *= self._nchannels
        if self._hdr_size > 24:
            info = file.read(self._hdr_size - 24)
            self._info = info.split('\0', 1)[0]
        else:
            self._info = ''
        # where the samples start, for rewind and setpos
        self._data_pos = None
        try:
            self._data_pos = file.tell()
        except (AttributeError, IOError):
            pass

    getfp = _field('_file')
    getnchannels = _field('_nchannels')
    getsampwidth = _field('_sampwidth')
    getframerate = _field('_framerate')
    tell = _field('_soundpos')

    def getnframes(self):
        if self._data_size == AUDIO_UNKNOWN_SIZE:
            return AUDIO_UNKNOWN_SIZE
        return self._data_size // self._framesize

    def getcomptype(self):
        return _COMPRESSIONS.get(self._encoding, ('NONE',))[0]

    def getcompname(self):
        return _COMPRESSIONS.get(self._encoding,
                                 (None, 'not compressed'))[1]

    def getparams(self):
        return (self.getnchannels(), self.getsampwidth(),
                self.getframerate(), self.getnframes(),
                self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def readframes(self, nframes):
        """Up to NFRAMES frames (all the rest for AUDIO_UNKNOWN_SIZE);
        compressed data comes back as linear samples."""
        size = -1 if nframes == AUDIO_UNKNOWN_SIZE else nframes * self._framesize
        data = self._file.read(size)
        self._soundpos += len(data) // self._framesize
        decode = {AUDIO_FILE_ENCODING_MULAW_8: 'ulaw2lin',
                  AUDIO_FILE_ENCODING_ALAW_8: 'alaw2lin'}.get(self._encoding)
        if decode:
            import audioop
            data = getattr(audioop, decode)(data, self._sampwidth)
        return data

    def rewind(self):
        self.setpos(0)

    def setpos(self, pos):
        if pos and not 0 <= pos <= self.getnframes():
            raise Error('position not in range')
        if self._data_pos is None:
            raise IOError('cannot seek')
        self._file.seek(self._data_pos + pos * self._framesize)
        self._soundpos = pos

    def close(self):
        f, self._file = self._file, None
        if f and self._opened:
            f.close()


class Au_write:
    """An .au file open for writing."""

    def __init__(self, f):
        f, self._opened = _open(f, 'wb')
        try:
            self.initfp(f)
        except:
            if self._opened:
                f.close()
            raise

    def __del__(self):
        if self._file:
            self.close()

    def initfp(self, file):
        self._file = file
        self._headerwritten = False
        self._framerate = self._nchannels = self._sampwidth = 0
        self._comptype = 'ULAW'
        self._info = ''
        self._nframes = AUDIO_UNKNOWN_SIZE
        # known once the header is written
        self._framesize = 0
        self._nframeswritten = self._datawritten = self._datalength = 0

    def _check_not_started(self):
        if self._nframeswritten:
            raise Error('cannot change parameters after starting to write')

    def setnchannels(self, nchannels):
        self._check_not_started()
        if nchannels not in (1, 2, 4):
            raise Error('only 1, 2, or 4 channels supported')
        self._nchannels = nchannels

    def getnchannels(self):
        if not self._nchannels:
            raise Error('number of channels not set')
        return self._nchannels

    def setsampwidth(self, sampwidth):
        self._check_not_started()
        if sampwidth not in (1, 2, 3, 4):
            raise Error('bad sample width')
        self._sampwidth = sampwidth

    def getsampwidth(self):
        # 2.7 checks the frame rate here
        if not self._framerate:
            raise Error('sample width not specified')
        return self._sampwidth

    def setframerate(self, framerate):
        self._check_not_started()
        self._framerate = framerate

    def getframerate(self):
        if not self._framerate:
            raise Error('frame rate not set')
        return self._framerate

    def setnframes(self, nframes):
        self._check_not_started()
        if nframes < 0:
            raise Error('# of frames cannot be negative')
        self._nframes = nframes

    def getnframes(self):
        return self._nframeswritten

    def setcomptype(self, type, name):
        if type not in ('NONE', 'ULAW'):
            raise Error('unknown compression type')
        self._comptype = type

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return _COMPNAMES.get(self._comptype, 'not compressed')

    def setparams(self, params):
        """Set (nchannels, sampwidth, framerate, nframes, comptype,
        compname) at once."""
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        for setter, value in ((self.setnchannels, nchannels),
                              (self.setsampwidth, sampwidth),
                              (self.setframerate, framerate),
                              (self.setnframes, nframes)):
            setter(value)
        self.setcomptype(comptype, compname)

    def getparams(self):
        return (self.getnchannels(), self.getsampwidth(),
                self.getframerate(), self.getnframes(),
                self.getcomptype(), self.getcompname())

    def tell(self):
        return self._nframeswritten

    def writeframesraw(self, data):
        self._ensure_header_written()
        if self._comptype == 'ULAW':
            import audioop
            data = audioop.lin2ulaw(data, self._sampwidth)
        self._file.write(data)
        self._nframeswritten += len(data) // self._framesize
        self._datawritten += len(data)

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._nframeswritten != self._nframes or \
                self._datalength != self._datawritten:
            self._patchheader()

    def close(self):
        f = self._file
        if not f:
            return
        try:
            self._ensure_header_written()
            if self._nframeswritten != self._nframes or \
                    self._datalength != self._datawritten:
                self._patchheader()
            f.flush()
        finally:
            self._file = None
            if self._opened:
                f.close()

    def _ensure_header_written(self):
        if self._headerwritten:
            return
        if not self._nchannels:
            raise Error('# of channels not specified')
        if not self._sampwidth:
            raise Error('sample width not specified')
        if not self._framerate:
            raise Error('frame rate not specified')
        self._write_header()

    def _write_header(self):
        if self._comptype == 'NONE':
            encoding = {1: AUDIO_FILE_ENCODING_LINEAR_8,
                        2: AUDIO_FILE_ENCODING_LINEAR_16,
                        3: AUDIO_FILE_ENCODING_LINEAR_24,
                        4: AUDIO_FILE_ENCODING_LINEAR_32}.get(self._sampwidth)
            if encoding is None:
                raise Error('internal error')
            self._framesize = self._sampwidth
        elif self._comptype == 'ULAW':
            encoding = AUDIO_FILE_ENCODING_MULAW_8
            self._framesize = 1
        else:
            raise Error('internal error')
        self._framesize *= self._nchannels
        # room for the info string and a NUL, rounded up to 8 bytes
        header_size = (25 + len(self._info) + 7) & ~7
        if self._nframes == AUDIO_UNKNOWN_SIZE:
            length = AUDIO_UNKNOWN_SIZE
        else:
            length = self._nframes * self._framesize
        _write_u32(self._file, AUDIO_FILE_MAGIC)
        _write_u32(self._file, header_size)
        try:
            self._form_length_pos = self._file.tell()
        except (AttributeError, IOError):
            self._form_length_pos = None
        _write_u32(self._file, length)
        self._datalength = length
        for value in (encoding, self._framerate, self._nchannels):
            _write_u32(self._file, value)
        self._file.write(self._info)
        self._file.write('\0' * (header_size - len(self._info) - 24))
        self._headerwritten = True

    def _patchheader(self):
        if self._form_length_pos is None:
            raise IOError('cannot seek')
        self._file.seek(self._form_length_pos)
        _write_u32(self._file, self._datawritten)
        self._datalength = self._datawritten
        self._file.seek(0, 2)


def open(f, mode=None):
    """An Au_read ('r', 'rb') or Au_write ('w', 'wb') for F, a file name
    or file object (whose mode is the default)."""
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Au_read(f)
    if mode in ('w', 'wb'):
        return Au_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")


openfp = open
