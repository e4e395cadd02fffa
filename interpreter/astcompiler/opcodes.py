"""The bytecode instruction set: CPython 2.7's opcodes plus our own extras.

Numbers, names, ``HAVE_ARGUMENT`` and the jump classification are those of the
2.7 ``opcode`` module (documented facts); code objects we produce must be
byte-compatible with 2.7's so that the interpreter can be checked against it.

Extra opcodes (numbers >= 200, never produced by 2.7):

* ``LOOKUP_METHOD`` / ``CALL_METHOD``: ``obj.meth(args)`` without building a
  bound-method object (docs/compiler.md, interpreter/pyopcode_method.py).
  Emitted only when ``options.method_calls`` is set (the interpreter does),
  so the compiler's default output stays identical to 2.7.
"""

HAVE_ARGUMENT = 90   # opcodes >= this take a 16-bit argument
EXTENDED_ARG_SHIFT = 16

OPNAMES: list[str] = ["<%d>" % _i for _i in range(256)]
OPMAP: dict[str, int] = {}


def _def(name: str, num: int) -> int:
    OPNAMES[num] = name
    OPMAP[name] = num
    return num


STOP_CODE = _def("STOP_CODE", 0)
POP_TOP = _def("POP_TOP", 1)
ROT_TWO = _def("ROT_TWO", 2)
ROT_THREE = _def("ROT_THREE", 3)
DUP_TOP = _def("DUP_TOP", 4)
ROT_FOUR = _def("ROT_FOUR", 5)
NOP = _def("NOP", 9)
UNARY_POSITIVE = _def("UNARY_POSITIVE", 10)
UNARY_NEGATIVE = _def("UNARY_NEGATIVE", 11)
UNARY_NOT = _def("UNARY_NOT", 12)
UNARY_CONVERT = _def("UNARY_CONVERT", 13)
UNARY_INVERT = _def("UNARY_INVERT", 15)
BINARY_POWER = _def("BINARY_POWER", 19)
BINARY_MULTIPLY = _def("BINARY_MULTIPLY", 20)
BINARY_DIVIDE = _def("BINARY_DIVIDE", 21)
BINARY_MODULO = _def("BINARY_MODULO", 22)
BINARY_ADD = _def("BINARY_ADD", 23)
BINARY_SUBTRACT = _def("BINARY_SUBTRACT", 24)
BINARY_SUBSCR = _def("BINARY_SUBSCR", 25)
BINARY_FLOOR_DIVIDE = _def("BINARY_FLOOR_DIVIDE", 26)
BINARY_TRUE_DIVIDE = _def("BINARY_TRUE_DIVIDE", 27)
INPLACE_FLOOR_DIVIDE = _def("INPLACE_FLOOR_DIVIDE", 28)
INPLACE_TRUE_DIVIDE = _def("INPLACE_TRUE_DIVIDE", 29)
SLICE = _def("SLICE+0", 30)          # SLICE+n: n = 1 lower, 2 upper, 3 both
_def("SLICE+1", 31)
_def("SLICE+2", 32)
_def("SLICE+3", 33)
STORE_SLICE = _def("STORE_SLICE+0", 40)
_def("STORE_SLICE+1", 41)
_def("STORE_SLICE+2", 42)
_def("STORE_SLICE+3", 43)
DELETE_SLICE = _def("DELETE_SLICE+0", 50)
_def("DELETE_SLICE+1", 51)
_def("DELETE_SLICE+2", 52)
_def("DELETE_SLICE+3", 53)
STORE_MAP = _def("STORE_MAP", 54)
INPLACE_ADD = _def("INPLACE_ADD", 55)
INPLACE_SUBTRACT = _def("INPLACE_SUBTRACT", 56)
INPLACE_MULTIPLY = _def("INPLACE_MULTIPLY", 57)
INPLACE_DIVIDE = _def("INPLACE_DIVIDE", 58)
INPLACE_MODULO = _def("INPLACE_MODULO", 59)
STORE_SUBSCR = _def("STORE_SUBSCR", 60)
DELETE_SUBSCR = _def("DELETE_SUBSCR", 61)
BINARY_LSHIFT = _def("BINARY_LSHIFT", 62)
BINARY_RSHIFT = _def("BINARY_RSHIFT", 63)
BINARY_AND = _def("BINARY_AND", 64)
BINARY_XOR = _def("BINARY_XOR", 65)
BINARY_OR = _def("BINARY_OR", 66)
INPLACE_POWER = _def("INPLACE_POWER", 67)
GET_ITER = _def("GET_ITER", 68)
PRINT_EXPR = _def("PRINT_EXPR", 70)
PRINT_ITEM = _def("PRINT_ITEM", 71)
PRINT_NEWLINE = _def("PRINT_NEWLINE", 72)
PRINT_ITEM_TO = _def("PRINT_ITEM_TO", 73)
PRINT_NEWLINE_TO = _def("PRINT_NEWLINE_TO", 74)
INPLACE_LSHIFT = _def("INPLACE_LSHIFT", 75)
INPLACE_RSHIFT = _def("INPLACE_RSHIFT", 76)
INPLACE_AND = _def("INPLACE_AND", 77)
INPLACE_XOR = _def("INPLACE_XOR", 78)
INPLACE_OR = _def("INPLACE_OR", 79)
BREAK_LOOP = _def("BREAK_LOOP", 80)
WITH_CLEANUP = _def("WITH_CLEANUP", 81)
LOAD_LOCALS = _def("LOAD_LOCALS", 82)
RETURN_VALUE = _def("RETURN_VALUE", 83)
IMPORT_STAR = _def("IMPORT_STAR", 84)
EXEC_STMT = _def("EXEC_STMT", 85)
YIELD_VALUE = _def("YIELD_VALUE", 86)
POP_BLOCK = _def("POP_BLOCK", 87)
END_FINALLY = _def("END_FINALLY", 88)
BUILD_CLASS = _def("BUILD_CLASS", 89)
STORE_NAME = _def("STORE_NAME", 90)
DELETE_NAME = _def("DELETE_NAME", 91)
UNPACK_SEQUENCE = _def("UNPACK_SEQUENCE", 92)
FOR_ITER = _def("FOR_ITER", 93)
LIST_APPEND = _def("LIST_APPEND", 94)
STORE_ATTR = _def("STORE_ATTR", 95)
DELETE_ATTR = _def("DELETE_ATTR", 96)
STORE_GLOBAL = _def("STORE_GLOBAL", 97)
DELETE_GLOBAL = _def("DELETE_GLOBAL", 98)
DUP_TOPX = _def("DUP_TOPX", 99)
LOAD_CONST = _def("LOAD_CONST", 100)
LOAD_NAME = _def("LOAD_NAME", 101)
BUILD_TUPLE = _def("BUILD_TUPLE", 102)
BUILD_LIST = _def("BUILD_LIST", 103)
BUILD_SET = _def("BUILD_SET", 104)
BUILD_MAP = _def("BUILD_MAP", 105)
LOAD_ATTR = _def("LOAD_ATTR", 106)
COMPARE_OP = _def("COMPARE_OP", 107)
IMPORT_NAME = _def("IMPORT_NAME", 108)
IMPORT_FROM = _def("IMPORT_FROM", 109)
JUMP_FORWARD = _def("JUMP_FORWARD", 110)
JUMP_IF_FALSE_OR_POP = _def("JUMP_IF_FALSE_OR_POP", 111)
JUMP_IF_TRUE_OR_POP = _def("JUMP_IF_TRUE_OR_POP", 112)
JUMP_ABSOLUTE = _def("JUMP_ABSOLUTE", 113)
POP_JUMP_IF_FALSE = _def("POP_JUMP_IF_FALSE", 114)
POP_JUMP_IF_TRUE = _def("POP_JUMP_IF_TRUE", 115)
LOAD_GLOBAL = _def("LOAD_GLOBAL", 116)
CONTINUE_LOOP = _def("CONTINUE_LOOP", 119)
SETUP_LOOP = _def("SETUP_LOOP", 120)
SETUP_EXCEPT = _def("SETUP_EXCEPT", 121)
SETUP_FINALLY = _def("SETUP_FINALLY", 122)
LOAD_FAST = _def("LOAD_FAST", 124)
STORE_FAST = _def("STORE_FAST", 125)
DELETE_FAST = _def("DELETE_FAST", 126)
RAISE_VARARGS = _def("RAISE_VARARGS", 130)
CALL_FUNCTION = _def("CALL_FUNCTION", 131)
MAKE_FUNCTION = _def("MAKE_FUNCTION", 132)
BUILD_SLICE = _def("BUILD_SLICE", 133)
MAKE_CLOSURE = _def("MAKE_CLOSURE", 134)
LOAD_CLOSURE = _def("LOAD_CLOSURE", 135)
LOAD_DEREF = _def("LOAD_DEREF", 136)
STORE_DEREF = _def("STORE_DEREF", 137)
CALL_FUNCTION_VAR = _def("CALL_FUNCTION_VAR", 140)
CALL_FUNCTION_KW = _def("CALL_FUNCTION_KW", 141)
CALL_FUNCTION_VAR_KW = _def("CALL_FUNCTION_VAR_KW", 142)
SETUP_WITH = _def("SETUP_WITH", 143)
EXTENDED_ARG = _def("EXTENDED_ARG", 145)
SET_ADD = _def("SET_ADD", 146)
MAP_ADD = _def("MAP_ADD", 147)

