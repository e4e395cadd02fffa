/* The str methods of the subset: searching, counting, strip, case mapping,
 * replace, split, join and the is*() predicates, with Python 3 semantics
 * (character classes from rt_ctype.h). */
#define _GNU_SOURCE
#include <string.h>
#include "rt.h"
#include "rt_ctype.h"

/* Python's clamping of the optional start/end arguments. */
static inline void rt_adjust_indices(Signed len, Signed *start, Signed *end) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

/* First occurrence of needle in hay[0:n], or NULL. */
static inline const char *rt_memfind(const char *hay, Signed n, const char *needle, Signed m) {
    if (m == 1) return memchr(hay, needle[0], (size_t)n);
    return memmem(hay, (size_t)n, needle, (size_t)m);
}

Signed rt_str_find(rt_str *s, rt_str *sub, Signed start, Signed end) {
    rt_adjust_indices(s->length, &start, &end);
    Signed m = sub->length;
    if (end - start < m) return -1;
    if (m == 0) return start;
    const char *p = rt_memfind(s->chars + start, end - start, sub->chars, m);
    return p ? p - s->chars : -1;
}

Signed rt_str_rfind(rt_str *s, rt_str *sub, Signed start, Signed end) {
    rt_adjust_indices(s->length, &start, &end);
    Signed m = sub->length;
    if (end - start < m) return -1;
    if (m == 0) return end;
    char first = sub->chars[0];
    for (Signed i = end - m; i >= start; i--) {
        if (s->chars[i] == first && memcmp(s->chars + i, sub->chars, (size_t)m) == 0)
            return i;
    }
    return -1;
}

Bool rt_str_contains(rt_str *s, rt_str *sub) {
    if (sub->length == 0) return true;
    return rt_memfind(s->chars, s->length, sub->chars, sub->length) != NULL;
}

/* Non-overlapping occurrences; the empty string occurs len + 1 times. */
Signed rt_str_count(rt_str *s, rt_str *sub) {
    Signed m = sub->length, n = s->length, count = 0, i = 0;
    if (m == 0) return n + 1;
    while (i <= n - m) {
        const char *p = rt_memfind(s->chars + i, n - i, sub->chars, m);
        if (!p) break;
        count++;
        i = (p - s->chars) + m;
    }
    return count;
}

Bool rt_str_startswith(rt_str *s, rt_str *prefix) {
    return prefix->length <= s->length &&
           memcmp(s->chars, prefix->chars, (size_t)prefix->length) == 0;
}

Bool rt_str_endswith(rt_str *s, rt_str *suffix) {
    return suffix->length <= s->length &&
           memcmp(s->chars + s->length - suffix->length, suffix->chars,
                  (size_t)suffix->length) == 0;
}

static inline bool rt_in_chars(rt_str *chars, char c) {
    return chars == NULL ? RT_ISSPACE(c) != 0
                         : memchr(chars->chars, c, (size_t)chars->length) != NULL;
}

rt_str *rt_str_strip(rt_str *s, rt_str *chars, int which) {
    Signed i = 0, j = s->length;
    if (which & 1) while (i < j && rt_in_chars(chars, s->chars[i])) i++;
    if (which & 2) while (j > i && rt_in_chars(chars, s->chars[j - 1])) j--;
    return rt_str_slice(s, i, j);
}

static rt_str *rt_str_map(rt_str *s, const unsigned char *table) {
    Signed n = s->length, i = 0;
    /* Return s itself when nothing changes (common for identifiers). */
    while (i < n && table[(unsigned char)s->chars[i]] == (unsigned char)s->chars[i]) i++;
    if (i == n) return s;
    rt_str *r = rt_str_new(n);
    memcpy(r->chars, s->chars, (size_t)i);
    for (; i < n; i++) r->chars[i] = (char)table[(unsigned char)s->chars[i]];
    return r;
}

rt_str *rt_str_lower(rt_str *s) { return rt_str_map(s, rt_tolower); }
rt_str *rt_str_upper(rt_str *s) { return rt_str_map(s, rt_toupper); }

