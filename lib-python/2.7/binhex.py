"""Encode and decode files in the BinHex 4.0 format of classic Mac OS.

    binhex(inputfilename, outputfilename)
    hexbin(inputfilename, outputfilename)

A BinHex file holds a header (file name, type, creator, flags and the
lengths of the data and resource forks), then both forks, each part
followed by its CRC; the whole is run-length encoded (0x90 escapes
repeats) and then written with 6 bits per printable character, between
a ':' and a closing ':'.  Off the Mac the resource fork is empty and the
type is guessed ('TEXT' or '????').
"""

import binascii
import os
import struct

__all__ = ["binhex", "hexbin", "Error"]


class Error(Exception):
    pass


# the states of an encoder or decoder
_DID_HEADER = 0
_DID_DATA = 1

# how much the run-length encoder collects before encoding
REASONABLY_LARGE = 32768
LINELEN = 64
RUNCHAR = chr(0x90)


class FInfo:
    """The Finder information of a file."""

    def __init__(self):
        self.Type = '????'
        self.Creator = '????'
        self.Flags = 0


def getfileinfo(name):
    """(name for the header, FInfo, data fork size, resource fork size)
    of the file NAME; text files are typed 'TEXT'."""
    finfo = FInfo()
    with open(name) as f:
        head = f.read(256)
        if all(c.isspace() or ' ' <= c <= '\x7f' for c in head):
            finfo.Type = 'TEXT'
        f.seek(0, 2)
        size = f.tell()
    base = os.path.split(name)[1].replace(':', '-', 1)
    return base, finfo, size, 0


class openrsrc:
    """An always empty resource fork (there are none outside Mac OS)."""

    def __init__(self, *args):
        pass

    def read(self, *args):
        return ''

    write = read

    def close(self):
        pass


class _Hqxcoderengine:
    """Writes the 6-bit encoding of what it is given, in lines."""

    def __init__(self, ofp):
        self.ofp = ofp
        self.data = ''
        self.hqxdata = ''
        # the first line already holds the ':'
        self.linelen = LINELEN - 1

    def write(self, data):
        # only whole groups of 3 bytes encode independently
        self.data += data
        usable = len(self.data) // 3 * 3
        chunk, self.data = self.data[:usable], self.data[usable:]
        if chunk:
            self.hqxdata += binascii.b2a_hqx(chunk)
            self._flush(0)

    def _flush(self, force):
        start = 0
        while len(self.hqxdata) - start >= self.linelen:
            end = start + self.linelen
            self.ofp.write(self.hqxdata[start:end] + '\n')
            self.linelen = LINELEN
            start = end
        self.hqxdata = self.hqxdata[start:]
        if force:
            self.ofp.write(self.hqxdata + ':\n')

    def close(self):
        if self.data:
            self.hqxdata += binascii.b2a_hqx(self.data)
        self._flush(1)
        self.ofp.close()
        del self.ofp


class _Rlecoderengine:
    """Run-length encodes what it is given, in large pieces."""

    def __init__(self, ofp):
        self.ofp = ofp
        self.data = ''

    def write(self, data):
        self.data += data
        if len(self.data) >= REASONABLY_LARGE:
            self.ofp.write(binascii.rlecode_hqx(self.data))
            self.data = ''

    def close(self):
        if self.data:
            self.ofp.write(binascii.rlecode_hqx(self.data))
        self.ofp.close()
        del self.ofp


