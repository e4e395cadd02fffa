"""Emission helpers shared by statement and expression lowering."""
from __future__ import annotations

from typing import Optional

from mypy.nodes import Context, Var

from pypy27.translator import lltypes as L
from pypy27.translator.classes import SubsetError
from pypy27.translator.ir.model import Block, Constant, Graph, Op, Value, Variable
from pypy27.translator.program import FuncDesc, Program


class LoopCtx:
    def __init__(self, cont: Block, brk: Block, finally_depth: int) -> None:
        self.cont = cont
        self.brk = brk
        self.finally_depth = finally_depth


class Builder:
    def __init__(self, prog: Program, fd: FuncDesc) -> None:
        self.prog = prog
        self.fd = fd
        self.path = prog.path_of(fd.fdef)
        assert fd.sig is not None
        args = [Variable(a.variable.name, t) for a, t in zip(fd.fdef.arguments, fd.sig.args)]
        self.graph = Graph(fd.fdef.fullname, fd.c_name, args, fd.sig.result)
        self.graph.source = (self.path, fd.fdef.line)
        self.block: Optional[Block] = self.graph.new_block("start")
        self.vars: dict[int, Variable] = {}
        for a, v in zip(fd.fdef.arguments, args):
            self.vars[id(a.variable)] = v
        self.handlers: list[Optional[Block]] = [None]
        self.loops: list[LoopCtx] = []
        # bodies of enclosing `finally` clauses, with the handler depth they run at
        self.finallies: list[tuple[list[object], int]] = []
        self.ntmp = 0
        self.caught: list[Value] = []        # exceptions being handled (innermost last)
        self.line = fd.fdef.line

    # ---- errors -----------------------------------------------------------------
    def error(self, msg: str, ctx: Optional[Context] = None) -> SubsetError:
        return SubsetError(msg, self.path, ctx.line if ctx is not None else self.line)

    # ---- variables ------------------------------------------------------------------
    def newvar(self, t: L.LLType, hint: str = "v") -> Variable:
        self.ntmp += 1
        v = Variable("%s%d" % (hint, self.ntmp), t)
        self.graph.locals.append(v)
        return v

    def local(self, var: Var, ctx: Context) -> Variable:
        v = self.vars.get(id(var))
        if v is None:
            if var.type is None:
                raise self.error("cannot infer the type of %r" % var.name, ctx)
            v = Variable("l_" + var.name + "_%d" % len(self.vars), self.prog.lltype(var.type, self.path, ctx.line))
            self.graph.locals.append(v)
            self.vars[id(var)] = v
        return v

    # ---- emission ---------------------------------------------------------------
    def ensure_block(self) -> Block:
        if self.block is None:            # code after return/raise/break: unreachable
            self.block = self.graph.new_block("dead")
        return self.block

    def emit(self, opname: str, args: list[Value], restype: L.LLType = L.Void,
             extra: object = None, canraise: bool = False) -> Variable:
        blk = self.ensure_block()
        res = self.newvar(restype) if restype != L.Void else None
        op = Op(opname, args, res, extra, canraise)
        if canraise:
            op.handler = self.handlers[-1]
        blk.ops.append(op)
        return res if res is not None else Variable("_void", L.Void)

    def rtcall(self, fname: str, args: list[Value], restype: L.LLType = L.Void,
               canraise: bool = False) -> Variable:
        """Call of a C runtime helper (translator/c/runtime)."""
        return self.emit("rtcall", args, restype, fname, canraise)

    def goto(self, target: Block) -> None:
        if self.block is not None:
            self.block.exit = ("goto", target)
            self.block = None

    def branch(self, cond: Value, iftrue: Block, iffalse: Block) -> None:
        blk = self.ensure_block()
        blk.exit = ("branch", cond, iftrue, iffalse)
        self.block = None

    def new_block(self, hint: str = "b") -> Block:
        return self.graph.new_block(hint)

    def start(self, b: Block) -> None:
        self.block = b

    def assign(self, target: Variable, value: Value) -> None:
        value = self.coerce(value, target.type)
        self.ensure_block().ops.append(Op("same_as", [value], target))

    # ---- conversions -------------------------------------------------------------
    def coerce(self, v: Value, to: L.LLType) -> Value:
        """Implicit conversions mypy allows: bool -> int -> float."""
        frm = v.type
        if frm == to or to == L.Void:
            return v
        if to == L.Float and frm in (L.Signed, L.Bool):
            if isinstance(v, Constant):
                return Constant(float(v.value), L.Float)  # type: ignore[arg-type]
            return self.emit("cast_int_to_float", [v], L.Float)
        if to == L.Signed and frm == L.Bool:
            if isinstance(v, Constant):
                return Constant(int(v.value), L.Signed)  # type: ignore[call-overload]
            return self.emit("cast_bool_to_int", [v], L.Signed)
        if L.is_ref(to) and L.is_ref(frm):
            if isinstance(v, Constant) and v.value is None:
                return Constant(None, to)
            return v          # all GC pointers share one C representation per kind
        if isinstance(to, L.FuncT) and isinstance(frm, L.FuncT):
            return v
        raise self.error("cannot convert %s to %s" % (frm, to))
