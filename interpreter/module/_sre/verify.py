"""Checking pattern code before the engine runs it: _sre.compile accepts
any list of ints, and the engine indexes code and registers without bounds
checks, so every operand is validated once here (2.7 raises
RuntimeError("invalid SRE code") the same way)."""
from pypy27.interpreter.module._sre import opcodes as op
from pypy27.interpreter.module._sre.engine import REG_MARKS

ONE_CHAR_OPS = [op.LITERAL, op.NOT_LITERAL, op.LITERAL_IGNORE, op.NOT_LITERAL_IGNORE,
                op.ANY, op.ANY_ALL, op.IN, op.IN_IGNORE, op.CATEGORY]


def set_end(code: list[int], pc: int, stop: int) -> int:
    """Index after the SET_FAILURE ending the set items at pc, or -1."""
    while pc < stop:
        item = code[pc]
        if item == op.SET_FAILURE:
            return pc + 1
        if item == op.SET_LITERAL or item == op.SET_CATEGORY:
            pc += 2
        elif item == op.SET_RANGE:
            pc += 3
        elif item == op.SET_NEGATE:
            pc += 1
        elif item == op.SET_BITMAP:
            pc += 9
        else:
            return -1
    return -1


def instr_size(code: list[int], pc: int) -> int:
    """Length of the instruction at pc (0 when unknown)."""
    opc = code[pc]
    if opc == op.FAILURE or opc == op.SUCCESS or opc == op.ANY or opc == op.ANY_ALL or \
            opc == op.ASSERT_END:
        return 1
    if opc == op.AT or opc == op.LITERAL or opc == op.NOT_LITERAL or opc == op.LITERAL_IGNORE or \
            opc == op.NOT_LITERAL_IGNORE or opc == op.SPLIT or opc == op.JUMP or opc == op.MARK or \
            opc == op.GROUPREF or opc == op.GROUPREF_IGNORE or opc == op.CATEGORY:
        return 2
    if opc == op.GROUPREF_EXISTS or opc == op.REPEAT or opc == op.ASSERT or opc == op.ASSERT_NOT:
        return 3
    if opc == op.MAX_UNTIL or opc == op.MIN_UNTIL:
        return 5
    if opc == op.REPEAT_ONE or opc == op.MIN_REPEAT_ONE:
        return 4
    if opc == op.IN or opc == op.IN_IGNORE:
        if pc + 1 >= len(code):
            return 0
        return code[pc + 1] - pc
    if opc == op.LITERAL_STRING:
        if pc + 1 >= len(code):
            return 0
        return 2 + code[pc + 1]
    return 0


def valid_code(code: list[int]) -> bool:
    n = len(code)
    if n < 3:
        return False
    nregs = code[0]
    start = code[1]
    if nregs < 1 or start < 2 or start >= n or code[n - 1] != op.SUCCESS:
        return False
    if start > 2:
        # the header's first-character set
        if (code[2] != op.IN and code[2] != op.IN_IGNORE) or code[3] != start:
            return False
        if set_end(code, 4, start) != start:
            return False
    pc = start
    depth = 0
    starts = [False] * (n + 1)
    targets: list[int] = []
    while pc < n:
        starts[pc] = True
        size = instr_size(code, pc)
        if size <= 0 or pc + size > n:
            return False
        opc = code[pc]
        if opc == op.IN or opc == op.IN_IGNORE:
            if set_end(code, pc + 2, pc + size) != pc + size:
                return False
        elif opc == op.SPLIT or opc == op.JUMP:
            if not (start <= code[pc + 1] < n):
                return False
            targets.append(code[pc + 1])
        elif opc == op.MARK:
            if code[pc + 1] < 0 or REG_MARKS + code[pc + 1] >= nregs:
                return False
        elif opc == op.GROUPREF or opc == op.GROUPREF_IGNORE or opc == op.GROUPREF_EXISTS:
            g = code[pc + 1]
            if g < 0 or REG_MARKS + 2 * g + 1 >= nregs:
                return False
            if opc == op.GROUPREF_EXISTS:
                if not (start <= code[pc + 2] < n):
                    return False
                targets.append(code[pc + 2])
        elif opc == op.REPEAT_ONE or opc == op.MIN_REPEAT_ONE:
            if code[pc + 1] < 0 or code[pc + 2] < code[pc + 1]:
                return False
            item = pc + 4
            if item >= n or code[item] not in ONE_CHAR_OPS:
                return False
            isize = instr_size(code, item)
            if isize <= 0 or code[pc + 3] != item + isize or item + isize >= n:
                return False
            if (code[item] == op.IN or code[item] == op.IN_IGNORE) and \
                    set_end(code, item + 2, item + isize) != item + isize:
                return False
            size = code[pc + 3] - pc
            targets.append(code[pc + 3])
        elif opc == op.REPEAT:
            reg = code[pc + 1]
            until = code[pc + 2]
            if reg < 1 or reg + 1 >= nregs or not (start <= until < n - 4):
                return False
            if code[until] != op.MAX_UNTIL and code[until] != op.MIN_UNTIL:
                return False
            targets.append(until)
        elif opc == op.MAX_UNTIL or opc == op.MIN_UNTIL:
            reg = code[pc + 1]
            if reg < 1 or reg + 1 >= nregs or not (start <= code[pc + 4] < n):
                return False
            if code[pc + 2] < 0 or code[pc + 3] < code[pc + 2]:
                return False
            targets.append(code[pc + 4])
        elif opc == op.ASSERT or opc == op.ASSERT_NOT:
            if code[pc + 1] < 0 or not (start <= code[pc + 2] < n):
                return False
            targets.append(code[pc + 2])
            depth += 1
        elif opc == op.ASSERT_END:
            depth -= 1
            if depth < 0:
                return False
        elif opc == op.LITERAL_STRING:
            if code[pc + 1] < 1:
                return False
        pc += size
    for t in targets:
        if not starts[t]:
            return False
    return depth == 0