class BinHex:
    """BinHex((name, finfo, dlen, rlen), ofp): write the header at once;
    then write() the DLEN bytes of data and write_rsrc() the RLEN bytes
    of the resource fork, and close()."""

    def __init__(self, name_finfo_dlen_rlen, ofp):
        name, finfo, dlen, rlen = name_finfo_dlen_rlen
        if isinstance(ofp, str):
            ofp = open(ofp, 'w')
        ofp.write('(This file must be converted with BinHex 4.0)\n\n:')
        self.ofp = _Rlecoderengine(_Hqxcoderengine(ofp))
        self.crc = 0
        self.dlen = dlen
        self.rlen = rlen
        self._writeinfo(name, finfo or FInfo())
        self.state = _DID_HEADER

    def _writeinfo(self, name, finfo):
        if len(name) > 63:
            raise Error('Filename too long')
        header = (chr(len(name)) + name + '\0' + finfo.Type + finfo.Creator +
                  struct.pack('>h', finfo.Flags) +
                  struct.pack('>ii', self.dlen, self.rlen))
        self._write(header)
        self._writecrc()

    def _write(self, data):
        self.crc = binascii.crc_hqx(data, self.crc)
        self.ofp.write(data)

    def _writecrc(self):
        self.ofp.write(struct.pack('>h' if self.crc < 0 else '>H', self.crc))
        self.crc = 0

    def write(self, data):
        if self.state != _DID_HEADER:
            raise Error('Writing data at the wrong time')
        self.dlen -= len(data)
        self._write(data)

    def close_data(self):
        if self.dlen != 0:
            raise Error('Incorrect data size, diff=%r' % (self.rlen,))
        self._writecrc()
        self.state = _DID_DATA

    def write_rsrc(self, data):
        if self.state < _DID_DATA:
            self.close_data()
        if self.state != _DID_DATA:
            raise Error('Writing resource data at the wrong time')
        self.rlen -= len(data)
        self._write(data)

    def close(self):
        if self.state is None:
            return
        try:
            if self.state < _DID_DATA:
                self.close_data()
            if self.state != _DID_DATA:
                raise Error('Close at the wrong time')
            if self.rlen != 0:
                raise Error("Incorrect resource-datasize, diff=%r"
                            % (self.rlen,))
            self._writecrc()
        finally:
            self.state = None
            ofp = self.ofp
            del self.ofp
            ofp.close()


def _copy(read, write):
    while True:
        chunk = read(128000)
        if not chunk:
            return
        write(chunk)


def binhex(inp, out):
    """Encode the file INP in BinHex format into OUT (a name or file)."""
    encoder = BinHex(getfileinfo(inp), out)
    with open(inp, 'rb') as f:
        _copy(f.read, encoder.write)
        encoder.close_data()
    rsrc = openrsrc(inp, 'rb')
    _copy(rsrc.read, encoder.write_rsrc)
    encoder.close()
    rsrc.close()


