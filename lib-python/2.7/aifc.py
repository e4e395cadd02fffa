"""Read and write AIFF and AIFF-C sound files.

An AIFF file is an IFF FORM of type 'AIFF' (or 'AIFC') holding a COMM
chunk (channels, frames, bits per sample, the frame rate as an 80-bit
IEEE extended float, and for AIFF-C the compression type and name), an
SSND chunk with the big-endian samples, and optionally MARK (markers)
and FVER (the AIFF-C version) chunks.  AIFF-C data compressed with
u-law, A-law or G.722 (ADPCM) is converted to and from 16-bit samples.

open(f, 'r') returns an Aifc_read: getnchannels, getsampwidth,
getframerate, getnframes, getcomptype, getcompname, getparams,
getmarkers, getmark, readframes, rewind, setpos, tell, close.

open(f, 'w') returns an Aifc_write: aiff() or aifc() (the default,
unless the file name ends with .aiff), the set* methods, setmark,
writeframes, writeframesraw, close.
"""

import struct
import __builtin__

__all__ = ["Error", "open", "openfp"]


class Error(Exception):
    pass


_AIFC_version = 0xA2805140L     # version 1 of AIFF-C

# compression types whose samples we convert (to 16 bits)
_ULAW = ('ULAW', 'ulaw')
_ALAW = ('ALAW', 'alaw')
_COMPRESSIONS = ('NONE',) + _ULAW + _ALAW + ('G722',)


def _unpack(fmt, size):
    def read(file):
        try:
            return struct.unpack(fmt, file.read(size))[0]
        except struct.error:
            raise EOFError
    return read


_read_long = _unpack('>l', 4)
_read_ulong = _unpack('>L', 4)
_read_short = _unpack('>h', 2)
_read_ushort = _unpack('>H', 2)


def _read_string(file):
    """A Pascal string, padded to an even total length."""
    length = ord(file.read(1))
    data = file.read(length) if length else ''
    if not length & 1:
        file.read(1)
    return data


_HUGE_VAL = 1.79769313486231e+308


def _read_float(f):
    """An 80-bit IEEE 754 extended float: sign and 15-bit exponent, then
    a 64-bit mantissa with an explicit integer bit."""
    expon = _read_short(f)
    sign = 1
    if expon < 0:
        sign = -1
        expon += 0x8000
    himant = _read_ulong(f)
    lomant = _read_ulong(f)
    if expon == himant == lomant == 0:
        value = 0.0
    elif expon == 0x7FFF:
        value = _HUGE_VAL
    else:
        value = (himant * 0x100000000L + lomant) * pow(2.0, expon - 16383 - 63)
    return sign * value


def _packer(fmt):
    return lambda f, x: f.write(struct.pack(fmt, x))


_write_short = _packer('>h')
_write_ushort = _packer('>H')
_write_long = _packer('>l')
_write_ulong = _packer('>L')


def _write_string(f, s):
    if len(s) > 255:
        raise ValueError("string exceeds maximum pstring length")
    f.write(chr(len(s)) + s)
    if not len(s) & 1:
        f.write('\0')


def _write_float(f, x):
    """Write X as an 80-bit IEEE extended float."""
    import math
    sign = 0
    if x < 0:
        sign = 0x8000
        x = -x
    if x == 0:
        expon = himant = lomant = 0
    else:
        fmant, expon = math.frexp(x)
        if expon > 16384 or fmant >= 1 or fmant != fmant:
            # infinity or NaN
            expon = sign | 0x7FFF
            himant = lomant = 0
        else:
            expon += 16382
            if expon < 0:
                # denormalized
                fmant = math.ldexp(fmant, expon)
                expon = 0
            expon |= sign
            fmant = math.ldexp(fmant, 32)
            high = math.floor(fmant)
            himant = long(high)
            fmant = math.ldexp(fmant - high, 32)
            lomant = long(math.floor(fmant))
    _write_ushort(f, expon)
    _write_ulong(f, himant)
    _write_ulong(f, lomant)


from chunk import Chunk


def _field(name):
    return lambda self: getattr(self, name)


