"""Recognize sound file formats by their headers.

what(filename) and whathdr(filename) return None for an unknown format,
else a tuple (type, sampling_rate, channels, frames, bits_per_sample):
type is 'aifc', 'aiff', 'au', 'hcom', 'sndr', 'sndt', 'voc', 'wav',
'8svx', 'sb', 'ub' or 'ul'; frames is -1 when not known and
bits_per_sample is 'A' (A-law) or 'U' (u-law) for those encodings,
0 or '?' when unknown.
"""

__all__ = ["what", "whathdr"]


def what(filename):
    """The format of the sound file FILENAME (see the module)."""
    return whathdr(filename)


def whathdr(filename):
    """Guess the format from the file's first 512 bytes."""
    with open(filename, 'rb') as f:
        h = f.read(512)
        for test in tests:
            found = test(h, f)
            if found:
                return found
    return None


def get_long_be(b):
    return (ord(b[0]) << 24) | (ord(b[1]) << 16) | (ord(b[2]) << 8) | ord(b[3])


def get_long_le(b):
    return (ord(b[3]) << 24) | (ord(b[2]) << 16) | (ord(b[1]) << 8) | ord(b[0])


def get_short_be(b):
    return (ord(b[0]) << 8) | ord(b[1])


def get_short_le(b):
    return (ord(b[1]) << 8) | ord(b[0])


# Each test takes the header and the open file and returns the tuple or
# None; more can be appended to `tests`.

def test_aifc(h, f):
    import aifc
    if not h.startswith('FORM'):
        return None
    kinds = {'AIFC': 'aifc', 'AIFF': 'aiff'}
    fmt = kinds.get(h[8:12])
    if fmt is None:
        return None
    f.seek(0)
    try:
        a = aifc.openfp(f, 'r')
    except (EOFError, aifc.Error):
        return None
    return (fmt, a.getframerate(), a.getnframes(), a.getnchannels(),
            8 * a.getsampwidth())


# Sun/NeXT .au encodings: what each sample is
_AU_SAMPLES = {1: ('U', 1), 2: (8, 1), 3: (16, 2)}


def test_au(h, f):
    if h.startswith('.snd'):
        get = get_long_be
    elif h[:4] in ('\0ds.', 'dns.'):
        get = get_long_le
    else:
        return None
    data_size = get(h[8:12])
    encoding = get(h[12:16])
    rate = get(h[16:20])
    nchannels = get(h[20:24])
    bits, size = _AU_SAMPLES.get(encoding, ('?', 1))
    frame_size = size * nchannels
    frames = data_size / frame_size if frame_size else -1
    return 'au', rate, nchannels, frames, bits


def test_hcom(h, f):
    if h[65:69] != 'FSSD' or h[128:132] != 'HCOM':
        return None
    divisor = get_long_be(h[144:148])
    rate = 22050 / divisor if divisor else 0
    return 'hcom', rate, 1, -1, 8


def test_voc(h, f):
    if not h.startswith('Creative Voice File\032'):
        return None
    block = get_short_le(h[20:22])
    rate = 0
    if 0 <= block < 500 and h[block:block + 1] == '\1':
        code = ord(h[block + 4])
        if code != 256:
            rate = int(1000000.0 / (256 - code))
    return 'voc', rate, 1, -1, 8


def test_wav(h, f):
    # RIFF, WAVE, then the fmt chunk
    if h[:4] != 'RIFF' or h[8:12] != 'WAVE' or h[12:16] != 'fmt ':
        return None
    nchannels = get_short_le(h[22:24])
    rate = get_long_le(h[24:28])
    bits = get_short_le(h[34:36])
    return 'wav', rate, nchannels, -1, bits


def test_8svx(h, f):
    if h[:4] != 'FORM' or h[8:12] != '8SVX':
        return None
    # the rate is somewhere in the VHDR chunk; not looked for
    return '8svx', 0, 1, 0, 8


def test_sndt(h, f):
    if h.startswith('SOUND'):
        return 'sndt', get_short_le(h[20:22]), 1, get_long_le(h[8:12]), 8


def test_sndr(h, f):
    if h.startswith('\0\0'):
        rate = get_short_le(h[2:4])
        if 4000 <= rate <= 25000:
            return 'sndr', rate, 1, -1, 8


tests = [test_aifc, test_au, test_hcom, test_voc, test_wav, test_8svx,
         test_sndt, test_sndr]


# the command line: python -m sndhdr [-r] file-or-directory...
from _whatcli import make_cli as _make_cli
test, testall = _make_cli(what)
del _make_cli


if __name__ == '__main__':
    test()
