"""Formatting numbers: format(x, spec) for int, long, float and complex (the
format-spec mini-language, parsed by newformat.parse_spec), float.hex(), and
2.7's layout of a formatted number: sign, prefix, digits with ',' grouping
(zero padding is grouped too), remainder, and padding."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace import floatformat
from pypy27.support import rbigint as rb
from pypy27.support import rfloat

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.newformat import FormatSpec


def _spec_text(space: "ObjSpace", w_spec: W_Root) -> tuple[str, bool]:
    """The spec's text and whether it is unicode."""
    if space.isinstance_w(w_spec, space.w_str):
        return space.str_w(w_spec), False
    if space.isinstance_w(w_spec, space.w_unicode):
        return space.unicode_w(w_spec), True
    raise space.type_error("__format__() argument 1 must be string, not %s" % space.type(w_spec).name)


def _wrap(space: "ObjSpace", s: str, is_unicode: bool) -> W_Root:
    if is_unicode:
        return space.newunicode(s)
    return space.newstr(s)


def group_digits(digits: str, min_width: int) -> str:
    """2.7's thousands grouping with ',' of a digit string; zeros are added
    on the left (grouped too) until the result is at least min_width long."""
    parts: list[str] = []
    remaining = len(digits)
    pos = len(digits)
    first = True
    while True:
        lim = remaining if remaining > min_width else min_width
        if lim < 1:
            lim = 1
        n = 3 if lim > 3 else lim
        n_zeros = n - remaining if n > remaining else 0
        n_chars = remaining if remaining < n else n
        if n_chars < 0:
            n_chars = 0
        if not first:
            parts.append(",")
        parts.append("0" * n_zeros + digits[pos - n_chars:pos])
        first = False
        pos -= n_chars
        remaining -= n_chars
        min_width -= n
        if remaining <= 0 and min_width <= 0:
            break
        min_width -= 1
    parts.reverse()
    return "".join(parts)


def layout_number(f: "FormatSpec", sign: str, prefix: str, digits: str, remainder: str,
                  fill_len_digits: int) -> str:
    """sign + prefix + digits (grouped if f.thousands) + remainder, padded to
    f.width. fill_len_digits: the display length of digits when not grouping
    (digits may be multi-byte only for unicode fills, never here)."""
    fill = f.fill if f.fill != "" else " "
    align = f.align if f.align != "" else ">"
    if f.thousands:
        min_width = 0
        if fill == "0" and align == "=":
            min_width = f.width - len(sign) - len(prefix) - len(remainder)
        digits = group_digits(digits, min_width)
    total = len(sign) + len(prefix) + len(digits) + len(remainder)
    pad = f.width - total if f.width > total else 0
    if align == "<":
        return sign + prefix + digits + remainder + fill * pad
    if align == "^":
        left = pad // 2
        return fill * left + sign + prefix + digits + remainder + fill * (pad - left)
    if align == "=":
        return sign + prefix + fill * pad + digits + remainder
    return fill * pad + sign + prefix + digits + remainder


def _sign_char(f: "FormatSpec", negative: bool) -> str:
    if negative:
        return "-"
    if f.sign == "+":
        return "+"
    if f.sign == " ":
        return " "
    return ""


# ---- integers ---------------------------------------------------------------------------

def format_machine_int(space: "ObjSpace", x: int, spec: str) -> str:
    """format(x, spec) for an exact int and a str spec of type d, x, X, o, b
    or none, without a big integer; "" when the general path is needed
    (other types, errors: it raises the same errors)."""
    from pypy27.interpreter.objspace.formatting import MIN_INT, _int_digits
    from pypy27.interpreter.objspace.newformat import parse_spec
    if len(spec) == 0:
        return str(x)
    if x == MIN_INT:
        return ""
    f = parse_spec(space, spec, False, "d")
    t = f.type
    prefix = ""
    if t == "d":
        base = 10
    elif t == "x" or t == "X":
        base = 16
        prefix = "0" + t
    elif t == "o":
        base = 8
        prefix = "0o"
    elif t == "b":
        base = 2
        prefix = "0b"
    else:
        return ""
    if f.precision >= 0:
        return ""
    if not f.alternate:
        prefix = ""
    n = -x if x < 0 else x
    digits = str(n) if base == 10 else _int_digits(n, base, t == "X")
    return layout_number(f, _sign_char(f, x < 0), prefix, digits, "", 0)