class Aifc_read:
    """An AIFF or AIFF-C file open for reading."""

    def initfp(self, file):
        self._version = 0
        self._convert = None
        self._markers = []
        self._soundpos = 0
        self._file = file
        form = Chunk(file)
        if form.getname() != 'FORM':
            raise Error('file does not start with FORM id')
        kind = form.read(4)
        if kind not in ('AIFF', 'AIFC'):
            raise Error('not an AIFF or AIFF-C file')
        self._aifc = int(kind == 'AIFC')
        self._comm_chunk_read = 0
        self._ssnd_chunk = None
        while True:
            self._ssnd_seek_needed = 1
            try:
                chunk = Chunk(self._file)
            except EOFError:
                break
            name = chunk.getname()
            if name == 'COMM':
                self._read_comm_chunk(chunk)
                self._comm_chunk_read = 1
            elif name == 'SSND':
                self._ssnd_chunk = chunk
                # skip the offset and block size
                chunk.read(8)
                self._ssnd_seek_needed = 0
            elif name == 'FVER':
                self._version = _read_ulong(chunk)
            elif name == 'MARK':
                self._readmark(chunk)
            chunk.skip()
        if not self._comm_chunk_read or not self._ssnd_chunk:
            raise Error('COMM chunk and/or SSND chunk missing')

    def __init__(self, f):
        opened = isinstance(f, basestring)
        if opened:
            f = __builtin__.open(f, 'rb')
        try:
            self.initfp(f)
        except:
            if opened:
                f.close()
            raise

    getfp = _field('_file')
    tell = _field('_soundpos')
    getnchannels = _field('_nchannels')
    getnframes = _field('_nframes')
    getsampwidth = _field('_sampwidth')
    getframerate = _field('_framerate')
    getcomptype = _field('_comptype')
    getcompname = _field('_compname')

    def rewind(self):
        self.setpos(0)

    def close(self):
        f, self._file = self._file, None
        if f is not None:
            f.close()

    def getparams(self):
        return (self.getnchannels(), self.getsampwidth(),
                self.getframerate(), self.getnframes(),
                self.getcomptype(), self.getcompname())

    def getmarkers(self):
        """The (id, position, name) markers, or None."""
        return self._markers or None

    def getmark(self, id):
        for marker in self._markers:
            if marker[0] == id:
                return marker
        raise Error('marker %r does not exist' % (id,))

    def setpos(self, pos):
        if not 0 <= pos <= self._nframes:
            raise Error('position not in range')
        self._soundpos = pos
        self._ssnd_seek_needed = 1

    def readframes(self, nframes):
        """Up to NFRAMES frames (converted to 16-bit samples when
        compressed)."""
        if self._ssnd_seek_needed:
            # the data starts after the offset and block size fields
            self._ssnd_chunk.seek(8 + self._soundpos * self._framesize)
            self._ssnd_seek_needed = 0
        if not nframes:
            return ''
        data = self._ssnd_chunk.read(nframes * self._framesize)
        if data and self._convert:
            data = self._convert(data)
        self._soundpos += len(data) // (self._nchannels * self._sampwidth)
        return data

    # --- decompression ---

    def _alaw2lin(self, data):
        import audioop
        return audioop.alaw2lin(data, 2)

    def _ulaw2lin(self, data):
        import audioop
        return audioop.ulaw2lin(data, 2)

    def _adpcm2lin(self, data):
        import audioop
        state = getattr(self, '_adpcmstate', None)
        data, self._adpcmstate = audioop.adpcm2lin(data, 2, state)
        return data

    def _read_comm_chunk(self, chunk):
        self._nchannels = _read_short(chunk)
        self._nframes = _read_long(chunk)
        bits = _read_short(chunk)
        self._framerate = int(_read_float(chunk))
        self._sampwidth = (bits + 7) // 8
        self._framesize = self._nchannels * self._sampwidth
        if not self._aifc:
            self._comptype = 'NONE'
            self._compname = 'not compressed'
            return
        # SGI's sound editor wrote 18-byte COMM chunks in AIFF-C files
        misfit = chunk.chunksize == 18
        if misfit:
            print 'Warning: bad COMM chunk size'
            chunk.chunksize = 23
        self._comptype = chunk.read(4)
        if misfit:
            length = ord(chunk.file.read(1))
            if not length & 1:
                length += 1
            chunk.chunksize += length
            chunk.file.seek(-1, 1)
        self._compname = _read_string(chunk)
        if self._comptype == 'NONE':
            return
        if self._comptype == 'G722':
            self._convert = self._adpcm2lin
        elif self._comptype in _ULAW:
            self._convert = self._ulaw2lin
        elif self._comptype in _ALAW:
            self._convert = self._alaw2lin
        else:
            raise Error('unsupported compression type')
        self._sampwidth = 2

    def _readmark(self, chunk):
        count = _read_short(chunk)
        # some files claim more markers than they hold
        try:
            for _ in range(count):
                marker = (_read_short(chunk), _read_long(chunk),
                          _read_string(chunk))
                # and some hold dummy markers (position 0, no name)
                if marker[1] or marker[2]:
                    self._markers.append(marker)
        except EOFError:
            found = len(self._markers)
            print 'Warning: MARK chunk contains only', found,
            print 'marker' if found == 1 else 'markers',
            print 'instead of', count


