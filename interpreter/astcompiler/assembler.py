"""Basic blocks, and turning them into bytecode.

The code generator appends instructions to basic blocks; jumps name their
target block.  The blocks are laid out in the order they were started (2.7
does the same: its depth-first order over the fall-through chain amounts to
that), jump arguments are resolved (growing EXTENDED_ARG prefixes where an
argument needs more than 16 bits), and co_lnotab is built.  The stack depth
is computed on the blocks, before the peephole pass, as 2.7 does.
"""
from typing import Optional

from pypy27.interpreter.astcompiler import opcodes as op


class Instr(object):
    opcode: int
    arg: int
    target: Optional["Block"]   # for jumps
    lineno: int                 # 0: no new line starts here

    def __init__(self, opcode: int, arg: int, target: Optional["Block"],
                 lineno: int) -> None:
        self.opcode = opcode
        self.arg = arg
        self.target = target
        self.lineno = lineno

    def size(self) -> int:
        if self.opcode < op.HAVE_ARGUMENT:
            return 1
        if self.arg > 0xffff:
            return 6
        return 3


class Block(object):
    instrs: list[Instr]
    next: Optional["Block"]     # fall-through successor in layout order
    offset: int
    has_return: bool            # ends with RETURN_VALUE
    used: bool                  # placed in the layout
    # for the stack depth walk
    seen: bool
    startdepth: int

    def __init__(self) -> None:
        self.instrs = []
        self.next = None
        self.offset = 0
        self.has_return = False
        self.used = False
        self.seen = False
        self.startdepth = -(1 << 30)


# ---- stack depth -------------------------------------------------------------

class _DepthFrame(object):
    block: Block
    index: int
    depth: int
    stop: bool          # an unconditional jump ended the block's walk
    did_next: bool

    def __init__(self, block: Block, depth: int) -> None:
        self.block = block
        self.index = 0
        self.depth = depth
        self.stop = False
        self.did_next = False


def _enter(stack: list[_DepthFrame], b: Block, depth: int) -> None:
    if b.seen or b.startdepth >= depth:
        return
    b.seen = True
    b.startdepth = depth
    stack.append(_DepthFrame(b, depth))


def stack_depth(entry: Block, blocks: list[Block]) -> int:
    """The maximal value stack depth, following every path through the
    blocks as 2.7 does (an exception handler is entered with 3 more values;
    the walk is an explicit stack instead of recursion)."""
    for b in blocks:
        b.seen = False
        b.startdepth = -(1 << 30)
    maxdepth = 0
    stack: list[_DepthFrame] = []
    _enter(stack, entry, 0)
    while stack:
        f = stack[-1]
        b = f.block
        if not f.stop and f.index < len(b.instrs):
            instr = b.instrs[f.index]
            f.index += 1
            f.depth += op.stack_effect(instr.opcode, instr.arg)
            if f.depth > maxdepth:
                maxdepth = f.depth
            target = instr.target
            if target is not None:
                o = instr.opcode
                target_depth = f.depth
                if o == op.FOR_ITER:
                    target_depth = f.depth - 2
                elif o == op.SETUP_FINALLY or o == op.SETUP_EXCEPT:
                    target_depth = f.depth + 3
                    if target_depth > maxdepth:
                        maxdepth = target_depth
                elif o == op.JUMP_IF_TRUE_OR_POP or o == op.JUMP_IF_FALSE_OR_POP:
                    f.depth -= 1
                if o == op.JUMP_ABSOLUTE or o == op.JUMP_FORWARD:
                    f.stop = True       # what follows is not reached from here
                _enter(stack, target, target_depth)
            continue
        if not f.stop and not f.did_next and b.next is not None:
            f.did_next = True
            _enter(stack, b.next, f.depth)
            continue
        b.seen = False
        stack.pop()
    return maxdepth


# ---- layout, jumps, line numbers ---------------------------------------------

def resolve_jumps(blocks: list[Block]) -> None:
    """Give each block its offset and each jump its argument; repeat while
    an argument changes size (EXTENDED_ARG)."""
    last_extended = -1
    while True:
        total = 0
        for b in blocks:
            b.offset = total
            for instr in b.instrs:
                total += instr.size()
        extended = 0
        for b in blocks:
            pos = b.offset
            for instr in b.instrs:
                pos += instr.size()
                target = instr.target
                if target is None:
                    continue
                if op.HAS_JABS[instr.opcode]:
                    instr.arg = target.offset
                else:
                    instr.arg = target.offset - pos
                if instr.arg > 0xffff:
                    extended += 1
        if extended == last_extended:
            return
        last_extended = extended


class LnotabBuilder(object):
    """co_lnotab: pairs (bytecode delta, line delta), both unsigned bytes;
    bigger deltas are split into several pairs."""
    out: list[str]
    lineno: int
    offset: int

    def __init__(self, firstlineno: int) -> None:
        self.out = []
        self.lineno = firstlineno
        self.offset = 0

    def add(self, offset: int, lineno: int) -> None:
        d_bytecode = offset - self.offset
        d_lineno = lineno - self.lineno
        if d_bytecode == 0 and d_lineno == 0:
            return
        while d_bytecode > 255:
            self.out.append(chr(255))
            self.out.append(chr(0))
            d_bytecode -= 255
        if d_lineno > 255:
            # the first pair also carries the remaining bytecode delta
            self.out.append(chr(d_bytecode))
            self.out.append(chr(255))
            d_bytecode = 0
            d_lineno -= 255
            while d_lineno > 255:
                self.out.append(chr(0))
                self.out.append(chr(255))
                d_lineno -= 255
        self.out.append(chr(d_bytecode))
        self.out.append(chr(d_lineno & 0xff))
        self.lineno = lineno
        self.offset = offset

    def result(self) -> str:
        return "".join(self.out)


def emit(blocks: list[Block], firstlineno: int) -> tuple[list[int], str]:
    """The bytecode (as a list of byte values) and co_lnotab."""
    code: list[int] = []
    lnotab = LnotabBuilder(firstlineno)
    for b in blocks:
        for instr in b.instrs:
            if instr.lineno:
                lnotab.add(len(code), instr.lineno)
            arg = instr.arg
            if instr.opcode >= op.HAVE_ARGUMENT and arg > 0xffff:
                code.append(op.EXTENDED_ARG)
                code.append((arg >> 16) & 0xff)
                code.append((arg >> 24) & 0xff)
            code.append(instr.opcode)
            if instr.opcode >= op.HAVE_ARGUMENT:
                code.append(arg & 0xff)
                code.append((arg >> 8) & 0xff)
    return code, lnotab.result()