# ---- our own opcodes (see the module docstring) ------------------------------
LOOKUP_METHOD = _def("LOOKUP_METHOD", 201)   # arg: name index; pushes 2 values
CALL_METHOD = _def("CALL_METHOD", 202)       # arg: number of positional args

# COMPARE_OP arguments, in 2.7's order.
CMP_OP = ["<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not",
          "exception match", "BAD"]
CMP_EXC_MATCH = 10


def _flags(names: list[str]) -> list[bool]:
    table = [False] * 256
    for n in names:
        table[OPMAP[n]] = True
    return table


# Argument kinds (what an opcode's argument indexes), like 2.7's has* lists.
HAS_CONST = _flags(["LOAD_CONST"])
HAS_NAME = _flags(["STORE_NAME", "DELETE_NAME", "STORE_ATTR", "DELETE_ATTR",
                   "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME", "LOAD_ATTR",
                   "IMPORT_NAME", "IMPORT_FROM", "LOAD_GLOBAL", "LOOKUP_METHOD"])
HAS_JREL = _flags(["FOR_ITER", "JUMP_FORWARD", "SETUP_LOOP", "SETUP_EXCEPT",
                   "SETUP_FINALLY", "SETUP_WITH"])
HAS_JABS = _flags(["JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP",
                   "JUMP_ABSOLUTE", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
                   "CONTINUE_LOOP"])
