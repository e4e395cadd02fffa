"""C code for one IR graph."""
from __future__ import annotations

import re

from pypy27.translator import lltypes as L
from pypy27.translator.classes import ClassDesc
from pypy27.translator.c.database import Database
from pypy27.translator.ir.model import Block, Constant, Graph, Op, Value, Variable
from pypy27.translator.program import FuncDesc

BINARY = {
    "int_and": "&", "int_or": "|", "int_xor": "^", "int_rshift": ">>",
    "int_lt": "<", "int_le": "<=", "int_eq": "==", "int_ne": "!=", "int_gt": ">", "int_ge": ">=",
    "float_add": "+", "float_sub": "-", "float_mul": "*",
    "float_lt": "<", "float_le": "<=", "float_eq": "==", "float_ne": "!=", "float_gt": ">",
    "float_ge": ">=", "bool_and": "&&", "bool_or": "||", "ptr_eq": "==", "char_eq": "==",
}
# operations that call translated code (and so may recurse)
CALL_OPS = ("direct_call", "method_call", "indirect_call")
WRAPPING = {"int_add": "+", "int_sub": "-", "int_mul": "*", "int_lshift": "<<"}
RAISING_RT = {"int_floordiv": "rt_int_floordiv", "int_mod": "rt_int_mod",
              "int_add_ovf": "rt_int_add_ovf", "int_sub_ovf": "rt_int_sub_ovf",
              "int_mul_ovf": "rt_int_mul_ovf", "int_lshift_ovf": "rt_int_lshift_ovf",
              "int_neg_ovf": "rt_int_neg_ovf", "float_truediv": "rt_float_div"}

# in front of a function's normal return (not the one of `propagate`)
NORMAL_RETURN = "/*ok*/ "

# runtime helpers that check an index (negative ones and errors out of line):
# the in-range result, from (sequence, index)
INDEX_FAST = {"rt_list_index_check": "{i}", "rt_str_getitem": "{s}->chars[{i}]"}


