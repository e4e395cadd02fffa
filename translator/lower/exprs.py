"""Lowering of expressions: values, operators, attributes, items, displays."""
from __future__ import annotations

from typing import Optional

from mypy.nodes import (GDEF, CallExpr, CastExpr, ComparisonExpr,
                        ConditionalExpr, DictExpr, Expression, FloatExpr, FuncDef, IndexExpr,
                        IntExpr, ListComprehension, ListExpr, MemberExpr, MypyFile, NameExpr,
                        OpExpr, RefExpr, SliceExpr, StrExpr, TupleExpr, TypeInfo, UnaryExpr, Var,
                        Decorator, Context)

from pypy27.translator import lltypes as L
from pypy27.translator.ir.model import Constant, Value, Variable
from pypy27.translator.lower.stmts import StmtLowerer

INT_BINOPS = {"+": "int_add", "-": "int_sub", "*": "int_mul", "&": "int_and", "|": "int_or",
              "^": "int_xor", "<<": "int_lshift", ">>": "int_rshift"}
FLOAT_BINOPS = {"+": "float_add", "-": "float_sub", "*": "float_mul"}
CMP = {"<": "lt", "<=": "le", "==": "eq", "!=": "ne", ">": "gt", ">=": "ge"}


class ExprLowerer(StmtLowerer):

    def t(self, e: Expression) -> L.LLType:
        return self.prog.lltype(self.prog.type_of(e), self.path, e.line)

    def expr(self, e: Expression, want_void: bool = False) -> Value:
        self.line = e.line
        meth = getattr(self, "e_" + type(e).__name__, None)
        if meth is None:
            raise self.error("expression %s is not in the subset" % type(e).__name__, e)
        if want_void and isinstance(e, CallExpr):
            return meth(e, True)  # type: ignore[no-any-return]
        return meth(e)  # type: ignore[no-any-return]

    # ---- literals and names ------------------------------------------------------
    def e_IntExpr(self, e: IntExpr) -> Value:
        if not -2**63 <= e.value < 2**63:
            raise self.error("integer literal does not fit a machine word", e)
        return Constant(e.value, L.Signed)

    def e_FloatExpr(self, e: FloatExpr) -> Value:
        return Constant(e.value, L.Float)

    def e_StrExpr(self, e: StrExpr) -> Value:
        if any(ord(c) > 255 for c in e.value):
            raise self.error("string literals must hold only characters < 256", e)
        return Constant(e.value, L.STR)

    def e_CastExpr(self, e: CastExpr) -> Value:
        return self.coerce(self.expr(e.expr), self.t(e))

    def is_global(self, e: NameExpr) -> bool:
        return e.kind == GDEF

    def e_NameExpr(self, e: NameExpr) -> Value:
        if e.fullname == "builtins.True":
            return Constant(True, L.Bool)
        if e.fullname == "builtins.False":
            return Constant(False, L.Bool)
        if e.fullname == "builtins.None":
            return Constant(None, L.NONE)
        node = e.node
        if isinstance(node, Var):
            if e.kind == GDEF:
                return self.global_const(node, e)
            return self.local(node, e)
        if isinstance(node, (FuncDef, Decorator)):
            return self.func_const(node, e)
        raise self.error("name %r cannot be used as a value" % e.name, e)

    def global_const(self, var: Var, ctx: Context) -> Value:
        mod, _, name = var.fullname.rpartition(".")
        if var.fullname.startswith("builtins."):
            raise self.error("built-in %s is not usable as a value" % var.fullname, ctx)
        value = self.prog.host_global(mod, name)
        assert var.type is not None, var.fullname
        t = self.prog.lltype(var.type, self.path, ctx.line)
        return self.frozen(value, t, ctx)

    def frozen(self, value: object, t: L.LLType, ctx: Context) -> Value:
        if t == L.Float and isinstance(value, int):
            value = float(value)
        if value is None:
            return Constant(None, t)
        return Constant(value, t)

    def func_const(self, node: object, e: Context) -> Value:
        if isinstance(node, Decorator):
            node = node.func
        assert isinstance(node, FuncDef)
        fd = self.prog.funcdesc(node, None)
        assert fd.sig is not None
        return Constant(fd, fd.sig)

    # ---- attributes ------------------------------------------------------------------
    def e_MemberExpr(self, e: MemberExpr) -> Value:
        base = e.expr
        if isinstance(base, RefExpr) and isinstance(base.node, MypyFile):
            node = e.node
            if isinstance(node, Var):
                return self.global_const(node, e)
            if isinstance(node, (FuncDef, Decorator)):
                return self.func_const(node, e)
            raise self.error("module attribute %s is not a value" % e.name, e)
        if isinstance(base, RefExpr) and isinstance(base.node, TypeInfo):
            cd = self.prog.classdesc(base.node)
            host = getattr(cd.host_class(), e.name)
            return self.frozen(host, self.t(e), e)
        obj = self.expr(base)
        static = obj.type
        if isinstance(static, L.InstT) and static.cls.field_owner(e.name) is None \
                and static.cls.class_attr(e.name) is None and static.cls.resolve_method(e.name) is not None:
            return self.bound_method(e, obj, static.cls)
        return self.load_attr(e, obj)

    def bound_method(self, e: MemberExpr, obj: Value, cls: "object") -> Value:
        """`obj.meth` as a value: supported for prebuilt (constant) instances,
        which become a C trampoline with the instance built in."""
        from pypy27.translator.classes import ClassDesc
        from pypy27.translator.program import BoundMethod
        assert isinstance(cls, ClassDesc)
        if not isinstance(obj, Constant):
            raise self.error("bound methods are values only for prebuilt instances", e)
        exact = self.prog.classdesc_for_host(type(obj.value))
        r = exact.resolve_method(e.name)
        assert r is not None
        fd = self.prog.funcdesc(r[1], r[0])
        assert fd.sig is not None
        return Constant(BoundMethod(fd, obj.value), L.FuncT(fd.sig.args[1:], fd.sig.result))

    def load_attr(self, e: MemberExpr, obj: Value) -> Value:
        static = self.prog.lltype(self.prog.type_of(e.expr), self.path, e.line)
        if not isinstance(static, L.InstT):
            raise self.error("attribute %r of %s" % (e.name, static), e)
        cd = static.cls
        owner = cd.field_owner(e.name)
        if owner is not None:
            return self.emit("getfield", [obj], owner.own_fields[e.name], (owner, e.name))
        ca = cd.class_attr(e.name)
        if ca is not None:
            return self.class_attr_value(cd, obj, e.name, self.t(e), e)
        raise self.error("%s has no field %r (declare it in the class body)" % (cd.name, e.name), e)

    def class_attr_value(self, cd: "object", obj: Value, name: str, t: L.LLType, ctx: Context) -> Value:
        from pypy27.translator.classes import ClassDesc
        assert isinstance(cd, ClassDesc)
        values: dict[int, object] = {}
        for sub in cd.subtree():
            values[id(sub)] = getattr(sub.host_class(), name)
        distinct = {repr(v) for v in values.values()}
        if len(distinct) == 1:
            return self.frozen(getattr(cd.host_class(), name), t, ctx)
        # overridden in subclasses: read from the class's attribute table
        return self.emit("getclassattr", [obj], t, (cd, name))

    def store_attr(self, lv: MemberExpr, value: Value) -> None:
        obj = self.expr(lv.expr)
        self.store_attr_value(lv, obj, value)

    def store_attr_value(self, lv: MemberExpr, obj: Value, value: Value) -> None:
        static = self.prog.lltype(self.prog.type_of(lv.expr), self.path, lv.line)
        if not isinstance(static, L.InstT):
            raise self.error("attribute assignment on %s" % static, lv)
        owner = static.cls.field_owner(lv.name)
        if owner is None:
            raise self.error("%s has no field %r (declare it in the class body)"
                             % (static.cls.name, lv.name), lv)
        ft = owner.own_fields[lv.name]
        self.emit("setfield", [obj, self.coerce(value, ft)], L.Void, (owner, lv.name))

    # ---- items ----------------------------------------------------------------------
    def e_IndexExpr(self, e: IndexExpr) -> Value:
        base = self.expr(e.base)
        if isinstance(e.index, SliceExpr):
            return self.slice(e, base, e.index)
        bt = base.type
        if isinstance(bt, L.TupleT):
            if not isinstance(e.index, IntExpr):
                raise self.error("tuple index must be a constant", e)
            i = e.index.value
            return self.emit("getfield", [base], bt.items[i], ("tuple", i))
        return self.load_item(e, base, self.expr(e.index))

    def load_item(self, e: IndexExpr, base: Value, idx: Value) -> Value:
        bt = base.type
        if isinstance(bt, L.ListT):
            i = self.rtcall("rt_list_index_check", [base, idx], L.Signed, canraise=True)
            w = self.emit("list_getitem", [base, i], L.Word)
            return self.unword(w, bt.item)
        if isinstance(bt, L.DictT):
            w = self.dict_call("rt_dict_getitem", base, [self.word(idx, bt.k)], L.Word)
            return self.unword(w, bt.v)
        if bt == L.STR:
            c = self.rtcall("rt_str_getitem", [base, idx], L.Char, canraise=True)
            return self.rtcall("rt_str_from_char", [c], L.STR)
        raise self.error("indexing %s" % bt, e)

    def slice_bounds(self, sl: SliceExpr) -> tuple[Value, Value]:
        if sl.stride is not None:
            raise self.error("slices with a step are not in the subset", sl)
        start = self.expr(sl.begin_index) if sl.begin_index is not None else Constant(0, L.Signed)
        stop = self.expr(sl.end_index) if sl.end_index is not None else Constant(2**63 - 1, L.Signed)
        return self.coerce(start, L.Signed), self.coerce(stop, L.Signed)

    def store_item(self, lv: IndexExpr, value: Value) -> None:
        base = self.expr(lv.base)
        if isinstance(lv.index, SliceExpr):
            if not isinstance(base.type, L.ListT):
                raise self.error("slice assignment on %s" % base.type, lv)
            start, stop = self.slice_bounds(lv.index)
            self.rtcall("rt_list_setslice", [base, start, stop, self.coerce(value, base.type)], L.Void)
            return
        self.store_item_values(lv, base, self.expr(lv.index), value)

    def store_item_values(self, lv: IndexExpr, base: Value, idx: Value, value: Value) -> None:
        bt = base.type
        if isinstance(bt, L.ListT):
            i = self.rtcall("rt_list_index_check", [base, idx], L.Signed, canraise=True)
            self.emit("list_setitem", [base, i, self.word(value, bt.item)], L.Void)
            return
        if isinstance(bt, L.DictT):
            self.dict_call("rt_dict_setitem", base, [self.word(idx, bt.k), self.word(value, bt.v)], L.Void)
            return
        raise self.error("item assignment on %s" % bt, lv)

    def dict_call(self, fname: str, d: Value, args: list[Value], restype: L.LLType) -> Variable:
        return self.rtcall(fname, [d] + args, restype, canraise=True)

    def slice(self, e: Expression, base: Value, sl: SliceExpr) -> Value:
        if sl.stride is not None:
            raise self.error("slices with a step are not in the subset", e)
        start = self.expr(sl.begin_index) if sl.begin_index is not None else Constant(0, L.Signed)
        stop = self.expr(sl.end_index) if sl.end_index is not None else Constant(2**63 - 1, L.Signed)
        if base.type == L.STR:
            return self.rtcall("rt_str_slice", [base, start, stop], L.STR)
        if isinstance(base.type, L.ListT):
            return self.rtcall("rt_list_slice", [base, start, stop], base.type)
        raise self.error("slicing %s" % base.type, e)

    # ---- words (container slots) ------------------------------------------------------
    def word(self, v: Value, t: L.LLType) -> Value:
        v = self.coerce(v, t)
        if isinstance(v, Constant) and v.type in (L.Signed, L.Bool):
            return Constant(int(v.value), L.Word)  # type: ignore[call-overload]
        return self.emit("to_word", [v], L.Word)

    def unword(self, w: Value, t: L.LLType) -> Value:
        return self.emit("from_word", [w], t)

    # ---- truth and operators ----------------------------------------------------------
    def truth(self, e: Expression) -> Value:
        if isinstance(e, OpExpr) and e.op in ("and", "or"):
            # in a condition only the truth of each operand matters
            res = self.newvar(L.Bool, "cond")
            self.assign(res, self.truth(e.left))
            rhs = self.new_block("cond_rhs")
            done = self.new_block("cond_done")
            if e.op == "and":
                self.branch(res, rhs, done)
            else:
                self.branch(res, done, rhs)
            self.start(rhs)
            self.assign(res, self.truth(e.right))
            self.goto(done)
            self.start(done)
            return res
        if isinstance(e, UnaryExpr) and e.op == "not":
            return self.emit("bool_not", [self.truth(e.expr)], L.Bool)
        return self.truth_value(self.expr(e), e)

    def truth_value(self, v: Value, ctx: Context) -> Value:
        t = v.type
        if t == L.Bool:
            return v
        if t == L.Signed:
            return self.emit("int_ne", [v, Constant(0, L.Signed)], L.Bool)
        if t == L.Float:
            return self.emit("float_ne", [v, Constant(0.0, L.Float)], L.Bool)
        if t == L.STR or isinstance(t, (L.ListT, L.DictT)):
            return self.emit("nonempty", [v], L.Bool)
        if L.is_ref(t):
            return self.emit("ptr_nonzero", [v], L.Bool)
        raise self.error("truth value of %s" % t, ctx)

    def e_UnaryExpr(self, e: UnaryExpr) -> Value:
        if e.op == "not":
            v = self.truth(e.expr)
            if isinstance(v, Constant):
                return Constant(not v.value, L.Bool)
            return self.emit("bool_not", [v], L.Bool)
        v = self.expr(e.expr)
        if v.type == L.Bool:
            v = self.coerce(v, L.Signed)
        if isinstance(v, Constant) and isinstance(v.value, (int, float)) and e.op == "-":
            return Constant(-v.value, v.type)
        if e.op == "-":
            return self.emit("int_neg" if v.type == L.Signed else "float_neg", [v], v.type)
        if e.op == "+":
            return v
        if e.op == "~" and v.type == L.Signed:
            return self.emit("int_invert", [v], L.Signed)
        raise self.error("unary %s on %s" % (e.op, v.type), e)

    def e_OpExpr(self, e: OpExpr) -> Value:
        if e.op in ("and", "or"):
            return self.shortcircuit(e)
        filled = self.zero_filled_list(e)
        if filled is not None:
            return filled
        left = self.expr(e.left)
        if e.op == "%" and left.type == L.STR:
            from pypy27.translator.lower.formatting import lower_format
            return lower_format(self, left, e.right)
        result = None
        if e.op == "**":      # typeshed types float ** float as Any
            try:
                result = self.t(e)
            except Exception:
                result = L.Float
        return self.binop(e.op, left, self.expr(e.right), e, result=result)

    def zero_filled_list(self, e: OpExpr) -> Optional[Value]:
        """`[None] * n`, `[0] * n`, `[False] * n`: a new zero-filled list of
        length n, without copying a one-item list n times."""
        if e.op != "*" or not isinstance(e.left, ListExpr) or len(e.left.items) != 1:
            return None
        item = e.left.items[0]
        lt = self.t(e)
        if not isinstance(lt, L.ListT):
            return None
        if isinstance(item, NameExpr) and item.fullname == "builtins.None":
            zero = L.is_ref(lt.item)
        elif isinstance(item, NameExpr) and item.fullname == "builtins.False":
            zero = lt.item == L.Bool
        elif isinstance(item, IntExpr) and item.value == 0:
            zero = lt.item == L.Signed
        else:
            zero = False
        if not zero or self.t(e.right) != L.Signed:
            return None
        n = self.expr(e.right)
        return self.rtcall("rt_list_new", [n, Constant(L.is_ref(lt.item), L.Bool)], lt)

    def shortcircuit(self, e: OpExpr) -> Value:
        rt = self.t(e)
        res = self.newvar(rt if rt != L.NONE else L.Bool, "sc")
        left = self.expr(e.left)
        self.assign(res, left)
        rhs = self.new_block("sc_rhs")
        done = self.new_block("sc_done")
        cond = self.truth_value(left, e)
        if e.op == "and":
            self.branch(cond, rhs, done)
        else:
            self.branch(cond, done, rhs)
        self.start(rhs)
        self.assign(res, self.expr(e.right))
        self.goto(done)
        self.start(done)
        return res

    def binop(self, op: str, a: Value, b: Value, ctx: Context, result: Optional[L.LLType] = None,
              lv_type: Optional[L.LLType] = None) -> Value:
        ta, tb = a.type, b.type
        if ta == L.Bool and tb == L.Bool and op in ("&", "|", "^"):
            return self.emit({"&": "bool_and", "|": "bool_or", "^": "int_ne"}[op], [a, b], L.Bool)
        if ta == L.Bool:
            a, ta = self.coerce(a, L.Signed), L.Signed
        if tb == L.Bool:
            b, tb = self.coerce(b, L.Signed), L.Signed
        if ta == L.Signed and tb == L.Signed:
            if op in INT_BINOPS:
                return self.emit(INT_BINOPS[op], [a, b], L.Signed)
            if op == "//":
                return self.emit("int_floordiv", [a, b], L.Signed, None, canraise=True)
            if op == "%":
                return self.emit("int_mod", [a, b], L.Signed, None, canraise=True)
            if op == "/":
                a = self.coerce(a, L.Float)
                b = self.coerce(b, L.Float)
                return self.emit("float_truediv", [a, b], L.Float, None, canraise=True)
            if op == "**":
                if result == L.Float:
                    return self.binop(op, self.coerce(a, L.Float), self.coerce(b, L.Float), ctx)
                return self.rtcall("rt_int_pow", [a, b], L.Signed)
        if ta in (L.Signed, L.Float) and tb in (L.Signed, L.Float):
            a = self.coerce(a, L.Float)
            b = self.coerce(b, L.Float)
            if op in FLOAT_BINOPS:
                return self.emit(FLOAT_BINOPS[op], [a, b], L.Float)
            if op == "/":
                return self.emit("float_truediv", [a, b], L.Float, None, canraise=True)
            if op == "//":
                return self.rtcall("rt_float_floordiv", [a, b], L.Float, canraise=True)
            if op == "%":
                return self.rtcall("rt_float_mod", [a, b], L.Float, canraise=True)
            if op == "**":
                return self.rtcall("rt_float_pow", [a, b], L.Float, canraise=True)
        if ta == L.STR and tb == L.STR and op == "+":
            return self.rtcall("rt_str_concat", [a, b], L.STR)
        if ta == L.STR and tb == L.Signed and op == "*":
            return self.rtcall("rt_str_mul", [a, b], L.STR)
        if ta == L.Signed and tb == L.STR and op == "*":
            return self.rtcall("rt_str_mul", [b, a], L.STR)
        if isinstance(ta, L.ListT) and isinstance(tb, L.ListT) and op == "+":
            return self.rtcall("rt_list_concat", [a, b], ta)
        if isinstance(ta, L.ListT) and tb == L.Signed and op == "*":
            return self.rtcall("rt_list_mul", [a, b], ta)
        raise self.error("operator %s on %s and %s is not in the subset" % (op, ta, tb), ctx)

    # ---- comparisons ---------------------------------------------------------------------
    def e_ComparisonExpr(self, e: ComparisonExpr) -> Value:
        if len(e.operators) == 1 and e.operators[0] in ("is", "is not"):
            left, right = e.operands
            if isinstance(left, CallExpr) and isinstance(left.callee, NameExpr) \
                    and left.callee.fullname == "builtins.type" and len(left.args) == 1 \
                    and isinstance(right, RefExpr) and isinstance(right.node, TypeInfo):
                # type(x) is C: an exact class check
                r = self.emit("type_is", [self.expr(left.args[0])], L.Bool, self.prog.classdesc(right.node))
                return self.emit("bool_not", [r], L.Bool) if e.operators[0] == "is not" else r
        if len(e.operators) == 1 and e.operators[0] in ("==", "!="):
            c = self.char_compare(e)
            if c is not None:
                return c
        if len(e.operators) == 1:
            return self.compare(e.operators[0], self.expr(e.operands[0]), self.expr(e.operands[1]), e)
        res = self.newvar(L.Bool, "cmp")
        done = self.new_block("cmp_done")
        left = self.expr(e.operands[0])
        for i, op in enumerate(e.operators):
            right = self.expr(e.operands[i + 1])
            c = self.compare(op, left, right, e)
            self.assign(res, c)
            if i == len(e.operators) - 1:
                self.goto(done)
            else:
                nxt = self.new_block("cmp_next")
                self.branch(c, nxt, done)
                self.start(nxt)
            left = right
        self.start(done)
        return res

    def char_compare(self, e: ComparisonExpr) -> Optional[Value]:
        """`s[i] == "c"`: compare the byte, without making a 1-char string."""
        left, right = e.operands
        if isinstance(left, StrExpr) and not isinstance(right, StrExpr):
            left, right = right, left
        if not (isinstance(right, StrExpr) and len(right.value) == 1 and ord(right.value) < 256
                and isinstance(left, IndexExpr) and not isinstance(left.index, SliceExpr)):
            return None
        if self.t(left.base) != L.STR:
            return None
        base = self.expr(left.base)
        c = self.rtcall("rt_str_getitem", [base, self.coerce(self.expr(left.index), L.Signed)], L.Char,
                        canraise=True)
        r = self.emit("char_eq", [c, Constant(right.value, L.Char)], L.Bool)
        return self.emit("bool_not", [r], L.Bool) if e.operators[0] == "!=" else r

    def compare(self, op: str, a: Value, b: Value, ctx: Context) -> Value:
        ta, tb = a.type, b.type
        if op in ("is", "is not"):
            r = self.emit("ptr_eq", [a, b], L.Bool)
            return self.emit("bool_not", [r], L.Bool) if op == "is not" else r
        if op in ("in", "not in"):
            r = self.contains(b, a, ctx)
            return self.emit("bool_not", [r], L.Bool) if op == "not in" else r
        if ta == L.Bool and tb == L.Bool and op in ("==", "!="):
            return self.emit("int_" + CMP[op], [a, b], L.Bool)
        if ta in (L.Signed, L.Bool) and tb in (L.Signed, L.Bool):
            return self.emit("int_" + CMP[op], [self.coerce(a, L.Signed), self.coerce(b, L.Signed)], L.Bool)
        if ta in (L.Signed, L.Float, L.Bool) and tb in (L.Signed, L.Float, L.Bool):
            return self.emit("float_" + CMP[op], [self.coerce(a, L.Float), self.coerce(b, L.Float)], L.Bool)
        if ta == L.STR and tb == L.STR:
            if op in ("==", "!="):
                r = self.rtcall("rt_str_eq", [a, b], L.Bool)
                return self.emit("bool_not", [r], L.Bool) if op == "!=" else r
            c = self.rtcall("rt_str_cmp", [a, b], L.Signed)
            return self.emit("int_" + CMP[op], [c, Constant(0, L.Signed)], L.Bool)
        if isinstance(ta, L.ListT) and isinstance(tb, L.ListT) and op in ("==", "!=") and ta == tb:
            kind = {"Float": "float", "str": "str"}.get(ta.item.key(), "word")
            r = self.rtcall("rt_list_eq_" + kind, [a, b], L.Bool)
            return self.emit("bool_not", [r], L.Bool) if op == "!=" else r
        if L.is_ref(ta) and L.is_ref(tb) and op in ("==", "!="):
            if isinstance(ta, (L.ListT, L.DictT, L.TupleT)) and not isinstance(tb, L.NoneT) \
                    and not isinstance(ta, L.NoneT):
                raise self.error("== on %s compares identity in C; not in the subset" % ta, ctx)
            r = self.emit("ptr_eq", [a, b], L.Bool)
            return self.emit("bool_not", [r], L.Bool) if op == "!=" else r
        raise self.error("comparison %s on %s and %s is not in the subset" % (op, ta, tb), ctx)

    def contains(self, container: Value, item: Value, ctx: Context) -> Value:
        ct = container.type
        if ct == L.STR:
            return self.rtcall("rt_str_contains", [container, item], L.Bool)
        if isinstance(ct, L.DictT):
            return self.dict_call("rt_dict_contains", container, [self.word(item, ct.k)], L.Bool)
        if isinstance(ct, L.TupleT):        # `x in ("a", "b")`: one comparison per item
            result: Value = Constant(False, L.Bool)
            for i, t in enumerate(ct.items):
                it = self.emit("getfield", [container], t, ("tuple", i))
                eq = self.equal(it, item, ctx)
                result = eq if isinstance(result, Constant) else self.emit("bool_or", [result, eq], L.Bool)
            return result
        if isinstance(ct, L.ListT):
            from pypy27.translator.lower.forloops import list_search
            idx = list_search(self, "index", container, item, ctx)  # type: ignore[arg-type]
            return self.emit("int_ge", [idx, Constant(0, L.Signed)], L.Bool)
        raise self.error("`in` on %s" % ct, ctx)

    def equal(self, a: Value, b: Value, ctx: Context) -> Value:
        return self.compare("==", a, b, ctx)

    # ---- displays -------------------------------------------------------------------------
    def e_ListExpr(self, e: ListExpr, lt: Optional[L.LLType] = None) -> Value:
        if lt is None:
            lt = self.t(e)
        assert isinstance(lt, L.ListT)
        items = [self.expr(i) for i in e.items]
        lst = self.rtcall("rt_list_new", [Constant(len(items), L.Signed),
                                          Constant(L.is_ref(lt.item), L.Bool)], lt)
        for i, v in enumerate(items):
            self.emit("list_setitem", [lst, Constant(i, L.Signed), self.word(v, lt.item)], L.Void)
        return lst

    def new_dict(self, dt: L.DictT) -> Variable:
        if dt.custom:
            raise self.error("r_dict must be created with r_dict(eq, hash)")
        if dt.k == L.STR:
            kind = "RT_DICT_STR"
        elif dt.k in (L.Signed, L.Bool):
            kind = "RT_DICT_INT"
        elif isinstance(dt.k, L.InstT):
            kind = "RT_DICT_PTR"
        else:
            raise self.error("dict keys of type %s are not in the subset" % dt.k)
        return self.rtcall("rt_dict_new", [Constant(kind, L.Signed), Constant(L.is_ref(dt.k), L.Bool),
                                           Constant(L.is_ref(dt.v), L.Bool), Constant(None, L.NONE),
                                           Constant(None, L.NONE)], dt)

    def e_DictExpr(self, e: DictExpr, dt: Optional[L.LLType] = None) -> Value:
        if dt is None:
            dt = self.t(e)
        assert isinstance(dt, L.DictT)
        d = self.new_dict(dt)
        for k, v in e.items:
            assert k is not None
            kv = self.expr(k)
            self.dict_call("rt_dict_setitem", d, [self.word(kv, dt.k), self.word(self.expr(v), dt.v)], L.Void)
        return d

    def e_TupleExpr(self, e: TupleExpr) -> Value:
        tt = self.t(e)
        assert isinstance(tt, L.TupleT)
        items = [self.expr(i) for i in e.items]
        return self.make_tuple(tt, items)

    def make_tuple(self, tt: L.TupleT, items: list[Value]) -> Value:
        tup = self.emit("malloc_tuple", [], tt, tt)
        for i, (v, t) in enumerate(zip(items, tt.items)):
            self.emit("setfield", [tup, self.coerce(v, t)], L.Void, ("tuple", i))
        return tup

    def e_ConditionalExpr(self, e: ConditionalExpr) -> Value:
        rt = self.t(e)
        res = self.newvar(rt, "cond")
        yes = self.new_block("ifexp_yes")
        no = self.new_block("ifexp_no")
        done = self.new_block("ifexp_done")
        self.branch(self.truth(e.cond), yes, no)
        self.start(yes)
        self.assign(res, self.expr(e.if_expr))
        self.goto(done)
        self.start(no)
        self.assign(res, self.expr(e.else_expr))
        self.goto(done)
        self.start(done)
        return res

    def e_ListComprehension(self, e: ListComprehension) -> Value:
        from pypy27.translator.lower.forloops import lower_listcomp
        return lower_listcomp(self, e)  # type: ignore[arg-type]
