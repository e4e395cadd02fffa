"""Constant folding helpers: the compile-time bigint against host integers,
and 2.7's folding rules on a few constants."""
import random

from pypy27.interpreter.astcompiler import bigint as B
from pypy27.interpreter.astcompiler import opcodes as op
from pypy27.interpreter.astcompiler.fold import fold_binary, fold_unary
from pypy27.interpreter.astcompiler.pycode import (
    ConstFloat, ConstInt, ConstLong, ConstStr, ConstTuple, ConstUnicode)


def value(b):
    return int(B.to_text(b))


def test_bigint_matches_host_integers():
    rnd = random.Random(27)
    pool = [0, 1, -1, 2 ** 63, -2 ** 63, 2 ** 64 - 1, 10 ** 30, -(10 ** 30) + 7]
    for _ in range(400):
        a = rnd.choice(pool + [rnd.randint(-10 ** 40, 10 ** 40)])
        b = rnd.choice(pool + [rnd.randint(-2 ** 70, 2 ** 70)])
        x, y = B.from_text(str(a)), B.from_text(str(b))
        assert value(x) == a
        assert value(B.add(x, y)) == a + b
        assert value(B.sub(x, y)) == a - b
        assert value(B.mul(x, y)) == a * b
        if b:
            q, r = B.floordivmod(x, y)
            assert (value(q), value(r)) == divmod(a, b)
        n = rnd.randint(0, 90)
        assert value(B.lshift(x, n)) == a << n
        assert value(B.rshift(x, n)) == a >> n
        assert value(B.bitwise(x, y, "&")) == a & b
        assert value(B.bitwise(x, y, "|")) == a | b
        assert value(B.bitwise(x, y, "^")) == a ^ b
        assert value(B.invert(x)) == ~a
        assert value(B.power(x, n % 5)) == a ** (n % 5)
        assert B.fits_int(x) == (-2 ** 63 <= a < 2 ** 63)
        if B.fits_int(x):
            assert B.to_int(x) == a


def test_fold_like_27():
    def fold(o, a, b):
        r = fold_binary(o, a, b)
        return None if r is None else r.repr27()
    assert fold(op.BINARY_ADD, ConstInt(2 ** 62), ConstInt(2 ** 62)) == "9223372036854775808L"
    assert fold(op.BINARY_LSHIFT, ConstInt(-1), ConstInt(63)) == "-9223372036854775808"
    assert fold(op.BINARY_POWER, ConstInt(-2), ConstInt(63)) == "-9223372036854775808"
    assert fold(op.BINARY_POWER, ConstInt(2), ConstInt(63)) == "9223372036854775808L"
    assert fold(op.BINARY_POWER, ConstInt(2), ConstInt(-1)) == "0.5"
    assert fold(op.BINARY_ADD, ConstLong("1"), ConstInt(1)) == "2L"
    assert fold(op.BINARY_FLOOR_DIVIDE, ConstInt(1), ConstInt(0)) is None
    assert fold(op.BINARY_FLOOR_DIVIDE, ConstFloat(-7.5), ConstInt(2)) == "-4.0"
    assert fold(op.BINARY_MODULO, ConstFloat(-7.5), ConstInt(2)) == "0.5"
    assert fold(op.BINARY_MULTIPLY, ConstStr("ab"), ConstInt(10)) == "'" + "ab" * 10 + "'"
    assert fold(op.BINARY_MULTIPLY, ConstStr("ab"), ConstInt(11)) is None   # > 20
    assert fold(op.BINARY_ADD, ConstStr("a"), ConstUnicode("b")) == "u'ab'"
    assert fold(op.BINARY_SUBSCR, ConstUnicode("ab"), ConstInt(0)) is None
    assert fold(op.BINARY_SUBSCR, ConstTuple([ConstInt(1)]), ConstInt(-1)) == "1"
    assert fold(op.BINARY_DIVIDE, ConstInt(1), ConstInt(2)) is None
    assert fold_unary(op.UNARY_NEGATIVE, ConstInt(0)) is None      # keeps -0
    assert fold_unary(op.UNARY_CONVERT, ConstUnicode("x")).repr27() == '"u\'x\'"'
