"""SHA-1 (FIPS 180-4) in pure Python; the _sha module of 2.7."""
from _hashbase import HashBase, words_be, output_be

_M = 0xffffffff


class sha(HashBase):
    name = 'SHA1'
    digest_size = 20
    block_size = 64
    _initial = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]

    def _compress(self, state, block):
        w = words_be(block, 4)
        for i in range(16, 80):
            v = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
            w.append(((v << 1) | (v >> 31)) & _M)
        a, b, c, d, e = state
        for i in range(80):
            if i < 20:
                f = (b & c) | ((~b) & d)
                k = 0x5A827999
            elif i < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif i < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            t = ((((a << 5) | (a >> 27)) & _M) + (f & _M) + e + k + w[i]) & _M
            e = d
            d = c
            c = ((b << 30) | (b >> 2)) & _M
            b = a
            a = t
        state[0] = (state[0] + a) & _M
        state[1] = (state[1] + b) & _M
        state[2] = (state[2] + c) & _M
        state[3] = (state[3] + d) & _M
        state[4] = (state[4] + e) & _M

    def _output(self, state):
        return output_be(state, 4)


blocksize = 1
digest_size = digestsize = 20


def new(arg=None):
    """Return a new SHA hashing object; optionally initialized with a string."""
    return sha(arg)
