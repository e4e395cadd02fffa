"""Fast paths of the evaluator for the commonest operand types (issue 5).

Each helper returns None (or -1) when it does not apply; the caller then
takes the general path of the space API, which gives the same result.  Only
exact built-in types qualify: an instance of a user subclass of int may
override any operator."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.interpreter.objspace.dictobject import W_DictObject, missing_key
from pypy27.interpreter.objspace.listobject import W_ListObject, list_getitem_int, list_setitem_int
from pypy27.interpreter.objspace.tupleobject import W_TupleObject
from pypy27.interpreter.objspace.floatobject import W_FloatObject
from pypy27.interpreter.objspace.intobject import W_IntObject, W_IntObjectUser, small_ints
from pypy27.support.rarith import ovfcheck

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def plain_int(w: W_Root) -> bool:
    """An int or a bool (bool + bool and bool < int behave as ints)."""
    return isinstance(w, W_IntObject) and not isinstance(w, W_IntObjectUser)


def int_add(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    """The evaluator's first try at + and +=: two ints without overflow, two
    floats, or an int and a float (arith's cases for ADD, without the op
    function and arith's call in between)."""
    if plain_int(w_a) and plain_int(w_b):
        assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject)
        try:
            r = ovfcheck(w_a.intval + w_b.intval)
        except OverflowError:
            return None         # the general path makes a long
        if -5 <= r <= 256:      # (intobject.newint written out: no call)
            return small_ints.ints_w[r + 5]
        return W_IntObject(r)
    if type(w_a) is W_FloatObject:
        assert isinstance(w_a, W_FloatObject)
        if type(w_b) is W_FloatObject:
            assert isinstance(w_b, W_FloatObject)
            return W_FloatObject(w_a.floatval + w_b.floatval)
        if plain_int(w_b):
            assert isinstance(w_b, W_IntObject)
            return W_FloatObject(w_a.floatval + float(w_b.intval))
    elif type(w_b) is W_FloatObject and plain_int(w_a):
        assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_FloatObject)
        return W_FloatObject(float(w_a.intval) + w_b.floatval)
    return None


def int_sub(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    """- and -= as int_add does +."""
    if plain_int(w_a) and plain_int(w_b):
        assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject)
        try:
            r = ovfcheck(w_a.intval - w_b.intval)
        except OverflowError:
            return None
        if -5 <= r <= 256:
            return small_ints.ints_w[r + 5]
        return W_IntObject(r)
    if type(w_a) is W_FloatObject:
        assert isinstance(w_a, W_FloatObject)
        if type(w_b) is W_FloatObject:
            assert isinstance(w_b, W_FloatObject)
            return W_FloatObject(w_a.floatval - w_b.floatval)
        if plain_int(w_b):
            assert isinstance(w_b, W_IntObject)
            return W_FloatObject(w_a.floatval - float(w_b.intval))
    elif type(w_b) is W_FloatObject and plain_int(w_a):
        assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_FloatObject)
        return W_FloatObject(float(w_a.intval) - w_b.floatval)
    return None


# the operations of arith()
ADD = 0
SUB = 1
MUL = 2
DIV = 3       # / with a float operand (true and classic division agree then)
MOD = 4       # % on ints
FLOORDIV = 5  # // on ints

# ints in this range convert to float exactly (comparisons with floats)
EXACT_FLOAT_INT = 1 << 53


def arith(space: "ObjSpace", kind: int, w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    """a+b, a-b, a*b (ints without overflow, floats, an int with a float),
    a/b with a float operand and a non-zero divisor, a%b and a//b on ints
    with a non-zero divisor; None otherwise."""
    if plain_int(w_a) and plain_int(w_b):
        assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject)
        a = w_a.intval
        b = w_b.intval
        try:
            if kind == ADD:
                r = ovfcheck(a + b)
            elif kind == SUB:
                r = ovfcheck(a - b)
            elif kind == MUL:
                r = ovfcheck(a * b)
            elif b == 0 or b == -1:
                return None     # ZeroDivisionError; -maxint-1 // -1 is a long
            elif kind == MOD:
                r = a % b
            elif kind == FLOORDIV:
                r = a // b
            else:
                return None
        except OverflowError:
            return None         # the general path makes a long
        if -5 <= r <= 256:      # (intobject.newint written out: no call)
            return small_ints.ints_w[r + 5]
        return W_IntObject(r)
    if kind >= MOD:
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


def getitem(space: "ObjSpace", w_obj: W_Root, w_key: W_Root) -> Optional[W_Root]:
    """w_obj[w_key] for an exact list or tuple with an int index and an exact
    dict (their __getitem__ cannot be replaced); None: use space.getitem."""
    if plain_int(w_key):
        assert isinstance(w_key, W_IntObject)
        if type(w_obj) is W_ListObject:
            assert isinstance(w_obj, W_ListObject)
            if w_obj.w_class is None:
                return list_getitem_int(space, w_obj, w_key.intval)
        elif type(w_obj) is W_TupleObject:
            assert isinstance(w_obj, W_TupleObject)
            if w_obj.w_class is None:
                items = w_obj.wrappeditems
                i = w_key.intval
                if i < 0:
                    i += len(items)
                if 0 <= i < len(items):
                    return items[i]
        return None
    if type(w_obj) is W_DictObject:
        assert isinstance(w_obj, W_DictObject)
        if w_obj.w_class is None:
            w_value = w_obj.getitem(space, w_key)
            if w_value is None:
                raise missing_key(space, w_key)     # an exact dict has no __missing__
            return w_value
    return None


def setitem(space: "ObjSpace", w_obj: W_Root, w_key: W_Root, w_value: W_Root) -> bool:
    """w_obj[w_key] = w_value for an exact list with an int index or an exact
    dict; False: use space.setitem."""
    if type(w_obj) is W_ListObject:
        assert isinstance(w_obj, W_ListObject)
        if w_obj.w_class is None and plain_int(w_key):
            assert isinstance(w_key, W_IntObject)
            list_setitem_int(space, w_obj, w_key.intval, w_value)
            return True
    elif type(w_obj) is W_DictObject:
        assert isinstance(w_obj, W_DictObject)
        if w_obj.w_class is None:
            w_obj.setitem(space, w_key, w_value)
            return True
    return False


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
