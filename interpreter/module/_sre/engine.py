"""The matching engine: a backtracking machine over the pattern code of
opcodes.py.  It never recurses on the C stack: alternatives still to try and
the old values of registers live on one explicit stack of 4-int entries
(kind, a, b, c), so a pattern like (a|b)* over a long string only grows that
list.  Registers (regs) hold lastindex, the group marks and the counters of
general repeats; every change to a register is logged on the stack while an
alternative is pending, so backtracking restores it."""
from pypy27.interpreter.module._sre import opcodes as op
from pypy27.interpreter.module._sre.chars import (ascii_isword, category, getlower, in_set,
                                                  uni_isword)

# kinds of stack entries
K_UNDO = 0        # (K_UNDO, reg, old value, -)
K_ALT = 1         # (K_ALT, pc, pos, -): resume there
K_REP1 = 2        # (K_REP1, pc of REPEAT_ONE, last end tried, lowest end allowed)
K_MINREP1 = 3     # (K_MINREP1, pc of MIN_REPEAT_ONE, pos, count so far)
K_MINUNTIL = 4    # (K_MINUNTIL, pc of MIN_UNTIL, pos, -): try one more iteration
K_BARRIER = 5     # (K_BARRIER, pc of ASSERT/ASSERT_NOT, pos, previous barrier)

REG_LASTINDEX = 0
REG_MARKS = 1     # mark n (group n//2 + 1, start/end) lives in regs[REG_MARKS + n]


class Scratch(object):
    """The backtracking stack, shared: run() calls no app-level code, so two
    runs never overlap and one list serves every match."""
    stack: list[int]

    def __init__(self) -> None:
        self.stack = [0] * 1024


scratch = Scratch()


class State(object):
    """One subject string being matched, and the results of the last match."""
    s: str              # a str subject, or an ASCII unicode subject's bytes
    u: list[int]        # the code points of a non-ASCII unicode subject
    wide: bool          # u is used instead of s
    length: int         # the subject's length in characters
    start: int          # where the next match/search starts; after a match its start
    end: int            # endpos
    pos: int            # the pos argument (for match objects)
    ptr: int            # end of the last match
    flags: int
    regs: list[int]
    dirty: bool         # regs changed without being logged: reset before the next run
    stack: list[int]

    def __init__(self, s: str, u: list[int], wide: bool, length: int, pos: int, endpos: int,
                 flags: int, nregs: int) -> None:
        self.s = s
        self.u = u
        self.wide = wide
        self.length = length
        if pos < 0:
            pos = 0
        elif pos > length:
            pos = length
        if endpos < 0:
            endpos = 0
        elif endpos > length:
            endpos = length
        self.start = pos
        self.pos = pos
        self.end = endpos
        self.ptr = pos
        self.flags = flags
        self.regs = [-1] * nregs
        self.dirty = False
        self.stack = scratch.stack

    def getc(self, i: int) -> int:
        if self.wide:
            return self.u[i]
        return ord(self.s[i])

    def lower(self, c: int) -> int:
        return getlower(c, self.flags)

    def reset(self) -> None:
        if self.dirty:
            regs = self.regs
            for i in range(len(regs)):
                regs[i] = -1
            self.dirty = False


def at(st: State, kind: int, pos: int) -> bool:
    end = st.end
    if kind == op.AT_BEGINNING or kind == op.AT_BEGINNING_STRING:
        return pos == 0
    if kind == op.AT_BEGINNING_LINE:
        return pos == 0 or st.getc(pos - 1) == 10
    if kind == op.AT_END:
        return pos == end or (pos + 1 == end and st.getc(pos) == 10)
    if kind == op.AT_END_LINE:
        return pos == end or st.getc(pos) == 10
    if kind == op.AT_END_STRING:
        return pos == end
    if end == 0:
        return False
    family = 0
    want = True
    if kind == op.AT_NON_BOUNDARY:
        want = False
    elif kind == op.AT_LOC_BOUNDARY:
        family = 1
    elif kind == op.AT_LOC_NON_BOUNDARY:
        family = 1
        want = False
    elif kind == op.AT_UNI_BOUNDARY:
        family = 2
    elif kind == op.AT_UNI_NON_BOUNDARY:
        family = 2
        want = False
    before = False
    after = False
    if family == 0 and not st.wide:
        s = st.s
        if pos > 0:
            c = ord(s[pos - 1])
            before = (97 <= c <= 122) or (65 <= c <= 90) or (48 <= c <= 57) or c == 95
        if pos < end:
            c = ord(s[pos])
            after = (97 <= c <= 122) or (65 <= c <= 90) or (48 <= c <= 57) or c == 95
    else:
        before = pos > 0 and isword(family, st.getc(pos - 1))
        after = pos < end and isword(family, st.getc(pos))
    return (before != after) == want


