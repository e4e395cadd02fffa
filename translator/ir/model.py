"""The intermediate representation: typed low-level control-flow graphs.

A Graph is a list of Blocks over typed Variables (registers; a variable may be
assigned in several blocks — the IR is not SSA). A Block is a straight list of
Ops and ends with one terminator. An Op that can raise names the block that
handles its exception (`handler`); None means "propagate to the caller".
The operation set is documented in docs/ir.md; the C backend and, later, the
JIT's code writer read these graphs.
"""
from __future__ import annotations

from typing import Optional, Union

from pypy27.translator.lltypes import LLType


class Variable:
    def __init__(self, name: str, type: LLType) -> None:
        self.name = name
        self.type = type

    def __repr__(self) -> str:
        return "%%%s" % self.name


class Constant:
    """A compile-time value: int/float/bool/str/None, or a prebuilt host object
    (instance, list, dict, tuple) frozen into static data, or a function."""

    def __init__(self, value: object, type: LLType) -> None:
        self.value = value
        self.type = type

    def __repr__(self) -> str:
        return "$%r" % (self.value,)


Value = Union[Variable, Constant]


class Op:
    def __init__(self, opname: str, args: list[Value], result: Optional[Variable],
                 extra: object = None, canraise: bool = False) -> None:
        self.opname = opname
        self.args = args
        self.result = result
        self.extra = extra          # op-specific static data (field name, callee, ...)
        self.canraise = canraise
        self.handler: Optional[Block] = None

    def __repr__(self) -> str:
        res = "%r = " % self.result if self.result is not None else ""
        extra = " [%s]" % (self.extra_repr(),) if self.extra is not None else ""
        h = ""
        if self.canraise:
            h = " !-> %s" % (self.handler.label if self.handler else "propagate")
        return "%s%s%s(%s)%s" % (res, self.opname, extra, ", ".join(map(repr, self.args)), h)

    def extra_repr(self) -> str:
        e = self.extra
        name = getattr(e, "name", None) or getattr(e, "c_name", None)
        return str(name) if name is not None else repr(e)


class Block:
    """Terminators (`exit`): ("goto", target), ("branch", cond, iftrue, iffalse),
    ("return", value-or-None), ("raise", exc-value), ("unreachable",)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.ops: list[Op] = []
        self.exit: Optional[tuple[object, ...]] = None

    def successors(self) -> list["Block"]:
        out: list[Block] = []
        if self.exit is not None:
            for x in self.exit[1:]:
                if isinstance(x, Block):
                    out.append(x)
        for op in self.ops:
            if op.handler is not None:
                out.append(op.handler)
        return out


class Graph:
    def __init__(self, name: str, c_name: str, args: list[Variable], result: LLType) -> None:
        self.name = name            # qualified Python name, for messages
        self.c_name = c_name
        self.args = args
        self.result = result
        self.blocks: list[Block] = []
        self.locals: list[Variable] = []
        self.source: tuple[str, int] = ("", 0)   # file, line

    def new_block(self, hint: str = "b") -> Block:
        b = Block("%s%d" % (hint, len(self.blocks)))
        self.blocks.append(b)
        return b

    def reachable_blocks(self) -> list[Block]:
        seen: dict[int, Block] = {}
        todo = [self.blocks[0]]
        while todo:
            b = todo.pop()
            if id(b) in seen:
                continue
            seen[id(b)] = b
            todo.extend(b.successors())
        return [b for b in self.blocks if id(b) in seen]


def dump_graph(g: Graph) -> str:
    lines = ["graph %s(%s) -> %r" % (g.name, ", ".join("%r: %r" % (a, a.type) for a in g.args), g.result)]
    for b in g.reachable_blocks():
        lines.append("  %s:" % b.label)
        for op in b.ops:
            lines.append("    %r" % op)
        ex = b.exit
        if ex is not None:
            parts = [str(ex[0])] + [x.label if isinstance(x, Block) else repr(x) for x in ex[1:]]
            lines.append("    " + " ".join(parts))
    return "\n".join(lines)
