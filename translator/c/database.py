"""The C database: names and static data for everything the graphs refer to.

Host objects reached from constants (prebuilt instances, lists, dicts, tuples,
strings) become static C data; their layout comes from their low-level type.
"""
from __future__ import annotations

import math
import re
import struct
from typing import Optional

from pypy27.translator import lltypes as L
from pypy27.translator.classes import ClassDesc, SubsetError
from pypy27.translator.ir.model import Constant, Graph
from pypy27.translator.program import BoundMethod, FuncDesc, Program


PREBUILT_REF = re.compile(r"&(pb[a-z]_\d+)")


def c_string_literal(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= o < 127 and ch != "?":
            out.append(ch)
        else:
            out.append("\\%03o" % o)
    return '"' + "".join(out) + '"'


def float_literal(f: float) -> str:
    if f != f:
        # keep the sign bit: -NAN is folded at build time and float('-nan')
        # must differ from float('nan') (x86's default NaN is negative)
        return '(-__builtin_nan(""))' if math.copysign(1.0, f) < 0 else '__builtin_nan("")'
    if f in (float("inf"), float("-inf")):
        return "(%s1.0/0.0)" % ("-" if f < 0 else "")
    return f.hex()


def int_literal(v: int) -> str:
    if v == -2**63:
        return "INT64_MIN"
    return "INT64_C(%d)" % v


class Database:
    def __init__(self, prog: Program) -> None:
        self.prog = prog
        self.str_lengths: dict[int, bool] = {}
        self.strings: dict[str, str] = {}           # value -> C name
        self.objects: dict[tuple[int, str], str] = {}  # (id, type key) -> C name
        self.keepalive: list[object] = []
        self.decls: list[str] = []                   # extern declarations (header)
        self.inline_names: set[str] = set()          # functions with an inline copy (emit.py)
        self.inline_defs: list[str] = []             # their definitions (header)
        self.defs: list[str] = []                    # definitions (data.c)
        self.init_code: list[str] = []               # run by rt_init_prebuilt
        self.tuple_types: dict[str, L.TupleT] = {}
        self.dispatch_tables: dict[tuple[str, str], str] = {}
        self.classattr_types: dict[tuple[str, str], tuple[str, L.LLType]] = {}
        self.counter = 0
        # prebuilt objects: name -> (C type, initialiser or None); only the ones
        # code refers to are exported through the header, the rest stay static
        self.objdefs: dict[str, tuple[str, Optional[str]]] = {}
        self.exported: dict[str, bool] = {}
        self.wrappers: dict[str, bool] = {}
        self.trampolines: dict[tuple[int, str], str] = {}

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def implementations(self, cls: ClassDesc, meth: str) -> list[FuncDesc]:
        """Distinct implementations of meth over cls's subclasses that have instances."""
        out: dict[str, FuncDesc] = {}
        for sub in cls.subtree():
            if not sub.instantiated:
                continue
            r = sub.resolve_method(meth)
            if r is not None:
                fd = self.prog.funcs.get((id(r[1]), r[0].fullname))
                if fd is not None:
                    out[fd.c_name] = fd
        return list(out.values())

    def rdict_wrappers(self, eq: FuncDesc, hsh: FuncDesc, dt: L.DictT) -> tuple[str, str]:
        """C adapters from the runtime's word-based hash/eq to the typed functions."""
        weq, whash = "rdeq_" + eq.c_name, "rdhash_" + hsh.c_name
        if weq not in self.wrappers:
            self.wrappers[weq] = True
            k = dt.k
            self.decls.append("Bool %s(rt_word a, rt_word b);" % weq)
            self.defs.append("Bool %s(rt_word a, rt_word b) { return %s(%s, %s); }"
                             % (weq, eq.c_name, L.from_word_expr(k, "a"), L.from_word_expr(k, "b")))
        if whash not in self.wrappers:
            self.wrappers[whash] = True
            self.decls.append("Signed %s(rt_word a);" % whash)
            self.defs.append("Signed %s(rt_word a) { return %s(%s); }"
                             % (whash, hsh.c_name, L.from_word_expr(dt.k, "a")))
        return weq, whash

    def trampoline(self, bm: BoundMethod, t: L.FuncT) -> str:
        """A C function calling bm's method with its prebuilt instance as self."""
        key = (id(bm.obj), bm.fd.c_name)
        name = self.trampolines.get(key)
        if name is None:
            name = self.fresh("bm_")
            self.trampolines[key] = name
            self.keepalive.append(bm.obj)
            selfexpr = self.value_expr(bm.obj, L.InstT(self.prog.classdesc_for_host(type(bm.obj))))
            m = PREBUILT_REF.search(selfexpr)
            if m is not None:
                self.exported[m.group(1)] = True
            params = ", ".join("%s p%d" % (a.c_name, i) for i, a in enumerate(t.args)) or "void"
            args = "".join(", p%d" % i for i in range(len(t.args)))
            ret = "" if t.result == L.Void else "return "
            self.decls.append("%s %s(%s);" % (t.result.c_name, name, params))
            self.defs.append("%s %s(%s) { %s%s(%s%s); }" % (t.result.c_name, name, params, ret,
                                                             bm.fd.c_name, selfexpr, args))
        return name

    def dispatch_table(self, cls: ClassDesc, meth: str) -> str:
        key = (cls.fullname, meth)
        name = self.dispatch_tables.get(key)
        if name is None:
            name = "dt_%s__%s" % (cls.c_name, meth)
            self.dispatch_tables[key] = name
            self.decls.append("extern void *%s[];" % name)
        return name

    def classattr_table(self, cls: ClassDesc, attr: str, t: L.LLType) -> str:
        key = (cls.fullname, attr)
        if key not in self.classattr_types:
            name = "ca_%s__%s" % (cls.c_name, attr)
            self.classattr_types[key] = (name, t)
            self.decls.append("extern %s %s[];" % (t.c_name, name))
        return self.classattr_types[key][0]

    # ---- constants -------------------------------------------------------------
    def const_expr(self, c: Constant) -> str:
        """A constant used by code: its prebuilt object (if any) is exported."""
        expr = self.value_expr(c.value, c.type)
        m = PREBUILT_REF.search(expr)
        if m is not None:
            self.exported[m.group(1)] = True
        return expr

    def define(self, name: str, ctype: str, init: Optional[str]) -> None:
        self.objdefs[name] = (ctype, init)

    def object_decls(self) -> list[str]:
        return ["extern %s %s;" % (self.objdefs[n][0], n) for n in self.exported if n in self.objdefs]

    def data_c(self) -> str:
        """data.c: forward declarations (prebuilt data may be cyclic), tables, objects."""
        out = ['#include "program.h"', ""]
        for name, (ctype, init) in self.objdefs.items():
            if name not in self.exported:
                out.append("static %s %s;" % (ctype, name))
        out.extend(self.defs)
        for name, (ctype, init) in self.objdefs.items():
            storage = "" if name in self.exported else "static "
            out.append("%s%s %s%s;" % (storage, ctype, name, " = " + init if init is not None else ""))
        out.append("void rt_init_prebuilt_data(void) {")
        out.extend("    " + line for line in "\n".join(self.init_code).splitlines())
        out.append("}")
        return "\n".join(out) + "\n"

    def value_expr(self, value: object, t: L.LLType) -> str:
        if t == L.Signed or t == L.Word:
            if isinstance(value, str):      # a C enum name used as an int argument
                return value
            assert isinstance(value, int), (value, t)
            return int_literal(int(value))
        if t == L.Bool:
            return "1" if value else "0"
        if t == L.Float:
            assert isinstance(value, (int, float))
            return float_literal(float(value))
        if t == L.Char:
            assert isinstance(value, str)
            return "((char)%d)" % ord(value)     # C's char may be signed
        if isinstance(t, L.FuncT):
            if value is None:
                return "NULL"
            if hasattr(value, "__self__") and hasattr(value, "__func__"):     # a host bound method
                owner = self.prog.classdesc_for_host(type(value.__self__))
                r = owner.resolve_method(value.__func__.__name__)
                if r is None:
                    raise SubsetError("prebuilt bound method %r is not translatable" % (value,))
                value = BoundMethod(self.prog.funcdesc(r[1], r[0]), value.__self__)
            if isinstance(value, BoundMethod):
                return "((void *)%s)" % self.trampoline(value, t)
            if not isinstance(value, FuncDesc):
                value = self.prog.funcdesc_for_host(value)
            return "((void *)%s)" % value.c_name
        if value is None:
            return "NULL"
        if t == L.STR or isinstance(value, str):
            assert isinstance(value, str)
            return "((rt_str *)&%s)" % self.prebuilt_str(value)
        if isinstance(t, L.ListT):
            return "((rt_list *)&%s)" % self.prebuilt_list(value, t)
        if isinstance(t, L.DictT):
            return "((rt_dict *)&%s)" % self.prebuilt_dict(value, t)
        if isinstance(t, L.TupleT):
            return "((void *)&%s)" % self.prebuilt_tuple(value, t)
        if isinstance(t, (L.InstT, L.NoneT)):
            return "((void *)&%s)" % self.prebuilt_instance(value)
        raise SubsetError("cannot freeze %r as %s" % (value, t))

    def word_expr(self, value: object, t: L.LLType) -> str:
        if t == L.Float:
            assert isinstance(value, (int, float))
            bits = struct.unpack("<Q", struct.pack("<d", float(value)))[0]
            return "UINT64_C(%d)" % bits
        if L.is_ref(t) or isinstance(t, L.FuncT):
            return "(rt_word)(uintptr_t)%s" % self.value_expr(value, t)
        return "(rt_word)%s" % self.value_expr(value, t)

    def prebuilt_str(self, s: str) -> str:
        name = self.strings.get(s)
        if name is None:
            if any(ord(c) > 255 for c in s):
                raise SubsetError("prebuilt string with characters >= 256: %r" % s[:40])
            name = self.fresh("pbs_")
            self.strings[s] = name
            n = len(s)
            self.str_lengths[n] = True
            # RT_NOSCAN: strings hold no pointers, so the GC need not scan them as roots
            self.define(name, "RT_NOSCAN struct rt_str_%d" % n, "{{RT_TID_STR, RT_GCFLAG_PREBUILT}, 0, %d, %s}"
                        % (n, c_string_literal(s)))
        return name

    def _seen(self, value: object, t: L.LLType) -> tuple[tuple[int, str], Optional[str]]:
        key = (id(value), t.key())
        return key, self.objects.get(key)

    def prebuilt_list(self, value: object, t: L.ListT) -> str:
        if not isinstance(value, list):
            raise SubsetError("expected a list for %s, got %r" % (t, type(value)))
        key, name = self._seen(value, t)
        if name is not None:
            return name
        name = self.fresh("pbl_")
        self.objects[key] = name
        self.keepalive.append(value)
        n = len(value)
        items = ", ".join(self.word_expr(v, t.item) for v in value)
        if n:
            noscan = "" if L.is_ref(t.item) or isinstance(t.item, L.FuncT) else "RT_NOSCAN "
            self.defs.append("%sstatic rt_word %s_items[%d] = {%s};" % (noscan, name, n, items))
            self.define(name, "rt_list", "{{RT_TID_LIST, RT_GCFLAG_PREBUILT}, %d, %d, %s_items}" % (n, n, name))
        else:
            self.define(name, "rt_list", "{{RT_TID_LIST, RT_GCFLAG_PREBUILT}, 0, 0, NULL}")
        return name

    def dict_kind(self, t: L.DictT) -> str:
        if t.k == L.STR:
            return "RT_DICT_STR"
        if t.k in (L.Signed, L.Bool):
            return "RT_DICT_INT"
        return "RT_DICT_PTR"

    def prebuilt_dict(self, value: object, t: L.DictT) -> str:
        if not isinstance(value, dict) or t.custom:
            raise SubsetError("cannot freeze %r as %s" % (type(value), t))
        key, name = self._seen(value, t)
        if name is not None:
            return name
        name = self.fresh("pbd_")
        self.objects[key] = name
        self.keepalive.append(value)
        self.define(name, "rt_dict", None)
        # keys and values are static tables; the hash table is built at start-up
        n = len(value)
        keys = ", ".join(self.word_expr(k, t.k) for k in value)
        vals = ", ".join(self.word_expr(v, t.v) for v in value.values())
        self.defs.append("static rt_word %s_keys[%d] = {%s};" % (name, max(n, 1), keys or "0"))
        self.defs.append("static rt_word %s_values[%d] = {%s};" % (name, max(n, 1), vals or "0"))
        lines = ["{ rt_dict *d = rt_dict_new(%s, %d, %d, NULL, NULL);"
                 % (self.dict_kind(t), L.is_ref(t.k), L.is_ref(t.v)),
                 "  for (Signed i = 0; i < %d; i++) rt_dict_setitem(d, %s_keys[i], %s_values[i]);"
                 % (n, name, name),
                 "  %s = *d; %s.hdr.gcflags |= RT_GCFLAG_PREBUILT; }" % (name, name)]
        self.init_code.append("\n".join(lines))
        return name

    def prebuilt_tuple(self, value: object, t: L.TupleT) -> str:
        if not isinstance(value, tuple) or len(value) != len(t.items):
            raise SubsetError("cannot freeze %r as %s" % (value, t))
        key, name = self._seen(value, t)
        if name is not None:
            return name
        self.tuple_types[t.key()] = t
        name = self.fresh("pbt_")
        self.objects[key] = name
        self.keepalive.append(value)
        fields = ", ".join(self.value_expr(v, it) for v, it in zip(value, t.items))
        self.define(name, "struct " + t.struct_name(), "{{RT_TID_RAW, RT_GCFLAG_PREBUILT}%s}"
                    % ((", " + fields) if fields else ""))
        return name

    def prebuilt_instance(self, value: object) -> str:
        cd = self.prog.classdesc_for_host(type(value))
        t = L.InstT(cd)
        key, name = self._seen(value, t)
        if name is not None:
            return name
        name = self.fresh("pbi_")
        self.objects[key] = name
        self.keepalive.append(value)
        cd.instantiated = True
        fields = []
        for fname, ft, owner in cd.all_fields():
            fv = getattr(value, fname, None)
            if fv is None and ft in (L.Signed, L.Float, L.Bool):
                fv = 0
            fields.append(self.value_expr(fv, ft))
        self.define(name, "struct " + cd.c_name, "{{%s, RT_GCFLAG_PREBUILT}%s}"
                    % ("TID_" + cd.c_name, "".join(", " + f for f in fields)))
        return name


def emit_tables(db: Database) -> None:
    """Per-method dispatch tables and per-attribute class tables, indexed by type id."""
    by_tid = {c.tid: c for c in db.prog.classes.values()}
    for (cname, meth), name in db.dispatch_tables.items():
        cls = db.prog.classes[cname]
        entries = []
        for tid in range(cls.tid, cls.tid_max + 1):
            r = by_tid[tid].resolve_method(meth)
            fd = db.prog.funcs.get((id(r[1]), r[0].fullname)) if r is not None else None
            entries.append("(void *)%s" % fd.c_name if fd is not None and fd.graph is not None else "NULL")
        db.defs.append("void *%s[%d] = {%s};" % (name, len(entries), ", ".join(entries)))
    for (cname, attr), (name, t) in db.classattr_types.items():
        cls = db.prog.classes[cname]
        entries = []
        for tid in range(cls.tid, cls.tid_max + 1):
            v = getattr(by_tid[tid].host_class(), attr, None)
            entries.append(db.value_expr(v, t))
        db.defs.append("%s %s[%d] = {%s};" % (t.c_name, name, len(entries), ", ".join(entries)))


def collect_constants(db: Database, graphs: list[Graph]) -> None:
    """Name every constant once so that static data exists before functions use it."""
    for g in graphs:
        for b in g.blocks:
            for op in b.ops:
                for a in op.args:
                    if isinstance(a, Constant):
                        db.const_expr(a)
            if b.exit is not None and b.exit[0] == "return" and isinstance(b.exit[1], Constant):
                db.const_expr(b.exit[1])
