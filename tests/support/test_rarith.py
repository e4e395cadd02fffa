import pytest

from pypy27.support.rarith import (
    LONG_BIT, MAXINT, MININT, highest_bit, int_between, int_c_div, int_c_mod, intmask,
    ovfcheck, r_uint, uint_add, uint_floordiv, uint_ge, uint_gt, uint_le, uint_lshift,
    uint_lt, uint_mod, uint_mul, uint_rshift, uint_str, uint_sub, uint_to_float,
    uint_value_fits)
from pypy27.support.markers import is_primitive


def test_constants():
    assert LONG_BIT == 64
    assert MAXINT == 2**63 - 1
    assert MININT == -2**63


def test_ovfcheck():
    assert ovfcheck(MAXINT) == MAXINT
    assert ovfcheck(MININT) == MININT
    assert ovfcheck(-5) == -5
    with pytest.raises(OverflowError):
        ovfcheck(MAXINT + 1)
    with pytest.raises(OverflowError):
        ovfcheck(MININT - 1)
    with pytest.raises(OverflowError):
        ovfcheck(MAXINT * 2)


def test_intmask():
    assert intmask(5) == 5
    assert intmask(MAXINT + 1) == MININT
    assert intmask(2**64) == 0
    assert intmask(2**64 - 1) == -1
    assert intmask(-2**64 - 3) == -3
    assert intmask(MAXINT * MAXINT) == 1  # (2^63-1)^2 = 2^126 - 2^64 + 1


def test_uint_representation_is_signed_bit_pattern():
    assert r_uint(-1) == -1
    assert r_uint(2**64 - 1) == -1
    assert r_uint(2**63) == MININT
    assert uint_str(r_uint(-1)) == "18446744073709551615"
    assert uint_str(5) == "5"
    assert uint_value_fits(5) and not uint_value_fits(r_uint(2**63))


def test_uint_arithmetic_wraps():
    big = r_uint(2**64 - 1)
    assert uint_add(big, 1) == 0
    assert uint_sub(0, 1) == big
    assert uint_mul(r_uint(2**32), r_uint(2**32)) == 0
    assert uint_mul(big, big) == 1
    assert uint_floordiv(big, 2) == MAXINT
    assert uint_mod(big, 10) == 5
    with pytest.raises(ZeroDivisionError):
        uint_floordiv(1, 0)
    with pytest.raises(ZeroDivisionError):
        uint_mod(1, 0)


def test_uint_shifts():
    assert uint_rshift(-1, 60) == 15      # logical, not arithmetic
    assert uint_rshift(-1, 0) == -1
    assert uint_lshift(1, 63) == MININT
    assert uint_lshift(3, 63) == MININT   # the high bit is dropped
    with pytest.raises(AssertionError):
        uint_rshift(1, 64)


def test_uint_comparisons():
    big = r_uint(2**63)  # negative as signed, huge as unsigned
    assert uint_lt(1, big) and not uint_lt(big, 1)
    assert uint_gt(big, MAXINT)
    assert uint_le(big, big) and uint_ge(big, big)
    assert uint_to_float(r_uint(-1)) == 2.0**64


def test_int_between():
    assert int_between(0, 0, 3)
    assert int_between(0, 2, 3)
    assert not int_between(0, 3, 3)
    assert not int_between(0, -1, 3)


def test_highest_bit():
    assert highest_bit(1) == 0
    assert highest_bit(2) == 1
    assert highest_bit(3) == 1
    assert highest_bit(1 << 40) == 40
    assert highest_bit(MAXINT) == 62
    with pytest.raises(AssertionError):
        highest_bit(0)


@pytest.mark.parametrize("x", [7, -7, 6, -6, 0, 1, -1, MAXINT, MININT, MININT + 1])
@pytest.mark.parametrize("y", [2, -2, 3, -3, 1, 7, -7, MAXINT, MININT])
def test_c_div_mod_truncate(x, y):
    q = int_c_div(x, y)
    r = int_c_mod(x, y)
    assert q == int(x / y) if abs(x) < 2**52 else True
    assert q * y + r == x
    assert abs(r) < abs(y)
    assert r == 0 or (r < 0) == (x < 0)
    # truncation: |q| is the floor of |x| / |y|
    assert abs(q) == abs(x) // abs(y)


def test_c_div_errors():
    with pytest.raises(ZeroDivisionError):
        int_c_div(1, 0)
    with pytest.raises(ZeroDivisionError):
        int_c_mod(1, 0)
    with pytest.raises(OverflowError):
        int_c_div(MININT, -1)
    assert int_c_mod(MININT, -1) == 0
    assert int_c_div(-7, -1) == 7


def test_primitive_markers():
    assert is_primitive(ovfcheck) and is_primitive(intmask) and is_primitive(uint_add)
    assert not is_primitive(int_c_div)