class _Hqxdecoderengine:
    """Reads the bytes of the 6-bit encoding up to the closing ':'."""

    def __init__(self, ifp):
        self.ifp = ifp
        self.eof = 0

    def read(self, totalwtd):
        decoded = ''
        wanted = totalwtd
        while wanted > 0 and not self.eof:
            # 4 characters give 3 bytes
            text = self.ifp.read((wanted + 2) // 3 * 4)
            while True:
                try:
                    more, self.eof = binascii.a2b_hqx(text)
                    break
                except binascii.Incomplete:
                    # ends inside a group: take another character
                    extra = self.ifp.read(1)
                    if not extra:
                        raise Error('Premature EOF on binhex file')
                    text += extra
            decoded += more
            wanted = totalwtd - len(decoded)
            if not decoded and not self.eof:
                raise Error('Premature EOF on binhex file')
        return decoded

    def close(self):
        self.ifp.close()


class _Rledecoderengine:
    """Undoes the run-length encoding."""

    def __init__(self, ifp):
        self.ifp = ifp
        self.pre_buffer = ''
        self.post_buffer = ''
        self.eof = 0

    def read(self, wtd):
        if wtd > len(self.post_buffer):
            self._fill(wtd - len(self.post_buffer))
        result = self.post_buffer[:wtd]
        self.post_buffer = self.post_buffer[wtd:]
        return result

    def _fill(self, wtd):
        self.pre_buffer += self.ifp.read(wtd + 4)
        buf = self.pre_buffer
        if self.ifp.eof:
            self.post_buffer += binascii.rledecode_hqx(buf)
            self.pre_buffer = ''
            return
        # a run marker at the end needs what follows it: decode up to
        # the last point that cannot be inside a run
        cut = len(buf)
        if buf[-3:] == RUNCHAR + '\0' + RUNCHAR:
            cut -= 3
        elif buf[-1] == RUNCHAR:
            cut -= 2
        elif buf[-2:] == RUNCHAR + '\0':
            cut -= 2
        elif buf[-2] != RUNCHAR:
            cut -= 1
        self.post_buffer += binascii.rledecode_hqx(buf[:cut])
        self.pre_buffer = buf[cut:]

    def close(self):
        self.ifp.close()


class HexBin:
    """HexBin(ifp): read a BinHex file (a name or file); FName and FInfo
    hold its header, read() its data fork, read_rsrc() its resource
    fork."""

    def __init__(self, ifp):
        if isinstance(ifp, str):
            ifp = open(ifp)
        # skip everything before the ':' that starts a line
        while True:
            ch = ifp.read(1)
            if not ch:
                raise Error("No binhex data found")
            if ch == '\r':
                continue
            if ch == ':':
                break
            if ch != '\n':
                ifp.readline()
        self.ifp = _Rledecoderengine(_Hqxdecoderengine(ifp))
        self.crc = 0
        self._readheader()

    def _read(self, len):
        data = self.ifp.read(len)
        self.crc = binascii.crc_hqx(data, self.crc)
        return data

    def _checkcrc(self):
        stored = struct.unpack('>h', self.ifp.read(2))[0] & 0xffff
        self.crc &= 0xffff
        if stored != self.crc:
            raise Error('CRC error, computed %x, read %x' % (self.crc, stored))
        self.crc = 0

    def _readheader(self):
        size = self._read(1)
        fname = self._read(ord(size))
        rest = self._read(1 + 4 + 4 + 2 + 4 + 4)
        self._checkcrc()
        info = FInfo()
        info.Type = rest[1:5]
        info.Creator = rest[5:9]
        info.Flags = struct.unpack('>h', rest[9:11])[0]
        self.dlen, self.rlen = struct.unpack('>ll', rest[11:19])
        self.FName = fname
        self.FInfo = info
        self.state = _DID_HEADER

    def read(self, *n):
        if self.state != _DID_HEADER:
            raise Error('Read data at wrong time')
        count = min(n[0], self.dlen) if n else self.dlen
        data = ''
        while len(data) < count:
            data += self._read(count - len(data))
        self.dlen -= count
        return data

    def close_data(self):
        if self.state != _DID_HEADER:
            raise Error('close_data at wrong time')
        if self.dlen:
            self._read(self.dlen)
        self._checkcrc()
        self.state = _DID_DATA

    def read_rsrc(self, *n):
        if self.state == _DID_HEADER:
            self.close_data()
        if self.state != _DID_DATA:
            raise Error('Read resource data at wrong time')
        count = min(n[0], self.rlen) if n else self.rlen
        self.rlen -= count
        return self._read(count)

    def close(self):
        if self.state is None:
            return
        try:
            if self.rlen:
                self.read_rsrc(self.rlen)
            self._checkcrc()
        finally:
            self.state = None
            self.ifp.close()


def hexbin(inp, out):
    """Decode the BinHex file INP into OUT (by default the name in the
    file's header)."""
    decoder = HexBin(inp)
    out = out or decoder.FName
    with open(out, 'wb') as f:
        _copy(decoder.read, f.write)
    decoder.close_data()
    rsrc = decoder.read_rsrc(128000)
    if rsrc:
        f = openrsrc(out, 'wb')
        f.write(rsrc)
        _copy(decoder.read_rsrc, f.write)
        f.close()
    decoder.close()
