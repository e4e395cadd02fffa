"""A canonical text listing of a code object and all code objects nested in it.

The same format is produced from CPython 2.7.18's code objects by
tests/compiler/record_dis.py, so comparing two listings compares every field
the interpreter depends on (co_filename excepted: it depends on the caller).
"""
from pypy27.interpreter.astcompiler import opcodes
from pypy27.interpreter.astcompiler.pycode import CodeObj, ConstCode

HEX = "0123456789abcdef"


def hex_bytes(s: str) -> str:
    out = []
    for ch in s:
        c = ord(ch)
        out.append(HEX[c >> 4] + HEX[c & 15])
    return "".join(out)


def _flags_hex(flags: int) -> str:
    digits = []
    for k in range(5):
        digits.append(HEX[(flags >> (4 * (4 - k))) & 15])
    return "0x" + "".join(digits)


def const_text(code: CodeObj, index: int) -> str:
    c = code.co_consts[index]
    if isinstance(c, ConstCode):
        return "<code " + c.code.co_name + ">"
    return c.repr27()


def disassemble_one(code: CodeObj, out: list[str]) -> None:
    out.append("code " + code.co_name)
    out.append("firstlineno " + str(code.co_firstlineno))
    out.append("argcount " + str(code.co_argcount) + " nlocals "
               + str(code.co_nlocals) + " stacksize " + str(code.co_stacksize)
               + " flags " + _flags_hex(code.co_flags))
    out.append("names " + " ".join(code.co_names))
    out.append("varnames " + " ".join(code.co_varnames))
    out.append("freevars " + " ".join(code.co_freevars))
    out.append("cellvars " + " ".join(code.co_cellvars))
    out.append("lnotab " + hex_bytes(code.co_lnotab))
    out.append("consts")
    for i in range(len(code.co_consts)):
        out.append("  " + str(i) + " " + const_text(code, i))
    out.append("code")
    s = code.co_code
    i = 0
    extended = 0
    free = code.co_cellvars + code.co_freevars
    while i < len(s):
        op = ord(s[i])
        pos = str(i)
        line = " " * (6 - len(pos)) + pos + " " + opcodes.OPNAMES[op]
        start = i
        i += 1
        if op >= opcodes.HAVE_ARGUMENT and i + 1 < len(s):
            arg = ord(s[i]) + ord(s[i + 1]) * 256 + extended
            extended = 0
            i += 2
            line += " " + str(arg)
            if op == opcodes.EXTENDED_ARG:
                extended = arg * 65536
            elif opcodes.HAS_CONST[op]:
                line += " (" + (const_text(code, arg) if arg < len(code.co_consts) else "?") + ")"
            elif opcodes.HAS_NAME[op]:
                line += " (" + (code.co_names[arg] if arg < len(code.co_names) else "?") + ")"
            elif opcodes.HAS_LOCAL[op]:
                line += " (" + (code.co_varnames[arg] if arg < len(code.co_varnames) else "?") + ")"
            elif opcodes.HAS_FREE[op]:
                line += " (" + (free[arg] if arg < len(free) else "?") + ")"
            elif opcodes.HAS_COMPARE[op]:
                line += " (" + (opcodes.CMP_OP[arg] if arg < len(opcodes.CMP_OP) else "?") + ")"
            elif opcodes.HAS_JREL[op]:
                line += " (to " + str(start + 3 + arg) + ")"
        out.append(line)


def disassemble(code: CodeObj) -> str:
    """The listing of code followed by its nested code objects, depth first."""
    out: list[str] = []
    todo = [code]
    while todo:
        c = todo.pop()
        if out:
            out.append("")
        disassemble_one(c, out)
        nested = []
        for k in range(len(c.co_consts)):
            sub = c.nested_code(k)
            if sub is not None:
                nested.append(sub)
        nested.reverse()
        todo.extend(nested)
    return "\n".join(out) + "\n"
