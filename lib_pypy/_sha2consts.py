"""The SHA-2 constants, derived as FIPS 180-4 defines them: fractional
parts of the square and cube roots of the first primes."""


def _primes(n):
    found = []
    k = 2
    while len(found) < n:
        for p in found:
            if p * p > k:
                found.append(k)
                break
            if k % p == 0:
                break
        else:
            found.append(k)
        k += 1
    return found


def _iroot(n, k):
    """floor(n ** (1/k)) for a positive integer n."""
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _fraction_bits(p, k, bits):
    """The first `bits` bits of the fractional part of p ** (1/k)."""
    # int() gives a machine int where it fits: 32-bit arithmetic on longs is
    # several times slower
    return int(_iroot(p << (k * bits), k) & ((1 << bits) - 1))


_P = _primes(80)
K256 = [_fraction_bits(p, 3, 32) for p in _P[:64]]
K512 = [_fraction_bits(p, 3, 64) for p in _P]
IV256 = [_fraction_bits(p, 2, 32) for p in _P[:8]]
IV512 = [_fraction_bits(p, 2, 64) for p in _P[:8]]
IV384 = [_fraction_bits(p, 2, 64) for p in _P[8:16]]
IV224 = [int(v & 0xffffffff) for v in IV384]
