/* Conversions between strings and numbers, and repr(str): Python 3's
 * int(s, base), float(s), str(int), repr(float) and repr(str). */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include "rt.h"
#include "rt_ctype.h"

/* ---- repr(str) ---------------------------------------------------------- */

/* Python 3 prints latin-1 characters that are printable as themselves:
 * 0x20..0x7e and 0xa1..0xff except the soft hyphen 0xad. */
static inline bool rt_printable(unsigned char c) {
    return (c >= 0x20 && c < 0x7f) || (c > 0xa0 && c != 0xad);
}

static void rt_repr_into(rt_builder *b, const char *p, Signed n) {
    static const char hex[] = "0123456789abcdef";
    bool has_sq = memchr(p, '\'', (size_t)n) != NULL;
    bool has_dq = memchr(p, '"', (size_t)n) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    rt_builder_append_char(b, quote);
    for (Signed i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == (unsigned char)quote || c == '\\') {
            char esc[2] = {'\\', (char)c};
            rt_builder_append(b, esc, 2);
        } else if (c == '\t') rt_builder_append(b, "\\t", 2);
        else if (c == '\n') rt_builder_append(b, "\\n", 2);
        else if (c == '\r') rt_builder_append(b, "\\r", 2);
        else if (rt_printable(c)) rt_builder_append_char(b, (char)c);
        else {
            char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            rt_builder_append(b, esc, 4);
        }
    }
    rt_builder_append_char(b, quote);
}

rt_str *rt_str_repr(rt_str *s) {
    rt_builder b;
    rt_builder_init(&b, s->length + 2);
    rt_repr_into(&b, s->chars, s->length);
    return rt_builder_build(&b);
}

/* Raises ValueError("<prefix><repr of at most 200 chars of s>"). */
static void rt_raise_literal_error(const char *prefix, rt_str *s) {
    rt_builder b;
    rt_builder_init(&b, 64);
    rt_builder_append(&b, prefix, (Signed)strlen(prefix));
    rt_repr_into(&b, s->chars, s->length < 200 ? s->length : 200);
    rt_builder_append_char(&b, '\0');
    rt_raise_builtin(RT_EXC_VALUE, b.buf);
}

/* ---- int(s, base) -------------------------------------------------------- */

/* int() and float() strip ASCII whitespace and non-ASCII Unicode spaces,
 * but not the separators 0x1c..0x1f that str.strip() removes. */
static inline bool rt_num_space(unsigned char c) {
    return RT_ISSPACE(c) && (c < 0x1c || c > 0x1f);
}

static inline int rt_digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static Signed rt_int_literal_error(rt_str *s, Signed base) {
    char prefix[64];
    snprintf(prefix, sizeof prefix, "invalid literal for int() with base %d: ", (int)base);
    rt_raise_literal_error(prefix, s);
    return 0;
}

