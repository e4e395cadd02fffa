"""Punycode (RFC 3492): the bootstring encoding of Unicode labels used
by IDNA."""
import codecs
from encodings._bytescodec import make_entry

BASE = 36
TMIN = 1
TMAX = 26
SKEW = 38
DAMP = 700
INITIAL_BIAS = 72
INITIAL_N = 128
_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789'


def _adapt(delta, numpoints, first):
    delta = delta // DAMP if first else delta // 2
    delta += delta // numpoints
    k = 0
    while delta > ((BASE - TMIN) * TMAX) // 2:
        delta //= BASE - TMIN
        k += BASE
    return k + (BASE - TMIN + 1) * delta // (delta + SKEW)


def _threshold(k, bias):
    if k <= bias:
        return TMIN
    if k >= bias + TMAX:
        return TMAX
    return k - bias


def punycode_encode(text):
    if isinstance(text, str):
        text = text.decode('ascii')
    codes = [ord(c) for c in text]
    out = [chr(c) for c in codes if c < 0x80]
    b = len(out)
    if b:
        out.append('-')
    n = INITIAL_N
    delta = 0
    bias = INITIAL_BIAS
    h = b
    while h < len(codes):
        m = min([c for c in codes if c >= n])
        delta += (m - n) * (h + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (BASE - t)])
                    q = (q - t) // (BASE - t)
                    k += BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, h + 1, h == b)
                delta = 0
                h += 1
        delta += 1
        n += 1
    return ''.join(out)


def _digit_value(c):
    o = ord(c)
    if 0x30 <= o <= 0x39:
        return o - 22          # '0'..'9' -> 26..35
    if 0x41 <= o <= 0x5A:
        return o - 0x41
    if 0x61 <= o <= 0x7A:
        return o - 0x61
    raise UnicodeError("Invalid extended code point '%s'" % c)


def punycode_decode(text, errors='strict'):
    if isinstance(text, unicode):
        text = text.encode('ascii')
    pos = text.rfind('-')
    if pos == -1:
        out = []
        extended = text
    else:
        out = [unicode(c) for c in text[:pos]]
        extended = text[pos + 1:]
    n = INITIAL_N
    i = 0
    bias = INITIAL_BIAS
    j = 0
    while j < len(extended):
        oldi = i
        w = 1
        k = BASE
        while True:
            if j >= len(extended):
                if errors == 'strict':
                    raise UnicodeError("incomplete punicode string")
                return u''.join(out)
            digit = _digit_value(extended[j])
            j += 1
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= BASE - t
            k += BASE
        bias = _adapt(i - oldi, len(out) + 1, oldi == 0)
        n += i // (len(out) + 1)
        i %= len(out) + 1
        if n > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord('?')
        out.insert(i, unichr(n))
        i += 1
    return u''.join(out)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return (punycode_encode(input), len(input))

    def decode(self, input, errors='strict'):
        return (punycode_decode(input, errors), len(input))


def getregentry():
    entry = make_entry('punycode', punycode_encode, punycode_decode)
    return entry
