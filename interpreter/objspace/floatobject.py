"""2.7's `float` (a C double)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.intobject import (W_IntObject, is_exact_int, is_exact_long, newint,
                                                   newlong_or_int, to_big, to_float)
from pypy27.support import rbigint as rb
from pypy27.support import rfloat
from pypy27.support.rfloat import INF, NAN, isfinite, isinf, isnan

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_FloatObject(W_Root):
    floatval: float

    def __init__(self, floatval: float) -> None:
        self.floatval = floatval

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_float

    def immutable_unique_id(self, space: "ObjSpace") -> Optional[W_Root]:
        return None

    def is_user(self) -> bool:
        """An instance of a user subclass?"""
        return False

    def __repr__(self) -> str:     # host debugging only
        return "W_FloatObject(%r)" % self.floatval


class W_FloatObjectUser(W_FloatObject):
    """An instance of a user subclass of float."""
    w_class: "W_TypeObject"
    user: Optional[UserAttrs]

    def __init__(self, floatval: float, w_class: "W_TypeObject") -> None:
        W_FloatObject.__init__(self, floatval)
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

def newfloat(space: "ObjSpace", f: float) -> W_FloatObject:
    return W_FloatObject(f)


def float_w(space: "ObjSpace", w_obj: W_Root) -> float:
    """A float from a float, int, bool or long (else __float__; TypeError
    "a float is required")."""
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
        return to_float(space, w_obj)
    w_meth = space.lookup(w_obj, "__float__")
    if w_meth is None or space.isinstance_w(w_obj, space.w_str) or space.isinstance_w(w_obj, space.w_unicode):
        raise space.type_error("a float is required")
    w_res = space.call_function(w_meth, [w_obj])
    if not isinstance(w_res, W_FloatObject):
        raise space.type_error("nb_float should return float object")
    return w_res.floatval


# ---- operations on C doubles (the fast paths) ------------------------------------------

def _zero(space: "ObjSpace", msg: str) -> OperationError:
    return space.error(space.w_ZeroDivisionError, msg)


def float_div(space: "ObjSpace", a: float, b: float) -> W_Root:
    if b == 0.0:
        raise _zero(space, "float division by zero")
    return W_FloatObject(a / b)


def float_mod_value(space: "ObjSpace", vx: float, wx: float) -> float:
    if wx == 0.0:
        raise _zero(space, "float modulo")
    mod = rfloat.fmod(vx, wx)
    if mod != 0.0:
        if (wx < 0.0) != (mod < 0.0):
            mod += wx
    else:
        mod = rfloat.copysign(0.0, wx)
    return mod


def float_divmod_values(space: "ObjSpace", vx: float, wx: float) -> tuple[float, float]:
    if wx == 0.0:
        raise _zero(space, "float divmod()")
    mod = rfloat.fmod(vx, wx)
    div = (vx - mod) / wx
    if mod != 0.0:
        if (wx < 0.0) != (mod < 0.0):
            mod += wx
            div -= 1.0
    else:
        mod = rfloat.copysign(0.0, wx)
    if div != 0.0:
        floordiv = rfloat.floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = rfloat.copysign(0.0, vx / wx)
    return floordiv, mod


def _is_odd_integer(x: float) -> bool:
    # x is finite and integral
    return rfloat.fmod(x if x >= 0.0 else -x, 2.0) == 1.0


def float_pow_value(space: "ObjSpace", iv: float, iw: float) -> float:
    """2.7's float ** float."""
    if iw == 0.0:
        return 1.0
    if isnan(iv):
        return iv
    if isnan(iw):
        return 1.0 if iv == 1.0 else iw
    if isinf(iw):
        av = -iv if iv < 0.0 else iv
        if av == 1.0:
            return 1.0
        if (iw > 0.0) == (av > 1.0):
            return INF
        return 0.0
    if isinf(iv):
        odd = rfloat.floor(iw) == iw and _is_odd_integer(iw)
        if iw > 0.0:
            return iv if odd else INF
        return rfloat.copysign(0.0, iv) if odd else 0.0
    if iv == 0.0:
        odd = rfloat.floor(iw) == iw and _is_odd_integer(iw)
        if iw < 0.0:
            raise _zero(space, "0.0 cannot be raised to a negative power")
        return iv if odd else 0.0
    negate = False
    if iv < 0.0:
        if iw != rfloat.floor(iw):
            raise space.value_error("negative number cannot be raised to a fractional power")
        iv = -iv
        negate = _is_odd_integer(iw)
    if iv == 1.0:
        return -1.0 if negate else 1.0
    ix = rfloat.pow_(iv, iw)
    if isinf(ix):
        raise OperationError(space.w_OverflowError,
                             space.newtuple([newint(space, 34), space.newstr("Numerical result out of range")]))
    return -ix if negate else ix


