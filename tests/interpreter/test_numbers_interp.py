"""Interpreter-level tests of the numbers: the fast paths descroperation
calls, 3-argument pow, PyInt_AsLong semantics, float formatting helpers
(against the exact converter), format-spec grouping."""
import random
import struct

import pytest

from pypy27.interpreter.astcompiler import floatformat as exact
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace import floatformat, intobject as I, numformat
from pypy27.interpreter.objspace.floatobject import W_FloatObject, float_hash
from pypy27.interpreter.objspace.longobject import W_LongObject
from pypy27.support import rbigint as rb
from pypy27.tests.interpreter.apptest import get_space


@pytest.fixture(scope="module")
def space():  # type: ignore[no-untyped-def]
    return get_space()


def L(v: int) -> W_LongObject:
    return W_LongObject(rb.fromdecimalstr(str(v)))


def unwrap(space, w):  # type: ignore[no-untyped-def]
    return space.str_w(space.repr(w))


def test_int_binop_overflow(space) -> None:  # type: ignore[no-untyped-def]
    M = 2**63 - 1
    assert unwrap(space, I.int_binop(space, "add", M, 1)) == "9223372036854775808L"
    assert unwrap(space, I.int_binop(space, "mul", -M - 1, -1)) == "9223372036854775808L"
    assert unwrap(space, I.int_binop(space, "floordiv", -M - 1, -1)) == "9223372036854775808L"
    assert unwrap(space, I.int_binop(space, "mod", -M - 1, -1)) == "0L"
    assert unwrap(space, I.int_binop(space, "pow", 3, 39)) == "4052555153018976267"
    assert unwrap(space, I.int_binop(space, "pow", 3, 40)) == "12157665459056928801L"
    assert unwrap(space, I.int_binop(space, "pow", 2, -2)) == "0.25"
    assert unwrap(space, I.int_binop(space, "lshift", 1, 63)) == "9223372036854775808L"
    assert unwrap(space, I.int_binop(space, "lshift", -1, 63)) == "-9223372036854775808L"
    assert unwrap(space, I.int_binop(space, "rshift", -1, 200)) == "-1"
    assert unwrap(space, I.int_binop(space, "truediv", 2**53 + 1, 1)) == "9007199254740992.0"
    assert unwrap(space, I.int_binop(space, "truediv", M, 3)) == "3.0744573456182584e+18"


def test_int_binop_errors(space) -> None:  # type: ignore[no-untyped-def]
    for op in ["div", "floordiv", "mod", "divmod"]:
        with pytest.raises(OperationError) as e:
            I.int_binop(space, op, 1, 0)
        assert space.str_w(space.str_of(e.value.normalize(space))) == "integer division or modulo by zero"


def test_number_binop(space) -> None:  # type: ignore[no-untyped-def]
    w = space.newint
    assert unwrap(space, I.number_binop(space, "add", w(1), L(2**70))) == "1180591620717411303425L"
    assert unwrap(space, I.number_binop(space, "add", w(1), W_FloatObject(0.5))) == "1.5"
    assert I.number_binop(space, "and", space.w_True, space.w_False) is None     # bool.__and__ decides
    assert unwrap(space, I.number_binop(space, "add", space.w_True, space.w_True)) == "2"
    assert I.number_binop(space, "add", w(1), space.newstr("x")) is None
    assert I.number_binop(space, "lshift", W_FloatObject(1.0), w(1)) is None
    assert unwrap(space, I.number_binop(space, "divmod", L(-7), w(2))) == "(-4L, 1L)"


def test_number_compare(space) -> None:  # type: ignore[no-untyped-def]
    w = space.newint
    assert I.number_compare(space, "eq", w(1), L(1)) == 1
    assert I.number_compare(space, "lt", L(2**53 + 1), W_FloatObject(2.0**53)) == 0
    assert I.number_compare(space, "gt", L(2**53 + 1), W_FloatObject(2.0**53)) == 1
    assert I.number_compare(space, "ne", W_FloatObject(float("nan")), w(1)) == 1
    assert I.number_compare(space, "eq", W_FloatObject(float("nan")), W_FloatObject(float("nan"))) == 0
    assert I.number_compare(space, "lt", L(-10**400), W_FloatObject(-1e308)) == 1
    assert I.number_compare(space, "lt", w(1), space.newstr("x")) == -1