Signed rt_str_to_int(rt_str *s, Signed base) {
    if (base != 0 && (base < 2 || base > 36)) {
        rt_raise_builtin(RT_EXC_VALUE, "int() base must be >= 2 and <= 36, or 0");
        return 0;
    }
    const unsigned char *p = (const unsigned char *)s->chars;
    const Signed orig_base = base;      /* for error messages */
    Signed i = 0, n = s->length;
    while (i < n && rt_num_space(p[i])) i++;
    while (n > i && rt_num_space(p[n - 1])) n--;
    bool neg = false;
    if (i < n && (p[i] == '+' || p[i] == '-')) { neg = p[i] == '-'; i++; }
    /* Prefixes 0x/0o/0b: required to pick the base when base == 0, optional
     * when they match the given base; an underscore may follow them. */
    bool prefixed = false, base0_leading_zero = false;
    if (i + 1 < n && p[i] == '0') {
        unsigned char c = p[i + 1] | 0x20;
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) { base = pb; i += 2; prefixed = true; }
    }
    if (base == 0) {
        base = 10;
        base0_leading_zero = i < n && p[i] == '0';
    }
    if (prefixed && i < n && p[i] == '_') i++;
    if (i >= n) return rt_int_literal_error(s, orig_base);
    Unsigned limit = neg ? (Unsigned)1 << 63 : ((Unsigned)1 << 63) - 1;
    Unsigned v = 0;
    bool overflow = false, prev_digit = false, nonzero = false;
    for (; i < n; i++) {
        unsigned char c = p[i];
        if (c == '_') {
            if (!prev_digit) return rt_int_literal_error(s, orig_base);
            prev_digit = false;
            continue;
        }
        int d = rt_digit_value(c);
        if (d >= base) return rt_int_literal_error(s, orig_base);
        if (d) nonzero = true;
        prev_digit = true;
        if (v > (limit - (Unsigned)d) / (Unsigned)base) overflow = true;
        else v = v * (Unsigned)base + (Unsigned)d;
    }
    if (!prev_digit) return rt_int_literal_error(s, orig_base);   /* trailing '_' */
    if (base0_leading_zero && nonzero) return rt_int_literal_error(s, orig_base);
    if (overflow) {
        rt_raise_builtin(RT_EXC_OVERFLOW, "int too large to convert to a machine word");
        return 0;
    }
    return neg ? (Signed)(0 - v) : (Signed)v;
}

/* ---- float(s) ----------------------------------------------------------- */

static bool rt_ci_equal(const unsigned char *p, Signed n, const char *word) {
    if ((Signed)strlen(word) != n) return false;
    for (Signed i = 0; i < n; i++)
        if ((p[i] | 0x20) != (unsigned char)word[i]) return false;
    return true;
}

/* Copies digits (with single underscores between digits) into out; returns
 * how many digits, or -1 on a misplaced underscore. */
static Signed rt_scan_digits(const unsigned char *p, Signed n, Signed *i, char *out, Signed *o) {
    Signed count = 0;
    while (*i < n) {
        unsigned char c = p[*i];
        if (c >= '0' && c <= '9') { out[(*o)++] = (char)c; count++; (*i)++; }
        else if (c == '_') {
            if (count == 0 || *i + 1 >= n || p[*i + 1] < '0' || p[*i + 1] > '9') return -1;
            (*i)++;
        } else break;
    }
    return count;
}

Float rt_str_to_float(rt_str *s) {
    const unsigned char *p = (const unsigned char *)s->chars;
    Signed i = 0, n = s->length;
    while (i < n && rt_num_space(p[i])) i++;
    while (n > i && rt_num_space(p[n - 1])) n--;
    Signed start = i;
    bool neg = false;
    if (i < n && (p[i] == '+' || p[i] == '-')) { neg = p[i] == '-'; i++; }
    if (rt_ci_equal(p + i, n - i, "inf") || rt_ci_equal(p + i, n - i, "infinity"))
        return neg ? -INFINITY : INFINITY;
    if (rt_ci_equal(p + i, n - i, "nan"))
        return neg ? -NAN : NAN;
    /* Validate [sign] digits [. digits] [e [sign] digits] ourselves (strtod
     * would also take hex and stop early) and hand strtod a clean copy. */
    char small[128];
    char *buf = n - start < (Signed)sizeof small ? small : rt_gc_malloc_varsize((size_t)(n - start + 1), 0);
    Signed o = 0;
    if (neg) buf[o++] = '-';
    Signed intd = rt_scan_digits(p, n, &i, buf, &o), fracd = 0;
    if (intd < 0) goto error;
    if (i < n && p[i] == '.') {
        buf[o++] = '.';
        i++;
        fracd = rt_scan_digits(p, n, &i, buf, &o);
        if (fracd < 0) goto error;
    }
    if (intd + fracd == 0) goto error;
    if (i < n && (p[i] | 0x20) == 'e') {
        buf[o++] = 'e';
        i++;
        if (i < n && (p[i] == '+' || p[i] == '-')) buf[o++] = (char)p[i++];
        if (rt_scan_digits(p, n, &i, buf, &o) <= 0) goto error;
    }
    if (i != n) goto error;
    buf[o] = '\0';
    return strtod(buf, NULL);
error:
    rt_raise_literal_error("could not convert string to float: ", s);
    return 0.0;
}

