/* Insertion-ordered hash tables (the subset's dict[K, V]).
 *
 * Entries are appended to a dense array in insertion order; a separate
 * open-addressing index (power-of-two size, perturbed probing so that all
 * hash bits take part) maps hashes to entry positions. Deleting leaves a
 * hole in the entries (valid = 0) and a -2 tombstone in the index; both go
 * away when the table is rebuilt because the entries array is full. Holes
 * are never reused before that: the number of non-empty index slots stays
 * <= nentries < index size, so every probe sequence reaches an empty slot. */
#include "rt.h"

#define RT_IX_EMPTY (-1)
#define RT_IX_DELETED (-2)
#define RT_LOOKUP_ERROR (-3)   /* custom hash/eq raised */

/* Shared index of every empty dict: one EMPTY slot, never written because
 * inserting into a dict with no entry space rebuilds the tables first. */
static Signed rt_dict_empty_index[1] = { RT_IX_EMPTY };

static void rt_dict_set_empty(rt_dict *d) {
    d->used = d->nentries = d->entries_cap = 0;
    d->entries = NULL;
    d->index_mask = 0;
    d->index = rt_dict_empty_index;
}

rt_dict *rt_dict_new(int kind, Bool gckeys, Bool gcvalues, rt_hash_fn h, rt_eq_fn eq) {
    rt_dict *d = rt_gc_malloc(sizeof(rt_dict), RT_TID_DICT, 1);
    d->kind = kind;
    d->gckeys = gckeys;
    d->gcvalues = gcvalues;
    d->hash = h;
    d->eq = eq;
    rt_dict_set_empty(d);
    return d;
}

/* Hash of a key; for CUSTOM dicts the caller checks rt_exc_value. */
static inline Signed rt_dict_hash(rt_dict *d, rt_word key) {
    switch (d->kind) {
    case RT_DICT_INT: return (Signed)key;
    case RT_DICT_STR: return key ? rt_str_hash((rt_str *)(uintptr_t)key) : 0;
    case RT_DICT_PTR: return (Signed)(key >> 4);   /* GC objects are 16-aligned */
    default: return d->hash(key);
    }
}

/* Finds key. Returns its entry position, -1 if absent or RT_LOOKUP_ERROR.
 * *slot receives the index slot holding it, or else the slot where it
 * should be inserted (the first tombstone met, or the empty slot). */