def float_pow(space: "ObjSpace", a: float, b: float) -> W_Root:
    return W_FloatObject(float_pow_value(space, a, b))


def float_binop(space: "ObjSpace", op: str, a: float, b: float) -> W_Root:
    """The binary operator op (as in space.binop) on two floats."""
    if op == "add":
        return W_FloatObject(a + b)
    if op == "sub":
        return W_FloatObject(a - b)
    if op == "mul":
        return W_FloatObject(a * b)
    if op == "div" or op == "truediv":
        return float_div(space, a, b)
    if op == "floordiv":
        return W_FloatObject(float_divmod_values(space, a, b)[0])
    if op == "mod":
        return W_FloatObject(float_mod_value(space, a, b))
    if op == "divmod":
        q, r = float_divmod_values(space, a, b)
        return space.newtuple([W_FloatObject(q), W_FloatObject(r)])
    if op == "pow":
        return float_pow(space, a, b)
    raise ValueError(op)


def compare_floats(op: str, a: float, b: float) -> bool:
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


def compare_float_big(f: float, b: rb.rbigint) -> int:
    """Exact comparison of a float with a big integer: -1, 0, 1, or 2 for a nan."""
    if isnan(f):
        return 2
    if isinf(f):
        return 1 if f > 0.0 else -1
    if rb.bit_length(b) <= 53:
        g = rb.tofloat(b)
        return -1 if f < g else (1 if f > g else 0)
    # a big integer beyond 2**53 versus a float: compare integral parts, then the fraction
    fi = rb.fromfloat(f)
    c = rb.compare(fi, b)
    if c != 0:
        return c
    frac = f - rfloat.floor(f) if f >= 0.0 else f - rfloat.ceil(f)
    if frac > 0.0:
        return 1
    if frac < 0.0:
        return -1
    return 0


