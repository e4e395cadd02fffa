"""Operations on sound fragments: strings of signed, native-endian
samples of 1, 2 or 4 bytes (the C module of CPython, in Python).

Results that do not fit a sample are clipped to its range, except in
bias(), which wraps around.
"""

import __builtin__
import math
import struct

_builtin_max = __builtin__.max
_builtin_min = __builtin__.min

__all__ = []


class error(Exception):
    pass


_FORMATS = {1: 'b', 2: 'h', 4: 'i'}
_MAXVAL = {1: 0x7f, 2: 0x7fff, 4: 0x7fffffff}
_MINVAL = {1: -0x80, 2: -0x8000, 4: -0x80000000}


def _check_size(size):
    if size not in _FORMATS:
        raise error("Size should be 1, 2 or 4")


def _check_params(length, size):
    _check_size(size)
    if length % size != 0:
        raise error("not a whole number of frames")


def _samples(cp, size):
    """The samples of fragment CP as a list of ints."""
    _check_params(len(cp), size)
    return list(struct.unpack('%d%s' % (len(cp) // size, _FORMATS[size]), cp))


def _pack(samples, size):
    return struct.pack('%d%s' % (len(samples), _FORMATS[size]), *samples)


def _clip(value, size):
    return _builtin_max(_MINVAL[size], _builtin_min(_MAXVAL[size], value))


def _fclip(value, size):
    # doubles are clipped, then rounded down
    top = float(_MAXVAL[size])
    bottom = float(_MINVAL[size])
    if value > top:
        return _MAXVAL[size]
    if value < bottom:
        return _MINVAL[size]
    return int(math.floor(value))


def _wrap(value, size):
    bits = 8 * size
    value &= (1 << bits) - 1
    if value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def _unsigned(value):
    # the C module returns unsigned results above INT_MAX as longs
    return long(value) if value > 0x7fffffff else value


def getsample(cp, size, i):
    """The I-th sample of fragment CP."""
    samples = _samples(cp, size)
    if not 0 <= i < len(samples):
        raise error("Index out of range")
    return samples[i]



def max(cp, size):
    """The largest absolute value of the samples."""
    samples = _samples(cp, size)
    if not samples:
        return 0
    return _unsigned(_builtin_max([abs(s) for s in samples]))


def minmax(cp, size):
    """(smallest, largest) sample."""
    samples = _samples(cp, size)
    if not samples:
        return (0x7fffffff, -0x80000000)
    return (_builtin_min(samples), _builtin_max(samples))


def avg(cp, size):
    """The average of the samples (rounded down)."""
    samples = _samples(cp, size)
    if not samples:
        return 0
    return int(math.floor(float(sum(samples)) / len(samples)))


def rms(cp, size):
    """The root mean square of the samples."""
    samples = _samples(cp, size)
    if not samples:
        return 0
    total = 0.0
    for s in samples:
        total += float(s) * float(s)
    return _unsigned(int(math.sqrt(total / len(samples))))


def _sum2(a, b):
    total = 0.0
    for x, y in zip(a, b):
        total += float(x) * float(y)
    return total


def _shorts(cp):
    if len(cp) % 2 != 0:
        raise error("Strings should be even-sized")
    return list(struct.unpack('%dh' % (len(cp) // 2), cp))


def findfit(cp1, cp2):
    """(offset, factor): where in CP1 the fragment CP2 fits best, and the
    factor it must be multiplied by (16-bit samples)."""
    a = _shorts(cp1)
    ref = _shorts(cp2)
    n = len(ref)
    if len(a) < n:
        raise error("First sample should be longer")
    sum_ri_2 = _sum2(ref, ref)
    sum_aij_2 = _sum2(a[:n], a[:n])
    sum_aij_ri = _sum2(a[:n], ref)
    best = (sum_ri_2 * sum_aij_2 - sum_aij_ri * sum_aij_ri) / sum_aij_2
    best_j = 0
    for j in range(1, len(a) - n + 1):
        leaving = float(a[j - 1])
        entering = float(a[j + n - 1])
        sum_aij_2 = sum_aij_2 + entering * entering - leaving * leaving
        sum_aij_ri = _sum2(a[j:j + n], ref)
        result = (sum_ri_2 * sum_aij_2 - sum_aij_ri * sum_aij_ri) / sum_aij_2
        if result < best:
            best = result
            best_j = j
    factor = _sum2(a[best_j:best_j + n], ref) / sum_ri_2
    return best_j, factor


def findfactor(cp1, cp2):
    """The factor F minimizing rms(add(cp1, mul(cp2, -F))) (16-bit)."""
    a = _shorts(cp1)
    ref = _shorts(cp2)
    if len(a) != len(ref):
        raise error("Samples should be same size")
    return _sum2(a, ref) / _sum2(ref, ref)


def findmax(cp, len2):
    """The offset of the LEN2 samples of CP with the most energy
    (16-bit)."""
    a = _shorts(cp)
    if len2 < 0 or len(a) < len2:
        raise error("Input sample should be longer")
    result = _sum2(a[:len2], a[:len2])
    best = result
    best_j = 0
    for j in range(1, len(a) - len2 + 1):
        leaving = float(a[j - 1])
        entering = float(a[j + len2 - 1])
        result = result + entering * entering - leaving * leaving
        if result > best:
            best = result
            best_j = j
    return best_j


def _extremes(samples):
    """The differences between successive extreme values (where the
    signal changes direction)."""
    if len(samples) <= 1:
        return []
    prev = samples[0]
    prevdiff = samples[1] - prev
    prev_extreme = None
    swings = []
    for value in samples[1:]:
        diff = value - prev
        if diff * prevdiff < 0:
            if prev_extreme is not None:
                swings.append(abs(prev - prev_extreme))
            prev_extreme = prev
        prev = value
        if diff != 0:
            prevdiff = diff
    return swings


def avgpp(cp, size):
    """The average peak-to-peak value."""
    swings = _extremes(_samples(cp, size))
    if not swings:
        return 0
    return _unsigned(int(float(sum(swings)) / len(swings)))


def maxpp(cp, size):
    """The largest peak-to-peak value."""
    swings = _extremes(_samples(cp, size))
    return _unsigned(_builtin_max(swings)) if swings else 0


def cross(cp, size):
    """The number of zero crossings."""
    count = -1
    previous = None
    for s in _samples(cp, size):
        negative = s < 0
        if negative != previous:
            count += 1
        previous = negative
    return count


def mul(cp, size, factor):
    """Every sample multiplied by FACTOR."""
    return _pack([_fclip(s * factor, size) for s in _samples(cp, size)], size)


def tomono(cp, size, lfactor, rfactor):
    """A mono fragment: left * LFACTOR + right * RFACTOR."""
    _check_params(len(cp), size)
    if len(cp) % (2 * size):
        raise error("not a whole number of frames")
    samples = _samples(cp, size)
    out = [_fclip(samples[i] * lfactor + samples[i + 1] * rfactor, size)
           for i in range(0, len(samples), 2)]
    return _pack(out, size)


def tostereo(cp, size, lfactor, rfactor):
    """A stereo fragment: each sample times LFACTOR and RFACTOR."""
    out = []
    for s in _samples(cp, size):
        out.append(_fclip(s * lfactor, size))
        out.append(_fclip(s * rfactor, size))
    return _pack(out, size)


def add(cp1, cp2, size):
    """The sum of two fragments, sample by sample."""
    _check_params(len(cp1), size)
    if len(cp1) != len(cp2):
        raise error("Lengths should be the same")
    return _pack([_clip(a + b, size) for a, b in
                  zip(_samples(cp1, size), _samples(cp2, size))], size)


def bias(cp, size, bias):
    """BIAS added to every sample (wrapping around)."""
    return _pack([_wrap(s + bias, size) for s in _samples(cp, size)], size)


def reverse(cp, size):
    """The samples in reverse order."""
    samples = _samples(cp, size)
    samples.reverse()
    return _pack(samples, size)


def lin2lin(cp, size, size2):
    """The fragment with samples of SIZE2 bytes."""
    _check_size(size2)
    samples = _samples(cp, size)
    if size == size2:
        return cp
    out = [(s << (32 - 8 * size)) >> (32 - 8 * size2) for s in samples]
    return _pack(out, size2)


# --- G.711 u-law and A-law ---------------------------------------------------

_SEG_ULAW_END = (0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)
_SEG_ALAW_END = (0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)


def _segment(value, ends):
    for i, end in enumerate(ends):
        if value <= end:
            return i
    return len(ends)


def _linear2ulaw(pcm):
    """u-law byte of a 16-bit sample."""
    pcm >>= 2
    if pcm < 0:
        pcm = -pcm
        mask = 0x7F
    else:
        mask = 0xFF
    if pcm > 8159:
        pcm = 8159
    pcm += 0x84 >> 2
    seg = _segment(pcm, _SEG_ULAW_END)
    if seg >= 8:
        return 0x7F ^ mask
    return ((seg << 4) | ((pcm >> (seg + 1)) & 0xF)) ^ mask


def _ulaw2linear(u):
    u = ~u & 0xFF
    t = ((u & 0x0F) << 3) + 0x84
    t <<= (u & 0x70) >> 4
    return (0x84 - t) if u & 0x80 else (t - 0x84)


def _linear2alaw(pcm):
    """A-law byte of a 16-bit sample."""
    pcm >>= 3
    if pcm >= 0:
        mask = 0xD5
    else:
        mask = 0x55
        pcm = -pcm - 1
    seg = _segment(pcm, _SEG_ALAW_END)
    if seg >= 8:
        return 0x7F ^ mask
    aval = seg << 4
    if seg < 2:
        aval |= (pcm >> 1) & 0xF
    else:
        aval |= (pcm >> seg) & 0xF
    return aval ^ mask


def _alaw2linear(a):
    a ^= 0x55
    t = (a & 0xF) << 4
    seg = (a & 0x70) >> 4
    if seg == 0:
        t += 8
    elif seg == 1:
        t += 0x108
    else:
        t = (t + 0x108) << (seg - 1)
    return t if a & 0x80 else -t


def _to16(samples, size):
    if size == 1:
        return [s << 8 for s in samples]
    if size == 4:
        return [s >> 16 for s in samples]
    return samples


def _from16(values, size):
    if size == 1:
        return [v >> 8 for v in values]
    if size == 4:
        return [v << 16 for v in values]
    return values


_ULAW_TABLE = [_ulaw2linear(i) for i in range(256)]
_ALAW_TABLE = [_alaw2linear(i) for i in range(256)]


def lin2ulaw(cp, size):
    """The fragment as u-law bytes."""
    return ''.join([chr(_linear2ulaw(v))
                    for v in _to16(_samples(cp, size), size)])


def ulaw2lin(cp, size):
    """u-law bytes as linear samples of SIZE bytes."""
    _check_size(size)
    return _pack(_from16([_ULAW_TABLE[ord(c)] for c in cp], size), size)


def lin2alaw(cp, size):
    """The fragment as A-law bytes."""
    return ''.join([chr(_linear2alaw(v))
                    for v in _to16(_samples(cp, size), size)])


def alaw2lin(cp, size):
    """A-law bytes as linear samples of SIZE bytes."""
    _check_size(size)
    return _pack(_from16([_ALAW_TABLE[ord(c)] for c in cp], size), size)


# --- Intel/DVI ADPCM --------------------------------------------------------------

_INDEX_TABLE = (-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8)

_STEPSIZE_TABLE = (
    7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41,
    45, 50, 55, 60, 66, 73, 80, 88, 97, 107, 118, 130, 143, 157, 173, 190,
    209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724,
    796, 876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272,
    2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358, 5894, 6484, 7132,
    7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818, 18500,
    20350, 22385, 24623, 27086, 29794, 32767)


def _adpcm_state(state):
    if state is None:
        return 0, 0
    try:
        valpred, index = state
    except (TypeError, ValueError):
        raise TypeError("state must be a tuple or None")
    if not -0x8000 <= valpred <= 0x7fff or not 0 <= index < len(_STEPSIZE_TABLE):
        raise ValueError("bad state")
    return valpred, index


def lin2adpcm(cp, size, state):
    """(4-bit ADPCM codes, two per byte; new state) of the fragment;
    STATE is (predicted value, step index) or None at the start."""
    samples = _to16(_samples(cp, size), size)
    valpred, index = _adpcm_state(state)
    step = _STEPSIZE_TABLE[index]
    out = []
    high = None
    for value in samples:
        diff = value - valpred
        sign = 8 if diff < 0 else 0
        if sign:
            diff = -diff
        delta = 0
        vpdiff = step >> 3
        for bit in (4, 2, 1):
            if diff >= step:
                delta |= bit
                diff -= step
                vpdiff += step
            step >>= 1
        if sign:
            valpred -= vpdiff
        else:
            valpred += vpdiff
        valpred = _builtin_max(-0x8000, _builtin_min(0x7fff, valpred))
        delta |= sign
        index = _builtin_max(0, _builtin_min(88, index + _INDEX_TABLE[delta]))
        step = _STEPSIZE_TABLE[index]
        if high is None:
            high = (delta << 4) & 0xF0
        else:
            out.append(chr(high | (delta & 0x0F)))
            high = None
    return ''.join(out), (valpred, index)


def adpcm2lin(cp, size, state):
    """(linear samples of SIZE bytes, new state) of ADPCM codes."""
    _check_size(size)
    valpred, index = _adpcm_state(state)
    step = _STEPSIZE_TABLE[index]
    values = []
    for byte in cp:
        code = ord(byte)
        for delta in ((code >> 4) & 0xF, code & 0xF):
            index = _builtin_max(0, _builtin_min(88, index + _INDEX_TABLE[delta]))
            vpdiff = step >> 3
            if delta & 4:
                vpdiff += step
            if delta & 2:
                vpdiff += step >> 1
            if delta & 1:
                vpdiff += step >> 2
            if delta & 8:
                valpred -= vpdiff
            else:
                valpred += vpdiff
            valpred = _builtin_max(-0x8000, _builtin_min(0x7fff, valpred))
            step = _STEPSIZE_TABLE[index]
            values.append(valpred)
    return _pack(_from16(values, size), size), (valpred, index)


# --- rate conversion --------------------------------------------------------------

def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _cdiv(a, b):
    # C's integer division truncates toward zero
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def ratecv(cp, size, nchannels, inrate, outrate, state, weightA=1, weightB=0):
    """(fragment at OUTRATE, new state): convert the frame rate of a
    fragment with NCHANNELS interleaved channels by linear
    interpolation; WEIGHTA and WEIGHTB make a simple low-pass filter."""
    _check_size(size)
    if nchannels < 1:
        raise error("# of channels should be >= 1")
    bytes_per_frame = size * nchannels
    if len(cp) % bytes_per_frame != 0:
        raise error("not a whole number of frames")
    if inrate <= 0 or outrate <= 0:
        raise error("sampling rate not > 0")
    if weightA < 1 or weightB < 0:
        raise error("weightA should be >= 1, weightB should be >= 0")
    d = _gcd(inrate, outrate)
    inrate //= d
    outrate //= d
    d = _gcd(weightA, weightB)
    weightA //= d
    weightB //= d

    prev = [0] * nchannels
    cur = [0] * nchannels
    if state is None:
        d = -outrate
    else:
        try:
            d, samps = state
        except (TypeError, ValueError):
            raise TypeError("illegal state argument")
        if len(samps) != nchannels:
            raise error("illegal state argument")
        for chan, pair in enumerate(samps):
            try:
                prev[chan], cur[chan] = pair
            except (TypeError, ValueError):
                raise TypeError("illegal state argument")

    frames = [s << (32 - 8 * size) for s in _samples(cp, size)]
    nframes = len(frames) // nchannels
    shift = 32 - 8 * size
    out = []
    pos = 0
    while True:
        while d < 0:
            if pos == nframes:
                samps = tuple([(prev[c], cur[c]) for c in range(nchannels)])
                return _pack(out, size), (d, samps)
            for chan in range(nchannels):
                prev[chan] = cur[chan]
                value = frames[pos * nchannels + chan]
                cur[chan] = _cdiv(weightA * value + weightB * prev[chan],
                                  weightA + weightB)
            pos += 1
            d += outrate
        while d >= 0:
            for chan in range(nchannels):
                value = int((float(prev[chan]) * d +
                             float(cur[chan]) * (outrate - d)) / outrate)
                out.append(value >> shift)
            d -= inrate
