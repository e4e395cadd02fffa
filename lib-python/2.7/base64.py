"""RFC 3548: Base16, Base32, Base64 data encodings, and the legacy
MIME-style interface (encode/decode of files, encodestring/decodestring)."""

import binascii

__all__ = [
    'encode', 'decode', 'encodestring', 'decodestring',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b16encode', 'b16decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

_IDENTITY = ''.join([chr(_i) for _i in range(256)])


def _translation(src, dst):
    """A str.translate table mapping each char of src to the one of dst."""
    table = list(_IDENTITY)
    for a, b in zip(src, dst):
        table[ord(a)] = b
    return ''.join(table)


# ---- Base64 -----------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode a string using Base64; altchars (2 chars) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s)[:-1]
    if altchars is not None:
        return encoded.translate(_translation('+/', altchars[:2]))
    return encoded


def b64decode(s, altchars=None):
    """Decode a Base64 string; characters outside the alphabet are ignored.
    TypeError is raised for incorrect padding."""
    if altchars is not None:
        s = s.translate(_translation(altchars[:2], '+/'))
    try:
        return binascii.a2b_base64(s)
    except binascii.Error as e:
        raise TypeError(str(e))


def standard_b64encode(s):
    """Encode a string using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode a string encoded with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode with the URL- and filesystem-safe alphabet ('-' and '_')."""
    return b64encode(s, '-_')


def urlsafe_b64decode(s):
    """Decode a string encoded with the URL- and filesystem-safe alphabet."""
    return b64decode(s, '-_')


# ---- Base32 -----------------------------------------------------------------

_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32VALUE = {}
for _i in range(32):
    _B32VALUE[_B32[_i]] = _i
del _i
# padding characters for each length of the last quantum (0..4 bytes)
_B32PAD = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
# bytes to drop from the last decoded quantum for each padding length
_B32DROP = {0: 0, 1: 1, 3: 2, 4: 3, 6: 4}


def _flat(s):
    """The bytes of a bytearray, buffer or memoryview argument as a str (the
    loops here index characters)."""
    if isinstance(s, (bytearray, buffer)):
        return str(s)
    if isinstance(s, memoryview):
        return s.tobytes()
    return s


def b32encode(s):
    """Encode a string using Base32."""
    if isinstance(s, unicode):
        s = s.encode('ascii')
    s = _flat(s)
    out = []
    n = len(s)
    rest = n % 5
    padded = s + '\x00' * ((5 - rest) % 5)
    for i in range(0, len(padded), 5):
        v = 0
        for c in padded[i:i + 5]:
            v = (v << 8) | ord(c)
        out.append(''.join([_B32[(v >> (35 - 5 * k)) & 31] for k in range(8)]))
    encoded = ''.join(out)
    pad = _B32PAD[rest]
    if pad:
        encoded = encoded[:-pad] + '=' * pad
    return encoded


def b32decode(s, casefold=False, map01=None):
    """Decode a Base32 string.  casefold accepts lowercase; map01 says what
    the digit 1 stands for ('I' or 'L'; 0 is always O).  TypeError for
    incorrect padding or non-alphabet characters."""
    if isinstance(s, unicode):
        s = s.encode('ascii')
    if len(s) % 8:
        raise TypeError('Incorrect padding')
    if map01 is not None:
        s = s.translate(_translation('01', 'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip('=')
    padchars = len(s) - len(stripped)
    out = []
    v = 0
    count = 0
    for c in stripped:
        d = _B32VALUE.get(c)
        if d is None:
            raise TypeError('Non-base32 digit found')
        v = (v << 5) | d
        count += 1
        if count == 8:
            out.append(_int_to_bytes(v, 5))
            v = 0
            count = 0
    if count:
        v <<= 5 * (8 - count)
        out.append(_int_to_bytes(v, 5))
    if padchars not in _B32DROP:
        raise TypeError('Incorrect padding')
    drop = _B32DROP[padchars]
    result = ''.join(out)
    if drop:
        result = result[:-drop]
    return result


def _int_to_bytes(v, n):
    return ''.join([chr((v >> (8 * (n - 1 - k))) & 0xff) for k in range(n)])


# ---- Base16 -----------------------------------------------------------------

def b16encode(s):
    """Encode a string using Base16 (upper-case hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode a Base16 string; casefold accepts lowercase digits."""
    if isinstance(s, unicode):
        s = s.encode('ascii')
    s = _flat(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in '0123456789ABCDEF':
            raise TypeError('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- the legacy interface ---------------------------------------------------

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Base64-encode the file input into the file output (76-char lines)."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Base64-decode the file input into the file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def encodestring(s):
    """Encode a string into multiple lines of base-64 data."""
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return ''.join(pieces)


def decodestring(s):
    """Decode a string of base-64 data."""
    return binascii.a2b_base64(s)