HAS_LOCAL = _flags(["LOAD_FAST", "STORE_FAST", "DELETE_FAST"])
HAS_FREE = _flags(["LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF"])
HAS_COMPARE = _flags(["COMPARE_OP"])


def has_arg(op: int) -> bool:
    return op >= HAVE_ARGUMENT


def is_jump(op: int) -> bool:
    return HAS_JREL[op] or HAS_JABS[op]


def _nargs(oparg: int) -> int:
    """Values popped for the arguments of a CALL_FUNCTION-style oparg:
    low byte positional, high byte keyword pairs."""
    return (oparg & 0xff) + 2 * ((oparg >> 8) & 0xff)


# Fixed stack effects; None-like sentinel 99 marks opcodes computed from oparg.
_VARIES = 99
_EFFECT = [_VARIES] * 256


def _eff(n: int, names: list[str]) -> None:
    for name in names:
        _EFFECT[OPMAP[name]] = n


_eff(0, ["NOP", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "UNARY_POSITIVE",
         "UNARY_NEGATIVE", "UNARY_NOT", "UNARY_CONVERT", "UNARY_INVERT",
         "SLICE+0", "GET_ITER", "PRINT_NEWLINE", "BREAK_LOOP", "YIELD_VALUE",
         "POP_BLOCK", "DELETE_NAME", "DELETE_GLOBAL", "LOAD_ATTR",
         "JUMP_FORWARD", "JUMP_IF_TRUE_OR_POP", "JUMP_IF_FALSE_OR_POP",
         "JUMP_ABSOLUTE", "CONTINUE_LOOP", "SETUP_LOOP", "SETUP_EXCEPT",
         "SETUP_FINALLY", "DELETE_FAST", "STOP_CODE", "EXTENDED_ARG",
         "LOOKUP_METHOD"])
