"""SHA-256 and SHA-224 (FIPS 180-4) in pure Python; the _sha256 module of 2.7."""
from _hashbase import HashBase, words_be, output_be
from _sha2consts import K256, IV256, IV224

_M = 0xffffffff


def _ror(x, n):
    return ((x >> n) | (x << (32 - n))) & _M


class sha256(HashBase):
    name = 'sha256'
    digest_size = 32
    block_size = 64
    _initial = IV256

    def _compress(self, state, block):
        w = words_be(block, 4)
        for i in range(16, 64):
            x = w[i - 15]
            y = w[i - 2]
            s0 = _ror(x, 7) ^ _ror(x, 18) ^ (x >> 3)
            s1 = _ror(y, 17) ^ _ror(y, 19) ^ (y >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M)
        a, b, c, d, e, f, g, h = state
        K = K256
        for i in range(64):
            S1 = _ror(e, 6) ^ _ror(e, 11) ^ _ror(e, 25)
            ch = (e & f) ^ ((~e) & g)
            t1 = (h + S1 + ch + K[i] + w[i]) & _M
            S0 = _ror(a, 2) ^ _ror(a, 13) ^ _ror(a, 22)
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
        return output_be(state, 4)


class sha224(sha256):
    name = 'sha224'
    digest_size = 28
    _initial = IV224


def new(arg=None):
    return sha256(arg)