def isword(family: int, c: int) -> bool:
    if family == 2:
        return uni_isword(c)
    if family == 1:
        return c < 256 and ascii_isword(c)
    return c < 128 and ascii_isword(c)


def set_has(code: list[int], setpc: int, c: int) -> bool:
    """in_set with the bitmap of a plain (not negated) set tested inline."""
    if c < 256 and code[setpc] == op.SET_BITMAP:
        return ((code[setpc + 1 + (c >> 5)] >> (c & 31)) & 1) != 0
    return in_set(code, setpc, c)


def match_one(st: State, code: list[int], pc: int, c: int) -> bool:
    """Does the one-character item at code[pc] accept c?"""
    opc = code[pc]
    if opc == op.LITERAL:
        return c == code[pc + 1]
    if opc == op.IN:
        return in_set(code, pc + 2, c)
    if opc == op.ANY:
        return c != 10
    if opc == op.ANY_ALL:
        return True
    if opc == op.NOT_LITERAL:
        return c != code[pc + 1]
    if opc == op.LITERAL_IGNORE:
        return st.lower(c) == code[pc + 1]
    if opc == op.NOT_LITERAL_IGNORE:
        return st.lower(c) != code[pc + 1]
    if opc == op.IN_IGNORE:
        return in_set(code, pc + 2, st.lower(c))
    if opc == op.CATEGORY:
        return category(code[pc + 1], c)
    return False


def count_repeats(st: State, code: list[int], pc: int, pos: int, maxcount: int) -> int:
    """How many chars from pos (at most maxcount) the item at code[pc] accepts."""
    limit = pos + maxcount
    i = pos
    opc = code[pc]
    if opc == op.ANY_ALL:
        return maxcount
    if opc == op.IN:
        setpc = pc + 2
        if st.wide:
            while i < limit and set_has(code, setpc, st.u[i]):
                i += 1
        elif code[setpc] == op.SET_BITMAP:
            s = st.s
            while i < limit:
                c = ord(s[i])
                if c < 256:
                    if not ((code[setpc + 1 + (c >> 5)] >> (c & 31)) & 1):
                        break
                elif not in_set(code, setpc, c):
                    break
                i += 1
        else:
            s = st.s
            while i < limit and in_set(code, setpc, ord(s[i])):
                i += 1
        return i - pos
    if opc == op.ANY:
        while i < limit and st.getc(i) != 10:
            i += 1
        return i - pos
    if opc == op.LITERAL:
        c = code[pc + 1]
        while i < limit and st.getc(i) == c:
            i += 1
        return i - pos
    if opc == op.NOT_LITERAL:
        c = code[pc + 1]
        while i < limit and st.getc(i) != c:
            i += 1
        return i - pos
    while i < limit and match_one(st, code, pc, st.getc(i)):
        i += 1
    return i - pos


def push(st: State, sp: int, kind: int, a: int, b: int, c: int) -> int:
    stack = st.stack
    if sp + 4 > len(stack):
        stack.extend([0] * len(stack))
    stack[sp] = kind
    stack[sp + 1] = a
    stack[sp + 2] = b
    stack[sp + 3] = c
    return sp + 4


def setreg(st: State, sp: int, reg: int, value: int) -> int:
    """regs[reg] = value, logged for backtracking when anything is pending."""
    if sp > 0:
        sp = push(st, sp, K_UNDO, reg, st.regs[reg], 0)
    else:
        st.dirty = True
    st.regs[reg] = value
    return sp