def c_ident(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", name)


def field_name(name: str) -> str:
    return "f_" + name


def prototype(g: Graph) -> str:
    args = ", ".join("%s%s" % (a.type.c_name + ("" if a.type.c_name.endswith("*") else " "), "a_" + c_ident(a.name))
                     for a in g.args) or "void"
    return "%s %s(%s)" % (g.result.c_name, g.c_name, args)


class FuncGen:
    def __init__(self, db: Database, g: Graph) -> None:
        self.db = db
        self.g = g
        self.names: dict[int, str] = {}
        self.nroots = 0
        for a in g.args:
            self.names[id(a)] = "a_" + c_ident(a.name)
        for v in g.locals:
            self.names[id(v)] = "v_" + c_ident(v.name)

    def v(self, x: Value) -> str:
        if isinstance(x, Constant):
            return self.db.const_expr(x)
        return self.names[id(x)]

    def generate(self) -> str:
        g = self.g
        blocks = g.reachable_blocks()
        out = [prototype(g) + " {"]
        used_locals = {}
        for b in blocks:
            for op in b.ops:
                if op.result is not None:
                    used_locals[id(op.result)] = op.result
                for a in op.args:
                    if isinstance(a, Variable):
                        used_locals[id(a)] = a
        argids = {id(a) for a in g.args}
        for v in used_locals.values():
            if id(v) not in argids and v.type != L.Void:
                out.append("    %s %s = 0;" % (v.type.c_name, self.v(v)) if not L.is_ref(v.type)
                           else "    %s %s = NULL;" % (v.type.c_name, self.v(v)))
        # a function that calls no translated code cannot recurse: no stack check
        if any(op.opname in CALL_OPS for b in blocks for op in b.ops):
            out.append("    if (RT_STACK_CHECK()) return%s;" % ("" if g.result == L.Void else " (%s)0" % g.result.c_name))
        # every GC pointer variable is a root: a moving GC finds and updates them here
        roots = [self.v(x) for x in list(g.args) + list(used_locals.values())
                 if L.is_ref(x.type) and (id(x) in argids or id(x) in used_locals)]
        roots = list(dict.fromkeys(roots))
        self.nroots = len(roots)
        if roots:
            out.append("    RT_GC_ROOTS_ENTER(%d);" % len(roots))
            out.extend("    RT_GC_ROOT_PUSH(&%s);" % r for r in roots)
        self.uses = use_counts(blocks)
        for b in blocks:
            out.append("  %s:;" % b.label)
            for op in b.ops:
                out.append("    " + self.op(op))
            out.append("    " + (self.switch(b) or self.exit(b)))
        out.append("  propagate:")
        if g.result == L.Void:
            out.append("    %sreturn;" % self.leave())
        else:
            out.append("    %sreturn (%s)0;" % (self.leave(), g.result.c_name))
        out.append("}")
        return "\n".join(out)

    def leave(self) -> str:
        return "RT_GC_ROOTS_LEAVE(%d); " % self.nroots if self.nroots else ""

    def check(self, op: Op) -> str:
        if not op.canraise:
            return ""
        target = op.handler.label if op.handler is not None else "propagate"
        return " if (RT_EXC_OCCURRED()) goto %s;" % target

    def assign(self, op: Op, expr: str) -> str:
        if op.result is None or op.result.type == L.Void:
            return "%s;%s" % (expr, self.check(op))
        return "%s = %s;%s" % (self.v(op.result), expr, self.check(op))

    def switch(self, b: Block) -> str:
        """`if x == C1: ... elif x == C2: ...` (4 or more tests of one integer
        variable against constants) as one C switch, which the C compiler
        turns into a jump table (it leaves chains of gotos as compares).
        The blocks of the later tests stay as they are (they may have other
        predecessors); the switch only jumps past them."""
        test = eq_test(b, b.ops[-1] if b.ops else None)
        if test is None:
            return ""
        x, value, target = test
        if x.type != L.Signed:
            return ""
        cases: list[tuple[int, Block]] = [(value, target)]
        ex = b.exit
        assert ex is not None
        f = ex[3]
        assert isinstance(f, Block)
        for _ in range(1000):
            while not f.ops and f.exit is not None and f.exit[0] == "goto" and f.exit[1] is not f:
                f = f.exit[1]  # type: ignore[assignment]
            t = eq_test(f, f.ops[0]) if len(f.ops) == 1 else None
            if t is None or t[0] is not x or self.uses.get(id(f.ops[0].result), 0) != 1:
                break
            cases.append((t[1], t[2]))
            fx = f.exit
            assert fx is not None
            f = fx[3]  # type: ignore[assignment]
        if len(cases) < 4:
            return ""
        seen: set[int] = set()
        lines = ["switch (%s) {" % self.v(x)]
        for value, target in cases:
            if value not in seen:
                seen.add(value)
                lines.append("    case INT64_C(%d): goto %s;" % (value, target.label))
        lines.append("    default: goto %s;" % f.label)
        lines.append("    }")
        return "\n    ".join(lines)

    def exit(self, b: Block) -> str:
        ex = b.exit
        if ex is None or ex[0] == "unreachable":
            return "__builtin_unreachable();"
        kind = ex[0]
        if kind == "goto":
            return "goto %s;" % ex[1].label  # type: ignore[union-attr]
        if kind == "branch":
            return "if (%s) goto %s; else goto %s;" % (self.v(ex[1]), ex[2].label, ex[3].label)  # type: ignore
        if kind == "return":
            # NORMAL_RETURN marks the return without an exception (emit.inline_copy)
            if ex[1] is None:
                return "%s%sreturn;" % (self.leave(), NORMAL_RETURN)
            return "%s%sreturn %s;" % (self.leave(), NORMAL_RETURN, self.v(ex[1]))  # type: ignore[arg-type]
        raise AssertionError(kind)

    def op(self, op: Op) -> str:
        name = op.opname
        a = [self.v(x) for x in op.args]
        meth = getattr(self, "op_" + name, None)
        if meth is not None:
            return meth(op, a)  # type: ignore[no-any-return]
        if name in BINARY:
            return self.assign(op, "(%s %s %s)" % (a[0], BINARY[name], a[1]))
        if name in WRAPPING:
            return self.assign(op, "(Signed)((Unsigned)%s %s (Unsigned)%s)" % (a[0], WRAPPING[name], a[1]))
        if name in RAISING_RT:
            return self.assign(op, "%s(%s)" % (RAISING_RT[name], ", ".join(a)))
        raise NotImplementedError("C for operation %s" % name)

    # ---- simple operations ---------------------------------------------------------
    def op_same_as(self, op: Op, a: list[str]) -> str:
        return self.assign(op, a[0])

    def op_int_neg(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "(Signed)(0 - (Unsigned)%s)" % a[0])

    def op_int_invert(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "(~%s)" % a[0])

    def op_int_abs(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "(%s < 0 ? (Signed)(0 - (Unsigned)%s) : %s)" % (a[0], a[0], a[0]))

    def op_int_min(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "(%s < %s ? %s : %s)" % (a[0], a[1], a[0], a[1]))

    def op_int_max(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "(%s > %s ? %s : %s)" % (a[0], a[1], a[0], a[1]))

    op_float_min = op_int_min
    op_float_max = op_int_max

    def op_float_neg(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "(-%s)" % a[0])

    def op_cast_int_to_float(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "(Float)%s" % a[0])

    def op_cast_bool_to_int(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "(Signed)%s" % a[0])

    def op_bool_not(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "(!%s)" % a[0])

    def op_ptr_nonzero(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "(%s != NULL)" % a[0])

    def op_ptr_eq(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "((void *)%s == (void *)%s)" % (a[0], a[1]))

    def op_nonempty(self, op: Op, a: list[str]) -> str:
        t = op.args[0].type
        fieldn = "used" if isinstance(t, L.DictT) else "length"
        return self.assign(op, "(%s != NULL && %s->%s != 0)" % (a[0], a[0], fieldn))

    def op_str_len(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "%s->length" % a[0])

    op_list_len = op_str_len

    def op_dict_len(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "RT_DICT_LEN(%s)" % a[0])

    def op_str_getchar(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "%s->chars[%s]" % (a[0], a[1]))

    def op_list_getitem(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "RT_LIST_GET(%s, %s)" % (a[0], a[1]))

    def op_list_setitem(self, op: Op, a: list[str]) -> str:
        return "RT_LIST_SET(%s, %s, %s);" % (a[0], a[1], a[2])

    def op_dict_key(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "RT_DICT_KEY(%s, %s)" % (a[0], a[1]))

    def op_dict_value(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "RT_DICT_VALUE(%s, %s)" % (a[0], a[1]))

    def op_to_word(self, op: Op, a: list[str]) -> str:
        return self.assign(op, L.to_word_expr(op.args[0].type, a[0]))

    def op_from_word(self, op: Op, a: list[str]) -> str:
        assert op.result is not None
        return self.assign(op, L.from_word_expr(op.result.type, a[0]))

    # ---- records ---------------------------------------------------------------------
    def field_ref(self, obj: str, extra: object, objtype: L.LLType) -> str:
        owner, name = extra  # type: ignore[misc]
        if owner == "tuple":
            assert isinstance(objtype, L.TupleT)
            self.db.tuple_types[objtype.key()] = objtype
            return "((struct %s *)%s)->item%d" % (objtype.struct_name(), obj, name)
        assert isinstance(owner, ClassDesc)
        return "((struct %s *)%s)->%s" % (owner.c_name, obj, field_name(name))

    def op_getfield(self, op: Op, a: list[str]) -> str:
        return self.assign(op, self.field_ref(a[0], op.extra, op.args[0].type))

    def op_setfield(self, op: Op, a: list[str]) -> str:
        return "RT_GC_WRITE_BARRIER(%s); %s = %s;" % (a[0], self.field_ref(a[0], op.extra, op.args[0].type), a[1])

    def op_malloc(self, op: Op, a: list[str]) -> str:
        cd = op.extra
        assert isinstance(cd, ClassDesc)
        return self.assign(op, "rt_gc_malloc(sizeof(struct %s), TID_%s, 1)" % (cd.c_name, cd.c_name))

    def op_malloc_tuple(self, op: Op, a: list[str]) -> str:
        tt = op.extra
        assert isinstance(tt, L.TupleT)
        self.db.tuple_types[tt.key()] = tt
        return self.assign(op, "rt_gc_malloc(sizeof(struct %s), RT_TID_RAW, 1)" % tt.struct_name())

    def op_instanceof(self, op: Op, a: list[str]) -> str:
        cd = op.extra
        assert isinstance(cd, ClassDesc)
        return self.assign(op, "(%s != NULL && (uint32_t)(((rt_hdr *)%s)->tid - TID_%s) <= (uint32_t)(TIDMAX_%s - TID_%s))"
                           % (a[0], a[0], cd.c_name, cd.c_name, cd.c_name))

    def op_type_is(self, op: Op, a: list[str]) -> str:
        cd = op.extra
        assert isinstance(cd, ClassDesc)
        return self.assign(op, "(%s != NULL && ((rt_hdr *)%s)->tid == TID_%s)" % (a[0], a[0], cd.c_name))

    def op_new_rdict(self, op: Op, a: list[str]) -> str:
        eq, hsh, dt = op.extra  # type: ignore[misc]
        weq, whash = self.db.rdict_wrappers(eq, hsh, dt)
        return self.assign(op, "rt_dict_new(RT_DICT_CUSTOM, %d, %d, %s, %s)"
                           % (L.is_ref(dt.k), L.is_ref(dt.v), whash, weq))

    def op_getclassattr(self, op: Op, a: list[str]) -> str:
        cd, name = op.extra  # type: ignore[misc]
        table = self.db.classattr_table(cd, name, op.result.type)  # type: ignore[union-attr]
        return self.assign(op, "%s[((rt_hdr *)%s)->tid - TID_%s]" % (table, a[0], cd.c_name))

    # ---- calls -------------------------------------------------------------------------
    def op_direct_call(self, op: Op, a: list[str]) -> str:
        fd = op.extra
        assert isinstance(fd, FuncDesc)
        return self.assign(op, "%s(%s)" % (self.callee_name(fd), ", ".join(a)))

    def callee_name(self, fd: FuncDesc) -> str:
        """The name to call: the inline copy of a small leaf function (emit.py)."""
        return "inl_" + fd.c_name if fd.c_name in self.db.inline_names else fd.c_name

    def op_method_call(self, op: Op, a: list[str]) -> str:
        cls, name, fd = op.extra  # type: ignore[misc]
        impls = self.db.implementations(cls, name)
        if len(impls) <= 1:      # one implementation among the classes that have instances
            target = impls[0] if impls else fd
            return self.assign(op, "%s(%s)" % (self.callee_name(target), ", ".join(a)))
        table = self.db.dispatch_table(cls, name)
        assert fd.sig is not None
        return self.assign(op, "((%s)%s[((rt_hdr *)%s)->tid - TID_%s])(%s)"
                           % (fd.sig.c_ptr_type(), table, a[0], cls.c_name, ", ".join(a)))

    def op_indirect_call(self, op: Op, a: list[str]) -> str:
        ft = op.args[0].type
        assert isinstance(ft, L.FuncT)
        return self.assign(op, "((%s)%s)(%s)" % (ft.c_ptr_type(), a[0], ", ".join(a[1:])))

    def op_rtcall(self, op: Op, a: list[str]) -> str:
        fast = INDEX_FAST.get(str(op.extra))
        if fast is not None and op.canraise and op.result is not None:
            # an index in range (nearly always): no test of rt_exc_value, a
            # thread-local load, after it; the helper handles the rest
            res = self.v(op.result)
            return "if (RT_LIKELY((Unsigned)%s < (Unsigned)%s->length)) %s = %s; else { %s }" % (
                a[1], a[0], res, fast.format(s=a[0], i=a[1]),
                self.assign(op, "%s(%s)" % (op.extra, ", ".join(a))))
        return self.assign(op, "%s(%s)" % (op.extra, ", ".join(a)))

    def op_ccall(self, op: Op, a: list[str]) -> str:
        ext = op.extra
        args = []
        for x, t in zip(a, getattr(ext, "argtypes")):
            if t == "char*":
                args.append("(%s)->chars" % x)
            elif t == "void*":
                args.append("(void *)(uintptr_t)%s" % x)
            else:
                args.append(x)
        call = "%s(%s)" % (getattr(ext, "c_name"), ", ".join(args))
        restype = getattr(ext, "restype")
        if restype == "void*":
            call = "(Signed)(uintptr_t)" + call
        elif restype == "char*":          # a C string result becomes a str (NULL: None)
            call = "rt_str_from_cstr(%s)" % call
        elif restype in ("Unsigned", "unsigned int", "unsigned long", "size_t", "uint64_t",
                         "uint32_t", "uint8_t"):
            call = "(Signed)" + call
        return self.assign(op, call)

    def op_str_format(self, op: Op, a: list[str]) -> str:
        kinds = op.extra
        assert isinstance(kinds, str)
        words = ", ".join(L.to_word_expr(x.type, s) for x, s in zip(op.args[1:], a[1:]))
        return "{ rt_word fa[%d] = {%s}; %s }" % (max(len(kinds), 1), words or "0",
                                                   self.assign(op, "rt_str_format(%s, %d, \"%s\", fa)"
                                                               % (a[0], len(kinds), kinds)))

    # ---- exceptions ----------------------------------------------------------------------
    def op_raise(self, op: Op, a: list[str]) -> str:
        return "rt_exc_value = %s;%s" % (a[0], self.check(op))

    def op_reraise_current(self, op: Op, a: list[str]) -> str:
        return self.check(op).strip()

    def op_exc_fetch(self, op: Op, a: list[str]) -> str:
        return "%s = rt_exc_value; rt_exc_value = NULL;" % self.v(op.result)  # type: ignore[arg-type]

    # ---- JIT hints (no-ops until the JIT exists) -------------------------------------------
    def op_jit_marker(self, op: Op, a: list[str]) -> str:
        return "/* %s */" % op.extra[0]  # type: ignore[index]

    def op_jit_promote(self, op: Op, a: list[str]) -> str:
        return self.assign(op, a[0])

    def op_jit_we_are_jitted(self, op: Op, a: list[str]) -> str:
        return self.assign(op, "0")


def eq_test(b: Block, op: "Op | None") -> "tuple[Variable, int, Block] | None":
    """(x, C, target) when block b ends with `if x == C: goto target`."""
    ex = b.exit
    if op is None or ex is None or ex[0] != "branch" or op.opname != "int_eq" or op.result is not ex[1]:
        return None
    x, c = op.args
    if not isinstance(x, Variable) or not isinstance(c, Constant) or not isinstance(c.value, int) \
            or isinstance(c.value, bool):
        return None
    target = ex[2]
    assert isinstance(target, Block)
    return x, c.value, target


def use_counts(blocks: list[Block]) -> dict[int, int]:
    """How many times each variable is read (by operations and exits)."""
    uses: dict[int, int] = {}
    for b in blocks:
        reads: list[object] = []
        for op in b.ops:
            reads.extend(op.args)
        if b.exit is not None:
            reads.extend(b.exit[1:])
        for x in reads:
            if isinstance(x, Variable):
                uses[id(x)] = uses.get(id(x), 0) + 1
    return uses
