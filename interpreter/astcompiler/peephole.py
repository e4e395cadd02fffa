"""The peephole pass over assembled bytecode, with 2.7's rewrites.

Rewrites happen in place by overwriting instructions with NOPs (one byte
each); at the end the NOPs are squeezed out and jump arguments and co_lnotab
are remapped.  A rewrite spanning several instructions is only done when no
jump lands inside the span (``_same_block``).  Folded constants are appended
to co_consts (the originals stay), exactly like 2.7.

The rewrites: ``not`` + conditional jump fusion, ``not (a is b)`` ->
``a is not b``, ``None`` loads become LOAD_CONST, ``LOAD_CONST <true>;
POP_JUMP_IF_FALSE`` disappears, tuples of constants become one constant,
BUILD_TUPLE/UNPACK_SEQUENCE of 1-3 items become rotations, binary and unary
operations on constants are folded (fold.py), chained conditional jumps and
jumps to jumps are threaded, a jump to a RETURN_VALUE becomes a RETURN_VALUE,
and unreachable code right after RETURN_VALUE is dropped.
"""
from pypy27.interpreter.astcompiler import opcodes as op
from pypy27.interpreter.astcompiler.fold import fold_binary, fold_unary
from pypy27.interpreter.astcompiler.pycode import Const, ConstNone, ConstTuple

MAX_CODE_LEN = 32700    # 2.7 leaves longer code alone (16-bit jump math)


def _size(opcode: int) -> int:
    return 3 if opcode >= op.HAVE_ARGUMENT else 1


def _arg(code: list[int], i: int) -> int:
    return code[i + 1] | (code[i + 2] << 8)


def _set_arg(code: list[int], i: int, arg: int) -> None:
    code[i + 1] = arg & 0xff
    code[i + 2] = (arg >> 8) & 0xff


def _is_abs_jump(opcode: int) -> bool:
    return op.HAS_JABS[opcode]


def _is_uncond_jump(opcode: int) -> bool:
    return opcode == op.JUMP_ABSOLUTE or opcode == op.JUMP_FORWARD


def _is_cond_jump(opcode: int) -> bool:
    return (opcode == op.POP_JUMP_IF_FALSE or opcode == op.POP_JUMP_IF_TRUE
            or opcode == op.JUMP_IF_FALSE_OR_POP
            or opcode == op.JUMP_IF_TRUE_OR_POP)


def _jumps_on_true(opcode: int) -> bool:
    return opcode == op.POP_JUMP_IF_TRUE or opcode == op.JUMP_IF_TRUE_OR_POP


def _jump_target(code: list[int], i: int) -> int:
    arg = _arg(code, i)
    if _is_abs_jump(code[i]):
        return arg
    return arg + i + 3


def _mark_blocks(code: list[int]) -> list[int]:
    """blocks[i]: how many jump targets lie at or before offset i."""
    n = len(code)
    targets = [0] * n
    i = 0
    while i < n:
        o = code[i]
        if op.is_jump(o):
            targets[_jump_target(code, i)] = 1
        i += _size(o)
    count = 0
    for k in range(n):
        count += targets[k]
        targets[k] = count
    return targets


def _same_block(blocks: list[int], start: int, length: int) -> bool:
    return blocks[start] == blocks[start + length - 1]


def _fold_tuple(code: list[int], start: int, n: int, consts: list[Const]) -> None:
    """n LOAD_CONSTs at start, then BUILD_TUPLE/BUILD_LIST n: one constant."""
    items: list[Const] = []
    for k in range(n):
        items.append(consts[_arg(code, start + 3 * k)])
    index = len(consts)
    consts.append(ConstTuple(items))
    for k in range(3 * n):
        code[start + k] = op.NOP
    code[start + 3 * n] = op.LOAD_CONST
    _set_arg(code, start + 3 * n, index)


