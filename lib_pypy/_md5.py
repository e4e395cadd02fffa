"""MD5 (RFC 1321) in pure Python; the _md5 module of 2.7."""
from _hashbase import HashBase

_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4


def _make_k():
    # floor(abs(sin(i + 1)) * 2**32), the RFC's table
    return [0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
            0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
            0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
            0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
            0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
            0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
            0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
            0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
            0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
            0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
            0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391]


_K = _make_k()
# message word used by each of the 64 steps
_G = ([i for i in range(16)] + [(5 * i + 1) % 16 for i in range(16)]
      + [(3 * i + 5) % 16 for i in range(16)] + [(7 * i) % 16 for i in range(16)])
_M = 0xffffffff


class md5(HashBase):
    name = 'MD5'
    digest_size = 16
    block_size = 64
    _initial = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]
    _little = True

    def _compress(self, state, block):
        x = []
        for i in range(0, 64, 4):
            x.append(ord(block[i]) | (ord(block[i + 1]) << 8) | (ord(block[i + 2]) << 16)
                     | (ord(block[i + 3]) << 24))
        a, b, c, d = state
        K = _K
        S = _S
        G = _G
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
            elif i < 32:
                f = (d & b) | (~d & c)
            elif i < 48:
                f = b ^ c ^ d
            else:
                f = c ^ (b | (~d & _M))
            t = (a + (f & _M) + K[i] + x[G[i]]) & _M
            s = S[i]
            t = ((t << s) | (t >> (32 - s))) & _M
            a, d, c, b = d, c, b, (b + t) & _M
        state[0] = (state[0] + a) & _M
        state[1] = (state[1] + b) & _M
        state[2] = (state[2] + c) & _M
        state[3] = (state[3] + d) & _M

    def _output(self, state):
        out = []
        for w in state:
            out.append(chr(w & 0xff) + chr((w >> 8) & 0xff) + chr((w >> 16) & 0xff)
                       + chr((w >> 24) & 0xff))
        return ''.join(out)


MD5Type = md5
digest_size = 16


def new(arg=None):
    """Return a new MD5 hash object; optionally initialized with a string."""
    return md5(arg)