def compare_numbers(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> int:
    """Exact comparison of two ints/longs/floats: -1, 0, 1 or 2 (unordered)."""
    if isinstance(w_a, W_FloatObject):
        a = w_a.floatval
        if isinstance(w_b, W_FloatObject):
            b = w_b.floatval
            if a < b:
                return -1
            if a > b:
                return 1
            if a == b:
                return 0
            return 2
        return compare_float_big(a, to_big(w_b))
    if isinstance(w_b, W_FloatObject):
        c = compare_float_big(w_b.floatval, to_big(w_a))
        return c if c == 2 else -c
    return rb.compare(to_big(w_a), to_big(w_b))


def float_hash(v: float) -> int:
    """2.7's _Py_HashDouble."""
    if isnan(v):
        return 0
    if isinf(v):
        return -271828 if v < 0.0 else 314159
    intpart = rfloat.floor(v) if v >= 0.0 else rfloat.ceil(v)
    if intpart == v:
        if intpart > 4.611686018427388e18 or -intpart > 4.611686018427388e18:
            return rb.hash_(rb.fromfloat(v))
        x = int(intpart)
        return -2 if x == -1 else x
    expo = rfloat.frexp_exponent(v)
    m = rfloat.ldexp(v, -expo)
    m *= 2147483648.0
    hipart = int(m)
    m = (m - float(hipart)) * 2147483648.0
    x = hipart + int(m) + (expo << 15)
    return -2 if x == -1 else x


def float_to_int(space: "ObjSpace", f: float) -> W_Root:
    """int(f): an int, or a long when it does not fit."""
    if isnan(f):
        raise space.value_error("cannot convert float NaN to integer")
    if isinf(f):
        raise space.error(space.w_OverflowError, "cannot convert float infinity to integer")
    if -9.2e18 < f < 9.2e18:
        return newint(space, int(f))
    return newlong_or_int(space, rb.fromfloat(f))


def float_to_long(space: "ObjSpace", f: float) -> rb.rbigint:
    if isnan(f):
        raise space.value_error("cannot convert float NaN to integer")
    if isinf(f):
        raise space.error(space.w_OverflowError, "cannot convert float infinity to integer")
    return rb.fromfloat(f)


def float_repr(f: float) -> str:
    """2.7's repr(): the shortest string that round-trips."""
    from pypy27.interpreter.objspace.floatformat import float_repr as _repr
    return _repr(f)


def float_str(f: float) -> str:
    """2.7's str(): 12 significant digits."""
    from pypy27.interpreter.objspace.floatformat import float_str as _str
    return _str(f)


# ---- the methods of float ----------------------------------------------------------------

def _self(space: "ObjSpace", w_self: W_Root, name: str) -> float:
    if isinstance(w_self, W_FloatObject):
        return w_self.floatval
    raise space.type_error("descriptor '%s' requires a 'float' object but received a '%s'"
                           % (name, space.type(w_self).name))


def _is_num(w: W_Root) -> bool:
    from pypy27.interpreter.objspace.longobject import W_LongObject
    return isinstance(w, W_FloatObject) or isinstance(w, W_IntObject) or isinstance(w, W_LongObject)


def _binop(space: "ObjSpace", op: str, name: str, w_self: W_Root, w_other: W_Root, rev: bool) -> W_Root:
    a = _self(space, w_self, name)
    if not _is_num(w_other):
        return space.w_NotImplemented
    b = to_float(space, w_other)
    if rev:
        return float_binop(space, op, b, a)
    return float_binop(space, op, a, b)


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


def _pow(space: "ObjSpace", args_w: list[Optional[W_Root]], name: str, rev: bool) -> W_Root:
    w_self = args_w[0]
    w_other = args_w[1]
    w_mod = args_w[2]
    assert w_self is not None and w_other is not None
    a = _self(space, w_self, name)
    if not _is_num(w_other):
        return space.w_NotImplemented
    if w_mod is not None and not space.is_w(w_mod, space.w_None):
        raise space.type_error("pow() 3rd argument not allowed unless all arguments are integers")
    b = to_float(space, w_other)
    if rev:
        return float_pow(space, b, a)
    return float_pow(space, a, b)


def descr_pow(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _pow(space, args_w, "__pow__", False)


def descr_rpow(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _pow(space, args_w, "__rpow__", True)


def _compare(space: "ObjSpace", op: str, name: str, w_self: W_Root, w_other: W_Root) -> W_Root:
    _self(space, w_self, name)
    if not _is_num(w_other):
        return space.w_NotImplemented
    c = compare_numbers(space, w_self, w_other)
    if c == 2:
        return space.newbool(op == "ne")
    if op == "lt":
        return space.newbool(c < 0)
    if op == "le":
        return space.newbool(c <= 0)
    if op == "eq":
        return space.newbool(c == 0)
    if op == "ne":
        return space.newbool(c != 0)
    if op == "gt":
        return space.newbool(c > 0)
    return space.newbool(c >= 0)


def descr_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _compare(space, "lt", "__lt__", w_self, w_other)


def descr_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _compare(space, "le", "__le__", w_self, w_other)


def descr_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _compare(space, "eq", "__eq__", w_self, w_other)


def descr_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _compare(space, "ne", "__ne__", w_self, w_other)


def descr_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _compare(space, "gt", "__gt__", w_self, w_other)


def descr_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _compare(space, "ge", "__ge__", w_self, w_other)


def descr_neg(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_FloatObject(-_self(space, w_self, "__neg__"))


def descr_pos(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return descr_float(space, w_self)


def descr_abs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_FloatObject(rfloat.copysign(_self(space, w_self, "__abs__"), 1.0))


def descr_nonzero(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newbool(_self(space, w_self, "__nonzero__") != 0.0)


def descr_float(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = _self(space, w_self, "__float__")
    if isinstance(w_self, W_FloatObject) and not w_self.is_user():
        return w_self
    return W_FloatObject(f)


def descr_int(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return float_to_int(space, _self(space, w_self, "__int__"))


def descr_trunc(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return float_to_int(space, _self(space, w_self, "__trunc__"))


def descr_long(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.longobject import W_LongObject
    return W_LongObject(float_to_long(space, _self(space, w_self, "__long__")))


def descr_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return newint(space, float_hash(_self(space, w_self, "__hash__")))


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(float_repr(_self(space, w_self, "__repr__")))


def descr_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(float_str(_self(space, w_self, "__str__")))


def descr_coerce(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    _self(space, w_self, "__coerce__")
    if not _is_num(w_other):
        return space.w_NotImplemented
    return space.newtuple([w_self, W_FloatObject(to_float(space, w_other))])


def descr_getnewargs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newtuple([W_FloatObject(_self(space, w_self, "__getnewargs__"))])


def descr_conjugate(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self, "conjugate")
    return descr_float(space, w_self)


def descr_is_integer(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = _self(space, w_self, "is_integer")
    if not isfinite(f):
        return space.w_False
    return space.newbool(rfloat.floor(f) == f)


def descr_as_integer_ratio(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = _self(space, w_self, "as_integer_ratio")
    if isinf(f):
        raise space.error(space.w_OverflowError, "Cannot pass infinity to float.as_integer_ratio.")
    if isnan(f):
        raise space.value_error("Cannot pass NaN to float.as_integer_ratio.")
    if f == 0.0:
        return space.newtuple([newint(space, 0), newint(space, 1)])
    # f = m * 2**e with an integral m
    e = rfloat.frexp_exponent(f)
    m = rfloat.ldexp(f, 53 - e)
    e = e - 53
    num = rb.fromfloat(m)
    den = rb.ONE
    while not rb.is_zero(num) and not rb.is_odd(num) and e < 0:
        num = rb.rshift(num, 1)
        e += 1
    if e >= 0:
        num = rb.lshift(num, e)
    else:
        den = rb.lshift(rb.ONE, -e)
    return space.newtuple([newlong_or_int(space, num), newlong_or_int(space, den)])


def descr_hex(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import numformat
    return space.newstr(numformat.float_hex(_self(space, w_self, "hex")))


def descr_fromhex(space: "ObjSpace", w_cls: W_Root, w_s: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import numparse
    f = numparse.float_fromhex(space, space.str_w(w_s))
    w_f = W_FloatObject(f)
    if space.is_w(w_cls, space.w_float):
        return w_f
    return space.call_function(w_cls, [w_f])


def descr_getformat(space: "ObjSpace", w_cls: W_Root, w_typestr: W_Root) -> W_Root:
    t = space.str_w(w_typestr)
    if t != "double" and t != "float":
        raise space.value_error("__getformat__() argument 1 must be 'double' or 'float'")
    return space.newstr("IEEE, little-endian")


def descr_setformat(space: "ObjSpace", w_cls: W_Root, w_typestr: W_Root, w_fmt: W_Root) -> W_Root:
    t = space.str_w(w_typestr)
    if t != "double" and t != "float":
        raise space.value_error("__setformat__() argument 1 must be 'double' or 'float'")
    fmt = space.str_w(w_fmt)
    if fmt != "unknown" and fmt != "IEEE, big-endian" and fmt != "IEEE, little-endian":
        raise space.value_error("__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or "
                                "'IEEE, big-endian'")
    if fmt != "unknown" and fmt != "IEEE, little-endian":
        raise space.value_error("can only set %s format to 'unknown' or the detected platform value" % t)
    return space.w_None


def descr_format(space: "ObjSpace", w_self: W_Root, w_spec: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import numformat
    return numformat.format_float_spec(space, w_self, _self(space, w_self, "__format__"), w_spec)


def get_real(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return descr_float(space, w_self)


def get_imag(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self, "imag")
    return W_FloatObject(0.0)


# ---- float(x) -------------------------------------------------------------------------------

def float_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    args.unpack_stars(space, "float()")
    n = len(args.args_w)
    w_x: Optional[W_Root] = None
    if n > 1:
        raise space.type_error("float() takes at most 1 argument (%d given)" % (n + len(args.keywords)))
    if n == 1:
        w_x = args.args_w[0]
    for i in range(len(args.keywords)):
        kw = args.keywords[i]
        if kw == "x" and n == 0:
            w_x = args.keywords_w[i]
        elif kw == "x":
            raise space.type_error("Argument given by name ('x') and position (1)")
        else:
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
    f = 0.0
    if w_x is not None:
        if isinstance(w_x, W_FloatObject) and not w_x.is_user() and w_subtype is space.w_float:
            return w_x
        if w_subtype is space.w_float and not (is_exact_int(w_x) or is_exact_long(w_x)):
            from pypy27.interpreter.objspace.intobject import special_method
            w_meth = special_method(space, w_x, "__float__")
            if w_meth is not None:
                w_res = space.call_function(w_meth, [])
                if isinstance(w_res, W_FloatObject):
                    return w_res        # 2.7 keeps the float (subclass) __float__ returned
                raise space.type_error("__float__ returned non-float (type %s)" % space.type(w_res).name)
        f = float_from_object(space, w_x)
    if w_subtype is space.w_float:
        return W_FloatObject(f)
    return W_FloatObjectUser(f, w_subtype)


def float_from_object(space: "ObjSpace", w_x: W_Root) -> float:
    from pypy27.interpreter.objspace import numparse
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if isinstance(w_x, W_FloatObject) and not w_x.is_user():
        return w_x.floatval
    if is_exact_int(w_x) or is_exact_long(w_x):
        return to_float(space, w_x)
    w_meth = space.lookup(w_x, "__float__")     # first: a str subclass may define it
    if w_meth is None:
        if space.isinstance_w(w_x, space.w_str):
            return numparse.parse_float_string(space, space.str_w(w_x))
        if space.isinstance_w(w_x, space.w_unicode):
            return numparse.parse_float_string(space, numparse.unicode_decimal_text(space, w_x))
        from pypy27.interpreter.objspace.charbuffer import char_buffer_text
        text = char_buffer_text(space, w_x)
        if text is not None:
            return numparse.parse_float_string(space, text)
        raise space.type_error("float() argument must be a string or a number")
    w_res = space.call_function(w_meth, [w_x])
    if not isinstance(w_res, W_FloatObject):
        raise space.type_error("__float__ returned non-float (type %s)" % space.type(w_res).name)
    return w_res.floatval


NAN_VALUE = NAN