def optimize(code: list[int], consts: list[Const], names: list[str],
             lnotab: str) -> tuple[list[int], str]:
    """Returns the optimized code and lnotab; appends to consts."""
    n = len(code)
    if lnotab.find(chr(255)) >= 0 or n > MAX_CODE_LEN:
        return code, lnotab
    if n == 0 or code[n - 1] != op.RETURN_VALUE:
        return code, lnotab
    i = 0
    while i < n:
        if code[i] == op.EXTENDED_ARG:
            return code, lnotab
        i += _size(code[i])
    code = list(code)
    blocks = _mark_blocks(code)
    cumlc = 0       # LOAD_CONSTs in a row, ending at the current one
    i = 0
    while i < n:
        opcode = code[i]
        lastlc = cumlc
        cumlc = 0
        if opcode == op.UNARY_NOT:
            if code[i + 1] == op.POP_JUMP_IF_FALSE and _same_block(blocks, i, 4):
                target = _arg(code, i + 1)
                code[i] = op.POP_JUMP_IF_TRUE
                _set_arg(code, i, target)
                code[i + 3] = op.NOP
                cumlc = 0
                continue        # look at the new instruction again
        elif opcode == op.COMPARE_OP:
            j = _arg(code, i)
            if (6 <= j <= 9 and code[i + 3] == op.UNARY_NOT
                    and _same_block(blocks, i, 4)):
                _set_arg(code, i, j ^ 1)
                code[i + 3] = op.NOP
        elif opcode == op.LOAD_NAME or opcode == op.LOAD_GLOBAL:
            if names[_arg(code, i)] == "None":
                index = -1
                for k in range(len(consts)):
                    if isinstance(consts[k], ConstNone):
                        index = k
                        break
                if index < 0:
                    index = len(consts)
                    consts.append(ConstNone())
                code[i] = op.LOAD_CONST
                _set_arg(code, i, index)
                cumlc = lastlc + 1
        elif opcode == op.LOAD_CONST:
            cumlc = lastlc + 1
            if (code[i + 3] == op.POP_JUMP_IF_FALSE and _same_block(blocks, i, 6)
                    and consts[_arg(code, i)].is_true()):
                for k in range(6):
                    code[i + k] = op.NOP
                cumlc = 0
        elif opcode == op.BUILD_TUPLE or opcode == op.BUILD_LIST:
            j = _arg(code, i)
            h = i - 3 * j
            if (h >= 0 and j <= lastlc
                    and ((opcode == op.BUILD_TUPLE and _same_block(blocks, h, 3 * (j + 1)))
                         or (opcode == op.BUILD_LIST and code[i + 3] == op.COMPARE_OP
                             and _same_block(blocks, h, 3 * (j + 2))
                             and (_arg(code, i + 3) == 6 or _arg(code, i + 3) == 7)))):
                _fold_tuple(code, h, j, consts)
                cumlc = 1
            elif (code[i + 3] == op.UNPACK_SEQUENCE and _same_block(blocks, i, 6)
                    and j == _arg(code, i + 3)):
                if j == 1:
                    for k in range(6):
                        code[i + k] = op.NOP
                elif j == 2:
                    code[i] = op.ROT_TWO
                    for k in range(1, 6):
                        code[i + k] = op.NOP
                elif j == 3:
                    code[i] = op.ROT_THREE
                    code[i + 1] = op.ROT_TWO
                    for k in range(2, 6):
                        code[i + k] = op.NOP
        elif (opcode == op.BINARY_POWER or opcode == op.BINARY_MULTIPLY
              or opcode == op.BINARY_TRUE_DIVIDE or opcode == op.BINARY_FLOOR_DIVIDE
              or opcode == op.BINARY_MODULO or opcode == op.BINARY_ADD
              or opcode == op.BINARY_SUBTRACT or opcode == op.BINARY_SUBSCR
              or opcode == op.BINARY_LSHIFT or opcode == op.BINARY_RSHIFT
              or opcode == op.BINARY_AND or opcode == op.BINARY_XOR
              or opcode == op.BINARY_OR):
            if lastlc >= 2 and _same_block(blocks, i - 6, 7):
                folded = fold_binary(opcode, consts[_arg(code, i - 6)],
                                     consts[_arg(code, i - 3)])
                if folded is not None:
                    index = len(consts)
                    consts.append(folded)
                    for k in range(4):
                        code[i - 6 + k] = op.NOP
                    code[i - 2] = op.LOAD_CONST
                    _set_arg(code, i - 2, index)
                    i -= 2
                    cumlc = 1
        elif (opcode == op.UNARY_NEGATIVE or opcode == op.UNARY_CONVERT
              or opcode == op.UNARY_INVERT):
            if lastlc >= 1 and _same_block(blocks, i - 3, 4):
                folded = fold_unary(opcode, consts[_arg(code, i - 3)])
                if folded is not None:
                    index = len(consts)
                    consts.append(folded)
                    code[i - 3] = op.NOP
                    code[i - 2] = op.LOAD_CONST
                    _set_arg(code, i - 2, index)
                    i -= 2
                    cumlc = 1
        elif op.is_jump(opcode):
            if opcode == op.JUMP_IF_FALSE_OR_POP or opcode == op.JUMP_IF_TRUE_OR_POP:
                tgt = _jump_target(code, i)
                j = code[tgt]
                if _is_cond_jump(j):
                    if _jumps_on_true(j) == _jumps_on_true(opcode):
                        # the second jump is taken whenever the first is
                        code[i] = j
                        _set_arg(code, i, _jump_target(code, tgt))
                    else:
                        # the second is never taken: jump past it, popping
                        if _jumps_on_true(opcode):
                            code[i] = op.POP_JUMP_IF_TRUE
                        else:
                            code[i] = op.POP_JUMP_IF_FALSE
                        _set_arg(code, i, tgt + 3)
                    cumlc = 0
                    continue    # look at the new instruction again
            tgt = _jump_target(code, i)
            if _is_uncond_jump(opcode) and code[tgt] == op.RETURN_VALUE:
                code[i] = op.RETURN_VALUE
                code[i + 1] = op.NOP
                code[i + 2] = op.NOP
                i += 1
                continue
            if _is_uncond_jump(code[tgt]):
                tgttgt = _jump_target(code, tgt)
                if opcode == op.JUMP_FORWARD:   # JUMP_ABSOLUTE can go backwards
                    opcode = op.JUMP_ABSOLUTE
                if not _is_abs_jump(opcode):
                    tgttgt -= i + 3
                if tgttgt >= 0:
                    code[i] = opcode
                    _set_arg(code, i, tgttgt)
        elif opcode == op.RETURN_VALUE:
            if i + 4 < n:
                if code[i + 4] == op.RETURN_VALUE and _same_block(blocks, i, 5):
                    for k in range(1, 5):
                        code[i + k] = op.NOP
                elif _is_uncond_jump(code[i + 1]) and _same_block(blocks, i, 4):
                    for k in range(1, 4):
                        code[i + k] = op.NOP
        i += _size(code[i])
    return _squeeze(code, lnotab)


def _squeeze(code: list[int], lnotab: str) -> tuple[list[int], str]:
    """Drop the NOPs, remapping jump targets and co_lnotab."""
    n = len(code)
    addrmap = [0] * (n + 1)
    nops = 0
    i = 0
    while i < n:
        addrmap[i] = i - nops
        if code[i] == op.NOP:
            nops += 1
        i += _size(code[i])
    addrmap[n] = n - nops
    table = []
    cum_orig = 0
    last = 0
    for k in range(0, len(lnotab), 2):
        cum_orig += ord(lnotab[k])
        new = addrmap[cum_orig]
        table.append(chr((new - last) & 0xff))
        table.append(lnotab[k + 1])
        last = new
    out: list[int] = []
    i = 0
    while i < n:
        o = code[i]
        if o == op.NOP:
            i += 1
            continue
        if _is_abs_jump(o):
            _set_arg(code, i, addrmap[_arg(code, i)])
        elif op.HAS_JREL[o]:
            _set_arg(code, i, addrmap[_arg(code, i) + i + 3] - addrmap[i] - 3)
        for k in range(_size(o)):
            out.append(code[i + k])
        i += _size(o)
    return out, "".join(table)