_eff(1, ["DUP_TOP", "LOAD_LOCALS", "LOAD_CONST", "LOAD_NAME", "BUILD_MAP",
         "IMPORT_FROM", "LOAD_GLOBAL", "LOAD_FAST", "LOAD_CLOSURE",
         "LOAD_DEREF", "FOR_ITER"])
_eff(-1, ["POP_TOP", "SET_ADD", "LIST_APPEND", "SLICE+1", "SLICE+2",
          "DELETE_SLICE+0", "PRINT_EXPR", "PRINT_ITEM", "PRINT_NEWLINE_TO",
          "WITH_CLEANUP", "RETURN_VALUE", "IMPORT_STAR", "STORE_NAME",
          "DELETE_ATTR", "STORE_GLOBAL", "COMPARE_OP", "IMPORT_NAME",
          "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "STORE_FAST",
          "STORE_DEREF"])
_eff(-2, ["MAP_ADD", "SLICE+3", "STORE_SLICE+0", "DELETE_SLICE+1",
          "DELETE_SLICE+2", "STORE_MAP", "DELETE_SUBSCR", "PRINT_ITEM_TO",
          "BUILD_CLASS", "STORE_ATTR"])
_eff(-3, ["STORE_SLICE+1", "STORE_SLICE+2", "DELETE_SLICE+3", "STORE_SUBSCR",
          "EXEC_STMT", "END_FINALLY"])
_eff(-4, ["STORE_SLICE+3"])
_eff(4, ["SETUP_WITH"])
for _op in range(256):
    if OPNAMES[_op].startswith("BINARY_") or OPNAMES[_op].startswith("INPLACE_"):
        _EFFECT[_op] = -1


def standard_opcode(op: int) -> int:
    """The 2.7 opcode one of ours stands for (LOOKUP_METHOD: LOAD_ATTR,
    CALL_METHOD: CALL_FUNCTION; same argument, same size); others as they are."""
    if op == LOOKUP_METHOD:
        return LOAD_ATTR
    if op == CALL_METHOD:
        return CALL_FUNCTION
    return op


def stack_effect(op: int, oparg: int) -> int:
    """Net change of the value stack depth, as 2.7's compiler counts it
    (for SETUP_* the handler's extra entries are added by the depth walk)."""
    e = _EFFECT[op]
    if e != _VARIES:
        return e
    if op == UNPACK_SEQUENCE:
        return oparg - 1
    if op == DUP_TOPX:
        return oparg
    if op == BUILD_TUPLE or op == BUILD_LIST or op == BUILD_SET:
        return 1 - oparg
    if op == RAISE_VARARGS:
        return -oparg
    if op == CALL_FUNCTION:
        return -_nargs(oparg)
    if op == CALL_FUNCTION_VAR or op == CALL_FUNCTION_KW:
        return -_nargs(oparg) - 1
    if op == CALL_FUNCTION_VAR_KW:
        return -_nargs(oparg) - 2
    if op == CALL_METHOD:
        # counted as the CALL_FUNCTION it stands for (and LOOKUP_METHOD as
        # LOAD_ATTR): co_stacksize stays 2.7's; the frame adds the slot
        # each pending method call really takes (PyCode.method_depth)
        return -_nargs(oparg)
    if op == MAKE_FUNCTION:
        return -oparg
    if op == MAKE_CLOSURE:
        return -oparg - 1
    if op == BUILD_SLICE:
        return -2 if oparg == 3 else -1
    raise ValueError("stack_effect: unknown opcode %d" % op)
