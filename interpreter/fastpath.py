"""Fast paths of the evaluator for the commonest operand types (issue 5).

Each helper returns None (or -1) when it does not apply; the caller then
takes the general path of the space API, which gives the same result.  Only
exact built-in types qualify: an instance of a user subclass of int may
override any operator."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.interpreter.objspace.floatobject import W_FloatObject
from pypy27.interpreter.objspace.intobject import W_IntObject, W_IntObjectUser, newint
from pypy27.support.rarith import ovfcheck

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def plain_int(w: W_Root) -> bool:
    """An int or a bool (bool + bool and bool < int behave as ints)."""
    return isinstance(w, W_IntObject) and not isinstance(w, W_IntObjectUser)


def int_add(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    if plain_int(w_a) and plain_int(w_b):
        assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject)
        try:
            return newint(space, ovfcheck(w_a.intval + w_b.intval))
        except OverflowError:
            return None         # the general path makes a long
    return None


def int_sub(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    if plain_int(w_a) and plain_int(w_b):
        assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject)
        try:
            return newint(space, ovfcheck(w_a.intval - w_b.intval))
        except OverflowError:
            return None
    return None


# the operations of arith()
ADD = 0
SUB = 1
MUL = 2
DIV = 3       # / with a float operand (true and classic division agree then)

# ints in this range convert to float exactly (comparisons with floats)
EXACT_FLOAT_INT = 1 << 53


def arith(space: "ObjSpace", kind: int, w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    """a+b, a-b, a*b (ints without overflow, floats, an int with a float),
    a/b with a float operand and a non-zero divisor; None otherwise."""
    if plain_int(w_a) and plain_int(w_b):
        assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject)
        a = w_a.intval
        b = w_b.intval
        try:
            if kind == ADD:
                return newint(space, ovfcheck(a + b))
            if kind == SUB:
                return newint(space, ovfcheck(a - b))
            if kind == MUL:
                return newint(space, ovfcheck(a * b))
        except OverflowError:
            return None         # the general path makes a long
        return None
    if type(w_a) is W_FloatObject:
        assert isinstance(w_a, W_FloatObject)
        x = w_a.floatval
        if type(w_b) is W_FloatObject:
            assert isinstance(w_b, W_FloatObject)
            y = w_b.floatval
        elif plain_int(w_b):
            assert isinstance(w_b, W_IntObject)
            y = float(w_b.intval)
        else:
            return None
    elif type(w_b) is W_FloatObject and plain_int(w_a):
        assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_FloatObject)
        x = float(w_a.intval)
        y = w_b.floatval
    else:
        return None
    if kind == ADD:
        return W_FloatObject(x + y)
    if kind == SUB:
        return W_FloatObject(x - y)
    if kind == MUL:
        return W_FloatObject(x * y)
    if y == 0.0:
        return None             # ZeroDivisionError from the general path
    return W_FloatObject(x / y)


def float_compare(oparg: int, w_a: W_Root, w_b: W_Root) -> int:
    """COMPARE_OP 0..5 on two floats, or a float and an int that converts
    exactly: 1 true, 0 false, -1 n/a."""
    if oparg > 5:
        return -1
    if type(w_a) is W_FloatObject:
        assert isinstance(w_a, W_FloatObject)
        a = w_a.floatval
        if type(w_b) is W_FloatObject:
            assert isinstance(w_b, W_FloatObject)
            b = w_b.floatval
        elif plain_int(w_b):
            assert isinstance(w_b, W_IntObject)
            if not -EXACT_FLOAT_INT <= w_b.intval <= EXACT_FLOAT_INT:
                return -1
            b = float(w_b.intval)
        else:
            return -1
    elif type(w_b) is W_FloatObject and plain_int(w_a):
        assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_FloatObject)
        if not -EXACT_FLOAT_INT <= w_a.intval <= EXACT_FLOAT_INT:
            return -1
        a = float(w_a.intval)
        b = w_b.floatval
    else:
        return -1
    if oparg == 0:
        res = a < b
    elif oparg == 1:
        res = a <= b
    elif oparg == 2:
        res = a == b
    elif oparg == 3:
        res = a != b
    elif oparg == 4:
        res = a > b
    else:
        res = a >= b
    return 1 if res else 0


def int_compare(oparg: int, w_a: W_Root, w_b: W_Root) -> int:
    """COMPARE_OP 0..5 (< <= == != > >=) on two ints: 1 true, 0 false, -1 n/a."""
    if oparg > 5 or not plain_int(w_a) or not plain_int(w_b):
        return -1
    assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject)
    a = w_a.intval
    b = w_b.intval
    if oparg == 0:
        res = a < b
    elif oparg == 1:
        res = a <= b
    elif oparg == 2:
        res = a == b
    elif oparg == 3:
        res = a != b
    elif oparg == 4:
        res = a > b
    else:
        res = a >= b
    return 1 if res else 0


def str_compare(op: str, w_a: W_Root, w_b: W_Root) -> int:
    """A comparison ('lt' ... 'ge') of two exact strs: 1 true, 0 false, -1 n/a."""
    if type(w_a) is not W_BytesObject or type(w_b) is not W_BytesObject:
        return -1
    assert isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject)
    a = w_a.value
    b = w_b.value
    if op == "eq":
        res = a == b
    elif op == "ne":
        res = a != b
    elif op == "lt":
        res = a < b
    elif op == "le":
        res = a <= b
    elif op == "gt":
        res = a > b
    elif op == "ge":
        res = a >= b
    else:
        return -1
    return 1 if res else 0
