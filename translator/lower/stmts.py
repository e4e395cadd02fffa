"""Lowering of statements into blocks."""
from __future__ import annotations

from typing import Optional

from mypy.nodes import (AssertStmt, AssignmentStmt, Block as MBlock, BreakStmt, CallExpr,
                        ContinueStmt, DelStmt, Expression, ExpressionStmt, ForStmt, IfStmt,
                        IndexExpr, MemberExpr, NameExpr, OperatorAssignmentStmt, PassStmt,
                        RaiseStmt, RefExpr, ReturnStmt, Statement, TryStmt, TupleExpr, TypeInfo,
                        Var, WhileStmt, WithStmt, FuncDef, StrExpr, TempNode, ListExpr, DictExpr, SliceExpr)

from mypy.types import AnyType, get_proper_type

from pypy27.translator import lltypes as L
from pypy27.translator.ir.model import Block, Constant, Value, Variable
from pypy27.translator.lower.builder import Builder, LoopCtx


class StmtLowerer(Builder):

    def lower_body(self) -> None:
        self.stmts(self.fd.fdef.body.body)
        if self.block is not None:
            if self.graph.result != L.Void:
                self.block.exit = ("unreachable",)   # mypy proved every path returns
            else:
                self.block.exit = ("return", None)
            self.block = None

    def stmts(self, body: list[Statement]) -> None:
        for s in body:
            if isinstance(s, tuple):            # a `with` exit replayed by run_finallies
                self.with_exit([s[1]])
                continue
            self.line = s.line
            meth = getattr(self, "s_" + type(s).__name__, None)
            if meth is None:
                raise self.error("statement %s is not in the subset" % type(s).__name__, s)
            meth(s)

    # ---- simple statements ---------------------------------------------------------
    def s_PassStmt(self, s: PassStmt) -> None:
        pass

    def s_ExpressionStmt(self, s: ExpressionStmt) -> None:
        if isinstance(s.expr, StrExpr):
            return                              # docstring
        self.expr(s.expr, want_void=True)

    def s_ImportFrom(self, s: object) -> None:
        pass      # names are bound by mypy; imports happened at build time

    s_Import = s_ImportFrom
    s_ImportAll = s_ImportFrom

    def s_Block(self, s: MBlock) -> None:
        self.stmts(s.body)

    def s_FuncDef(self, s: FuncDef) -> None:
        raise self.error("nested functions are not in the subset", s)

    def s_AssignmentStmt(self, s: AssignmentStmt) -> None:
        if len(s.lvalues) == 1 and isinstance(s.lvalues[0], NameExpr) and s.type is not None \
                and isinstance(s.rvalue, TempNode):
            return                                  # bare annotation `x: int`
        rv = s.rvalue
        lv0 = s.lvalues[0]
        if isinstance(rv, TupleExpr) and len(s.lvalues) == 1 and isinstance(lv0, TupleExpr) \
                and len(lv0.items) == len(rv.items):
            # `a, b = x, y`: evaluate everything first, then store (no tuple is built)
            temps = []
            for item in rv.items:
                v = self.expr(item)
                if isinstance(v, Variable):
                    tmp = self.newvar(v.type, "t")
                    self.assign(tmp, v)
                    v = tmp
                temps.append(v)
            for target, v in zip(lv0.items, temps):
                self.store(target, v)
            return
        if isinstance(rv, (ListExpr, DictExpr)) and not rv.items and isinstance(lv0, NameExpr) \
                and isinstance(lv0.node, Var) and lv0.node.type is not None:
            # an empty display takes the variable's type (mypy's own is list[Never])
            t = self.prog.lltype(lv0.node.type, self.path, s.line)
            value = self.e_ListExpr(rv, t) if isinstance(rv, ListExpr) else self.e_DictExpr(rv, t)  # type: ignore
        else:
            value = self.expr(rv)
        for lv in s.lvalues:
            self.store(lv, value)

    def store(self, lv: Expression, value: Value) -> None:
        if isinstance(lv, NameExpr):
            node = lv.node
            if isinstance(node, Var) and not self.is_global(lv):
                if id(node) not in self.vars and isinstance(get_proper_type(node.type), AnyType):
                    # mypy types `for _ in ...` as Any: the value's type is the variable's
                    v = self.newvar(value.type, "l_" + node.name)
                    self.vars[id(node)] = v
                self.assign(self.local(node, lv), value)
                return
            raise self.error("assignment to global %r at run time" % lv.name, lv)
        if isinstance(lv, MemberExpr):
            self.store_attr(lv, value)
            return
        if isinstance(lv, IndexExpr):
            self.store_item(lv, value)
            return
        if isinstance(lv, TupleExpr):
            tt = value.type
            if not isinstance(tt, L.TupleT) or len(tt.items) != len(lv.items):
                raise self.error("tuple unpacking needs a tuple of the same length", lv)
            parts = [self.emit("getfield", [value], t, ("tuple", i)) for i, t in enumerate(tt.items)]
            for sub, part in zip(lv.items, parts):
                self.store(sub, part)
            return
        raise self.error("cannot assign to %s" % type(lv).__name__, lv)

    def s_OperatorAssignmentStmt(self, s: OperatorAssignmentStmt) -> None:
        lv = s.lvalue
        if isinstance(lv, IndexExpr):
            base = self.expr(lv.base)
            idx = self.expr(lv.index)
            cur = self.load_item(lv, base, idx)
            new = self.binop(s.op, cur, self.expr(s.rvalue), s, lv_type=cur.type)
            self.store_item_values(lv, base, idx, new)
            return
        if isinstance(lv, MemberExpr):
            obj = self.expr(lv.expr)
            cur = self.load_attr(lv, obj)
            new = self.binop(s.op, cur, self.expr(s.rvalue), s, lv_type=cur.type)
            self.store_attr_value(lv, obj, new)
            return
        cur = self.expr(lv)
        new = self.binop(s.op, cur, self.expr(s.rvalue), s, lv_type=cur.type)
        self.store(lv, new)

    def s_ReturnStmt(self, s: ReturnStmt) -> None:
        value: Optional[Value] = None
        if s.expr is not None:
            value = self.coerce(self.expr(s.expr), self.graph.result)
            if self.finallies and isinstance(value, Variable):
                tmp = self.newvar(value.type, "ret")
                self.assign(tmp, value)
                value = tmp
        self.run_finallies(0)
        blk = self.ensure_block()
        if self.graph.result == L.Void:
            blk.exit = ("return", None)
        else:
            blk.exit = ("return", value)
        self.block = None

    def run_finallies(self, down_to: int) -> None:
        """Inline the bodies of enclosing `finally` clauses (innermost first)."""
        saved_f = self.finallies
        saved_h = self.handlers
        for i in range(len(saved_f) - 1, down_to - 1, -1):
            body, hdepth = saved_f[i]
            self.finallies = saved_f[:i]
            self.handlers = saved_h[:hdepth]
            self.stmts(body)  # type: ignore[arg-type]
        self.finallies = saved_f
        self.handlers = saved_h

    def s_BreakStmt(self, s: BreakStmt) -> None:
        loop = self.loops[-1]
        self.run_finallies(loop.finally_depth)
        self.goto(loop.brk)

    def s_ContinueStmt(self, s: ContinueStmt) -> None:
        loop = self.loops[-1]
        self.run_finallies(loop.finally_depth)
        self.goto(loop.cont)

    def s_AssertStmt(self, s: AssertStmt) -> None:
        ok = self.new_block("assert_ok")
        fail = self.new_block("assert_fail")
        self.branch(self.truth(s.expr), ok, fail)
        self.start(fail)
        msg: Value = Constant("", L.STR)
        if s.msg is not None:
            msg = self.expr(s.msg)
        self.rtcall("rt_raise_builtin_str", [Constant("RT_EXC_ASSERTION", L.Signed), msg], L.Void)
        self.emit("reraise_current", [], L.Void, None, canraise=True)
        self.block.exit = ("unreachable",)  # type: ignore[union-attr]
        self.block = None
        self.start(ok)

    def s_RaiseStmt(self, s: RaiseStmt) -> None:
        if s.expr is None:
            if not self.caught:
                raise self.error("bare `raise` outside an `except` clause", s)
            self.emit("raise", [self.caught[-1]], L.Void, None, canraise=True)
            self.ensure_block().exit = ("unreachable",)
            self.block = None
            return
        if s.from_expr is not None:
            raise self.error("`raise ... from` is not in the subset", s)
        e = s.expr
        if isinstance(e, RefExpr) and isinstance(e.node, TypeInfo):
            exc = self.instantiate(e.node, CallExpr(e, [], [], []), [])
        else:
            exc = self.expr(e)
        self.emit("raise", [exc], L.Void, None, canraise=True)
        blk = self.ensure_block()
        blk.exit = ("unreachable",)
        self.block = None

    def s_DelStmt(self, s: DelStmt) -> None:
        e = s.expr
        if isinstance(e, IndexExpr):
            base = self.expr(e.base)
            bt = base.type
            if isinstance(e.index, SliceExpr) and isinstance(bt, L.ListT):
                start, stop = self.slice_bounds(e.index)  # type: ignore[attr-defined]
                empty = self.rtcall("rt_list_new", [Constant(0, L.Signed), Constant(False, L.Bool)], bt)
                self.rtcall("rt_list_setslice", [base, start, stop, empty], L.Void)
                return
            if isinstance(bt, L.DictT):
                self.dict_call("rt_dict_delitem", base, [self.word(self.expr(e.index), bt.k)], L.Void)
                return
            if isinstance(bt, L.ListT):
                self.rtcall("rt_list_delitem", [base, self.expr(e.index)], L.Void, canraise=True)
                return
        raise self.error("`del` supports only d[k] and l[i]", s)

    # ---- control flow ------------------------------------------------------------------
    def s_IfStmt(self, s: IfStmt) -> None:
        after = self.new_block("endif")
        for cond, body in zip(s.expr, s.body):
            yes = self.new_block("then")
            no = self.new_block("else")
            self.branch(self.truth(cond), yes, no)
            self.start(yes)
            self.stmts(body.body)
            self.goto(after)
            self.start(no)
        if s.else_body is not None:
            self.stmts(s.else_body.body)
        self.goto(after)
        self.start(after)

    def s_WhileStmt(self, s: WhileStmt) -> None:
        head = self.new_block("while")
        body = self.new_block("wbody")
        orelse = self.new_block("welse")
        after = self.new_block("wend")
        self.goto(head)
        self.start(head)
        self.branch(self.truth(s.expr), body, orelse)
        self.start(body)
        self.loops.append(LoopCtx(head, after, len(self.finallies)))
        self.stmts(s.body.body)
        self.loops.pop()
        self.goto(head)
        self.start(orelse)
        if s.else_body is not None:
            self.stmts(s.else_body.body)
        self.goto(after)
        self.start(after)

    def s_ForStmt(self, s: ForStmt) -> None:
        from pypy27.translator.lower.forloops import lower_for
        lower_for(self, s)  # type: ignore[arg-type]

    def loop_body(self, s: ForStmt, cont: Block, brk: Block) -> None:
        self.loops.append(LoopCtx(cont, brk, len(self.finallies)))
        self.stmts(s.body.body)
        self.loops.pop()

    # ---- exceptions ------------------------------------------------------------------
    def s_TryStmt(self, s: TryStmt) -> None:
        if s.finally_body is not None:
            self.try_finally(s)
        else:
            self.try_except(s)

    def try_finally(self, s: TryStmt) -> None:
        assert s.finally_body is not None
        handler = self.new_block("finally_exc")
        after = self.new_block("finally_end")
        depth = len(self.handlers)
        self.handlers.append(handler)
        self.finallies.append((s.finally_body.body, depth))  # type: ignore[arg-type]
        if s.handlers:
            self.try_except(s)
        else:
            self.stmts(s.body.body)
        self.finallies.pop()
        self.handlers.pop()
        self.stmts(s.finally_body.body)     # normal exit
        self.goto(after)
        self.start(handler)                 # exceptional exit
        exc = self.emit("exc_fetch", [], L.InstT(self.prog.root))
        self.stmts(s.finally_body.body)
        self.emit("raise", [exc], L.Void, None, canraise=True)
        if self.block is not None:
            self.block.exit = ("unreachable",)
            self.block = None
        self.start(after)

    def try_except(self, s: TryStmt) -> None:
        handler = self.new_block("except")
        after = self.new_block("try_end")
        self.handlers.append(handler)
        self.stmts(s.body.body)
        self.handlers.pop()
        if s.else_body is not None:
            self.stmts(s.else_body.body)
        self.goto(after)
        self.start(handler)
        exc = self.emit("exc_fetch", [], L.InstT(self.prog.root))
        for typ, var, body in zip(s.types, s.vars, s.handlers):
            match = self.new_block("catch")
            nomatch = self.new_block("nocatch")
            if typ is None:
                self.goto(match)
            else:
                self.branch(self.exc_matches(exc, typ), match, nomatch)
            self.start(match)
            if var is not None:
                assert isinstance(var.node, Var)
                if id(var.node) not in self.vars and typ is not None:
                    # mypy marks the name deleted after the handler: type it from the clause
                    t = self.t(typ) if not isinstance(typ, TupleExpr) else exc.type
                    if isinstance(t, L.FuncT) or not L.is_ref(t):
                        t = exc.type
                    v = self.newvar(t, "exc_" + var.name)
                    self.vars[id(var.node)] = v
                self.assign(self.local(var.node, var), exc)
            self.caught.append(exc)        # for a bare `raise` in the handler
            self.stmts(body.body)
            self.caught.pop()
            self.goto(after)
            self.start(nomatch)
        if self.block is not None:
            self.emit("raise", [exc], L.Void, None, canraise=True)
            self.ensure_block().exit = ("unreachable",)
            self.block = None
        self.start(after)

    def exc_matches(self, exc: Value, typ: Expression) -> Value:
        classes: list[TypeInfo] = []
        items = typ.items if isinstance(typ, TupleExpr) else [typ]
        for it in items:
            if not (isinstance(it, RefExpr) and isinstance(it.node, TypeInfo)):
                raise self.error("`except` needs exception classes", typ)
            classes.append(it.node)
        result: Optional[Value] = None
        for info in classes:
            cd = self.prog.classdesc(info)
            test = self.emit("instanceof", [exc], L.Bool, cd)
            result = test if result is None else self.emit("bool_or", [result, test], L.Bool)
        assert result is not None
        return result

    def s_WithStmt(self, s: WithStmt) -> None:
        # with A() as a: body  ==  a = A.__enter__(); try: body finally: A.__exit__(None, None, None)
        if all(isinstance(e, CallExpr) and isinstance(e.callee, RefExpr)
               and e.callee.fullname == "pypy27.support.objectmodel.stack_guard" for e in s.expr):
            self.stmts(s.body.body)     # host-only guard; translated code checks the stack itself
            return
        mgrs: list[Value] = []
        for e, t in zip(s.expr, s.target):
            mgr = self.expr(e)
            entered = self.call_method_value(mgr, "__enter__", [], s)
            if t is not None:
                self.store(t, entered)
            mgrs.append(mgr)
        handler = self.new_block("with_exc")
        after = self.new_block("with_end")
        depth = len(self.handlers)
        exit_stmts = [("__with_exit__", m) for m in reversed(mgrs)]
        self.handlers.append(handler)
        self.finallies.append((exit_stmts, depth))  # type: ignore[arg-type]
        self.stmts(s.body.body)
        self.finallies.pop()
        self.handlers.pop()
        self.with_exit(mgrs)
        self.goto(after)
        self.start(handler)
        exc = self.emit("exc_fetch", [], L.InstT(self.prog.root))
        self.with_exit(mgrs)
        self.emit("raise", [exc], L.Void, None, canraise=True)
        if self.block is not None:
            self.block.exit = ("unreachable",)
            self.block = None
        self.start(after)

    def with_exit(self, mgrs: list[Value]) -> None:
        for m in reversed(mgrs):
            none = Constant(None, L.NONE)
            self.call_method_value(m, "__exit__", [none, none, none], None)
