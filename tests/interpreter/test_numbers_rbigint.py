"""support/rbigint.py against the host's integers (recorded 2.7 facts where
they differ: hash, formats)."""
import random
import sys

sys.set_int_max_str_digits(0)

from pypy27.support import rbigint as rb


def B(x: int) -> rb.rbigint:
    return rb.fromdecimalstr(str(x))


def V(b: rb.rbigint) -> int:
    return int(rb.str_(b))


VALUES = [0, 1, -1, 2, -2, 7, 2**30 - 1, 2**30, -2**30, 2**31, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1,
          2**64, 2**64 - 1, -2**64, 10**20, -10**20, 3**100, -(7**90), 2**200 - 1, 12345678901234567890123]


def _rand(rng: random.Random) -> int:
    n = rng.choice([1, 2, 5, 30, 64, 65, 100, 300, 1000, 3000, 5000])
    v = rng.getrandbits(n)
    if rng.random() < 0.3:
        v |= 1 << (n - 1)
        v -= rng.getrandbits(3)
    return -v if rng.random() < 0.5 else v


def test_roundtrip() -> None:
    for v in VALUES:
        assert V(B(v)) == v
        if -2**63 <= v < 2**63:
            assert rb.toint(rb.fromint(v)) == v
            assert rb.fits_int(B(v))
        else:
            assert not rb.fits_int(B(v))


def test_arith_random() -> None:
    rng = random.Random(42)
    vals = VALUES + [_rand(rng) for _ in range(60)]
    for _ in range(400):
        a = rng.choice(vals)
        b = rng.choice(vals)
        ba, bb = B(a), B(b)
        assert V(rb.add(ba, bb)) == a + b
        assert V(rb.sub(ba, bb)) == a - b
        assert V(rb.mul(ba, bb)) == a * b
        assert rb.compare(ba, bb) == (a > b) - (a < b)
        if b:
            q, r = rb.floordivmod(ba, bb)
            assert (V(q), V(r)) == divmod(a, b), (a, b)
        assert V(rb.and_(ba, bb)) == a & b
        assert V(rb.or_(ba, bb)) == a | b
        assert V(rb.xor(ba, bb)) == a ^ b
        assert V(rb.invert(ba)) == ~a
        s = rng.randrange(0, 200)
        assert V(rb.lshift(ba, s)) == a << s
        assert V(rb.rshift(ba, s)) == a >> s
        assert rb.bit_length(ba) == a.bit_length()
        assert rb.touint_mask(ba) == ((a & (2**64 - 1)) ^ 2**63) - 2**63


def test_karatsuba() -> None:
    rng = random.Random(1)
    for n in [2000, 2100, 4000, 9000, 20000]:
        for m in [2100, 3000, 7000, 20000]:
            a = rng.getrandbits(n) | 1 << (n - 1)
            b = -rng.getrandbits(m)
            assert V(rb.mul(B(a), B(b))) == a * b


def test_tofloat() -> None:
    rng = random.Random(5)
    for _ in range(300):
        v = _rand(rng)
        if abs(v) < 2**1024 - 2**970:
            assert rb.tofloat(B(v)) == float(v)
    for v in [2**53 + 1, 2**54 + 2, 2**54 + 6, 2**1024 - 2**971, 2**1023 * 2 - 2**970 - 1]:
        assert rb.tofloat(B(v)) == float(v)
    for v in [2**1024, 2**1024 - 2**970, -2**1024]:
        try:
            rb.tofloat(B(v))
            assert False
        except OverflowError as e:
            assert str(e) == "long int too large to convert to float"


def test_fromfloat() -> None:
    for f in [0.0, 0.5, -0.5, 1.0, 1e18, 9.3e18, -9.3e18, 1e19, 1e300, 1.7976931348623157e308, 123456.75, -2.0**64]:
        assert V(rb.fromfloat(f)) == int(f)


def test_truediv() -> None:
    rng = random.Random(7)
    for _ in range(300):
        a, b = _rand(rng), _rand(rng)
        if b and abs(a) < 2**1000 * abs(b):
            assert rb.truediv(B(a), B(b)) == a / b, (a, b)
    assert rb.truediv(B(1), B(3 * 2**1100)) == 1 / (3 * 2**1100)
    assert rb.truediv(B(1), B(2**1074)) == 5e-324
    assert rb.truediv(B(1), B(2**1075)) == 0.0
    assert rb.truediv(B(3), B(2**1076)) == 5e-324


def test_pow() -> None:
    assert V(rb.pow_(B(3), B(200), None)) == 3**200
    assert V(rb.pow_(B(-3), B(201), None)) == (-3)**201
    assert V(rb.pow_(B(3), B(200), B(10**9 + 7))) == pow(3, 200, 10**9 + 7)
    assert V(rb.pow_(B(3), B(200), B(-(10**9 + 7)))) == pow(3, 200, -(10**9 + 7))
    assert V(rb.pow_(B(-3), B(2**70 + 1), B(2**80 + 3))) == pow(-3, 2**70 + 1, 2**80 + 3)


def test_text() -> None:
    rng = random.Random(3)
    for v in VALUES + [_rand(rng) for _ in range(40)] + [10**3000 + 17, -(10**5000)]:
        assert rb.str_(B(v)) == str(v)
        assert rb.format_base(B(v), 16) == ("-" if v < 0 else "") + "%x" % abs(v)
        assert rb.format_base(B(v), 8) == ("-" if v < 0 else "") + "%o" % abs(v)
        assert rb.format_base(B(v), 2) == ("-" if v < 0 else "") + "%s" % bin(abs(v))[2:]
    b = rb.fromstr("zz", 36)
    assert b is not None and V(b) == 36 * 36 - 1
    assert rb.fromstr("19", 8) is None
    assert rb.fromstr("-", 10) is None
    b = rb.fromstr("-FFffFFffFFffFFffFF", 16)
    assert b is not None and V(b) == -0xffffffffffffffffff
    assert rb.format_any_base(B(-35), 36) == "-z"


def test_hash() -> None:
    # recorded from CPython 2.7.18 (64-bit)
    assert rb.hash_(B(2**64)) == 1
    assert rb.hash_(B(2**100)) == 68719476736
    assert rb.hash_(B(-2**64)) == -2
    assert rb.hash_(B(-1)) == -2
    assert rb.hash_(B(12345)) == 12345
    assert rb.hash_(B(-2**63)) == -2**63