def run(st: State, code: list[int], pc: int, pos: int) -> bool:
    """Match the program from pc at pos; on success st.ptr is the end and
    st.regs hold the marks."""
    end = st.end
    sp = 0
    barrier = -1
    while True:
        opc = code[pc]
        ok = True
        if opc == op.LITERAL:
            if pos < end and (st.u[pos] if st.wide else ord(st.s[pos])) == code[pc + 1]:
                pos += 1
                pc += 2
            else:
                ok = False
        elif opc == op.IN:
            if pos < end and set_has(code, pc + 2, st.u[pos] if st.wide else ord(st.s[pos])):
                pos += 1
                pc = code[pc + 1]
            else:
                ok = False
        elif opc == op.REPEAT_ONE:
            mn = code[pc + 1]
            mx = code[pc + 2]
            avail = end - pos
            if mx > avail:
                mx = avail
            if mn > mx:
                ok = False
            else:
                count = count_repeats(st, code, pc + 4, pos, mx)
                if count < mn:
                    ok = False
                else:
                    tail = code[pc + 3]
                    if count > mn and code[tail] != op.SUCCESS:
                        sp = push(st, sp, K_REP1, pc, pos + count, pos + mn)
                    pos += count
                    pc = tail
        elif opc == op.MARK:
            n = code[pc + 1]
            sp = setreg(st, sp, REG_MARKS + n, pos)
            if n & 1:
                sp = setreg(st, sp, REG_LASTINDEX, n // 2 + 1)
            pc += 2
        elif opc == op.SPLIT:
            sp = push(st, sp, K_ALT, code[pc + 1], pos, 0)
            pc += 2
        elif opc == op.JUMP:
            pc = code[pc + 1]
        elif opc == op.SUCCESS:
            st.ptr = pos
            st.dirty = True
            return True
        elif opc == op.AT:
            if at(st, code[pc + 1], pos):
                pc += 2
            else:
                ok = False
        elif opc == op.LITERAL_STRING:
            n = code[pc + 1]
            if pos + n > end:
                ok = False
            else:
                for k in range(n):
                    if st.getc(pos + k) != code[pc + 2 + k]:
                        ok = False
                        break
                if ok:
                    pos += n
                    pc += 2 + n
        elif opc == op.MIN_REPEAT_ONE:
            mn = code[pc + 1]
            if pos + mn > end:
                ok = False
            elif count_repeats(st, code, pc + 4, pos, mn) < mn:
                ok = False
            else:
                pos += mn
                if code[pc + 2] > mn:
                    sp = push(st, sp, K_MINREP1, pc, pos, mn)
                pc = code[pc + 3]
        elif opc == op.REPEAT:
            reg = code[pc + 1]
            sp = setreg(st, sp, reg, -1)
            sp = setreg(st, sp, reg + 1, -1)
            pc = code[pc + 2]
        elif opc == op.MAX_UNTIL:
            reg = code[pc + 1]
            count = st.regs[reg] + 1
            sp = setreg(st, sp, reg, count)
            if count < code[pc + 2]:
                sp = setreg(st, sp, reg + 1, pos)
                pc = code[pc + 4]
            elif count < code[pc + 3] and pos != st.regs[reg + 1]:
                sp = push(st, sp, K_ALT, pc + 5, pos, 0)
                sp = setreg(st, sp, reg + 1, pos)
                pc = code[pc + 4]
            else:
                pc += 5
        elif opc == op.MIN_UNTIL:
            reg = code[pc + 1]
            count = st.regs[reg] + 1
            sp = setreg(st, sp, reg, count)
            if count < code[pc + 2]:
                sp = setreg(st, sp, reg + 1, pos)
                pc = code[pc + 4]
            else:
                sp = push(st, sp, K_MINUNTIL, pc, pos, 0)
                pc += 5
        elif opc == op.ANY:
            if pos < end and st.getc(pos) != 10:
                pos += 1
                pc += 1
            else:
                ok = False
        elif opc == op.ANY_ALL:
            if pos < end:
                pos += 1
                pc += 1
            else:
                ok = False
        elif opc == op.NOT_LITERAL:
            if pos < end and st.getc(pos) != code[pc + 1]:
                pos += 1
                pc += 2
            else:
                ok = False
        elif opc == op.LITERAL_IGNORE:
            if pos < end and st.lower(st.getc(pos)) == code[pc + 1]:
                pos += 1
                pc += 2
            else:
                ok = False
        elif opc == op.NOT_LITERAL_IGNORE:
            if pos < end and st.lower(st.getc(pos)) != code[pc + 1]:
                pos += 1
                pc += 2
            else:
                ok = False
        elif opc == op.IN_IGNORE:
            if pos < end and in_set(code, pc + 2, st.lower(st.getc(pos))):
                pos += 1
                pc = code[pc + 1]
            else:
                ok = False
        elif opc == op.CATEGORY:
            if pos < end and category(code[pc + 1], st.getc(pos)):
                pos += 1
                pc += 2
            else:
                ok = False
        elif opc == op.GROUPREF or opc == op.GROUPREF_IGNORE:
            g = code[pc + 1]
            gs = st.regs[REG_MARKS + 2 * g]
            ge = st.regs[REG_MARKS + 2 * g + 1]
            if gs < 0 or ge < 0 or ge < gs or pos + (ge - gs) > end:
                ok = False
            else:
                n = ge - gs
                for k in range(n):
                    a = st.getc(gs + k)
                    b = st.getc(pos + k)
                    if opc == op.GROUPREF_IGNORE:
                        a = st.lower(a)
                        b = st.lower(b)
                    if a != b:
                        ok = False
                        break
                if ok:
                    pos += n
                    pc += 2
        elif opc == op.GROUPREF_EXISTS:
            g = code[pc + 1]
            gs = st.regs[REG_MARKS + 2 * g]
            ge = st.regs[REG_MARKS + 2 * g + 1]
            if gs >= 0 and ge >= 0 and gs <= ge:
                pc += 3
            else:
                pc = code[pc + 2]
        elif opc == op.ASSERT or opc == op.ASSERT_NOT:
            back = code[pc + 1]
            if pos - back < 0:
                if opc == op.ASSERT:
                    ok = False
                else:
                    pc = code[pc + 2]
            else:
                sp = push(st, sp, K_BARRIER, pc, pos, barrier)
                barrier = sp - 4
                pos -= back
                pc += 3
        elif opc == op.ASSERT_END and barrier < 0:
            ok = False      # reached without its ASSERT (only jumps in crafted code)
        elif opc == op.ASSERT_END:
            b = barrier
            apc = st.stack[b + 1]
            barrier = st.stack[b + 3]
            if code[apc] == op.ASSERT:
                # the body's pending alternatives die; its register changes stay
                # logged (below) so that backtracking past the assertion undoes them
                stack = st.stack
                pos = stack[b + 2]
                j = b
                i = b + 4
                while i < sp:
                    if stack[i] == K_UNDO:
                        stack[j] = K_UNDO
                        stack[j + 1] = stack[i + 1]
                        stack[j + 2] = stack[i + 2]
                        j += 4
                    i += 4
                sp = j
                pc = code[apc + 2]
            else:
                stack = st.stack
                while sp > b + 4:
                    sp -= 4
                    if stack[sp] == K_UNDO:
                        st.regs[stack[sp + 1]] = stack[sp + 2]
                sp = b
                ok = False
        else:
            ok = False
        if ok:
            continue
        # ---- backtrack: pop until an entry gives somewhere to resume ----
        stack = st.stack
        resumed = False
        while not resumed:
            if sp == 0:
                return False
            sp -= 4
            kind = stack[sp]
            if kind == K_UNDO:
                st.regs[stack[sp + 1]] = stack[sp + 2]
            elif kind == K_ALT:
                pc = stack[sp + 1]
                pos = stack[sp + 2]
                resumed = True
            elif kind == K_REP1:
                rpc = stack[sp + 1]
                newpos = stack[sp + 2] - 1
                lowest = stack[sp + 3]
                tail = code[rpc + 3]
                if code[tail] == op.LITERAL:
                    c = code[tail + 1]
                    while newpos >= lowest and (newpos >= end or st.getc(newpos) != c):
                        newpos -= 1
                if newpos >= lowest:
                    if newpos > lowest:
                        stack[sp + 2] = newpos
                        sp += 4
                    pos = newpos
                    pc = tail
                    resumed = True
            elif kind == K_MINREP1:
                rpc = stack[sp + 1]
                p = stack[sp + 2]
                count = stack[sp + 3]
                if p < end and match_one(st, code, rpc + 4, st.getc(p)):
                    p += 1
                    count += 1
                    if count < code[rpc + 2]:
                        stack[sp + 2] = p
                        stack[sp + 3] = count
                        sp += 4
                    pos = p
                    pc = code[rpc + 3]
                    resumed = True
            elif kind == K_MINUNTIL:
                upc = stack[sp + 1]
                p = stack[sp + 2]
                reg = code[upc + 1]
                count = st.regs[reg]
                if count < code[upc + 3] and p != st.regs[reg + 1]:
                    sp = setreg(st, sp, reg + 1, p)
                    pos = p
                    pc = code[upc + 4]
                    resumed = True
            elif kind == K_BARRIER:
                apc = stack[sp + 1]
                barrier = stack[sp + 3]
                if code[apc] == op.ASSERT_NOT:
                    pos = stack[sp + 2]
                    pc = code[apc + 2]
                    resumed = True


def match(st: State, code: list[int]) -> bool:
    """Match at st.start (pattern.match)."""
    st.reset()
    if st.start > st.end:
        return False
    return run(st, code, code[1], st.start)


class SearchInfo(object):
    """What the first character of a match must be: from the program's
    first instruction, or from the IN instruction the compiler may put in
    the header (code[2:code[1]])."""
    literal: int        # >= 0: the first char is this literal
    setpc: int          # > 0: the first char passes the IN / IN_IGNORE at code[setpc]
    anchored: bool      # the pattern starts with AT_BEGINNING / AT_BEGINNING_STRING

    def __init__(self, code: list[int]) -> None:
        self.literal = -1
        self.setpc = 0
        self.anchored = False
        pc = code[1]
        while code[pc] == op.MARK or (code[pc] == op.AT and code[pc + 1] != op.AT_BEGINNING
                                      and code[pc + 1] != op.AT_BEGINNING_STRING):
            pc += 2
        opc = code[pc]
        if opc == op.LITERAL:
            self.literal = code[pc + 1]
        elif opc == op.LITERAL_STRING:
            self.literal = code[pc + 2]
        elif opc == op.IN or opc == op.IN_IGNORE:
            self.setpc = pc
        elif opc == op.REPEAT_ONE and code[pc + 1] >= 1 and code[pc + 4] == op.LITERAL:
            self.literal = code[pc + 5]
        elif opc == op.REPEAT_ONE and code[pc + 1] >= 1 and (code[pc + 4] == op.IN or code[pc + 4] == op.IN_IGNORE):
            self.setpc = pc + 4
        elif opc == op.AT and (code[pc + 1] == op.AT_BEGINNING or code[pc + 1] == op.AT_BEGINNING_STRING):
            self.anchored = True
        if self.literal < 0 and self.setpc == 0 and not self.anchored and code[1] > 2:
            self.setpc = 2


def first_ok(st: State, code: list[int], setpc: int, c: int) -> bool:
    if code[setpc] == op.IN_IGNORE:
        c = st.lower(c)
    return set_has(code, setpc + 2, c)


def search(st: State, code: list[int], info: SearchInfo) -> bool:
    """Find the leftmost match from st.start (pattern.search); on success
    st.start is where it begins."""
    start = st.start
    end = st.end
    if start > end:
        return False
    prog = code[1]
    if info.anchored:
        if start != 0:
            return False
        st.reset()
        return run(st, code, prog, 0)
    if info.literal >= 0:
        c = info.literal
        while start < end:
            if (st.u[start] if st.wide else ord(st.s[start])) == c:
                st.reset()
                if run(st, code, prog, start):
                    st.start = start
                    return True
            start += 1
        return False
    if info.setpc > 0:
        setpc = info.setpc
        if code[setpc] == op.IN and code[setpc + 2] == op.SET_BITMAP and not st.wide:
            # the common case, a plain set over a str: test the bitmap inline
            s = st.s
            bits = setpc + 3
            while start < end:
                c = ord(s[start])
                if c < 256 and (code[bits + (c >> 5)] >> (c & 31)) & 1:
                    st.reset()
                    if run(st, code, prog, start):
                        st.start = start
                        return True
                start += 1
            return False
        while start < end:
            if first_ok(st, code, setpc, st.u[start] if st.wide else ord(st.s[start])):
                st.reset()
                if run(st, code, prog, start):
                    st.start = start
                    return True
            start += 1
        return False
    while start <= end:
        st.reset()
        if run(st, code, prog, start):
            st.start = start
            return True
        start += 1
    return False