static inline __attribute__((always_inline))
Signed rt_dict_find(rt_dict *d, rt_word key, Signed h, Signed *slot, int kind) {
restart:;
    Signed *index = d->index;
    rt_dictentry *entries = d->entries;
    Unsigned mask = (Unsigned)d->index_mask, perturb = (Unsigned)h;
    Unsigned i = (Unsigned)h & mask;
    Signed freeslot = -1;
    for (;;) {
        Signed ix = index[i];
        if (ix == RT_IX_EMPTY) {
            *slot = freeslot >= 0 ? freeslot : (Signed)i;
            return -1;
        }
        if (ix == RT_IX_DELETED) {
            if (freeslot < 0) freeslot = (Signed)i;
        } else {
            rt_dictentry *e = &entries[ix];
            if (e->key == key) { *slot = (Signed)i; return ix; }
            if (kind == RT_DICT_STR) {
                if (e->hash == h && rt_str_eq((rt_str *)(uintptr_t)e->key, (rt_str *)(uintptr_t)key)) {
                    *slot = (Signed)i;
                    return ix;
                }
            } else if (kind == RT_DICT_CUSTOM && e->hash == h) {
                Bool eq = d->eq(e->key, key);
                if (RT_EXC_OCCURRED()) return RT_LOOKUP_ERROR;
                /* eq may have mutated the dict: start again. */
                if (d->index != index || d->entries != entries) goto restart;
                if (eq) { *slot = (Signed)i; return ix; }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Dispatch once on the kind so each loop is specialised. */
static Signed rt_dict_find_any(rt_dict *d, rt_word key, Signed h, Signed *slot) {
    switch (d->kind) {
    case RT_DICT_INT: return rt_dict_find(d, key, h, slot, RT_DICT_INT);
    case RT_DICT_STR: return rt_dict_find(d, key, h, slot, RT_DICT_STR);
    case RT_DICT_PTR: return rt_dict_find(d, key, h, slot, RT_DICT_PTR);
    default: return rt_dict_find(d, key, h, slot, RT_DICT_CUSTOM);
    }
}

/* Hash then find; RT_LOOKUP_ERROR if the custom hash raised. */
static inline Signed rt_dict_locate(rt_dict *d, rt_word key, Signed *h, Signed *slot) {
    *h = rt_dict_hash(d, key);
    if (d->kind == RT_DICT_CUSTOM && RT_EXC_OCCURRED()) return RT_LOOKUP_ERROR;
    return rt_dict_find_any(d, key, *h, slot);
}

/* Rebuilds both tables with room for at least `minused` entries, dropping
 * holes. Uses the stored hashes, so it never calls user code. */
static void rt_dict_rebuild(rt_dict *d, Signed minused) {
    Signed size = 8;
    while ((size / 3) * 2 < minused) size <<= 1;
    Signed cap = (size / 3) * 2;
    rt_dictentry *old = d->entries;
    Signed oldn = d->nentries;
    rt_dictentry *entries = rt_gc_malloc_varsize((size_t)cap * sizeof(rt_dictentry),
                                                 d->gckeys || d->gcvalues);
    Signed *index = rt_gc_malloc_varsize((size_t)size * sizeof(Signed), 0);
    memset(index, 0xff, (size_t)size * sizeof(Signed));   /* all RT_IX_EMPTY */
    Unsigned mask = (Unsigned)size - 1;
    Signed n = 0;
    for (Signed k = 0; k < oldn; k++) {
        if (!old[k].valid) continue;
        entries[n] = old[k];
        Unsigned perturb = (Unsigned)old[k].hash, i = perturb & mask;
        while (index[i] != RT_IX_EMPTY) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        index[i] = n++;
    }
    d->entries = entries;
    d->entries_cap = cap;
    d->nentries = n;
    d->used = n;
    d->index = index;
    d->index_mask = size - 1;
}

/* Index slot for a new entry with hash h (no tombstones after a rebuild). */
static Signed rt_dict_empty_slot(rt_dict *d, Signed h) {
    Unsigned mask = (Unsigned)d->index_mask, perturb = (Unsigned)h, i = perturb & mask;
    while (d->index[i] != RT_IX_EMPTY) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (Signed)i;
}

static void rt_dict_insert_new(rt_dict *d, rt_word key, rt_word value, Signed h, Signed slot) {
    if (d->nentries == d->entries_cap) {
        /* Grow 3x while small, 2x when big (memory); compacts holes too. */
        Signed used = d->used;
        rt_dict_rebuild(d, used < 50000 ? used * 3 + 1 : used * 2);
        slot = rt_dict_empty_slot(d, h);
    }
    RT_GC_WRITE_BARRIER(d);
    rt_dictentry *e = &d->entries[d->nentries];
    e->key = key;
    e->value = value;
    e->hash = h;
    e->valid = 1;
    d->index[slot] = d->nentries++;
    d->used++;
}

Signed rt_dict_lookup(rt_dict *d, rt_word key) {
    Signed h, slot;
    Signed ix = rt_dict_locate(d, key, &h, &slot);
    return ix >= 0 ? ix : -1;
}

static void rt_dict_key_error(rt_dict *d, rt_word key) {
    if (RT_EXC_OCCURRED()) return;    /* the custom hash/eq raised already */
    if (d->kind == RT_DICT_INT) {
        rt_str *s = rt_str_from_int((Signed)key);
        rt_raise_builtin(RT_EXC_KEY, s->chars);
    } else if (d->kind == RT_DICT_STR && key) {
        rt_str *s = rt_str_repr((rt_str *)(uintptr_t)key);
        rt_raise_builtin(RT_EXC_KEY, s->chars);
    } else {
        rt_raise_builtin(RT_EXC_KEY, "");
    }
}

rt_word rt_dict_getitem(rt_dict *d, rt_word key) {
    Signed h, slot;
    Signed ix = rt_dict_locate(d, key, &h, &slot);
    if (RT_LIKELY(ix >= 0)) return d->entries[ix].value;
    rt_dict_key_error(d, key);
    return 0;
}

rt_word rt_dict_get(rt_dict *d, rt_word key, rt_word dflt) {
    Signed h, slot;
    Signed ix = rt_dict_locate(d, key, &h, &slot);
    return ix >= 0 ? d->entries[ix].value : dflt;
}

Bool rt_dict_contains(rt_dict *d, rt_word key) {
    Signed h, slot;
    return rt_dict_locate(d, key, &h, &slot) >= 0;
}

void rt_dict_setitem(rt_dict *d, rt_word key, rt_word value) {
    Signed h, slot;
    Signed ix = rt_dict_locate(d, key, &h, &slot);
    if (ix >= 0) {
        RT_GC_WRITE_BARRIER(d);
        d->entries[ix].value = value;
    } else if (ix == -1) {
        rt_dict_insert_new(d, key, value, h, slot);
    }
}

rt_word rt_dict_setdefault(rt_dict *d, rt_word key, rt_word dflt) {
    Signed h, slot;
    Signed ix = rt_dict_locate(d, key, &h, &slot);
    if (ix >= 0) return d->entries[ix].value;
    if (ix == -1) rt_dict_insert_new(d, key, dflt, h, slot);
    return dflt;
}

/* Removes the entry found at (ix, slot) and returns its value. */
static rt_word rt_dict_remove(rt_dict *d, Signed ix, Signed slot) {
    rt_dictentry *e = &d->entries[ix];
    rt_word value = e->value;
    d->index[slot] = RT_IX_DELETED;
    e->key = 0;           /* drop references for the GC */
    e->value = 0;
    e->valid = 0;
    d->used--;
    return value;
}

void rt_dict_delitem(rt_dict *d, rt_word key) {
    Signed h, slot;
    Signed ix = rt_dict_locate(d, key, &h, &slot);
    if (ix >= 0) rt_dict_remove(d, ix, slot);
    else rt_dict_key_error(d, key);
}

rt_word rt_dict_pop(rt_dict *d, rt_word key) {
    Signed h, slot;
    Signed ix = rt_dict_locate(d, key, &h, &slot);
    if (ix >= 0) return rt_dict_remove(d, ix, slot);
    rt_dict_key_error(d, key);
    return 0;
}

rt_word rt_dict_pop_default(rt_dict *d, rt_word key, rt_word dflt) {
    Signed h, slot;
    Signed ix = rt_dict_locate(d, key, &h, &slot);
    if (ix >= 0) return rt_dict_remove(d, ix, slot);
    return dflt;
}

void rt_dict_clear(rt_dict *d) {
    rt_dict_set_empty(d);
}

rt_dict *rt_dict_copy(rt_dict *d) {
    rt_dict *c = rt_dict_new(d->kind, d->gckeys, d->gcvalues, d->hash, d->eq);
    if (d->used == 0) return c;
    Signed size = d->index_mask + 1;
    c->entries = rt_gc_malloc_varsize((size_t)d->entries_cap * sizeof(rt_dictentry),
                                      d->gckeys || d->gcvalues);
    memcpy(c->entries, d->entries, (size_t)d->nentries * sizeof(rt_dictentry));
    c->index = rt_gc_malloc_varsize((size_t)size * sizeof(Signed), 0);
    memcpy(c->index, d->index, (size_t)size * sizeof(Signed));
    c->index_mask = d->index_mask;
    c->entries_cap = d->entries_cap;
    c->nentries = d->nentries;
    c->used = d->used;
    return c;
}

static rt_list *rt_dict_column(rt_dict *d, bool values) {
    rt_list *l = rt_list_new(d->used, values ? d->gcvalues : d->gckeys);
    Signed n = 0;
    for (Signed k = 0; k < d->nentries; k++) {
        rt_dictentry *e = &d->entries[k];
        if (e->valid) l->items[n++] = values ? e->value : e->key;
    }
    return l;
}

rt_list *rt_dict_keys(rt_dict *d) { return rt_dict_column(d, false); }
rt_list *rt_dict_values(rt_dict *d) { return rt_dict_column(d, true); }

Signed rt_dict_next(rt_dict *d, Signed pos) {
    Signed n = d->nentries;
    rt_dictentry *e = d->entries;
    while (pos < n && !e[pos].valid) pos++;
    return pos < n ? pos : -1;
}
