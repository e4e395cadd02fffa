"""SHA-512 and SHA-384 (FIPS 180-4) in pure Python; the _sha512 module of 2.7.

Each 64-bit word is kept as two 32-bit halves (high, low) so that all the
arithmetic stays on machine ints: 64-bit words do not fit a signed machine
int, and long arithmetic made this several times slower.  The state is the
16 halves in big-endian order, so its output is that of 32-bit words."""
from _hashbase import HashBase, words_be, output_be
from _sha2consts import K512, IV512, IV384

_M = 0xffffffff


def _halves(words):
    out = []
    for v in words:
        out.append(int(v >> 32))
        out.append(int(v & _M))
    return out


_KH = [int(k >> 32) for k in K512]
_KL = [int(k & _M) for k in K512]


class sha512(HashBase):
    name = 'SHA512'
    digest_size = 64
    block_size = 128
    _lenbytes = 16
    _initial = _halves(IV512)

    def _compress(self, state, block):
        w = words_be(block, 4)
        wh = w[0::2]
        wl = w[1::2]
        for i in range(16, 80):
            # sigma0 = ror 1 ^ ror 8 ^ shr 7 of w[i-15]
            xh = wh[i - 15]
            xl = wl[i - 15]
            s0h = ((xh >> 1) | (xl << 31)) ^ ((xh >> 8) | (xl << 24)) ^ (xh >> 7)
            s0l = ((xl >> 1) | (xh << 31)) ^ ((xl >> 8) | (xh << 24)) ^ ((xl >> 7) | (xh << 25))
            # sigma1 = ror 19 ^ ror 61 ^ shr 6 of w[i-2]
            xh = wh[i - 2]
            xl = wl[i - 2]
            s1h = ((xh >> 19) | (xl << 13)) ^ ((xl >> 29) | (xh << 3)) ^ (xh >> 6)
            s1l = ((xl >> 19) | (xh << 13)) ^ ((xh >> 29) | (xl << 3)) ^ ((xl >> 6) | (xh << 26))
            lo = wl[i - 16] + (s0l & _M) + wl[i - 7] + (s1l & _M)
            wh.append((wh[i - 16] + (s0h & _M) + wh[i - 7] + (s1h & _M) + (lo >> 32)) & _M)
            wl.append(lo & _M)
        ah, al, bh, bl, ch_, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl = state
        KH = _KH
        KL = _KL
        for i in range(80):
            # Sigma1 = ror 14 ^ ror 18 ^ ror 41 of e
            S1h = ((eh >> 14) | (el << 18)) ^ ((eh >> 18) | (el << 14)) ^ ((el >> 9) | (eh << 23))
            S1l = ((el >> 14) | (eh << 18)) ^ ((el >> 18) | (eh << 14)) ^ ((eh >> 9) | (el << 23))
            t1l = hl + (S1l & _M) + ((el & fl) ^ (~el & gl)) + KL[i] + wl[i]
            t1h = hh + (S1h & _M) + ((eh & fh) ^ (~eh & gh)) + KH[i] + wh[i] + (t1l >> 32)
            t1l &= _M
            # Sigma0 = ror 28 ^ ror 34 ^ ror 39 of a
            S0h = ((ah >> 28) | (al << 4)) ^ ((al >> 2) | (ah << 30)) ^ ((al >> 7) | (ah << 25))
            S0l = ((al >> 28) | (ah << 4)) ^ ((ah >> 2) | (al << 30)) ^ ((ah >> 7) | (al << 25))
            t2l = (S0l & _M) + ((al & bl) ^ (al & cl) ^ (bl & cl))
            t2h = (S0h & _M) + ((ah & bh) ^ (ah & ch_) ^ (bh & ch_))
            hh = gh
            hl = gl
            gh = fh
            gl = fl
            fh = eh
            fl = el
            lo = dl + t1l
            eh = (dh + t1h + (lo >> 32)) & _M
            el = lo & _M
            dh = ch_
            dl = cl
            ch_ = bh
            cl = bl
            bh = ah
            bl = al
            lo = t1l + t2l
            ah = (t1h + t2h + (lo >> 32)) & _M
            al = lo & _M
        new = (ah, al, bh, bl, ch_, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl)
        for i in range(0, 16, 2):
            lo = state[i + 1] + new[i + 1]
            state[i] = (state[i] + new[i] + (lo >> 32)) & _M
            state[i + 1] = lo & _M

    def _output(self, state):
        return output_be(state, 4)


class sha384(sha512):
    name = 'SHA384'
    digest_size = 48
    _initial = _halves(IV384)


def new(arg=None):
    return sha512(arg)
