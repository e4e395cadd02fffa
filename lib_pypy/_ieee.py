"""IEEE 754 binary32/binary64 bit patterns of Python floats, computed
exactly from float.hex() (no C cast available at app level).  Shared by
_struct, array and marshal."""

from math import copysign as _copysign

_NAN = float('nan')

# (exponent bits, fraction bits, bias) per size in bytes
_LAYOUT = {4: (8, 23, 127), 8: (11, 52, 1023)}


def float_to_bits(x, size):
    """The bit pattern of x as an IEEE float of `size` bytes (4 or 8),
    rounding half to even; OverflowError when a finite x does not fit."""
    ebits, mbits, bias = _LAYOUT[size]
    signshift = ebits + mbits
    emask = (1 << ebits) - 1
    if x != x:
        # a quiet NaN keeping x's sign (float('nan') is x86's negative one)
        sign = 1 if _copysign(1.0, x) < 0 else 0
        return (sign << signshift) | (emask << mbits) | (1 << (mbits - 1))
    h = x.hex()
    sign = 0
    if h[0] == '-':
        sign = 1
        h = h[1:]
    if h == 'inf':
        return (sign << signshift) | (emask << mbits)
    body, exp_text = h[2:].split('p')
    if '.' in body:
        lead, frac = body.split('.')
    else:
        lead, frac = body, ''
    m = int(lead + frac, 16)
    e = int(exp_text) - 4 * len(frac)
    if m == 0:
        return sign << signshift
    top = e + m.bit_length() - 1
    emin = 1 - bias
    q = max(top, emin) - mbits          # exponent of the last kept bit
    shift = q - e
    if shift > 0:
        r = m >> shift
        rem = m - (r << shift)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and r & 1):
            r += 1
    else:
        r = m << (-shift)
    if r >= 1 << (mbits + 1):
        r >>= 1
        q += 1
    if r >= 1 << mbits:
        expfield = q + mbits + bias
        if expfield >= emask:
            raise OverflowError("float too large to pack with %s format"
                                % ('f' if size == 4 else 'd'))
        bits = (expfield << mbits) | (r - (1 << mbits))
    else:
        bits = r
    return bits | (sign << signshift)


def bits_to_float(bits, size):
    ebits, mbits, bias = _LAYOUT[size]
    emask = (1 << ebits) - 1
    sign = '-' if (bits >> (ebits + mbits)) & 1 else ''
    expfield = (bits >> mbits) & emask
    frac = bits & ((1 << mbits) - 1)
    if expfield == emask:
        if frac:
            return _copysign(_NAN, -1.0 if sign else 1.0)
        return float(sign + 'inf')
    if expfield == 0:
        return float.fromhex('%s0x%xp%d' % (sign, frac, 1 - bias - mbits))
    return float.fromhex('%s0x%xp%d' % (sign, frac | (1 << mbits), expfield - bias - mbits))
