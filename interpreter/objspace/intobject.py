"""2.7's `int`: a machine word (64 bits), overflowing into `long` exactly
where 2.7 does.

W_IntObject has one field (list strategies store unboxed ints). Instances of
user subclasses (`class I(int)`) are W_IntObjectUser (adds the class and a
dict). `bool` is W_BoolObject, a subclass (boolobject.py).

Fast-path helpers for descroperation.py (exact built-in types only):
    int_add(space, a, b) ... (machine ints -> W_Root, overflow to long)
    int_binop(space, op, a, b)       op as in space.binop ('add', 'div', ...)
    number_binop(space, op, w_a, w_b) -> Optional[W_Root]: any mix of exact
        int/bool/long/float operands (None when the operands are not that)
    number_compare(space, op, w_a, w_b) -> int: -1 not applicable, else 0/1
"""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError
from pypy27.support import rbigint as rb
from pypy27.support.rarith import MININT, ovfcheck

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_IntObject(W_Root):
    intval: int

    def __init__(self, intval: int) -> None:
        self.intval = intval

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_int

    def immutable_unique_id(self, space: "ObjSpace") -> Optional[W_Root]:
        return self

    def is_user(self) -> bool:
        """An instance of a user subclass?"""
        return False

    def __repr__(self) -> str:     # host debugging only
        return "W_IntObject(%d)" % self.intval


class W_IntObjectUser(W_IntObject):
    """An instance of a user subclass of int."""
    w_class: "W_TypeObject"
    user: Optional[UserAttrs]

    def __init__(self, intval: int, w_class: "W_TypeObject") -> None:
        W_IntObject.__init__(self, intval)
        self.w_class = w_class
        self.user = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    def immutable_unique_id(self, space: "ObjSpace") -> Optional[W_Root]:
        return None

    def is_user(self) -> bool:
        return True


class SmallInts(object):
    """Prebuilt W_IntObjects for -5..256 (filled at build time)."""
    ints_w: list[W_IntObject]

    def __init__(self) -> None:
        self.ints_w = []
        for i in range(262):
            self.ints_w.append(W_IntObject(i - 5))


small_ints = SmallInts()


# ---- the space API ------------------------------------------------------------------

def newint(space: "ObjSpace", i: int) -> W_IntObject:
    if -5 <= i <= 256:
        return small_ints.ints_w[i + 5]
    return W_IntObject(i)


def newlong_or_int(space: "ObjSpace", b: rb.rbigint) -> W_Root:
    """An int if the value fits, else a long (for results of int operations)."""
    if rb.fits_int(b):
        return newint(space, rb.toint(b))
    from pypy27.interpreter.objspace.longobject import W_LongObject
    return W_LongObject(b)


def int_w(space: "ObjSpace", w_obj: W_Root) -> int:
    """int, bool, long that fits (OverflowError otherwise); else __int__ for
    objects that are numbers... 2.7 accepts anything with __int__ except
    floats (with a DeprecationWarning); we reject floats and strings."""
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if isinstance(w_obj, W_LongObject):
        try:
            return rb.toint(w_obj.num)
        except OverflowError:
            raise space.error(space.w_OverflowError, "Python int too large to convert to C long")
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    if isinstance(w_obj, W_FloatObject):
        raise space.type_error("integer argument expected, got float")
    w_index = space.lookup(w_obj, "__int__")
    if w_index is None or _is_string(space, w_obj):
        raise space.type_error("an integer is required")
    w_res = space.call_function(w_index, [w_obj])
    if isinstance(w_res, W_IntObject):
        return w_res.intval
    if isinstance(w_res, W_LongObject):
        try:
            return rb.toint(w_res.num)
        except OverflowError:
            raise space.error(space.w_OverflowError, "Python int too large to convert to C long")
    raise space.type_error("nb_int should return int object")


def index_w(space: "ObjSpace", w_obj: W_Root) -> int:
    """operator.index() semantics, clamped like 2.7's PyNumber_AsSsize_t
    with an OverflowError: for slices and sequence repetition use
    getindex_w."""
    w_res = index(space, w_obj)
    if isinstance(w_res, W_IntObject):
        return w_res.intval
    from pypy27.interpreter.objspace.longobject import W_LongObject
    assert isinstance(w_res, W_LongObject)
    try:
        return rb.toint(w_res.num)
    except OverflowError:
        raise space.error(space.w_OverflowError, "cannot fit 'long' into an index-sized integer")


