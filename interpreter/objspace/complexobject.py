"""2.7's `complex` (two C doubles), with 2.7's arithmetic (Smith's division,
integral powers by repeated squaring, polar form otherwise)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.objspace.floatobject import W_FloatObject, float_hash
from pypy27.interpreter.objspace.intobject import W_IntObject, newint, to_float
from pypy27.support import rfloat
from pypy27.support.rfloat import INF, NAN, isinf, isnan

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_ComplexObject(W_Root):
    realval: float
    imagval: float

    def __init__(self, realval: float, imagval: float) -> None:
        self.realval = realval
        self.imagval = imagval

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_complex

    def is_user(self) -> bool:
        """An instance of a user subclass?"""
        return False

    def __repr__(self) -> str:     # host debugging only
        return "W_ComplexObject(%r, %r)" % (self.realval, self.imagval)


class W_ComplexObjectUser(W_ComplexObject):
    """An instance of a user subclass of complex."""
    w_class: "W_TypeObject"
    user: Optional[UserAttrs]

    def __init__(self, realval: float, imagval: float, w_class: "W_TypeObject") -> None:
        W_ComplexObject.__init__(self, realval, imagval)
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


def newcomplex(space: "ObjSpace", real: float, imag: float) -> W_ComplexObject:
    return W_ComplexObject(real, imag)


# ---- arithmetic on (real, imag) pairs, like 2.7's complexobject.c ---------------------------

class ComplexError(Exception):
    """errno of 2.7's c_* functions: EDOM (division by zero) or ERANGE."""
    edom: bool

    def __init__(self, edom: bool) -> None:
        self.edom = edom


