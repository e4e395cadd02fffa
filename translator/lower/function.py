"""Lowering of one function (mypy's typed AST) into an IR graph."""
from __future__ import annotations

from pypy27.translator.classes import SubsetError
from pypy27.translator.ir.model import Graph
from pypy27.translator.lower.calls import CallLowerer
from pypy27.translator.program import FuncDesc, Program


class FunctionLowerer(CallLowerer):
    """Statements (stmts.py), expressions (exprs.py) and calls (calls.py) together."""


def lower_function(prog: Program, fd: FuncDesc) -> Graph:
    fl = FunctionLowerer(prog, fd)
    try:
        fl.lower_body()
    except SubsetError as e:
        if not e.path:          # raised below the lowering: locate it at the current line
            raise SubsetError(e.msg, fl.path, fl.line) from e
        raise
    return fl.graph
