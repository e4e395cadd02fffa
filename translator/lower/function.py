"""Lowering of one function (mypy's typed AST) into an IR graph."""
from __future__ import annotations

from pypy27.translator.ir.model import Graph
from pypy27.translator.lower.calls import CallLowerer
from pypy27.translator.program import FuncDesc, Program


class FunctionLowerer(CallLowerer):
    """Statements (stmts.py), expressions (exprs.py) and calls (calls.py) together."""


def lower_function(prog: Program, fd: FuncDesc) -> Graph:
    fl = FunctionLowerer(prog, fd)
    fl.lower_body()
    return fl.graph