def c_quot(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    abs_br = -br if br < 0.0 else br
    abs_bi = -bi if bi < 0.0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ComplexError(True)
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return NAN, NAN


def c_pow(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise ComplexError(True)
        return 0.0, 0.0
    vabs = rfloat.hypot(ar, ai)
    length = rfloat.pow_(vabs, br)
    at = rfloat.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length /= rfloat.exp(at * bi)
        phase += bi * rfloat.log(vabs)
    return length * rfloat.cos(phase), length * rfloat.sin(phase)


def c_powu(xr: float, xi: float, n: int) -> tuple[float, float]:
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = rr * pr - ri * pi, rr * pi + ri * pr
        mask <<= 1
        pr, pi = pr * pr - pi * pi, pr * pi + pi * pr
    return rr, ri


def c_powi(xr: float, xi: float, n: int) -> tuple[float, float]:
    if n > 100 or n < -100:
        return c_pow(xr, xi, float(n), 0.0)
    if n > 0:
        return c_powu(xr, xi, n)
    pr, pi = c_powu(xr, xi, -n)
    return c_quot(1.0, 0.0, pr, pi)


def complex_pow(space: "ObjSpace", ar: float, ai: float, br: float, bi: float) -> W_Root:
    try:
        if bi == 0.0 and -9.2e18 < br < 9.2e18 and br == float(int(br)):
            rr, ri = c_powi(ar, ai, int(br))
        else:
            rr, ri = c_pow(ar, ai, br, bi)
    except ComplexError:
        raise space.error(space.w_ZeroDivisionError, "0.0 to a negative or complex power")
    if isinf(rr) or isinf(ri):
        raise space.error(space.w_OverflowError, "complex exponentiation")
    return W_ComplexObject(rr, ri)


def complex_binop(space: "ObjSpace", op: str, ar: float, ai: float, br: float, bi: float) -> W_Root:
    if op == "add":
        return W_ComplexObject(ar + br, ai + bi)
    if op == "sub":
        return W_ComplexObject(ar - br, ai - bi)
    if op == "mul":
        return W_ComplexObject(ar * br - ai * bi, ar * bi + ai * br)
    if op == "div" or op == "truediv":
        try:
            qr, qi = c_quot(ar, ai, br, bi)
        except ComplexError:
            raise space.error(space.w_ZeroDivisionError, "complex division by zero")
        return W_ComplexObject(qr, qi)
    if op == "mod" or op == "divmod" or op == "floordiv":
        from pypy27.interpreter.module._warnings.interp_warn import warn
        warn(space, space.w_DeprecationWarning, "complex divmod(), // and % are deprecated")
        if op == "floordiv":    # 2.7's // warns, then calls divmod, which warns again
            warn(space, space.w_DeprecationWarning, "complex divmod(), // and % are deprecated")
        try:
            qr = c_quot(ar, ai, br, bi)[0]
        except ComplexError:
            raise space.error(space.w_ZeroDivisionError,
                              "complex remainder" if op == "mod" else "complex divmod()")
        qr = rfloat.floor(qr)
        # mod = a - b * (qr + 0j)
        mr = ar - (br * qr - bi * 0.0)
        mi = ai - (br * 0.0 + bi * qr)
        if op == "mod":
            return W_ComplexObject(mr, mi)
        if op == "floordiv":
            return W_ComplexObject(qr, 0.0)
        return space.newtuple([W_ComplexObject(qr, 0.0), W_ComplexObject(mr, mi)])
    if op == "pow":
        return complex_pow(space, ar, ai, br, bi)
    raise ValueError(op)


def complex_hash(real: float, imag: float) -> int:
    from pypy27.support.rarith import intmask
    x = intmask(float_hash(real) + 1000003 * float_hash(imag))
    return -2 if x == -1 else x


def complex_repr(real: float, imag: float) -> str:
    from pypy27.interpreter.astcompiler.floatformat import format_complex
    return format_complex(real, imag, False)


def complex_str(real: float, imag: float) -> str:
    from pypy27.interpreter.astcompiler.floatformat import format_complex
    return format_complex(real, imag, True)


# ---- the methods of complex ---------------------------------------------------------------

def _check(space: "ObjSpace", w_self: W_Root, name: str) -> W_ComplexObject:
    if isinstance(w_self, W_ComplexObject):
        return w_self
    raise space.type_error("descriptor '%s' requires a 'complex' object but received a '%s'"
                           % (name, space.type(w_self).name))


def _is_num(w: W_Root) -> bool:
    from pypy27.interpreter.objspace.longobject import W_LongObject
    return (isinstance(w, W_ComplexObject) or isinstance(w, W_FloatObject) or isinstance(w, W_IntObject)
            or isinstance(w, W_LongObject))


def _parts(space: "ObjSpace", w: W_Root) -> tuple[float, float]:
    if isinstance(w, W_ComplexObject):
        return w.realval, w.imagval
    return to_float(space, w), 0.0


def _binop(space: "ObjSpace", op: str, name: str, w_self: W_Root, w_other: W_Root, rev: bool) -> W_Root:
    s = _check(space, w_self, name)
    if not _is_num(w_other):
        return space.w_NotImplemented
    br, bi = _parts(space, w_other)
    if rev:
        return complex_binop(space, op, br, bi, s.realval, s.imagval)
    return complex_binop(space, op, s.realval, s.imagval, br, bi)


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
    s = _check(space, w_self, name)
    if not _is_num(w_other):
        return space.w_NotImplemented
    if w_mod is not None and not space.is_w(w_mod, space.w_None):
        raise space.value_error("complex modulo")
    br, bi = _parts(space, w_other)
    if rev:
        return complex_pow(space, br, bi, s.realval, s.imagval)
    return complex_pow(space, s.realval, s.imagval, br, bi)


def descr_pow(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _pow(space, args_w, "__pow__", False)


def descr_rpow(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _pow(space, args_w, "__rpow__", True)


def _equal(space: "ObjSpace", s: W_ComplexObject, w_other: W_Root) -> bool:
    if isinstance(w_other, W_ComplexObject):
        return s.realval == w_other.realval and s.imagval == w_other.imagval
    if s.imagval != 0.0:
        return False
    from pypy27.interpreter.objspace.floatobject import compare_numbers
    return compare_numbers(space, W_FloatObject(s.realval), w_other) == 0


def descr_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    s = _check(space, w_self, "__eq__")
    if not _is_num(w_other):
        return space.w_NotImplemented
    return space.newbool(_equal(space, s, w_other))


def descr_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    s = _check(space, w_self, "__ne__")
    if not _is_num(w_other):
        return space.w_NotImplemented
    return space.newbool(not _equal(space, s, w_other))


def _order(space: "ObjSpace", w_self: W_Root, w_other: W_Root, name: str) -> W_Root:
    _check(space, w_self, name)
    if not _is_num(w_other):
        return space.w_NotImplemented
    raise space.type_error("no ordering relation is defined for complex numbers")


def descr_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _order(space, w_self, w_other, "__lt__")


def descr_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _order(space, w_self, w_other, "__le__")


def descr_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _order(space, w_self, w_other, "__gt__")


def descr_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _order(space, w_self, w_other, "__ge__")


def descr_neg(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _check(space, w_self, "__neg__")
    return W_ComplexObject(-s.realval, -s.imagval)


def descr_pos(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _check(space, w_self, "__pos__")
    if not s.is_user():
        return s
    return W_ComplexObject(s.realval, s.imagval)


def complex_abs_value(space: "ObjSpace", real: float, imag: float) -> float:
    if isinf(real) or isinf(imag):
        return INF
    if isnan(real) or isnan(imag):
        return NAN
    r = rfloat.hypot(real, imag)
    if isinf(r):
        raise space.error(space.w_OverflowError, "absolute value too large")
    return r


def descr_abs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _check(space, w_self, "__abs__")
    return W_FloatObject(complex_abs_value(space, s.realval, s.imagval))


def descr_nonzero(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _check(space, w_self, "__nonzero__")
    return space.newbool(s.realval != 0.0 or s.imagval != 0.0)


def descr_int(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _check(space, w_self, "__int__")
    raise space.type_error("can't convert complex to int")


def descr_long(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _check(space, w_self, "__long__")
    raise space.type_error("can't convert complex to long")


def descr_float(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _check(space, w_self, "__float__")
    raise space.type_error("can't convert complex to float")


def descr_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _check(space, w_self, "__hash__")
    return newint(space, complex_hash(s.realval, s.imagval))


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _check(space, w_self, "__repr__")
    return space.newstr(complex_repr(s.realval, s.imagval))


def descr_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _check(space, w_self, "__str__")
    return space.newstr(complex_str(s.realval, s.imagval))


def descr_coerce(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    _check(space, w_self, "__coerce__")
    if not _is_num(w_other):
        return space.w_NotImplemented
    if isinstance(w_other, W_ComplexObject):
        return space.newtuple([w_self, w_other])
    return space.newtuple([w_self, W_ComplexObject(to_float(space, w_other), 0.0)])


def descr_getnewargs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _check(space, w_self, "__getnewargs__")
    return space.newtuple([W_FloatObject(s.realval), W_FloatObject(s.imagval)])


def descr_conjugate(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _check(space, w_self, "conjugate")
    return W_ComplexObject(s.realval, -s.imagval)


def descr_format(space: "ObjSpace", w_self: W_Root, w_spec: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import numformat
    s = _check(space, w_self, "__format__")
    return numformat.format_complex_spec(space, s.realval, s.imagval, w_spec)


def get_real(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_FloatObject(_check(space, w_self, "real").realval)


def set_readonly(space: "ObjSpace", w_self: W_Root, w_value: W_Root) -> None:
    """complex.real and .imag are read-only members in 2.7."""
    raise space.type_error("readonly attribute")


def get_imag(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_FloatObject(_check(space, w_self, "imag").imagval)


# ---- complex(real, imag) ----------------------------------------------------------------------

def complex_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    from pypy27.interpreter.objspace.intobject import MISSING
    args.unpack_stars(space, "complex()")
    n = len(args.args_w)
    if n > 2:
        raise space.type_error("complex() takes at most 2 arguments (%d given)" % (n + len(args.keywords)))
    w_real: W_Root = MISSING
    w_imag: W_Root = MISSING
    if n >= 1:
        w_real = args.args_w[0]
    if n >= 2:
        w_imag = args.args_w[1]
    for i in range(len(args.keywords)):
        kw = args.keywords[i]
        if kw == "real" and n < 1:
            w_real = args.keywords_w[i]
        elif kw == "imag" and n < 2:
            w_imag = args.keywords_w[i]
        elif kw == "real" or kw == "imag":
            raise space.type_error("Argument given by name ('%s') and position (%d)"
                                   % (kw, 1 if kw == "real" else 2))
        else:
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
    if (w_subtype is space.w_complex and w_imag is MISSING and isinstance(w_real, W_ComplexObject)
            and type(w_real) is W_ComplexObject):
        return w_real       # complex(c) is c
    real, imag = complex_from_args(space, w_real, w_imag, w_subtype)
    if w_subtype is space.w_complex:
        return W_ComplexObject(real, imag)
    return W_ComplexObjectUser(real, imag, w_subtype)


def _is_string(space: "ObjSpace", w: W_Root) -> bool:
    return space.isinstance_w(w, space.w_str) or space.isinstance_w(w, space.w_unicode)


def complex_from_args(space: "ObjSpace", w_real: W_Root, w_imag: W_Root,
                      w_subtype: "W_TypeObject") -> tuple[float, float]:
    from pypy27.interpreter.objspace.intobject import MISSING
    from pypy27.interpreter.objspace import numparse
    if w_real is MISSING:
        w_real = W_IntObject(0)
    if _is_string(space, w_real):
        if w_imag is not MISSING:
            raise space.type_error("complex() can't take second arg if first is a string")
        if space.isinstance_w(w_real, space.w_str):
            text = space.str_w(w_real)
        else:
            text = numparse.unicode_decimal_text(space, w_real)
        return numparse.parse_complex_string(space, text)
    if w_imag is not MISSING and _is_string(space, w_imag):
        raise space.type_error("complex() second arg can't be a string")
    cr_is_complex = False
    crr = 0.0
    cri = 0.0
    if type(w_real) is not W_ComplexObject:        # a complex subclass may define __complex__
        from pypy27.interpreter.objspace.intobject import special_method
        w_meth = special_method(space, w_real, "__complex__")
        if w_meth is not None:
            # 2.7 goes on with whatever __complex__ returned
            w_real = space.call_function(w_meth, [])
    if isinstance(w_real, W_ComplexObject):
        cr_is_complex = True
        crr = w_real.realval
        cri = w_real.imagval
    else:
        crr = _float_arg(space, w_real)
    if w_imag is MISSING:
        return crr, cri     # complex(c) keeps the sign of a zero imaginary part
    if isinstance(w_imag, W_ComplexObject):
        cir = w_imag.realval
        crr -= w_imag.imagval
    else:
        cir = _float_arg(space, w_imag)
    if cr_is_complex:
        cir += cri
    return crr, cir


def _float_arg(space: "ObjSpace", w: W_Root) -> float:
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if isinstance(w, W_FloatObject) or isinstance(w, W_IntObject) or isinstance(w, W_LongObject):
        return to_float(space, w)
    w_meth = space.lookup(w, "__float__")
    if w_meth is None:
        raise space.type_error("complex() argument must be a string or a number")
    w_res = space.call_function(w_meth, [w])
    if not isinstance(w_res, W_FloatObject):
        raise space.type_error("__float__ returned non-float (type %s)" % space.type(w_res).name)
    return w_res.floatval