/* count < 0 means all occurrences, as in Python. */
rt_str *rt_str_replace(rt_str *s, rt_str *old, rt_str *new_, Signed count) {
    Signed n = s->length, m = old->length, k = new_->length;
    if (count < 0) count = INT64_MAX;
    if (m == 0) {
        /* Insert new_ before every character and at the end. */
        Signed times = n + 1 < count ? n + 1 : count;
        if (times == 0 || k == 0) return s;
        rt_str *r = rt_str_new(n + times * k);
        char *out = r->chars;
        for (Signed i = 0; i < times; i++) {
            memcpy(out, new_->chars, (size_t)k); out += k;
            if (i < n) *out++ = s->chars[i];
        }
        memcpy(out, s->chars + times, (size_t)(n - (times < n ? times : n)));
        return r;
    }
    Signed found = 0, i = 0;
    while (found < count && i <= n - m) {
        const char *p = rt_memfind(s->chars + i, n - i, old->chars, m);
        if (!p) break;
        found++;
        i = (p - s->chars) + m;
    }
    if (found == 0) return s;
    rt_str *r = rt_str_new(n + found * (k - m));
    char *out = r->chars;
    i = 0;
    for (Signed f = 0; f < found; f++) {
        const char *p = rt_memfind(s->chars + i, n - i, old->chars, m);
        Signed pos = p - s->chars;
        memcpy(out, s->chars + i, (size_t)(pos - i)); out += pos - i;
        memcpy(out, new_->chars, (size_t)k); out += k;
        i = pos + m;
    }
    memcpy(out, s->chars + i, (size_t)(n - i));
    return r;
}

static inline void rt_split_add(rt_list *l, rt_str *s, Signed i, Signed j) {
    rt_list_append(l, (rt_word)(uintptr_t)rt_str_slice(s, i, j));
}

static rt_list *rt_str_split_whitespace(rt_str *s, Signed maxsplit) {
    rt_list *l = rt_list_new(0, true);
    Signed n = s->length, i = 0;
    while (true) {
        while (i < n && RT_ISSPACE(s->chars[i])) i++;
        if (i == n) break;
        if (maxsplit == 0) {            /* the rest, as is */
            rt_split_add(l, s, i, n);
            break;
        }
        Signed j = i;
        while (j < n && !RT_ISSPACE(s->chars[j])) j++;
        rt_split_add(l, s, i, j);
        maxsplit--;
        i = j;
    }
    return l;
}

/* sep NULL splits on runs of whitespace; maxsplit < 0 means no limit. */
rt_list *rt_str_split(rt_str *s, rt_str *sep, Signed maxsplit) {
    if (maxsplit < 0) maxsplit = INT64_MAX;
    if (sep == NULL) return rt_str_split_whitespace(s, maxsplit);
    Signed m = sep->length, n = s->length, i = 0;
    if (m == 0) {
        rt_raise_builtin(RT_EXC_VALUE, "empty separator");
        return NULL;
    }
    rt_list *l = rt_list_new(0, true);
    while (maxsplit > 0) {
        const char *p = rt_memfind(s->chars + i, n - i, sep->chars, m);
        if (!p) break;
        Signed pos = p - s->chars;
        rt_split_add(l, s, i, pos);
        i = pos + m;
        maxsplit--;
    }
    rt_split_add(l, s, i, n);
    return l;
}

rt_str *rt_str_join(rt_str *sep, rt_list *strs) {
    Signed count = strs->length;
    if (count == 0) return RT_STR_EMPTY;
    if (count == 1) return (rt_str *)(uintptr_t)strs->items[0];
    Signed total = sep->length * (count - 1);
    for (Signed i = 0; i < count; i++)
        total += ((rt_str *)(uintptr_t)strs->items[i])->length;
    rt_str *r = rt_str_new(total);
    char *out = r->chars;
    for (Signed i = 0; i < count; i++) {
        rt_str *piece = (rt_str *)(uintptr_t)strs->items[i];
        if (i > 0) { memcpy(out, sep->chars, (size_t)sep->length); out += sep->length; }
        memcpy(out, piece->chars, (size_t)piece->length);
        out += piece->length;
    }
    return r;
}

static Bool rt_str_all(rt_str *s, int cls) {
    if (s->length == 0) return false;
    for (Signed i = 0; i < s->length; i++)
        if (!(rt_ctype[(unsigned char)s->chars[i]] & cls)) return false;
    return true;
}

Bool rt_str_isdigit(rt_str *s) { return rt_str_all(s, RT_CT_DIGIT); }
Bool rt_str_isalpha(rt_str *s) { return rt_str_all(s, RT_CT_ALPHA); }
Bool rt_str_isspace(rt_str *s) { return rt_str_all(s, RT_CT_SPACE); }
Bool rt_str_isalnum(rt_str *s) { return rt_str_all(s, RT_CT_ALNUM); }
