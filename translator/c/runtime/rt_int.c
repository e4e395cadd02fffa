/* Integer and float arithmetic with Python semantics: floor division and
 * modulo, checked overflow, ZeroDivisionError / OverflowError / ValueError
 * with the messages of Python 3.11. */
#include <math.h>
#include <errno.h>
#include "rt.h"

Signed rt_int_floordiv_slow(Signed a, Signed b) {
    if (b == 0) {
        rt_raise_builtin(RT_EXC_ZERODIV, "integer division or modulo by zero");
        return 0;
    }
    /* INT64_MIN // -1 overflows: plain ints wrap in the subset. */
    if (b == -1) return (Signed)(0 - (Unsigned)a);
    Signed q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;   /* C truncates */
    return q;
}

Signed rt_int_mod_slow(Signed a, Signed b) {
    if (b == 0) {
        rt_raise_builtin(RT_EXC_ZERODIV, "integer modulo by zero");
        return 0;
    }
    if (b == -1) return 0;
    Signed r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;   /* result takes b's sign */
    return r;
}

Signed rt_int_overflow(void) {
    rt_raise_builtin(RT_EXC_OVERFLOW, "integer overflow");
    return 0;
}

Signed rt_int_lshift_ovf(Signed a, Signed b) {
    if (b < 0) {
        rt_raise_builtin(RT_EXC_VALUE, "negative shift count");
        return 0;
    }
    if (a == 0) return 0;
    if (b >= 64) return rt_int_overflow();
    Signed r = (Signed)((Unsigned)a << b);
    if ((r >> b) != a) return rt_int_overflow();
    return r;
}

Signed rt_int_neg_ovf(Signed a) {
    if (RT_UNLIKELY(a == INT64_MIN)) return rt_int_overflow();
    return -a;
}

Signed rt_int_pow(Signed a, Signed b) {
    if (b < 0) {
        rt_raise_builtin(RT_EXC_VALUE, "negative exponent");
        return 0;
    }
    /* Square-and-multiply in unsigned arithmetic: wraps without UB. */
    Unsigned base = (Unsigned)a, r = 1;
    Unsigned e = (Unsigned)b;
    while (e) {
        if (e & 1) r *= base;
        base *= base;
        e >>= 1;
    }
    return (Signed)r;
}

Float rt_float_div_by_zero(void) {
    rt_raise_builtin(RT_EXC_ZERODIV, "float division by zero");
    return 0.0;
}

/* Python's float modulo: the result has the sign of b (or is a zero with
 * b's sign), computed from fmod which is exact. */
Float rt_float_mod(Float a, Float b) {
    if (RT_UNLIKELY(b == 0.0)) {
        rt_raise_builtin(RT_EXC_ZERODIV, "float modulo");
        return 0.0;
    }
    Float m = fmod(a, b);
    if (m != 0.0) {
        if ((b < 0) != (m < 0)) m += b;
    } else {
        m = copysign(0.0, b);
    }
    return m;
}

/* Python's float floor division: derived from the exact remainder so that
 * a == q*b + (a % b) holds as closely as possible, then snapped to an
 * integral value. */
Float rt_float_floordiv(Float a, Float b) {
    if (RT_UNLIKELY(b == 0.0)) {
        rt_raise_builtin(RT_EXC_ZERODIV, "float floor division by zero");
        return 0.0;
    }
    Float m = fmod(a, b);
    Float q = (a - m) / b;
    if (m != 0.0 && ((b < 0) != (m < 0))) q -= 1.0;
    if (q != 0.0) {
        Float f = floor(q);
        if (q - f > 0.5) f += 1.0;   /* (a - m) / b can be just below an integer */
        return f;
    }
    return copysign(0.0, a / b);
}

Float rt_float_pow(Float a, Float b) {
    if (b == 0.0) return 1.0;                  /* even for nan ** 0 */
    if (isnan(a)) return a;
    if (isnan(b)) return a == 1.0 ? 1.0 : b;
    if (a == 0.0 && b < 0.0 && isfinite(b)) {
        rt_raise_builtin(RT_EXC_ZERODIV, "0.0 cannot be raised to a negative power");
        return 0.0;
    }
    if (a < 0.0 && isfinite(a) && isfinite(b) && b != floor(b)) {
        /* Python 3 would return a complex; the subset has none. */
        rt_raise_builtin(RT_EXC_VALUE, "negative number cannot be raised to a fractional power");
        return 0.0;
    }
    Float r = pow(a, b);
    if (isinf(r) && isfinite(a) && isfinite(b)) {
        rt_raise_builtin(RT_EXC_OVERFLOW, "(34, 'Numerical result out of range')");
        return 0.0;
    }
    return r;
}
