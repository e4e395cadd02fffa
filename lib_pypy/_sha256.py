"""SHA-256 and SHA-224 (FIPS 180-4) in pure Python; the _sha256 module of 2.7."""
from _hashbase import HashBase, words_be, output_be
from _sha2consts import K256, IV256, IV224

_M = 0xffffffff


class sha256(HashBase):
    name = 'SHA256'
    digest_size = 32
    block_size = 64
    _initial = IV256

    def _compress(self, state, block):
        # the 32-bit rotations are written out in place: a helper function
        # call per rotation dominated the running time
        w = words_be(block, 4)
        for i in range(16, 64):
            x = w[i - 15]
            y = w[i - 2]
            s0 = (((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3)) & _M
            s1 = (((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10)) & _M
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M)
        a, b, c, d, e, f, g, h = state
        K = K256
        for i in range(64):
            S1 = (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7))) & _M
            ch = (e & f) ^ ((~e) & g)
            t1 = h + S1 + ch + K[i] + w[i]
            S0 = (((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10))) & _M
            maj = (a & b) ^ (a & c) ^ (b & c)
            h = g
            g = f
            f = e
            e = (d + t1) & _M
            d = c
            c = b
            b = a
            a = (t1 + S0 + maj) & _M
        for i, v in enumerate((a, b, c, d, e, f, g, h)):
            state[i] = (state[i] + v) & _M

    def _output(self, state):
        return output_be(state, 4)


class sha224(sha256):
    name = 'SHA224'
    digest_size = 28
    _initial = IV224


def new(arg=None):
    return sha256(arg)