/* ---- str(int) ----------------------------------------------------------- */

/* Writes the decimal digits of v ending just before `end`; returns the start. */
static inline char *rt_format_unsigned(Unsigned v, char *end) {
    do { *--end = (char)('0' + v % 10); v /= 10; } while (v);
    return end;
}

rt_str *rt_str_from_int(Signed v) {
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = rt_format_unsigned(v < 0 ? 0 - (Unsigned)v : (Unsigned)v, end);
    if (v < 0) *--p = '-';
    return rt_str_from_c(p, end - p);
}

/* ---- repr(float) -------------------------------------------------------- */

/* Splits snprintf's "%.*e" output "[-]d.ddde[+-]xx" into digits and exponent. */
static int rt_parse_e_format(const char *buf, char *digits, int *exp10) {
    const char *q = buf;
    int nd = 0;
    if (*q == '-') q++;
    for (; *q != 'e'; q++)
        if (*q != '.') digits[nd++] = *q;
    *exp10 = atoi(q + 1);
    return nd;
}

/* Whether digits[0:nd] * 10**(exp10 - nd + 1) reads back as v. */
static bool rt_round_trips(const char *digits, int nd, int exp10, Float v) {
    char buf[40];
    int o = 0;
    if (v < 0) buf[o++] = '-';
    buf[o++] = digits[0];
    buf[o++] = '.';
    memcpy(buf + o, digits + 1, (size_t)(nd - 1));
    o += nd - 1;
    snprintf(buf + o, sizeof buf - (size_t)o, "e%d", exp10);
    return strtod(buf, NULL) == v;
}

/* Rounds the 17 digits d17 to `prec` digits into out, as correctly rounding
 * v itself would. That is only guaranteed when the dropped digits are not
 * exactly "50...0" (v may lie on either side of that midpoint): then ask
 * snprintf. Returns the exponent of the result. */
static int rt_round_digits(Float v, const char *d17, int exp10, int prec, char *out) {
    bool midpoint = d17[prec] == '5';
    for (int k = prec + 1; k < 17 && midpoint; k++) midpoint = d17[k] == '0';
    if (midpoint) {
        char buf[40];
        int e;
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        rt_parse_e_format(buf, out, &e);
        return e;
    }
    memcpy(out, d17, (size_t)prec);
    if (d17[prec] >= '5') {
        int k = prec - 1;
        while (k >= 0 && out[k] == '9') out[k--] = '0';
        if (k >= 0) out[k]++;
        else { out[0] = '1'; exp10++; }      /* 99..9 rounded up to 10..0 */
    }
    return exp10;
}

