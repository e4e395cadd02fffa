"""Conversion between binary data and ASCII (base64, hex, quoted-printable,
uuencode, binhex 4) and the CRC-32 / CRC-CCITT checksums."""


class Error(Exception):
    __module__ = 'binascii'


class Incomplete(Exception):
    __module__ = 'binascii'


def _bytes(data):
    """The byte string behind a str, unicode (ascii), buffer or bytearray."""
    if isinstance(data, str):
        return data
    if isinstance(data, unicode):
        return data.encode('ascii')
    if isinstance(data, (buffer, bytearray)):
        return str(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    tostring = getattr(data, 'tostring', None)
    if tostring is not None:
        return tostring()
    raise TypeError("must be string or buffer, not %s" % type(data).__name__)


# ---- hex ------------------------------------------------------------------

_HEXDIGITS = '0123456789abcdef'
_HEXPAIRS = [_HEXDIGITS[i >> 4] + _HEXDIGITS[i & 15] for i in range(256)]
_HEXVALUE = {}
for _i in range(16):
    _HEXVALUE['0123456789abcdef'[_i]] = _i
    _HEXVALUE['0123456789ABCDEF'[_i]] = _i
del _i


def b2a_hex(data):
    """Hexadecimal representation of binary data."""
    # the object space's hex codec does the work
    return _bytes(data).encode('hex')


hexlify = b2a_hex


def a2b_hex(hexstr):
    """Binary data of hexadecimal representation."""
    # the object space's hex codec raises 2.7's TypeErrors
    return _bytes(hexstr).decode('hex')


unhexlify = a2b_hex


# ---- base64 ---------------------------------------------------------------

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64VALUE = {}
for _i in range(64):
    _B64VALUE[_B64[_i]] = _i
del _i


def b2a_base64(data):
    """Base64-code line of data."""
    s = _bytes(data)
    if len(s) > 57:
        # one line whatever the length: the MIME codec's lines joined
        return s.encode('base64').replace('\n', '') + '\n'
    table = _B64
    out = []
    n = len(s)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (ord(s[i]) << 16) | (ord(s[i + 1]) << 8) | ord(s[i + 2])
        out.append(table[v >> 18] + table[(v >> 12) & 63] + table[(v >> 6) & 63] + table[v & 63])
    rest = n - full
    if rest == 1:
        v = ord(s[full]) << 16
        out.append(table[v >> 18] + table[(v >> 12) & 63] + '==')
    elif rest == 2:
        v = (ord(s[full]) << 16) | (ord(s[full + 1]) << 8)
        out.append(table[v >> 18] + table[(v >> 12) & 63] + table[(v >> 6) & 63] + '=')
    out.append('\n')
    return ''.join(out)


def _next_valid_b64(s, i):
    """The first base64 character (pad included) after position i, or ''."""
    n = len(s)
    i += 1
    while i < n:
        c = s[i]
        if c == '=' or c in _B64VALUE:
            return c
        i += 1
    return ''


def a2b_base64(data):
    """Decode a line of base64 data."""
    s = _bytes(data)
    values = _B64VALUE
    out = []
    quad = 0
    acc = 0
    bits = 0
    for i in range(len(s)):
        c = s[i]
        if c == '=':
            # a pad ends the data once at least two characters of a quad came
            if quad < 2 or (quad == 2 and _next_valid_b64(s, i) != '='):
                continue
            bits = 0
            break
        v = values.get(c)
        if v is None:
            continue
        quad = (quad + 1) & 3
        acc = (acc << 6) | v
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append(chr((acc >> bits) & 0xff))
            acc &= (1 << bits) - 1
    if bits:
        raise Error("Incorrect padding")
    return ''.join(out)


# ---- uuencode -------------------------------------------------------------

def b2a_uu(data):
    """Uuencode line of data."""
    s = _bytes(data)
    if len(s) > 45:
        raise Error("At most 45 bytes at once")
    out = [chr(32 + len(s))]
    padded = s + '\x00' * (-len(s) % 3)
    for i in range(0, len(padded), 3):
        v = (ord(padded[i]) << 16) | (ord(padded[i + 1]) << 8) | ord(padded[i + 2])
        out.append(chr(32 + (v >> 18)) + chr(32 + ((v >> 12) & 63))
                   + chr(32 + ((v >> 6) & 63)) + chr(32 + (v & 63)))
    out.append('\n')
    return ''.join(out)


def a2b_uu(data):
    """Decode a line of uuencoded data."""
    s = _bytes(data)
    n = len(s)
    want = ((ord(s[0]) if n else 0) - 32) & 63
    pos = 1
    out = []
    acc = 0
    bits = 0
    while want > 0:
        if pos < n:
            c = ord(s[pos])
        else:
            c = -1
        pos += 1
        if c == -1 or c == 10 or c == 13:
            v = 0       # spaces eaten at the end of the line
        else:
            if c < 32 or c > 96:
                raise Error("Illegal char")
            v = (c - 32) & 63
        acc = (acc << 6) | v
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append(chr((acc >> bits) & 0xff))
            acc &= (1 << bits) - 1
            want -= 1
    while pos < n:
        c = s[pos]
        pos += 1
        if c != ' ' and c != '`' and c != '\n' and c != '\r':
            raise Error("Trailing garbage")
    return ''.join(out)


# ---- quoted-printable -----------------------------------------------------

_MAXLINE = 76


from _cargs import c_int as _c_int


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    s = _bytes(data)
    header = _c_int(header)
    n = len(s)
    out = []
    i = 0
    while i < n:
        c = s[i]
        if c == '=':
            i += 1
            if i >= n:
                break
            c = s[i]
            if c == '\n' or c == '\r':
                # soft line break
                while i < n and s[i] != '\n':
                    i += 1
                if i < n:
                    i += 1
            elif c == '=':
                out.append('=')
                i += 1
            elif i + 1 < n and c in _HEXVALUE and s[i + 1] in _HEXVALUE:
                out.append(chr(_HEXVALUE[c] * 16 + _HEXVALUE[s[i + 1]]))
                i += 2
            else:
                out.append('=')
        elif header and c == '_':
            out.append(' ')
            i += 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def _qp_escape(c):
    return '=' + '0123456789ABCDEF'[ord(c) >> 4] + '0123456789ABCDEF'[ord(c) & 15]


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding.  On encoding, when
istext is set, newlines are not encoded, and white space at end of lines
is.  When istext is not set, \\r and \\n (CR/LF) are both encoded.  When
quotetabs is set, space and tabs are encoded."""
    s = _bytes(data)
    quotetabs = _c_int(quotetabs)
    istext = _c_int(istext)
    header = _c_int(header)
    n = len(s)
    nl = s.find('\n')
    lineend = '\r\n' if nl > 0 and s[nl - 1] == '\r' else '\n'
    out = []
    linelen = 0
    i = 0
    while i < n:
        c = s[i]
        o = ord(c)
        nxt = s[i + 1] if i + 1 < n else ''
        if (o > 126 or c == '=' or (header and c == '_')
                or (c == '.' and linelen == 0 and nxt in ('', '\n', '\r', '\x00'))
                or (not istext and (c == '\r' or c == '\n'))
                or ((c == '\t' or c == ' ') and i + 1 == n)
                or (o < 33 and c != '\r' and c != '\n'
                    and (quotetabs or (c != '\t' and c != ' ')))):
            if linelen + 3 >= _MAXLINE:
                out.append('=' + lineend)
                linelen = 0
            out.append(_qp_escape(c))
            linelen += 3
            i += 1
        elif istext and (c == '\n' or (c == '\r' and nxt == '\n')):
            linelen = 0
            # whitespace before a line end must be protected
            if out and out[-1] in (' ', '\t'):
                out[-1] = _qp_escape(out[-1])
            out.append(lineend)
            i += 2 if c == '\r' else 1
        else:
            if i + 1 != n and nxt != '\n' and linelen + 1 >= _MAXLINE:
                out.append('=' + lineend)
                linelen = 0
            linelen += 1
            if header and c == ' ':
                out.append('_')
            else:
                out.append(c)
            i += 1
    return ''.join(out)


# ---- binhex 4 -------------------------------------------------------------

_HQX = '!"#$%&\'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr'
_HQXVALUE = {}
for _i in range(64):
    _HQXVALUE[_HQX[_i]] = _i
del _i
_RUNCHAR = '\x90'


def b2a_hqx(data):
    """Encode .hqx data."""
    s = _bytes(data)
    out = []
    acc = 0
    bits = 0
    for c in s:
        acc = (acc << 8) | ord(c)
        bits += 8
        while bits >= 6:
            bits -= 6
            out.append(_HQX[(acc >> bits) & 63])
        acc &= (1 << bits) - 1
    if bits:
        out.append(_HQX[(acc << (6 - bits)) & 63])
    return ''.join(out)


def a2b_hqx(data):
    """Decode .hqx coding."""
    s = _bytes(data)
    out = []
    acc = 0
    bits = 0
    done = 0
    for c in s:
        if c == '\n' or c == '\r':
            continue
        if c == ':':
            done = 1
            break
        v = _HQXVALUE.get(c)
        if v is None:
            raise Error("Illegal char")
        acc = (acc << 6) | v
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append(chr((acc >> bits) & 0xff))
            acc &= (1 << bits) - 1
    if bits and not done:
        raise Incomplete("String has incomplete number of bytes")
    return (''.join(out), done)


def rlecode_hqx(data):
    """Binhex RLE-code binary data."""
    s = _bytes(data)
    n = len(s)
    out = []
    i = 0
    while i < n:
        c = s[i]
        if c == _RUNCHAR:
            out.append(_RUNCHAR + '\x00')
            i += 1
            continue
        end = i + 1
        while end < n and s[end] == c and end < i + 255:
            end += 1
        if end - i > 3:
            out.append(c + _RUNCHAR + chr(end - i))
            i = end
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def rledecode_hqx(data):
    """Decode hexbin RLE-coded string."""
    s = _bytes(data)
    n = len(s)
    if n == 0:
        return ''
    out = []
    i = 0
    last = ''
    while i < n:
        c = s[i]
        i += 1
        if c != _RUNCHAR:
            out.append(c)
            last = c
            continue
        if i >= n:
            raise Incomplete("")
        count = ord(s[i])
        i += 1
        if count == 0:
            out.append(_RUNCHAR)
            last = _RUNCHAR
        elif i == 2:
            raise Error("Orphaned RLE code at start")
        else:
            out.append(last * (count - 1))
    return ''.join(out)


# ---- checksums ------------------------------------------------------------

def _make_crc32_table():
    table = []
    for i in range(256):
        c = i
        for k in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


_CRC32 = _make_crc32_table()


def crc32(data, crc=0):
    """Compute CRC-32 incrementally (a signed 32-bit result, as in 2.7)."""
    s = _bytes(data)
    try:
        import zlib
    except ImportError:
        zlib = None
    if zlib is not None:
        return zlib.crc32(s, crc & 0xffffffff)
    table = _CRC32
    c = (crc & 0xffffffff) ^ 0xffffffff
    for ch in s:
        c = table[(c ^ ord(ch)) & 0xff] ^ (c >> 8)
    c ^= 0xffffffff
    if c & 0x80000000:
        c -= 0x100000000
    return int(c)


def _make_crc_hqx_table():
    table = []
    for i in range(256):
        c = i << 8
        for k in range(8):
            if c & 0x8000:
                c = ((c << 1) ^ 0x1021) & 0xffff
            else:
                c = (c << 1) & 0xffff
        table.append(c)
    return table


_CRC_HQX = _make_crc_hqx_table()


def crc_hqx(data, crc):
    """Compute hqx CRC incrementally (CRC-CCITT, polynomial 0x1021)."""
    s = _bytes(data)
    crc = _c_int(crc)
    table = _CRC_HQX
    c = crc & 0xffff
    for ch in s:
        c = ((c << 8) & 0xff00) ^ table[(c >> 8) ^ ord(ch)]
    return c
