/* Digit loops of long arithmetic; support/rdigits.py holds the reference
 * (host) versions and the contracts. */
#include "rt_objspace.h"

#define DSHIFT 30
#define DMASK ((int64_t)((1 << DSHIFT) - 1))
#define DBASE ((int64_t)1 << DSHIFT)

/* out[i+j] += a[i] * b[j] with carries; out has len(a)+len(b) words. The
 * outer loop runs over the shorter operand (a long times a small int is one
 * pass over the long). */
void rt_digits_mul(rt_list *out, rt_list *a, rt_list *b) {
    if (a->length > b->length) { rt_list *t = a; a = b; b = t; }
    Signed na = a->length, nb = b->length;
    const int64_t *pa = (const int64_t *)a->items, *pb = (const int64_t *)b->items;
    int64_t *po = (int64_t *)out->items;
    for (Signed i = 0; i < na; i++) {
        uint64_t ai = (uint64_t)pa[i];
        if (ai == 0) continue;
        uint64_t carry = 0;
        int64_t *o = po + i;
        for (Signed j = 0; j < nb; j++) {
            uint64_t t = (uint64_t)o[j] + ai * (uint64_t)pb[j] + carry;
            o[j] = (int64_t)(t & DMASK);
            carry = t >> DSHIFT;
        }
        Signed k = i + nb;
        while (carry) {
            uint64_t t = (uint64_t)po[k] + carry;
            po[k] = (int64_t)(t & DMASK);
            carry = t >> DSHIFT;
            k++;
        }
    }
}

/* out = a + b, len(a) >= len(b); out has len(a)+1 words. */
void rt_digits_add(rt_list *out, rt_list *a, rt_list *b) {
    Signed na = a->length, nb = b->length, k;
    const int64_t *pa = (const int64_t *)a->items, *pb = (const int64_t *)b->items;
    int64_t *po = (int64_t *)out->items;
    int64_t carry = 0;
    for (k = 0; k < nb; k++) {
        int64_t t = pa[k] + pb[k] + carry;
        po[k] = t & DMASK;
        carry = t >> DSHIFT;
    }
    for (; k < na; k++) {
        int64_t t = pa[k] + carry;
        po[k] = t & DMASK;
        carry = t >> DSHIFT;
    }
    po[na] = carry;
}

/* out = a - b, |a| >= |b|; out has len(a) words. */
void rt_digits_sub(rt_list *out, rt_list *a, rt_list *b) {
    Signed na = a->length, nb = b->length, k;
    const int64_t *pa = (const int64_t *)a->items, *pb = (const int64_t *)b->items;
    int64_t *po = (int64_t *)out->items;
    int64_t borrow = 0;
    for (k = 0; k < na; k++) {
        int64_t t = pa[k] - borrow - (k < nb ? pb[k] : 0);
        borrow = t < 0;
        po[k] = t + (borrow ? DBASE : 0);
    }
}

/* out = a // n, returns a % n, for 0 < n < 2**30; out has len(a) words. */
Signed rt_digits_divmod_small(rt_list *out, rt_list *a, Signed n) {
    const int64_t *pa = (const int64_t *)a->items;
    int64_t *po = (int64_t *)out->items;
    uint64_t rem = 0, d = (uint64_t)n;
    for (Signed k = a->length - 1; k >= 0; k--) {
        uint64_t t = (rem << DSHIFT) | (uint64_t)pa[k];
        uint64_t q = t / d;
        po[k] = (int64_t)q;
        rem = t - q * d;
    }
    return (Signed)rem;
}

/* Knuth's algorithm D on normalized operands: u (m+n words, u[m+n-1] may be
 * 0) becomes the shifted remainder in its low n words, q (m words) the
 * quotient. v has n >= 2 words and its top digit's high bit set. */
void rt_digits_knuth(rt_list *ul, rt_list *vl, rt_list *ql) {
    int64_t *u = (int64_t *)ul->items, *q = (int64_t *)ql->items;
    const int64_t *v = (const int64_t *)vl->items;
    Signed n = vl->length, m = ul->length - n;
    int64_t vtop = v[n - 1], vnext = v[n - 2];
    for (Signed j = m - 1; j >= 0; j--) {
        int64_t top = (u[j + n] << DSHIFT) | u[j + n - 1];
        int64_t qhat = top / vtop;
        int64_t rhat = top - qhat * vtop;
        while (qhat >= DBASE || qhat * vnext > ((rhat << DSHIFT) | u[j + n - 2])) {
            qhat -= 1;
            rhat += vtop;
            if (rhat >= DBASE) break;
        }
        int64_t borrow = 0, carry = 0;
        int64_t *uj = u + j;
        for (Signed i = 0; i < n; i++) {
            int64_t p = qhat * v[i] + carry;
            carry = p >> DSHIFT;
            int64_t t = uj[i] - (p & DMASK) - borrow;
            borrow = t < 0;
            uj[i] = t + (borrow ? DBASE : 0);
        }
        int64_t t = u[j + n] - carry - borrow;
        if (t < 0) {
            /* qhat was one too large: add v back */
            qhat -= 1;
            int64_t c = 0;
            for (Signed i = 0; i < n; i++) {
                int64_t s = uj[i] + v[i] + c;
                uj[i] = s & DMASK;
                c = s >> DSHIFT;
            }
            t += c;
        }
        u[j + n] = t;
        q[j] = qhat;
    }
}

/* out[whole:] = a << part (0 <= part < 30); out has whole+len(a)+1 words. */
void rt_digits_shl(rt_list *out, rt_list *a, Signed whole, Signed part) {
    Signed na = a->length;
    const int64_t *pa = (const int64_t *)a->items;
    int64_t *po = (int64_t *)out->items + whole;
    int64_t carry = 0;
    for (Signed k = 0; k < na; k++) {
        int64_t t = (pa[k] << part) | carry;
        po[k] = t & DMASK;
        carry = t >> DSHIFT;
    }
    po[na] = carry;
}

/* out = a[whole:] >> part (0 <= part < 30); out has len(a)-whole words. */
void rt_digits_shr(rt_list *out, rt_list *a, Signed whole, Signed part) {
    Signed na = a->length;
    const int64_t *pa = (const int64_t *)a->items;
    int64_t *po = (int64_t *)out->items;
    for (Signed k = whole; k < na; k++) {
        int64_t t = pa[k] >> part;
        if (part && k + 1 < na) t |= (pa[k + 1] << (DSHIFT - part)) & DMASK;
        po[k - whole] = t;
    }
}