def index(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    """operator.index(w_obj): an int or a long."""
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if is_exact_int(w_obj) or is_exact_long(w_obj):
        return w_obj
    w_index = space.lookup(w_obj, "__index__")
    if w_index is None:
        raise space.type_error("'%s' object cannot be interpreted as an index" % space.type(w_obj).name)
    w_res = space.call_function(w_index, [w_obj])
    if not isinstance(w_res, W_IntObject) and not isinstance(w_res, W_LongObject):
        raise space.type_error("__index__ returned non-(int,long) (type %s)" % space.type(w_res).name)
    return w_res


def _is_string(space: "ObjSpace", w_obj: W_Root) -> bool:
    return space.isinstance_w(w_obj, space.w_str) or space.isinstance_w(w_obj, space.w_unicode)


# ---- machine-int operations (the fast paths) -------------------------------------------

def _big(i: int) -> rb.rbigint:
    return rb.fromint(i)


def _long(space: "ObjSpace", b: rb.rbigint) -> W_Root:
    from pypy27.interpreter.objspace.longobject import W_LongObject
    return W_LongObject(b)


def int_add(space: "ObjSpace", a: int, b: int) -> W_Root:
    try:
        return newint(space, ovfcheck(a + b))
    except OverflowError:
        return _long(space, rb.add(_big(a), _big(b)))


def int_sub(space: "ObjSpace", a: int, b: int) -> W_Root:
    try:
        return newint(space, ovfcheck(a - b))
    except OverflowError:
        return _long(space, rb.sub(_big(a), _big(b)))


def int_mul(space: "ObjSpace", a: int, b: int) -> W_Root:
    try:
        return newint(space, ovfcheck(a * b))
    except OverflowError:
        return _long(space, rb.mul(_big(a), _big(b)))


def _zero_div(space: "ObjSpace") -> OperationError:
    return space.error(space.w_ZeroDivisionError, "integer division or modulo by zero")


def int_floordiv(space: "ObjSpace", a: int, b: int) -> W_Root:
    if b == 0:
        raise _zero_div(space)
    if b == -1 and a == MININT:
        return _long(space, rb.neg(_big(a)))
    return newint(space, a // b)


def int_div(space: "ObjSpace", a: int, b: int) -> W_Root:
    """Classic division (2.7 without -Qnew): floor division for ints."""
    return int_floordiv(space, a, b)


def int_mod(space: "ObjSpace", a: int, b: int) -> W_Root:
    if b == 0:
        raise _zero_div(space)
    if b == -1:
        if a == MININT:
            return _long(space, rb.ZERO)       # 2.7 redoes the overflowing case with longs
        return newint(space, 0)
    return newint(space, a % b)


def int_divmod(space: "ObjSpace", a: int, b: int) -> W_Root:
    if b == 0:
        raise _zero_div(space)
    if b == -1 and a == MININT:
        return space.newtuple([_long(space, rb.neg(_big(a))), _long(space, rb.ZERO)])
    if b == -1:
        return space.newtuple([newint(space, -a), newint(space, 0)])
    return space.newtuple([newint(space, a // b), newint(space, a % b)])


TWO53 = 1 << 53


def int_truediv(space: "ObjSpace", a: int, b: int) -> W_Root:
    from pypy27.interpreter.objspace.floatobject import newfloat
    if b == 0:
        raise space.error(space.w_ZeroDivisionError, "division by zero")
    if -TWO53 <= a <= TWO53 and -TWO53 <= b <= TWO53:
        return newfloat(space, float(a) / float(b))
    return newfloat(space, rb.truediv(_big(a), _big(b)))


def int_pow(space: "ObjSpace", a: int, b: int) -> W_Root:
    """a ** b without modulus; a negative b gives a float."""
    if b < 0:
        from pypy27.interpreter.objspace.floatobject import float_pow
        return float_pow(space, float(a), float(b))
    result = 1
    base = a
    e = b
    try:
        while e > 0:
            if e & 1:
                result = ovfcheck(result * base)
            e >>= 1
            if e > 0:
                base = ovfcheck(base * base)
    except OverflowError:
        return _long(space, rb.pow_(_big(a), _big(b), None))
    return newint(space, result)


def int_pow_mod(space: "ObjSpace", a: int, b: int, m: int) -> W_Root:
    if b < 0:
        raise space.type_error("pow() 2nd argument cannot be negative when 3rd argument specified")
    if m == 0:
        raise space.value_error("pow() 3rd argument cannot be 0")
    if -0x40000000 < m < 0x40000000:
        # products of two residues fit a machine word
        am = m if m > 0 else -m
        if am == 1:
            return newint(space, 0)
        result = 1
        base = a % am
        e = b
        while e > 0:
            if e & 1:
                result = (result * base) % am
            e >>= 1
            if e > 0:
                base = (base * base) % am
        if m < 0 and result != 0:
            result -= am
        return newint(space, result)
    return newint(space, rb.toint(rb.pow_(_big(a), _big(b), _big(m))))


def int_lshift(space: "ObjSpace", a: int, b: int) -> W_Root:
    if b < 0:
        raise space.value_error("negative shift count")
    if a == 0 or b == 0:
        return newint(space, a)
    if b < 63:
        try:
            return newint(space, ovfcheck(a << b))
        except OverflowError:
            pass
    from pypy27.interpreter.objspace.longobject import check_shift_size
    check_shift_size(space, b)
    return _long(space, rb.lshift(_big(a), b))


def int_rshift(space: "ObjSpace", a: int, b: int) -> W_Root:
    if b < 0:
        raise space.value_error("negative shift count")
    if b >= 63:
        return newint(space, -1 if a < 0 else 0)
    return newint(space, a >> b)


def int_and(space: "ObjSpace", a: int, b: int) -> W_Root:
    return newint(space, a & b)


def int_or(space: "ObjSpace", a: int, b: int) -> W_Root:
    return newint(space, a | b)


def int_xor(space: "ObjSpace", a: int, b: int) -> W_Root:
    return newint(space, a ^ b)


def int_neg(space: "ObjSpace", a: int) -> W_Root:
    if a == MININT:
        return _long(space, rb.neg(_big(a)))
    return newint(space, -a)


def int_abs(space: "ObjSpace", a: int) -> W_Root:
    if a < 0:
        return int_neg(space, a)
    return newint(space, a)


def int_invert(space: "ObjSpace", a: int) -> W_Root:
    return newint(space, ~a)


def int_hash(a: int) -> int:
    return -2 if a == -1 else a


def int_binop(space: "ObjSpace", op: str, a: int, b: int) -> W_Root:
    """The binary operator op (as in space.binop) on two machine ints."""
    if op == "add":
        return int_add(space, a, b)
    if op == "sub":
        return int_sub(space, a, b)
    if op == "mul":
        return int_mul(space, a, b)
    if op == "div" or op == "floordiv":
        return int_floordiv(space, a, b)
    if op == "mod":
        return int_mod(space, a, b)
    if op == "truediv":
        return int_truediv(space, a, b)
    if op == "divmod":
        return int_divmod(space, a, b)
    if op == "pow":
        return int_pow(space, a, b)
    if op == "lshift":
        return int_lshift(space, a, b)
    if op == "rshift":
        return int_rshift(space, a, b)
    if op == "and":
        return int_and(space, a, b)
    if op == "or":
        return int_or(space, a, b)
    if op == "xor":
        return int_xor(space, a, b)
    raise ValueError(op)


def compare_ints(op: str, a: int, b: int) -> bool:
    if op == "lt":
        return a < b
    if op == "le":
        return a <= b
    if op == "eq":
        return a == b
    if op == "ne":
        return a != b
    if op == "gt":
        return a > b
    return a >= b


def number_binop(space: "ObjSpace", op: str, w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    """Fast path for exact int/bool/long/float operands: the result of the
    binary operator, or None if the operands are not such numbers."""
    from pypy27.interpreter.objspace.floatobject import W_FloatObject, float_binop
    from pypy27.interpreter.objspace.longobject import W_LongObject, long_binop
    from pypy27.interpreter.objspace.boolobject import W_BoolObject
    if type(w_a) is W_IntObject and type(w_b) is W_IntObject:     # exact ints: no virtual calls
        return int_binop(space, op, w_a.intval, w_b.intval)
    if type(w_a) is W_FloatObject:           # exact floats
        if type(w_b) is W_FloatObject:
            w_f = float_arith(op, w_a.floatval, w_b.floatval)
            if w_f is not None:
                return w_f
        elif type(w_b) is W_IntObject:
            w_f = float_arith(op, w_a.floatval, float(w_b.intval))
            if w_f is not None:
                return w_f
    elif type(w_b) is W_FloatObject and type(w_a) is W_IntObject:
        w_f = float_arith(op, float(w_a.intval), w_b.floatval)
        if w_f is not None:
            return w_f
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        if w_a.is_user() or w_b.is_user():
            return None
        if isinstance(w_a, W_BoolObject) and isinstance(w_b, W_BoolObject) and (
                op == "and" or op == "or" or op == "xor"):
            return None
        return int_binop(space, op, w_a.intval, w_b.intval)
    if not _is_exact_number(w_a) or not _is_exact_number(w_b):
        return None
    if isinstance(w_a, W_FloatObject) or isinstance(w_b, W_FloatObject):
        if op == "lshift" or op == "rshift" or op == "and" or op == "or" or op == "xor":
            return None
        fa = to_float(space, w_a)
        fb = to_float(space, w_b)
        return float_binop(space, op, fa, fb)
    return long_binop(space, op, to_big(w_a), to_big(w_b))


def float_arith(op: str, a: float, b: float) -> Optional[W_Root]:
    """+, -, * and / of two floats; None for the other operators and for a
    division by zero (the general path raises)."""
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    if op == "add":
        return W_FloatObject(a + b)
    if op == "sub":
        return W_FloatObject(a - b)
    if op == "mul":
        return W_FloatObject(a * b)
    if (op == "truediv" or op == "div") and b != 0.0:
        return W_FloatObject(a / b)
    return None


def _is_exact_number(w: W_Root) -> bool:
    """An int, bool, long or float that is not an instance of a user subclass."""
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if isinstance(w, W_IntObject):
        return not w.is_user()
    if isinstance(w, W_LongObject):
        return not w.is_user()
    if isinstance(w, W_FloatObject):
        return not w.is_user()
    return False


def is_exact_int(w: W_Root) -> bool:
    """type(w) is int (not bool, not a user subclass)."""
    from pypy27.interpreter.objspace.boolobject import W_BoolObject
    return isinstance(w, W_IntObject) and not w.is_user() and not isinstance(w, W_BoolObject)


def is_exact_long(w: W_Root) -> bool:
    from pypy27.interpreter.objspace.longobject import W_LongObject
    return isinstance(w, W_LongObject) and not w.is_user()


def is_exact_float(w: W_Root) -> bool:
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    return isinstance(w, W_FloatObject) and not w.is_user()


def number_compare(space: "ObjSpace", op: str, w_a: W_Root, w_b: W_Root) -> int:
    """Fast path for comparisons of exact int/bool/long/float: 1 true, 0 false,
    -1 not applicable."""
    from pypy27.interpreter.objspace.floatobject import W_FloatObject, compare_floats
    if type(w_a) is W_FloatObject and type(w_b) is W_FloatObject:
        return 1 if compare_floats(op, w_a.floatval, w_b.floatval) else 0
    if not _is_exact_number(w_a) or not _is_exact_number(w_b):
        return -1
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return 1 if compare_ints(op, w_a.intval, w_b.intval) else 0
    from pypy27.interpreter.objspace.floatobject import compare_numbers
    c = compare_numbers(space, w_a, w_b)
    # c: -1, 0, 1, or 2 for unordered (nan)
    if c == 2:
        return 1 if op == "ne" else 0
    return 1 if compare_ints(op, c, 0) else 0


def to_big(w: W_Root) -> rb.rbigint:
    """An int, bool or long as an rbigint."""
    if isinstance(w, W_IntObject):
        return rb.fromint(w.intval)
    from pypy27.interpreter.objspace.longobject import W_LongObject
    assert isinstance(w, W_LongObject)
    return w.num


def to_float(space: "ObjSpace", w: W_Root) -> float:
    """An int, bool, long or float as a float (OverflowError for huge longs)."""
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if isinstance(w, W_IntObject):
        return float(w.intval)
    if isinstance(w, W_FloatObject):
        return w.floatval
    assert isinstance(w, W_LongObject)
    try:
        return rb.tofloat(w.num)
    except OverflowError:
        raise space.error(space.w_OverflowError, "long int too large to convert to float")


# ---- the methods of int ------------------------------------------------------------------

def _self(space: "ObjSpace", w_self: W_Root, name: str) -> int:
    if isinstance(w_self, W_IntObject):
        return w_self.intval
    raise space.type_error("descriptor '%s' requires a 'int' object but received a '%s'"
                           % (name, space.type(w_self).name))


def descr_add(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__add__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_add(space, a, w_other.intval)


def descr_radd(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__radd__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_add(space, w_other.intval, a)


def descr_sub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__sub__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_sub(space, a, w_other.intval)


def descr_rsub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rsub__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_sub(space, w_other.intval, a)


def descr_mul(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__mul__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_mul(space, a, w_other.intval)


def descr_rmul(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rmul__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_mul(space, w_other.intval, a)


def descr_div(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__div__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_div(space, a, w_other.intval)


def descr_rdiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rdiv__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_div(space, w_other.intval, a)


def descr_floordiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__floordiv__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_floordiv(space, a, w_other.intval)


def descr_rfloordiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rfloordiv__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_floordiv(space, w_other.intval, a)


def descr_truediv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__truediv__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_truediv(space, a, w_other.intval)


def descr_rtruediv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rtruediv__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_truediv(space, w_other.intval, a)


def descr_mod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__mod__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_mod(space, a, w_other.intval)


def descr_rmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rmod__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_mod(space, w_other.intval, a)


def descr_divmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__divmod__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_divmod(space, a, w_other.intval)


def descr_rdivmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rdivmod__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_divmod(space, w_other.intval, a)


def descr_pow(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    w_other = args_w[1]
    w_mod = args_w[2]
    assert w_self is not None and w_other is not None
    a = _self(space, w_self, "__pow__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    if w_mod is None or space.is_w(w_mod, space.w_None):
        return int_pow(space, a, w_other.intval)
    if not isinstance(w_mod, W_IntObject):
        return space.w_NotImplemented
    return int_pow_mod(space, a, w_other.intval, w_mod.intval)


def descr_rpow(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    w_other = args_w[1]
    w_mod = args_w[2]
    assert w_self is not None and w_other is not None
    a = _self(space, w_self, "__rpow__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    if w_mod is None or space.is_w(w_mod, space.w_None):
        return int_pow(space, w_other.intval, a)
    if not isinstance(w_mod, W_IntObject):
        return space.w_NotImplemented
    return int_pow_mod(space, w_other.intval, a, w_mod.intval)


def descr_lshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__lshift__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_lshift(space, a, w_other.intval)


def descr_rlshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rlshift__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_lshift(space, w_other.intval, a)


def descr_rshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rshift__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_rshift(space, a, w_other.intval)


def descr_rrshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rrshift__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_rshift(space, w_other.intval, a)


def descr_and(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__and__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_and(space, a, w_other.intval)


def descr_rand(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rand__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_and(space, w_other.intval, a)


def descr_or(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__or__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_or(space, a, w_other.intval)


def descr_ror(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__ror__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_or(space, w_other.intval, a)


def descr_xor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__xor__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_xor(space, a, w_other.intval)


def descr_rxor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__rxor__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return int_xor(space, w_other.intval, a)


def descr_neg(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return int_neg(space, _self(space, w_self, "__neg__"))


def descr_pos(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return descr_int(space, w_self)


def descr_abs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return int_abs(space, _self(space, w_self, "__abs__"))


def descr_invert(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return int_invert(space, _self(space, w_self, "__invert__"))


def descr_nonzero(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newbool(_self(space, w_self, "__nonzero__") != 0)


def descr_int(space: "ObjSpace", w_self: W_Root) -> W_Root:
    a = _self(space, w_self, "__int__")
    if is_exact_int(w_self):
        return w_self
    return newint(space, a)


def descr_long(space: "ObjSpace", w_self: W_Root) -> W_Root:
    a = _self(space, w_self, "__long__")
    return _long(space, rb.fromint(a))


def descr_float(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.floatobject import newfloat
    return newfloat(space, float(_self(space, w_self, "__float__")))


def descr_index(space: "ObjSpace", w_self: W_Root) -> W_Root:
    a = _self(space, w_self, "__index__")
    if is_exact_int(w_self):
        return w_self
    return newint(space, a)


def descr_trunc(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self, "__trunc__")
    return descr_int(space, w_self)


def descr_conjugate(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self, "conjugate")
    return descr_int(space, w_self)


def int_oct(a: int) -> str:
    """2.7's oct() of an int: '0', '010', '-010'."""
    if a == 0:
        return "0"
    if a < 0:
        return "-0" + rb.format_base(rb.fromint(a), 8)[1:]
    return "0" + rb.format_base(rb.fromint(a), 8)


def int_hex(a: int) -> str:
    if a < 0:
        return "-0x" + rb.format_base(rb.fromint(a), 16)[1:]
    return "0x" + rb.format_base(rb.fromint(a), 16)


def descr_oct(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(int_oct(_self(space, w_self, "__oct__")))


def descr_hex(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(int_hex(_self(space, w_self, "__hex__")))


def descr_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return newint(space, int_hash(_self(space, w_self, "__hash__")))


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(str(_self(space, w_self, "__repr__")))


def descr_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(str(_self(space, w_self, "__str__")))


def descr_cmp(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__cmp__")
    if not isinstance(w_other, W_IntObject):
        raise space.type_error("int.__cmp__(x,y) requires y to be a 'int', not a '%s'"
                               % space.type(w_other).name)
    b = w_other.intval
    return newint(space, -1 if a < b else (1 if a > b else 0))


def descr_coerce(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    _self(space, w_self, "__coerce__")
    if not isinstance(w_other, W_IntObject):
        return space.w_NotImplemented
    return space.newtuple([w_self, w_other])


def descr_getnewargs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newtuple([newint(space, _self(space, w_self, "__getnewargs__"))])


def descr_bit_length(space: "ObjSpace", w_self: W_Root) -> W_Root:
    a = _self(space, w_self, "bit_length")
    return newint(space, rb.bit_length(rb.fromint(a)))


def descr_format(space: "ObjSpace", w_self: W_Root, w_spec: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import numformat
    a = _self(space, w_self, "__format__")
    return numformat.format_int_or_long(space, w_self, rb.fromint(a), w_spec, False)


# getset descriptors
def get_real(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return descr_int(space, w_self)


def get_imag(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return newint(space, 0)


def get_denominator(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return newint(space, 1)


# ---- int(x, base) --------------------------------------------------------------------

class Missing(W_Root):
    """Marks an argument that was not given."""


MISSING = Missing()


def parse_x_base(space: "ObjSpace", fname: str, args: Arguments) -> tuple[W_Root, W_Root]:
    """The (x, base) arguments of int() and long(); MISSING when absent."""
    args.unpack_stars(space, fname + "()")
    w_x: W_Root = MISSING
    w_base: W_Root = MISSING
    n = len(args.args_w)
    if n > 2:
        raise space.type_error("%s() takes at most 2 arguments (%d given)" % (fname, n + len(args.keywords)))
    if n >= 1:
        w_x = args.args_w[0]
    if n >= 2:
        w_base = args.args_w[1]
    for i in range(len(args.keywords)):
        kw = args.keywords[i]
        if kw == "x" and n < 1:
            w_x = args.keywords_w[i]
        elif kw == "base" and n < 2:
            w_base = args.keywords_w[i]
        elif kw == "x" or kw == "base":
            raise space.type_error("Argument given by name ('%s') and position (%d)"
                                   % (kw, 1 if kw == "x" else 2))
        else:
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
    return w_x, w_base


def int_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    w_x, w_base = parse_x_base(space, "int", args)
    w_value = int_from_args(space, w_x, w_base, "int")
    if w_subtype is space.w_int:
        return w_value
    if isinstance(w_value, W_IntObject):
        return W_IntObjectUser(w_value.intval, w_subtype)
    raise space.error(space.w_OverflowError, "Python int too large to convert to C long")


def int_from_args(space: "ObjSpace", w_x: W_Root, w_base: W_Root, fname: str) -> W_Root:
    """int(x[, base]) or long(x[, base]): the value (an int or a long; for
    long() always a long)."""
    from pypy27.interpreter.objspace.longobject import W_LongObject
    from pypy27.interpreter.objspace import numparse
    is_long = fname == "long"
    if w_base is MISSING:
        if w_x is MISSING:
            if is_long:
                return _long(space, rb.ZERO)
            return newint(space, 0)
        if _is_string(space, w_x):
            text = _text_of(space, w_x)
            w_res = numparse.parse_int_string(space, numparse.c_string(text), 10, is_long)
            if text.find("\x00") >= 0:
                raise space.value_error("null byte in argument for %s()" % fname)
            return w_res
        return number_to_int(space, w_x, fname)
    base = _base_arg(space, w_base)
    if w_x is MISSING:
        raise space.type_error("%s() missing string argument" % fname)
    if not _is_string(space, w_x):
        raise space.type_error("%s() can't convert non-string with explicit base" % fname)
    if base != 0 and (base < 2 or base > 36):
        raise space.value_error("%s() base must be >= 2 and <= 36, or 0" % fname)
    text = _text_of(space, w_x)
    if text.find("\x00") >= 0:
        raise space.value_error("invalid literal for %s() with base %d: %s"
                                % (fname, base, numparse.str_repr(text)))
    w_res = numparse.parse_int_string(space, text, base, is_long)
    assert isinstance(w_res, W_IntObject) or isinstance(w_res, W_LongObject)
    return w_res


def _base_arg(space: "ObjSpace", w_base: W_Root) -> int:
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if isinstance(w_base, W_IntObject):
        return w_base.intval
    if isinstance(w_base, W_LongObject):
        try:
            return rb.toint(w_base.num)
        except OverflowError:
            raise space.error(space.w_OverflowError, "Python int too large to convert to C long")
    if isinstance(w_base, W_FloatObject):
        raise space.type_error("integer argument expected, got float")
    return int_w(space, w_base)


def _text_of(space: "ObjSpace", w_s: W_Root) -> str:
    """The bytes of a str, or a unicode through the 'decimal' codec."""
    from pypy27.interpreter.objspace import numparse
    if space.isinstance_w(w_s, space.w_str):
        return space.str_w(w_s)
    return numparse.unicode_decimal_text(space, w_s)


def special_method(space: "ObjSpace", w_x: W_Root, name: str) -> Optional[W_Root]:
    """The bound special method, looked up on the type (for a classic
    instance: its own attribute, as 2.7's instance slots do); None if absent."""
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    if isinstance(w_x, W_InstanceObject):
        return space.findattr(w_x, name)
    w_impl = space.lookup(w_x, name)
    if w_impl is None:
        return None
    return space.get(w_impl, w_x)


def number_to_int(space: "ObjSpace", w_x: W_Root, fname: str) -> W_Root:
    """int(x) / long(x) for a non-string x: through __int__/__long__, then
    __trunc__."""
    from pypy27.interpreter.objspace.longobject import W_LongObject
    is_long = fname == "long"
    if is_exact_int(w_x) and not is_long:
        return w_x
    if isinstance(w_x, W_LongObject) and not w_x.is_user():
        if is_long:
            return w_x
        return newlong_or_int(space, w_x.num)
    w_meth = special_method(space, w_x, "__long__" if is_long else "__int__")
    if w_meth is None and is_long:
        from pypy27.interpreter.objspace.classobj import W_InstanceObject
        if isinstance(w_x, W_InstanceObject):
            w_meth = special_method(space, w_x, "__int__")     # a classic long() falls back to __int__
    if w_meth is not None:
        w_res = space.call_function(w_meth, [])
        if isinstance(w_res, W_IntObject):
            if is_long:
                return _long(space, rb.fromint(w_res.intval))
            return w_res        # 2.7 returns __int__'s int (a bool stays a bool)
        if isinstance(w_res, W_LongObject):
            return w_res        # 2.7 keeps the long (subclass) __int__/__long__ returned
        raise space.type_error("__%s__ returned non-%s (type %s)"
                               % (fname, fname, space.type(w_res).name))
    w_trunc = special_method(space, w_x, "__trunc__")
    if w_trunc is not None:
        w_res = space.call_function(w_trunc, [])
        if not (isinstance(w_res, W_IntObject) or isinstance(w_res, W_LongObject)):
            # 2.7 converts a non-int Integral through its __int__ (also for long())
            from pypy27.interpreter.objspace.classobj import W_InstanceObject
            if isinstance(w_res, W_InstanceObject):
                w_meth = space.findattr(w_res, "__int__")
            else:
                w_meth = space.lookup(w_res, "__int__")
                if w_meth is not None:
                    w_meth = space.get(w_meth, w_res)
            if w_meth is None:
                tname = space.type(w_res).name
                if isinstance(w_res, W_InstanceObject):
                    tname = w_res.w_class.name
                raise space.type_error("__trunc__ returned non-Integral (type %s)" % tname)
            w_res = space.call_function(w_meth, [])
            if not (isinstance(w_res, W_IntObject) or isinstance(w_res, W_LongObject)):
                raise space.type_error("__int__ returned non-int (type %s)" % space.type(w_res).name)
        if not is_long:
            return w_res
        if isinstance(w_res, W_IntObject):
            return _long(space, rb.fromint(w_res.intval))
        assert isinstance(w_res, W_LongObject)
        return w_res if not w_res.is_user() else _long(space, w_res.num)
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    if isinstance(w_x, W_InstanceObject):
        raise space.error(space.w_AttributeError, "%s instance has no attribute '__trunc__'" % w_x.w_class.name)
    from pypy27.interpreter.objspace.charbuffer import char_buffer_text
    text = char_buffer_text(space, w_x)
    if text is not None:
        from pypy27.interpreter.objspace import numparse
        w_res = numparse.parse_int_string(space, numparse.c_string(text), 10, is_long)
        if text.find("\x00") >= 0:
            raise space.value_error("null byte in argument for %s()" % fname)
        return w_res
    raise space.type_error("%s() argument must be a string or a number, not '%s'"
                           % (fname, space.type(w_x).name))


# ---- helpers for descroperation ----------------------------------------------------------

def int_as_long(space: "ObjSpace", w_obj: W_Root) -> int:
    """2.7's PyInt_AsLong/PyInt_AsSsize_t, used on the results of __len__ and
    __hash__: ints and longs (OverflowError "long int too large to convert to
    int"), anything else through its __int__ (so 2.0 gives 2); TypeError
    "an integer is required" for the rest."""
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    if isinstance(w_obj, W_LongObject):
        try:
            return rb.toint(w_obj.num)
        except OverflowError:
            raise space.error(space.w_OverflowError, "long int too large to convert to int")
    w_meth = space.lookup(w_obj, "__int__")
    if w_meth is None or _is_string(space, w_obj):
        raise space.type_error("an integer is required")
    w_res = space.call_function(w_meth, [w_obj])
    if isinstance(w_res, W_IntObject) or isinstance(w_res, W_LongObject):
        return int_as_long(space, w_res)
    raise space.type_error("nb_int should return int object")


def pow3(space: "ObjSpace", w_a: W_Root, w_b: W_Root, w_mod: W_Root) -> W_Root:
    """pow(a, b, mod) with a mod that is not None, like 2.7's ternary_op:
    type(a).__pow__(a, b, mod); then, for a b of another built-in number
    type, its __rpow__(a, mod) (2.7 calls that type's C slot with the three
    operands); then the modulus' own rule when it is a float or complex of a
    third type; else TypeError."""
    from pypy27.interpreter.gateway import W_Builtin
    from pypy27.interpreter.objspace.complexobject import W_ComplexObject
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    w_ta = space.type(w_a)
    w_tb = space.type(w_b)
    w_tm = space.type(w_mod)
    w_impl = w_ta.lookup("__pow__")
    if w_impl is not None:
        w_res = space.call_function(space.get(w_impl, w_a), [w_b, w_mod])
        if w_res is not space.w_NotImplemented:
            return w_res
    if w_tb is not w_ta:
        w_impl = w_tb.lookup("__rpow__")
        if w_impl is not None and isinstance(w_impl, W_Builtin):
            w_res = space.call_function(space.get(w_impl, w_b), [w_a, w_mod])
            if w_res is not space.w_NotImplemented:
                return w_res
    if w_tm is not w_ta and w_tm is not w_tb:
        from pypy27.interpreter.objspace.longobject import W_LongObject, long_pow
        if isinstance(w_mod, W_LongObject) and _is_integer(w_a) and _is_integer(w_b):
            return long_pow(space, to_big(w_a), to_big(w_b), w_mod.num)
        if isinstance(w_mod, W_FloatObject) and (_is_integer(w_a) or isinstance(w_a, W_FloatObject)) and (
                _is_integer(w_b) or isinstance(w_b, W_FloatObject)):
            raise space.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        if isinstance(w_mod, W_ComplexObject) and _is_numberish(w_a) and _is_numberish(w_b):
            raise space.value_error("complex modulo")
    raise space.type_error("unsupported operand type(s) for pow(): '%s', '%s', '%s'"
                           % (w_ta.name, w_tb.name, w_tm.name))


def _is_integer(w: W_Root) -> bool:
    from pypy27.interpreter.objspace.longobject import W_LongObject
    return isinstance(w, W_IntObject) or isinstance(w, W_LongObject)


def _is_numberish(w: W_Root) -> bool:
    from pypy27.interpreter.objspace.complexobject import W_ComplexObject
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    from pypy27.interpreter.objspace.longobject import W_LongObject
    return (isinstance(w, W_IntObject) or isinstance(w, W_LongObject) or isinstance(w, W_FloatObject)
            or isinstance(w, W_ComplexObject))