class Aifc_write:
    """An AIFF or AIFF-C file open for writing."""

    def __init__(self, f):
        filename = f if isinstance(f, basestring) else '???'
        if filename is f:
            f = __builtin__.open(f, 'wb')
        self.initfp(f)
        # AIFF-C unless the name says .aiff
        self._aifc = int(filename[-5:] != '.aiff')

    def initfp(self, file):
        self._file = file
        self._version = _AIFC_version
        self._comptype = 'NONE'
        self._compname = 'not compressed'
        self._convert = None
        self._nchannels = self._sampwidth = self._framerate = 0
        self._nframes = 0
        self._nframeswritten = self._datawritten = self._datalength = 0
        self._markers = []
        self._marklength = 0
        self._aifc = 1

    def __del__(self):
        if self._file:
            self.close()

    def _check_not_started(self):
        if self._nframeswritten:
            raise Error('cannot change parameters after starting to write')

    def aiff(self):
        """Write plain AIFF."""
        self._check_not_started()
        self._aifc = 0

    def aifc(self):
        """Write AIFF-C."""
        self._check_not_started()
        self._aifc = 1

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
        if comptype not in _COMPRESSIONS:
            raise Error('unsupported compression type')
        self._comptype, self._compname = comptype, compname

    getcomptype = _field('_comptype')
    getcompname = _field('_compname')

    def setparams(self, info):
        nchannels, sampwidth, framerate, nframes, comptype, compname = info
        self._check_not_started()
        if comptype not in _COMPRESSIONS:
            raise Error('unsupported compression type')
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
        if id <= 0:
            raise Error('marker ID must be > 0')
        if pos < 0:
            raise Error('marker position must be >= 0')
        if not isinstance(name, str):
            raise Error('marker name must be a string')
        for i, marker in enumerate(self._markers):
            if marker[0] == id:
                self._markers[i] = (id, pos, name)
                return
        self._markers.append((id, pos, name))

    def getmark(self, id):
        for marker in self._markers:
            if marker[0] == id:
                return marker
        raise Error('marker %r does not exist' % (id,))

    def getmarkers(self):
        return self._markers or None

    tell = _field('_nframeswritten')

    def writeframesraw(self, data):
        """Write DATA without fixing up the header."""
        self._ensure_header_written(len(data))
        nframes = len(data) // (self._sampwidth * self._nchannels)
        if self._convert:
            data = self._convert(data)
        self._file.write(data)
        self._nframeswritten += nframes
        self._datawritten += len(data)

    def _header_stale(self):
        return self._nframeswritten != self._nframes or \
            self._datalength != self._datawritten

    def writeframes(self, data):
        """Write DATA and fix the header's lengths."""
        self.writeframesraw(data)
        if self._header_stale():
            self._patchheader()

    def close(self):
        """Finish the file (padding, markers, lengths) and close it."""
        if self._file is None:
            return
        try:
            self._ensure_header_written(0)
            if self._datawritten & 1:
                # chunks have an even length
                self._file.write('\0')
                self._datawritten += 1
            self._writemarkers()
            if self._header_stale() or self._marklength:
                self._patchheader()
            self._convert = None
        finally:
            f, self._file = self._file, None
            f.close()

    # --- compression ---

    def _lin2alaw(self, data):
        import audioop
        return audioop.lin2alaw(data, 2)

    def _lin2ulaw(self, data):
        import audioop
        return audioop.lin2ulaw(data, 2)

    def _lin2adpcm(self, data):
        import audioop
        state = getattr(self, '_adpcmstate', None)
        data, self._adpcmstate = audioop.lin2adpcm(data, 2, state)
        return data

    def _ensure_header_written(self, datasize):
        if self._nframeswritten:
            return
        if self._comptype in _ULAW + _ALAW + ('G722',):
            if not self._sampwidth:
                self._sampwidth = 2
            if self._sampwidth != 2:
                if self._comptype == 'G722':
                    raise Error('sample width must be 2 when compressing '
                                'with G7.22 (ADPCM)')
                raise Error('sample width must be 2 when compressing with '
                            'ULAW or ALAW')
        if not self._nchannels:
            raise Error('# channels not specified')
        if not self._sampwidth:
            raise Error('sample width not specified')
        if not self._framerate:
            raise Error('sampling rate not specified')
        self._write_header(datasize)

    def _init_compression(self):
        if self._comptype == 'G722':
            self._convert = self._lin2adpcm
        elif self._comptype in _ULAW:
            self._convert = self._lin2ulaw
        else:
            # as in 2.7, A-law is read but not written
            raise Error('cannot write compressed AIFF-C files')

    def _write_header(self, initlength):
        if self._aifc and self._comptype != 'NONE':
            self._init_compression()
        out = self._file
        out.write('FORM')
        if not self._nframes:
            self._nframes = initlength // (self._nchannels * self._sampwidth)
        length = self._nframes * self._nchannels * self._sampwidth
        if length & 1:
            length += 1
        if self._aifc:
            # compressed sizes: a byte per sample, or 4 bits with G.722
            if self._comptype in _ULAW + _ALAW:
                length //= 2
            elif self._comptype == 'G722':
                length = (length + 3) // 4
            if length & 1:
                length += 1
        self._datalength = length
        try:
            self._form_length_pos = out.tell()
        except (AttributeError, IOError):
            self._form_length_pos = None
        commlength = self._write_form_length(self._datalength)
        if self._aifc:
            out.write('AIFC')
            out.write('FVER')
            _write_ulong(out, 4)
            _write_ulong(out, self._version)
        else:
            out.write('AIFF')
        out.write('COMM')
        _write_ulong(out, commlength)
        _write_short(out, self._nchannels)
        if self._form_length_pos is not None:
            self._nframes_pos = out.tell()
        _write_ulong(out, self._nframes)
        if self._comptype in _ULAW + _ALAW + ('G722',):
            _write_short(out, 8)
        else:
            _write_short(out, self._sampwidth * 8)
        _write_float(out, self._framerate)
        if self._aifc:
            out.write(self._comptype)
            _write_string(out, self._compname)
        out.write('SSND')
        if self._form_length_pos is not None:
            self._ssnd_length_pos = out.tell()
        _write_ulong(out, self._datalength + 8)
        # offset and block size
        _write_ulong(out, 0)
        _write_ulong(out, 0)

    def _write_form_length(self, datalength):
        """Write the FORM length for DATALENGTH bytes of sound; the COMM
        chunk's length."""
        if self._aifc:
            commlength = 18 + 5 + len(self._compname)
            if commlength & 1:
                commlength += 1
            verslength = 12
        else:
            commlength = 18
            verslength = 0
        _write_ulong(self._file, 4 + verslength + self._marklength + 8 +
                     commlength + 16 + datalength)
        return commlength

    def _patchheader(self):
        out = self._file
        here = out.tell()
        datalength = self._datawritten
        if datalength & 1:
            datalength += 1
            out.write('\0')
        if datalength == self._datalength and \
                self._nframes == self._nframeswritten and \
                self._marklength == 0:
            out.seek(here, 0)
            return
        out.seek(self._form_length_pos, 0)
        self._write_form_length(datalength)
        out.seek(self._nframes_pos, 0)
        _write_ulong(out, self._nframeswritten)
        out.seek(self._ssnd_length_pos, 0)
        _write_ulong(out, datalength + 8)
        out.seek(here, 0)
        self._nframes = self._nframeswritten
        self._datalength = datalength

    def _writemarkers(self):
        if not self._markers:
            return
        out = self._file
        out.write('MARK')
        length = 2
        for id, pos, name in self._markers:
            length += len(name) + 1 + 6
            if not len(name) & 1:
                length += 1
        _write_ulong(out, length)
        self._marklength = length + 8
        _write_short(out, len(self._markers))
        for id, pos, name in self._markers:
            _write_short(out, id)
            _write_ulong(out, pos)
            _write_string(out, name)


def open(f, mode=None):
    """An Aifc_read ('r', 'rb') or Aifc_write ('w', 'wb') for F, a file
    name or file object (whose mode is the default)."""
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Aifc_read(f)
    if mode in ('w', 'wb'):
        return Aifc_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")


openfp = open


if __name__ == '__main__':
    import sys
    source = sys.argv[1] if sys.argv[1:] else '/usr/demos/data/audio/bach.aiff'
    reader = open(source, 'r')
    try:
        print "Reading", source
        for label, getter in (("nchannels", reader.getnchannels),
                              ("nframes  ", reader.getnframes),
                              ("sampwidth", reader.getsampwidth),
                              ("framerate", reader.getframerate),
                              ("comptype ", reader.getcomptype),
                              ("compname ", reader.getcompname)):
            print label, "=", getter()
        if sys.argv[2:]:
            print "Writing", sys.argv[2]
            writer = open(sys.argv[2], 'w')
            try:
                writer.setparams(reader.getparams())
                block = reader.readframes(1024)
                while block:
                    writer.writeframes(block)
                    block = reader.readframes(1024)
            finally:
                writer.close()
            print "Done."
    finally:
        reader.close()
