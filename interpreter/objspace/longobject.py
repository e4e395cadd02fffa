"""2.7's `long`: arbitrary precision (support/rbigint.py)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.objspace.intobject import W_IntObject, newint, newlong_or_int, to_big
from pypy27.support import rbigint as rb

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_LongObject(W_Root):
    num: rb.rbigint

    def __init__(self, num: rb.rbigint) -> None:
        self.num = num

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_long

    def immutable_unique_id(self, space: "ObjSpace") -> Optional[W_Root]:
        return None

    def is_user(self) -> bool:
        """An instance of a user subclass?"""
        return False

    def __repr__(self) -> str:     # host debugging only
        return "W_LongObject(%s)" % rb.str_(self.num)


class W_LongObjectUser(W_LongObject):
    """An instance of a user subclass of long."""
    w_class: "W_TypeObject"
    user: Optional[UserAttrs]

    def __init__(self, num: rb.rbigint, w_class: "W_TypeObject") -> None:
        W_LongObject.__init__(self, num)
        self.w_class = w_class
        self.user = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    def is_user(self) -> bool:
        return True


# ---- the space API ------------------------------------------------------------------

def newlong(space: "ObjSpace", num: rb.rbigint) -> W_LongObject:
    return W_LongObject(num)


def newlong_from_int(space: "ObjSpace", i: int) -> W_LongObject:
    return W_LongObject(rb.fromint(i))


def newlong_from_decimal(space: "ObjSpace", text: str) -> W_LongObject:
    """A long from decimal digits with an optional sign (validated text)."""
    return W_LongObject(rb.fromdecimalstr(text))


def bigint_w(space: "ObjSpace", w_obj: W_Root) -> rb.rbigint:
    """The value of an int, bool or long (else __long__/__int__)."""
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
        return to_big(w_obj)
    from pypy27.interpreter.objspace.intobject import number_to_int
    w_res = number_to_int(space, w_obj, "long")
    return to_big(w_res)


# ---- operations on rbigints (the fast paths) ----------------------------------------------

def _zero_div(space: "ObjSpace") -> "OperationError":
    return space.error(space.w_ZeroDivisionError, "long division or modulo by zero")


def _shift_count(space: "ObjSpace", b: rb.rbigint) -> int:
    if b.sign < 0:
        raise space.value_error("negative shift count")
    try:
        return rb.toint(b)
    except OverflowError:
        raise space.error(space.w_OverflowError, "long int too large to convert to int")


MAX_SHIFT = 1 << 33      # larger results: MemoryError (2.7 fails to allocate them)


def check_shift_size(space: "ObjSpace", n: int) -> None:
    if n > MAX_SHIFT:
        raise space.error(space.w_MemoryError, "")


def long_pow(space: "ObjSpace", a: rb.rbigint, b: rb.rbigint, w_mod: Optional[rb.rbigint]) -> W_Root:
    if w_mod is None:
        if b.sign < 0:
            from pypy27.interpreter.objspace.floatobject import float_pow
            return float_pow(space, _tofloat(space, a), _tofloat(space, b))
        return W_LongObject(rb.pow_(a, b, None))
    if b.sign < 0:
        raise space.type_error("pow() 2nd argument cannot be negative when 3rd argument specified")
    if w_mod.sign == 0:
        raise space.value_error("pow() 3rd argument cannot be 0")
    return W_LongObject(rb.pow_(a, b, w_mod))


def _tofloat(space: "ObjSpace", a: rb.rbigint) -> float:
    try:
        return rb.tofloat(a)
    except OverflowError:
        raise space.error(space.w_OverflowError, "long int too large to convert to float")


def long_truediv(space: "ObjSpace", a: rb.rbigint, b: rb.rbigint) -> W_Root:
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    try:
        return W_FloatObject(rb.truediv(a, b))
    except ZeroDivisionError:
        raise space.error(space.w_ZeroDivisionError, "division by zero")
    except OverflowError:
        raise space.error(space.w_OverflowError, "integer division result too large for a float")


def long_binop(space: "ObjSpace", op: str, a: rb.rbigint, b: rb.rbigint) -> W_Root:
    """The binary operator op (as in space.binop) on two longs: a long
    (a float for true division and negative powers)."""
    if op == "add":
        return W_LongObject(rb.add(a, b))
    if op == "sub":
        return W_LongObject(rb.sub(a, b))
    if op == "mul":
        return W_LongObject(rb.mul(a, b))
    if op == "div" or op == "floordiv":
        if b.sign == 0:
            raise _zero_div(space)
        return W_LongObject(rb.floordiv(a, b))
    if op == "mod":
        if b.sign == 0:
            raise _zero_div(space)
        return W_LongObject(rb.mod(a, b))
    if op == "divmod":
        if b.sign == 0:
            raise _zero_div(space)
        q, r = rb.floordivmod(a, b)
        return space.newtuple([W_LongObject(q), W_LongObject(r)])
    if op == "truediv":
        return long_truediv(space, a, b)
    if op == "pow":
        return long_pow(space, a, b, None)
    if op == "lshift":
        n = _shift_count(space, b)
        if a.sign == 0:
            return W_LongObject(a)
        check_shift_size(space, n)
        return W_LongObject(rb.lshift(a, n))
    if op == "rshift":
        return W_LongObject(rb.rshift(a, _shift_count(space, b)))
    if op == "and":
        return W_LongObject(rb.and_(a, b))
    if op == "or":
        return W_LongObject(rb.or_(a, b))
    if op == "xor":
        return W_LongObject(rb.xor(a, b))
    raise ValueError(op)


def long_repr(a: rb.rbigint) -> str:
    return rb.str_(a) + "L"


def long_hex(a: rb.rbigint) -> str:
    s = rb.format_base(a, 16)
    if a.sign < 0:
        return "-0x" + s[1:] + "L"
    return "0x" + s + "L"


def long_oct(a: rb.rbigint) -> str:
    if a.sign == 0:
        return "0L"
    s = rb.format_base(a, 8)
    if a.sign < 0:
        return "-0" + s[1:] + "L"
    return "0" + s + "L"


# ---- the methods of long ------------------------------------------------------------------

def _self(space: "ObjSpace", w_self: W_Root, name: str) -> rb.rbigint:
    if isinstance(w_self, W_LongObject):
        return w_self.num
    raise space.type_error("descriptor '%s' requires a 'long' object but received a '%s'"
                           % (name, space.type(w_self).name))


def _is_integer(w: W_Root) -> bool:
    return isinstance(w, W_IntObject) or isinstance(w, W_LongObject)


def _binop(space: "ObjSpace", op: str, name: str, w_self: W_Root, w_other: W_Root, rev: bool) -> W_Root:
    a = _self(space, w_self, name)
    if not _is_integer(w_other):
        return space.w_NotImplemented
    b = to_big(w_other)
    if rev:
        return long_binop(space, op, b, a)
    return long_binop(space, op, a, b)


def descr_add(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "add", "__add__", w_self, w_other, False)


def descr_radd(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "add", "__radd__", w_self, w_other, True)


def descr_sub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "sub", "__sub__", w_self, w_other, False)


def descr_rsub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "sub", "__rsub__", w_self, w_other, True)


def descr_mul(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "mul", "__mul__", w_self, w_other, False)


def descr_rmul(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "mul", "__rmul__", w_self, w_other, True)


def descr_div(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "div", "__div__", w_self, w_other, False)


def descr_rdiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "div", "__rdiv__", w_self, w_other, True)


def descr_truediv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "truediv", "__truediv__", w_self, w_other, False)


def descr_rtruediv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "truediv", "__rtruediv__", w_self, w_other, True)


def descr_floordiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "floordiv", "__floordiv__", w_self, w_other, False)


def descr_rfloordiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "floordiv", "__rfloordiv__", w_self, w_other, True)


def descr_mod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "mod", "__mod__", w_self, w_other, False)


def descr_rmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "mod", "__rmod__", w_self, w_other, True)


def descr_divmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "divmod", "__divmod__", w_self, w_other, False)


def descr_rdivmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "divmod", "__rdivmod__", w_self, w_other, True)


def descr_lshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "lshift", "__lshift__", w_self, w_other, False)


def descr_rlshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "lshift", "__rlshift__", w_self, w_other, True)


def descr_rshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "rshift", "__rshift__", w_self, w_other, False)


def descr_rrshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "rshift", "__rrshift__", w_self, w_other, True)


def descr_and(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "and", "__and__", w_self, w_other, False)


def descr_rand(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "and", "__rand__", w_self, w_other, True)


def descr_or(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "or", "__or__", w_self, w_other, False)


def descr_ror(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "or", "__ror__", w_self, w_other, True)


def descr_xor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "xor", "__xor__", w_self, w_other, False)


def descr_rxor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop(space, "xor", "__rxor__", w_self, w_other, True)


def _pow(space: "ObjSpace", args_w: list[Optional[W_Root]], name: str, rev: bool) -> W_Root:
    w_self = args_w[0]
    w_other = args_w[1]
    w_mod = args_w[2]
    assert w_self is not None and w_other is not None
    a = _self(space, w_self, name)
    if not _is_integer(w_other):
        return space.w_NotImplemented
    b = to_big(w_other)
    if rev:
        a, b = b, a
    if w_mod is None or space.is_w(w_mod, space.w_None):
        return long_pow(space, a, b, None)
    if not _is_integer(w_mod):
        return space.w_NotImplemented
    return long_pow(space, a, b, to_big(w_mod))


def descr_pow(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _pow(space, args_w, "__pow__", False)


def descr_rpow(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _pow(space, args_w, "__rpow__", True)


def descr_neg(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_LongObject(rb.neg(_self(space, w_self, "__neg__")))


def descr_pos(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return descr_long(space, w_self)


def descr_abs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_LongObject(rb.abs_(_self(space, w_self, "__abs__")))


def descr_invert(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_LongObject(rb.invert(_self(space, w_self, "__invert__")))


def descr_nonzero(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newbool(_self(space, w_self, "__nonzero__").sign != 0)


def descr_long(space: "ObjSpace", w_self: W_Root) -> W_Root:
    a = _self(space, w_self, "__long__")
    if isinstance(w_self, W_LongObject) and not w_self.is_user():
        return w_self
    return W_LongObject(a)


def descr_int(space: "ObjSpace", w_self: W_Root) -> W_Root:
    a = _self(space, w_self, "__int__")
    if rb.fits_int(a):
        return newint(space, rb.toint(a))
    return descr_long(space, w_self)


def descr_float(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    return W_FloatObject(_tofloat(space, _self(space, w_self, "__float__")))


def descr_index(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self, "__index__")
    return descr_long(space, w_self)


def descr_trunc(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self, "__trunc__")
    return descr_long(space, w_self)


def descr_conjugate(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self, "conjugate")
    return descr_long(space, w_self)


def descr_oct(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(long_oct(_self(space, w_self, "__oct__")))


def descr_hex(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(long_hex(_self(space, w_self, "__hex__")))


def descr_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return newint(space, rb.hash_(_self(space, w_self, "__hash__")))


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(long_repr(_self(space, w_self, "__repr__")))


def descr_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(rb.str_(_self(space, w_self, "__str__")))


def descr_cmp(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__cmp__")
    if not isinstance(w_other, W_LongObject):
        raise space.type_error("long.__cmp__(x,y) requires y to be a 'long', not a '%s'"
                               % space.type(w_other).name)
    return newint(space, rb.compare(a, w_other.num))


def descr_coerce(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    _self(space, w_self, "__coerce__")
    if not _is_integer(w_other):
        return space.w_NotImplemented
    w_o = w_other if isinstance(w_other, W_LongObject) else W_LongObject(to_big(w_other))
    return space.newtuple([w_self, w_o])


def descr_getnewargs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newtuple([W_LongObject(_self(space, w_self, "__getnewargs__"))])


def descr_bit_length(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return newint(space, rb.bit_length(_self(space, w_self, "bit_length")))


def descr_format(space: "ObjSpace", w_self: W_Root, w_spec: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import numformat
    return numformat.format_int_or_long(space, w_self, _self(space, w_self, "__format__"), w_spec, True)


def get_real(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return descr_long(space, w_self)


def get_imag(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self, "imag")
    return W_LongObject(rb.ZERO)


def get_denominator(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self, "denominator")
    return W_LongObject(rb.ONE)


# ---- long(x, base) -------------------------------------------------------------------------

def long_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    from pypy27.interpreter.objspace.intobject import int_from_args, parse_x_base
    w_x, w_base = parse_x_base(space, "long", args)
    w_value = int_from_args(space, w_x, w_base, "long")
    num = to_big(w_value)
    if w_subtype is space.w_long:
        if isinstance(w_value, W_LongObject):
            return w_value      # a long subclass instance only when __long__ returned one
        return W_LongObject(num)
    return W_LongObjectUser(num, w_subtype)


def long_or_int_result(space: "ObjSpace", num: rb.rbigint) -> W_Root:
    return newlong_or_int(space, num)


if TYPE_CHECKING:
    from pypy27.interpreter.error import OperationError
