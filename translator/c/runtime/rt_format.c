/* The str % args operator: flags '-', '+', ' ', '#', '0', width, precision,
 * length modifiers (ignored, as Python does) and conversions
 * d i u x X o e E f F g G c s r %, with Python 3's output. Arguments come
 * as words tagged by kinds[]: 'i' Signed, 'f' Float, 's' rt_str*, 'r'
 * rt_str* shown through repr() by %s and %r, 'b' Bool. Errors that Python
 * reports as TypeError are raised as ValueError. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include "rt.h"

typedef struct rt_spec {
    bool left, plus, space, alt, zero;
    Signed width, prec;      /* prec -1: none */
    char conv;
} rt_spec;

static rt_str *rt_format_error(const char *msg) {
    rt_raise_builtin(RT_EXC_VALUE, msg);
    return NULL;
}

/* Appends sign + prefix + body padded to the width; zero padding goes
 * between prefix and body. */
static void rt_emit(rt_builder *b, const rt_spec *sp, const char *sign, const char *prefix,
                    const char *body, Signed bodylen, bool zero_ok) {
    Signed signlen = (Signed)strlen(sign), prefixlen = (Signed)strlen(prefix);
    Signed len = signlen + prefixlen + bodylen;
    Signed pad = sp->width > len ? sp->width - len : 0;
    if (pad && !sp->left && !(sp->zero && zero_ok))
        for (Signed k = 0; k < pad; k++) rt_builder_append_char(b, ' ');
    rt_builder_append(b, sign, signlen);
    rt_builder_append(b, prefix, prefixlen);
    if (pad && !sp->left && sp->zero && zero_ok)
        for (Signed k = 0; k < pad; k++) rt_builder_append_char(b, '0');
    rt_builder_append(b, body, bodylen);
    if (pad && sp->left)
        for (Signed k = 0; k < pad; k++) rt_builder_append_char(b, ' ');
}

static const char *rt_sign(const rt_spec *sp, bool negative) {
    return negative ? "-" : sp->plus ? "+" : sp->space ? " " : "";
}

static void rt_format_integer(rt_builder *b, const rt_spec *sp, Signed v) {
    Unsigned mag = v < 0 ? 0 - (Unsigned)v : (Unsigned)v;
    char digits[96];
    char *end = digits + sizeof digits, *p = end;
    const char *prefix = "";
    char conv = sp->conv;
    if (conv == 'x' || conv == 'X') {
        const char *hex = conv == 'x' ? "0123456789abcdef" : "0123456789ABCDEF";
        do { *--p = hex[mag & 15]; mag >>= 4; } while (mag);
        if (sp->alt) prefix = conv == 'x' ? "0x" : "0X";
    } else if (conv == 'o') {
        do { *--p = (char)('0' + (mag & 7)); mag >>= 3; } while (mag);
        if (sp->alt) prefix = "0o";
    } else {
        do { *--p = (char)('0' + mag % 10); mag /= 10; } while (mag);
    }
    /* Precision on integers is a minimum digit count. */
    Signed prec = sp->prec < 64 ? sp->prec : 64;
    while (end - p < prec) *--p = '0';
    rt_emit(b, sp, rt_sign(sp, v < 0), prefix, p, end - p, true);
}

static void rt_format_floating(rt_builder *b, const rt_spec *sp, Float v) {
    char conv = sp->conv;
    bool upper = conv == 'E' || conv == 'F' || conv == 'G';
    if (!isfinite(v)) {
        /* nan never shows a '-'; Python still zero-pads these. */
        const char *body = isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        rt_emit(b, sp, rt_sign(sp, isinf(v) && v < 0), "", body, 3, true);
        return;
    }
    char fmt[16], small[128];
    int f = 0;
    fmt[f++] = '%';
    if (sp->alt) fmt[f++] = '#';
    fmt[f++] = '.'; fmt[f++] = '*'; fmt[f++] = conv; fmt[f] = '\0';
    int prec = sp->prec < 0 ? 6 : sp->prec > 1000 ? 1000 : (int)sp->prec;
    Float mag = fabs(v);
    int n = snprintf(small, sizeof small, fmt, prec, mag);
    char *body = small;
    if (n >= (int)sizeof small) {
        body = rt_gc_malloc_varsize((size_t)n + 1, 0);
        snprintf(body, (size_t)n + 1, fmt, prec, mag);
    }
    rt_emit(b, sp, rt_sign(sp, signbit(v)), "", body, n, true);
}

static void rt_format_text(rt_builder *b, const rt_spec *sp, const char *p, Signed n) {
    if (sp->prec >= 0 && sp->prec < n) n = sp->prec;
    rt_emit(b, sp, "", "", p, n, false);
}

/* str() / repr() of an argument, for %s and %r. */
static rt_str *rt_arg_text(char kind, rt_word w, bool repr) {
    switch (kind) {
    case 'i': return rt_str_from_int((Signed)w);
    case 'f': return rt_str_from_float(rt_float_from_word(w));
    case 'b': return w ? rt_str_from_c("True", 4) : rt_str_from_c("False", 5);
    case 'r': return rt_str_repr((rt_str *)(uintptr_t)w);
    default: {
        rt_str *s = (rt_str *)(uintptr_t)w;
        if (s == NULL) return rt_str_from_c("None", 4);
        return repr ? rt_str_repr(s) : s;
    }
    }
}