def format_int_or_long(space: "ObjSpace", w_self: W_Root, num: rb.rbigint, w_spec: W_Root,
                       is_long: bool) -> W_Root:
    from pypy27.interpreter.objspace.newformat import parse_spec, unknown_code
    spec, is_unicode = _spec_text(space, w_spec)
    if spec == "":
        w_s = space.str_of(w_self)
        if is_unicode:
            return space.newunicode(space.str_w(w_s))
        return w_s
    f = parse_spec(space, spec, is_unicode, "d")
    t = f.type
    if t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G" or t == "%":
        try:
            x = rb.tofloat(num)
        except OverflowError:
            raise space.error(space.w_OverflowError, "long int too large to convert to float")
        return _wrap(space, format_float_with(space, x, f), is_unicode)
    if not (t == "b" or t == "c" or t == "d" or t == "o" or t == "x" or t == "X" or t == "n"):
        raise unknown_code(space, t, space.type(w_self).name)
    if f.precision >= 0:
        raise space.value_error("Precision not allowed in integer format specifier")
    if t == "c":
        if f.sign != "":
            raise space.value_error("Sign not allowed with integer format specifier 'c'")
        limit = 0x110000 if is_unicode else 0x100
        if num.sign < 0 or not rb.fits_int(num) or rb.toint(num) >= limit:
            raise space.error(space.w_OverflowError, "%%c arg not in range(0x%x)" % limit)
        v = rb.toint(num)
        if is_unicode:
            from pypy27.support.utf8 import utf8_encode_codepoint
            text = utf8_encode_codepoint(v)
        else:
            text = chr(v)
        fill = f.fill if f.fill != "" else " "
        align = f.align if f.align != "" else ">"
        pad = f.width - 1 if f.width > 1 else 0
        if align == "<":
            return _wrap(space, text + fill * pad, is_unicode)
        if align == "^":
            return _wrap(space, fill * (pad // 2) + text + fill * (pad - pad // 2), is_unicode)
        return _wrap(space, fill * pad + text, is_unicode)
    base = 10
    prefix = ""
    if t == "b":
        base = 2
        prefix = "0b"
    elif t == "o":
        base = 8
        prefix = "0o"
    elif t == "x":
        base = 16
        prefix = "0x"
    elif t == "X":
        base = 16
        prefix = "0X"
    if not f.alternate:
        prefix = ""
    digits = rb.format_any_base(rb.abs_(num), base)
    if t == "X":
        digits = digits.upper()
    sign = _sign_char(f, num.sign < 0)
    return _wrap(space, layout_number(f, sign, prefix, digits, "", 0), is_unicode)


# ---- floats ------------------------------------------------------------------------------

def _split_number(body: str) -> tuple[str, str]:
    """(integer digits, remainder) of an unsigned formatted float."""
    i = 0
    n = len(body)
    while i < n and ord(body[i]) >= 48 and ord(body[i]) <= 57:
        i += 1
    if i == 0:
        return body, ""        # inf, nan
    return body[:i], body[i:]


def format_float_body(x: float, t: str, prec: int, add_dot_0: bool) -> str:
    """|x| formatted with type t in e E f F g G (no sign)."""
    if x < 0.0 or (x == 0.0 and rfloat.sign_bit(x)):
        x = -x
    if add_dot_0:
        return floatformat.format_general_dot0(x, prec)
    return floatformat.format_abs(x, t, prec)


def format_float_with(space: "ObjSpace", x: float, f: "FormatSpec") -> str:
    from pypy27.interpreter.objspace.newformat import unknown_code
    t = f.type
    if not (t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G" or t == "%"
            or t == "" or t == "n"):
        raise unknown_code(space, t, "float")
    if f.alternate:
        raise space.value_error("Alternate form (#) not allowed in float format specifier")
    add_dot_0 = False
    default_prec = 6
    if t == "":
        t = "g"
        default_prec = 12
        add_dot_0 = True
    elif t == "n":
        t = "g"
    pct = False
    if t == "%":
        t = "f"
        x = x * 100.0
        pct = True
    prec = f.precision if f.precision >= 0 else default_prec
    negative = rfloat.sign_bit(x) and x == x
    body = format_float_body(x, t, prec, add_dot_0)
    digits, remainder = _split_number(body)
    if pct:
        remainder += "%"
    return layout_number(f, _sign_char(f, negative), "", digits, remainder, 0)


def format_float_spec(space: "ObjSpace", w_self: W_Root, x: float, w_spec: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.newformat import parse_spec
    spec, is_unicode = _spec_text(space, w_spec)
    if spec == "":
        w_s = space.str_of(w_self)
        if is_unicode:
            return space.newunicode(space.str_w(w_s))
        return w_s
    f = parse_spec(space, spec, is_unicode, "")
    return _wrap(space, format_float_with(space, x, f), is_unicode)


# ---- complex -----------------------------------------------------------------------------

def format_complex_spec(space: "ObjSpace", real: float, imag: float, w_spec: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.complexobject import complex_str
    from pypy27.interpreter.objspace.newformat import FormatSpec, parse_spec, unknown_code
    spec, is_unicode = _spec_text(space, w_spec)
    if spec == "":
        return _wrap(space, complex_str(real, imag), is_unicode)
    f = parse_spec(space, spec, is_unicode, "")
    if f.alternate:
        raise space.value_error("Alternate form (#) not allowed in complex format specifier")
    if f.fill == "0":
        raise space.value_error("Zero padding is not allowed in complex format specifier")
    if f.align == "=":
        raise space.value_error("'=' alignment flag is not allowed in complex format specifier")
    t = f.type
    default_prec = 6
    skip_re = False
    add_parens = False
    if t == "":
        t = "g"
        default_prec = 12
        if real == 0.0 and not rfloat.sign_bit(real):
            skip_re = True
        else:
            add_parens = True
    elif t == "n":
        t = "g"
    if not (t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G"):
        raise unknown_code(space, t, "complex")
    prec = f.precision if f.precision >= 0 else default_prec
    inner = FormatSpec()
    inner.thousands = f.thousands
    inner.sign = f.sign
    re_neg = rfloat.sign_bit(real) and real == real
    im_neg = rfloat.sign_bit(imag) and imag == imag
    re_digits, re_rem = _split_number(format_float_body(real, t, prec, False))
    im_digits, im_rem = _split_number(format_float_body(imag, t, prec, False))
    re_text = layout_number(inner, _sign_char(inner, re_neg), "", re_digits, re_rem, 0)
    if not skip_re:
        inner.sign = "+"
    im_text = layout_number(inner, _sign_char(inner, im_neg), "", im_digits, im_rem, 0)
    body = im_text + "j"
    if not skip_re:
        body = re_text + body
    if add_parens:
        body = "(" + body + ")"
    fill = f.fill if f.fill != "" else " "
    align = f.align if f.align != "" else ">"
    pad = f.width - len(body) if f.width > len(body) else 0
    if align == "<":
        return _wrap(space, body + fill * pad, is_unicode)
    if align == "^":
        return _wrap(space, fill * (pad // 2) + body + fill * (pad - pad // 2), is_unicode)
    return _wrap(space, fill * pad + body, is_unicode)


# ---- float.hex ------------------------------------------------------------------------------

def float_hex(x: float) -> str:
    """2.7's float.hex(): '0x1.8000000000000p+1', '-0x0.0p+0', 'inf', 'nan'."""
    if x != x:
        return "nan"
    if x == rfloat.INF:
        return "inf"
    if x == -rfloat.INF:
        return "-inf"
    sign = "-" if rfloat.sign_bit(x) else ""
    if x < 0.0:
        x = -x
    if x == 0.0:
        return sign + "0x0.0p+0"
    e = rfloat.frexp_exponent(x)        # x = m * 2**e, 0.5 <= m < 1
    if e - 1 < -1022:
        # subnormal: leading digit 0, exponent -1022
        m = rfloat.ldexp(x, 1022)
        exp = -1022
    else:
        m = rfloat.ldexp(x, 1 - e)      # 1 <= m < 2
        exp = e - 1
    lead = int(m)
    frac = m - float(lead)
    hexd = "0123456789abcdef"
    out = [sign, "0x", hexd[lead], "."]
    for _ in range(13):
        frac *= 16.0
        d = int(frac)
        out.append(hexd[d])
        frac -= float(d)
    out.append("p")
    out.append("+" if exp >= 0 else "-")
    out.append(str(exp if exp >= 0 else -exp))
    return "".join(out)
