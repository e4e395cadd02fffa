"""The instruction set and compiled code objects.

An instruction is two ints in Code.ops: the opcode and its argument (0 when
unused), so pc always advances by 2."""
from typing import Optional

from pypy27.translator.examples.toylang.values import Value

LOAD_CONST = 0      # push consts[arg]
LOAD_LOCAL = 1      # push locals[arg]
STORE_LOCAL = 2     # locals[arg] = pop
POP = 3
ADD = 4
SUB = 5
MUL = 6
DIV = 7
MOD = 8
NEG = 9
EQ = 10
NE = 11
LT = 12
LE = 13
GT = 14
GE = 15
JUMP = 16           # pc = arg
JUMP_IF_FALSE = 17  # pop; if false: pc = arg
CALL = 18           # call callsites[arg]; pops its arguments, pushes the result
BUILTIN = 19        # call builtin number arg (one argument)
PRINT = 20          # pop arg values, print them separated by spaces
RETURN = 21         # return pop

OPNAMES = ["LOAD_CONST", "LOAD_LOCAL", "STORE_LOCAL", "POP", "ADD", "SUB", "MUL",
           "DIV", "MOD", "NEG", "EQ", "NE", "LT", "LE", "GT", "GE", "JUMP",
           "JUMP_IF_FALSE", "CALL", "BUILTIN", "PRINT", "RETURN"]

# net stack effect of each opcode, for computing Code.maxstack (PRINT and
# CALL depend on their argument and are handled by the compiler)
STACK_EFFECT = [1, 1, -1, -1, -1, -1, -1, -1, -1, 0, -1, -1, -1, -1, -1, -1, 0,
                -1, 0, 0, 0, -1]

BUILTIN_STR = 0
BUILTIN_LEN = 1
BUILTIN_INT = 2
BUILTINS = {"str": BUILTIN_STR, "len": BUILTIN_LEN, "int": BUILTIN_INT}


class Code:
    name: str
    ops: list[int]
    lines: list[int]                # source line of each instruction (ops index // 2)
    consts: list[Value]
    localnames: list[str]           # parameters first
    nparams: int
    maxstack: int
    callsites: list["CallSite"]

    def __init__(self, name: str, nparams: int) -> None:
        self.name = name
        self.ops = []
        self.lines = []
        self.consts = []
        self.localnames = []
        self.nparams = nparams
        self.maxstack = 0
        self.callsites = []

    def line_at(self, pc: int) -> int:
        """Source line of the instruction at pc (an ops index)."""
        i = pc // 2
        if 0 <= i and i < len(self.lines):
            return self.lines[i]
        return 0

    def disassemble(self) -> str:
        out: list[str] = []
        pc = 0
        while pc < len(self.ops):
            out.append("%d %s %d" % (pc, OPNAMES[self.ops[pc]], self.ops[pc + 1]))
            pc += 2
        return "\n".join(out)


class CallSite:
    """A call of a user function by name; linked to its Code once the whole
    program is compiled (functions may be defined after their callers)."""
    name: str
    argc: int
    line: int
    target: Optional[Code]

    def __init__(self, name: str, argc: int, line: int) -> None:
        self.name = name
        self.argc = argc
        self.line = line
        self.target = None


class Program:
    main: Code
    functions: dict[str, Code]

    def __init__(self, main: Code, functions: dict[str, Code]) -> None:
        self.main = main
        self.functions = functions
