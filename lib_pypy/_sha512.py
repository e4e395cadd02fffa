"""SHA-512 and SHA-384 (FIPS 180-4) in pure Python; the _sha512 module of 2.7."""
from _hashbase import HashBase, words_be, output_be
from _sha2consts import K512, IV512, IV384

_M = 0xffffffffffffffff


def _ror(x, n):
    return ((x >> n) | (x << (64 - n))) & _M


class sha512(HashBase):
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _lenbytes = 16
    _initial = IV512

    def _compress(self, state, block):
        w = words_be(block, 8)
        for i in range(16, 80):
            x = w[i - 15]
            y = w[i - 2]
            s0 = _ror(x, 1) ^ _ror(x, 8) ^ (x >> 7)
            s1 = _ror(y, 19) ^ _ror(y, 61) ^ (y >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M)
        a, b, c, d, e, f, g, h = state
        K = K512
        for i in range(80):
            S1 = _ror(e, 14) ^ _ror(e, 18) ^ _ror(e, 41)
            ch = (e & f) ^ ((~e) & g)
            t1 = (h + S1 + ch + K[i] + w[i]) & _M
            S0 = _ror(a, 28) ^ _ror(a, 34) ^ _ror(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & _M
            h = g
            g = f
            f = e
            e = (d + t1) & _M
            d = c
            c = b
            b = a
            a = (t1 + t2) & _M
        for i, v in enumerate((a, b, c, d, e, f, g, h)):
            state[i] = (state[i] + v) & _M

    def _output(self, state):
        return output_be(state, 8)


class sha384(sha512):
    name = 'sha384'
    digest_size = 48
    _initial = IV384


def new(arg=None):
    return sha512(arg)