/* Formats one argument; returns false after raising. */
static bool rt_format_one(rt_builder *b, rt_spec *sp, char kind, rt_word w) {
    static char msg[96];
    bool is_num = kind == 'i' || kind == 'b' || kind == 'f';
    switch (sp->conv) {
    case 'd': case 'i': case 'u':
        if (kind == 'f') {
            Float f = rt_float_from_word(w);
            if (isnan(f)) { rt_format_error("cannot convert float NaN to integer"); return false; }
            if (isinf(f)) {
                rt_raise_builtin(RT_EXC_OVERFLOW, "cannot convert float infinity to integer");
                return false;
            }
            if (!(f > -9223372036854775808.0 && f < 9223372036854775808.0)) {
                rt_raise_builtin(RT_EXC_OVERFLOW, "float too large to format as a machine integer");
                return false;
            }
            rt_format_integer(b, sp, (Signed)f);
            return true;
        }
        if (!is_num) {
            snprintf(msg, sizeof msg, "%%%c format: a real number is required, not str", sp->conv);
            rt_format_error(msg);
            return false;
        }
        rt_format_integer(b, sp, (Signed)w);
        return true;
    case 'x': case 'X': case 'o':
        if (kind != 'i' && kind != 'b') {
            snprintf(msg, sizeof msg, "%%%c format: an integer is required, not %s",
                     sp->conv, kind == 'f' ? "float" : "str");
            rt_format_error(msg);
            return false;
        }
        rt_format_integer(b, sp, (Signed)w);
        return true;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        if (!is_num) { rt_format_error("must be real number, not str"); return false; }
        rt_format_floating(b, sp, kind == 'f' ? rt_float_from_word(w) : (Float)(Signed)w);
        return true;
    case 'c': {
        char c;
        if (kind == 'i' || kind == 'b') {
            Signed v = (Signed)w;
            if (v < 0 || v > 255) {
                rt_raise_builtin(RT_EXC_OVERFLOW, "%c arg not in range(256)");
                return false;
            }
            c = (char)v;
        } else if (kind == 's' && w && ((rt_str *)(uintptr_t)w)->length == 1) {
            c = ((rt_str *)(uintptr_t)w)->chars[0];
        } else {
            rt_format_error("%c requires int or char");
            return false;
        }
        sp->prec = -1;                  /* Python ignores it for %c */
        rt_format_text(b, sp, &c, 1);
        return true;
    }
    case 's': case 'r': {
        rt_str *t = rt_arg_text(kind, w, sp->conv == 'r');
        rt_format_text(b, sp, t->chars, t->length);
        return true;
    }
    default:
        return false;
    }
}

static Signed rt_parse_number(const char *p, Signed n, Signed *i) {
    Signed v = 0;
    while (*i < n && p[*i] >= '0' && p[*i] <= '9') {
        if (v < 100000000) v = v * 10 + (p[*i] - '0');
        (*i)++;
    }
    return v;
}

rt_str *rt_str_format(rt_str *fmt, Signed nargs, const char *kinds, const rt_word *args) {
    const char *p = fmt->chars;
    Signed n = fmt->length, i = 0, argi = 0;
    rt_builder b;
    rt_builder_init(&b, n + 16 * nargs);
    while (i < n) {
        const char *pct = memchr(p + i, '%', (size_t)(n - i));
        if (pct == NULL) { rt_builder_append(&b, p + i, n - i); break; }
        rt_builder_append(&b, p + i, pct - (p + i));
        i = pct - p + 1;
        Signed spec_start = i - 1;
        rt_spec sp = {0};
        sp.prec = -1;
        for (; i < n; i++) {
            char c = p[i];
            if (c == '-') sp.left = true;
            else if (c == '+') sp.plus = true;
            else if (c == ' ') sp.space = true;
            else if (c == '#') sp.alt = true;
            else if (c == '0') sp.zero = true;
            else break;
        }
        if (i < n && (p[i] == '*' || p[i] == '(')) {
            return rt_format_error(p[i] == '*' ? "'*' width is not supported"
                                               : "format requires a mapping");
        }
        sp.width = rt_parse_number(p, n, &i);
        if (i < n && p[i] == '.') {
            i++;
            if (i < n && p[i] == '*') return rt_format_error("'*' precision is not supported");
            sp.prec = rt_parse_number(p, n, &i);
        }
        while (i < n && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L')) i++;
        if (i >= n) return rt_format_error("incomplete format");
        sp.conv = p[i++];
        if (sp.conv == '%') {
            if (i - spec_start != 2) return rt_format_error("not enough arguments for format string");
            rt_builder_append_char(&b, '%');
            continue;
        }
        if (!strchr("diuxXoeEfFgGcsr", sp.conv)) {
            char msg[96];
            unsigned char uc = (unsigned char)sp.conv;
            if (uc >= 0x20 && uc < 0x7f)
                snprintf(msg, sizeof msg, "unsupported format character '%c' (0x%x) at index %ld",
                         uc, uc, (long)(i - 1));
            else
                snprintf(msg, sizeof msg, "unsupported format character '\\x%02x' (0x%x) at index %ld",
                         uc, uc, (long)(i - 1));
            return rt_format_error(msg);
        }
        if (argi >= nargs) return rt_format_error("not enough arguments for format string");
        if (!rt_format_one(&b, &sp, kinds[argi], args[argi])) return NULL;
        argi++;
    }
    if (argi < nargs) return rt_format_error("not all arguments converted during string formatting");
    return rt_builder_build(&b);
}