static const double rt_pow10[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Fast path, without snprintf/strtod, for values that 15 digits identify
 * (most floats written by people). Finds N with 10**14 <= N < 10**15 and
 * checks N * 10**(exp10 - 14) == a exactly: N and the power of ten are
 * exact doubles, so one multiplication or division rounds correctly, as
 * strtod would. A 15-digit decimal that reads back as a is unique (see
 * below), so a successful check gives the answer. */
static bool rt_float_15_digits(Float a, char *digits, int *exp10) {
    if (!(a >= 1e-7 && a < 1e22)) return false;
    int e = (int)floor(log10(a));
    for (int attempt = 0; attempt < 2; attempt++) {
        int k = 14 - e;
        if (k > 22 || k < -22) return false;
        long double scaled = k >= 0 ? (long double)a * rt_pow10[k] : (long double)a / rt_pow10[-k];
        int64_t n = (int64_t)llroundl(scaled);
        if (n >= 1000000000000000ll) { e++; continue; }     /* log10 was off by one */
        if (n < 100000000000000ll) { e--; continue; }
        double back = k >= 0 ? (double)n / rt_pow10[k] : (double)n * rt_pow10[-k];
        if (back != a) return false;
        for (int i = 14; i >= 0; i--) { digits[i] = (char)('0' + n % 10); n /= 10; }
        *exp10 = e;
        return true;
    }
    return false;
}

/* Shortest digits that read back as v: the nearest 15-significant-digit
 * decimal always identifies v if any shorter one does (normal doubles
 * carry more than 15 digits), so only 15, 16 and 17 digits need trying,
 * all derived from one 17-digit conversion. Writes the digits without
 * trailing zeros and returns the decimal exponent `decpt` such that
 * v = 0.DIGITS * 10**decpt. v must be finite and nonzero. */
static int rt_float_shortest(Float v, char *digits, int *ndigits) {
    char buf[40];
    int nd, exp10;
    if (rt_float_15_digits(fabs(v), digits, &exp10)) {
        nd = 15;
    } else if (fabs(v) < 2.2250738585072014e-308) {
        /* Subnormals carry fewer digits: search them from 1 digit up. */
        for (int prec = 1; prec <= 17; prec++) {
            snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
            if (prec == 17 || strtod(buf, NULL) == v) break;
        }
        nd = rt_parse_e_format(buf, digits, &exp10);
    } else {
        char d17[24];
        int e17;
        snprintf(buf, sizeof buf, "%.16e", v);
        rt_parse_e_format(buf, d17, &e17);
        nd = 0;
        for (int prec = 15; prec <= 16 && nd == 0; prec++) {
            exp10 = rt_round_digits(v, d17, e17, prec, digits);
            if (rt_round_trips(digits, prec, exp10, v)) nd = prec;
        }
        if (nd == 0) {
            memcpy(digits, d17, 17);
            nd = 17;
            exp10 = e17;
        }
    }
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = '\0';
    *ndigits = nd;
    return exp10 + 1;
}

rt_str *rt_str_from_float(Float v) {
    if (isnan(v)) return rt_str_from_c("nan", 3);
    if (isinf(v)) return v > 0 ? rt_str_from_c("inf", 3) : rt_str_from_c("-inf", 4);
    if (v == 0.0) return signbit(v) ? rt_str_from_c("-0.0", 4) : rt_str_from_c("0.0", 3);
    char digits[24], out[48];
    int nd, o = 0;
    int decpt = rt_float_shortest(v, digits, &nd);
    if (v < 0) out[o++] = '-';
    if (decpt > -4 && decpt <= 16) {
        /* Fixed notation, with ".0" when integral. */
        if (decpt <= 0) {
            out[o++] = '0'; out[o++] = '.';
            for (int k = 0; k < -decpt; k++) out[o++] = '0';
            memcpy(out + o, digits, (size_t)nd); o += nd;
        } else if (nd <= decpt) {
            memcpy(out + o, digits, (size_t)nd); o += nd;
            for (int k = nd; k < decpt; k++) out[o++] = '0';
            out[o++] = '.'; out[o++] = '0';
        } else {
            memcpy(out + o, digits, (size_t)decpt); o += decpt;
            out[o++] = '.';
            memcpy(out + o, digits + decpt, (size_t)(nd - decpt)); o += nd - decpt;
        }
    } else {
        /* Exponent notation: d[.ddd]e[+-]XX with at least two exponent digits. */
        out[o++] = digits[0];
        if (nd > 1) {
            out[o++] = '.';
            memcpy(out + o, digits + 1, (size_t)(nd - 1)); o += nd - 1;
        }
        o += snprintf(out + o, sizeof out - (size_t)o, "e%c%02d",
                      decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    }
    return rt_str_from_c(out, o);
}