def test_pow3(space) -> None:  # type: ignore[no-untyped-def]
    w = space.newint
    assert unwrap(space, I.pow3(space, w(3), L(2**70), w(7))) == "4L"
    assert unwrap(space, I.pow3(space, w(2), L(3), w(5))) == "3L"
    assert unwrap(space, I.pow3(space, w(2), w(3), L(5))) == "3L"
    assert unwrap(space, I.pow3(space, w(2), w(3), w(-5))) == "-2"
    for a, b, m, msg in [(w(2), w(3), W_FloatObject(4.0),
                          "pow() 3rd argument not allowed unless all arguments are integers"),
                         (w(2), w(3), space.newcomplex(1.0, 0.0), "complex modulo"),
                         (w(2), w(-1), w(5), "pow() 2nd argument cannot be negative when 3rd argument specified"),
                         (w(2), w(3), w(0), "pow() 3rd argument cannot be 0"),
                         (space.newstr("x"), w(3), w(5), "unsupported operand type(s) for pow(): 'str', 'int', 'int'")]:
        with pytest.raises(OperationError) as e:
            I.pow3(space, a, b, m)
        assert space.str_w(space.str_of(e.value.normalize(space))) == msg


def test_int_as_long(space) -> None:  # type: ignore[no-untyped-def]
    assert I.int_as_long(space, W_FloatObject(2.7)) == 2
    assert I.int_as_long(space, L(5)) == 5
    for w_x, msg in [(space.newstr("3"), "an integer is required"),
                     (L(2**70), "long int too large to convert to int")]:
        with pytest.raises(OperationError) as e:
            I.int_as_long(space, w_x)
        assert space.str_w(space.str_of(e.value.normalize(space))) == msg


def _random_doubles(n: int) -> list:
    rng = random.Random(11)
    out = [0.1, 1 / 3.0, 1e16, 1e15, 123456789012.0, 12345678901.0, 1e-5, 1e-4, 5e-324, 1e-320,
           2.2250738585072014e-308, 1.7976931348623157e308, 0.5, 100.0, 1e11, 99999999999.95,
           999999999999.5, 9.999999999995, 9.9999999999995, 2.0**70]
    for _ in range(n):
        bits = rng.getrandbits(64) & ~(1 << 63)
        x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if x == x and x != float("inf"):
            out.append(x)
        out.append(round(rng.uniform(-1000, 1000), rng.randrange(0, 8)))
        out.append(float(rng.randrange(1, 10**rng.randrange(1, 18))))
    return out


def test_float_str_fast_path() -> None:
    for x in _random_doubles(150):
        if not 1e-30 < abs(x) < 1e30 and x not in (5e-324, 1e-320, 2.2250738585072014e-308):
            continue        # the exact reference is slow on huge exponents
        assert floatformat.float_str(x) == exact.str_float(x), repr(x)
        assert floatformat.float_str(-x) == exact.str_float(-x), repr(x)


def test_general_dot0() -> None:
    # format(x, '.Np') for the empty type: 'g' with the add-dot-0 rule
    cases = [(1.5, 0, "2e+00"), (1.5, 1, "2e+00"), (1.5, 2, "1.5"), (100.0, 3, "1e+02"), (10.0, 3, "10.0"), (1000.0, 3, "1e+03"),
             (0.0001, 3, "0.0001"), (0.00001, 3, "1e-05"), (123.456, 4, "123.5"), (1e16, 12, "1e+16")]
    for x, p, want in cases:
        assert floatformat.format_general_dot0(x, p) == want
    for x in _random_doubles(60):
        x = abs(x)
        if not 1e-30 < x < 1e30:
            continue        # the exact converter is slow on huge exponents
        for p in [1, 5, 12, 15, 17]:
            d, e = exact._sig_digits(x, p) if x != 0.0 else ("0", 0)
            got = floatformat.format_general_dot0(x, p)
            # the digits of the result are the correctly rounded ones
            digits = got.split("e")[0].replace(".", "").lstrip("0").rstrip("0")
            assert digits == d.rstrip("0") or (x == 0.0), (x, p, got, d)


def test_group_digits() -> None:
    assert numformat.group_digits("1234", 8) == "0,001,234"
    assert numformat.group_digits("1234", 10) == "00,001,234"
    assert numformat.group_digits("1234", 7) == "001,234"
    assert numformat.group_digits("1234567", 0) == "1,234,567"
    assert numformat.group_digits("12", 0) == "12"
    assert numformat.group_digits("", 0) == "0"


def test_float_hash() -> None:
    # recorded from CPython 2.7.18
    assert float_hash(1.5) == 1610645504
    assert float_hash(-1.5) == -1610579968
    assert float_hash(0.1) == 2576882278
    assert float_hash(1e300) == 8474648701417850880
    assert float_hash(-1.0) == -2
    assert float_hash(float("nan")) == 0
    assert float_hash(float("inf")) == 314159
    assert float_hash(-float("inf")) == -271828
