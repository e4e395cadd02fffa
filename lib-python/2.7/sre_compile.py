"""Parse tree -> the _sre engine's code (format: sre_constants.Op/Set and
interpreter/module/_sre/opcodes.py).  code[0] is the number of registers
the engine needs: lastindex, two marks per group, two per general repeat."""

import _sre
import sre_parse
from sre_constants import *

MAXCODE = 0xffffffff

_SINGLE = (LITERAL, NOT_LITERAL, ANY, IN, CATEGORY)

# the characters below 256 of each non-Unicode category
def _table(pred):
    return [c for c in range(256) if pred(c)]

def _isword(c):
    return (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c == 95

def _isspace(c):
    return c == 32 or 9 <= c <= 13

_CATEGORY_CHARS = {
    CATEGORY_DIGIT: _table(lambda c: 48 <= c <= 57),
    CATEGORY_SPACE: _table(_isspace),
    CATEGORY_WORD: _table(_isword),
    CATEGORY_LOC_WORD: _table(_isword),
    CATEGORY_LINEBREAK: [10],
}
_NEGATED = {
    CATEGORY_NOT_DIGIT: CATEGORY_DIGIT,
    CATEGORY_NOT_SPACE: CATEGORY_SPACE,
    CATEGORY_NOT_WORD: CATEGORY_WORD,
    CATEGORY_LOC_NOT_WORD: CATEGORY_LOC_WORD,
    CATEGORY_NOT_LINEBREAK: CATEGORY_LINEBREAK,
}

def _cased(c):
    return 65 <= c <= 90 or 97 <= c <= 122 or c >= 128


class _Compiler(object):

    def __init__(self, flags, groups):
        self.flags = flags
        self.code = [0, 0]
        self.nregs = 1 + 2 * groups
        self.ngroups = groups

    def lower(self, c):
        return _sre.getlower(c, self.flags)

    def ignorecase(self):
        return self.flags & SRE_FLAG_IGNORECASE

    def seq(self, items):
        code = self.code
        i = 0
        n = len(items)
        while i < n:
            kind, av = items[i]
            if kind == LITERAL and not (self.ignorecase() and _cased(av)):
                j = i
                while j < n and items[j][0] == LITERAL and not (self.ignorecase() and _cased(items[j][1])):
                    j += 1
                if j - i >= 2:
                    code.append(Op.LITERAL_STRING)
                    code.append(j - i)
                    for k in range(i, j):
                        code.append(items[k][1])
                    i = j
                    continue
            self.node(kind, av)
            i += 1

    def node(self, kind, av):
        code = self.code
        emit = code.append
        if kind == LITERAL:
            if self.ignorecase() and _cased(av):
                emit(Op.LITERAL_IGNORE)
                emit(self.lower(av))
            else:
                emit(Op.LITERAL)
                emit(av)
        elif kind == NOT_LITERAL:
            if self.ignorecase() and _cased(av):
                emit(Op.NOT_LITERAL_IGNORE)
                emit(self.lower(av))
            else:
                emit(Op.NOT_LITERAL)
                emit(av)
        elif kind == ANY:
            if self.flags & SRE_FLAG_DOTALL:
                emit(Op.ANY_ALL)
            else:
                emit(Op.ANY)
        elif kind == IN:
            self.charset(av)
        elif kind == CATEGORY:
            self.charset([(CATEGORY, av)])
        elif kind == AT:
            if self.flags & SRE_FLAG_MULTILINE:
                av = AT_MULTILINE.get(av, av)
            if self.flags & SRE_FLAG_LOCALE:
                av = AT_LOCALE.get(av, av)
            elif self.flags & SRE_FLAG_UNICODE:
                av = AT_UNICODE.get(av, av)
            emit(Op.AT)
            emit(ATCODES[av])
        elif kind == BRANCH:
            jumps = []
            alts = av[1]
            for i, alt in enumerate(alts):
                last = i == len(alts) - 1
                if not last:
                    emit(Op.SPLIT)
                    emit(0)
                    split = len(code) - 1
                self.seq(alt.data)
                if not last:
                    emit(Op.JUMP)
                    emit(0)
                    jumps.append(len(code) - 1)
                    code[split] = len(code)
            for j in jumps:
                code[j] = len(code)
        elif kind == SUBPATTERN:
            group, body = av
            if group:
                emit(Op.MARK)
                emit(2 * (group - 1))
            self.seq(body.data)
            if group:
                emit(Op.MARK)
                emit(2 * (group - 1) + 1)
        elif kind == MAX_REPEAT or kind == MIN_REPEAT:
            self.repeat(kind == MAX_REPEAT, av[0], av[1], av[2])
        elif kind == GROUPREF:
            if self.ignorecase():
                emit(Op.GROUPREF_IGNORE)
            else:
                emit(Op.GROUPREF)
            emit(av - 1)
        elif kind == GROUPREF_EXISTS and self.ngroups == 0:
            # 2.7 accepts a condition on a missing group when there are no
            # groups at all (and rejects it otherwise): never matched
            if av[2] is not None:
                self.seq(av[2].data)
        elif kind == GROUPREF_EXISTS:
            group, yes, no = av
            emit(Op.GROUPREF_EXISTS)
            emit(group - 1)
            emit(0)
            skip = len(code) - 1
            self.seq(yes.data)
            if no is not None:
                emit(Op.JUMP)
                emit(0)
                jump = len(code) - 1
                code[skip] = len(code)
                self.seq(no.data)
                code[jump] = len(code)
            else:
                code[skip] = len(code)
        elif kind == ASSERT or kind == ASSERT_NOT:
            direction, body = av
            back = 0
            if direction < 0:
                lo, hi = body.getwidth()
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                back = lo
            emit(Op.ASSERT if kind == ASSERT else Op.ASSERT_NOT)
            emit(back)
            emit(0)
            skip = len(code) - 1
            self.seq(body.data)
            emit(Op.ASSERT_END)
            code[skip] = len(code)
        else:
            raise ValueError("unsupported operand type", kind)

    def repeat(self, greedy, mn, mx, item):
        code = self.code
        emit = code.append
        if len(item) == 1 and item[0][0] in _SINGLE:
            emit(Op.REPEAT_ONE if greedy else Op.MIN_REPEAT_ONE)
            emit(mn)
            emit(mx)
            emit(0)
            tail = len(code) - 1
            self.node(item[0][0], item[0][1])
            code[tail] = len(code)
        elif mn == 1 and mx == 1:
            self.seq(item.data)
        elif mn == 0 and mx == 1:
            if greedy:
                emit(Op.SPLIT)
                emit(0)
                skip = len(code) - 1
                self.seq(item.data)
                code[skip] = len(code)
            else:
                emit(Op.SPLIT)
                emit(len(code) + 3)
                emit(Op.JUMP)
                emit(0)
                skip = len(code) - 1
                self.seq(item.data)
                code[skip] = len(code)
        else:
            reg = self.nregs
            self.nregs += 2
            emit(Op.REPEAT)
            emit(reg)
            emit(0)
            until = len(code) - 1
            body = len(code)
            self.seq(item.data)
            code[until] = len(code)
            emit(Op.MAX_UNTIL if greedy else Op.MIN_UNTIL)
            emit(reg)
            emit(mn)
            emit(mx)
            emit(body)

    def charset(self, items):
        code = self.code
        ignore = self.ignorecase()
        code.append(Op.IN_IGNORE if ignore else Op.IN)
        code.append(0)
        skip = len(code) - 1
        negate = False
        literals = []
        ranges = []
        cats = []
        for kind, av in items:
            if kind == NEGATE:
                negate = True
            elif kind == LITERAL:
                literals.append(self.lower(av) if ignore else av)
            elif kind == RANGE:
                lo, hi = av
                if ignore:
                    lo = self.lower(lo)
                    hi = self.lower(hi)
                ranges.append((lo, hi))
            elif kind == CATEGORY:
                if self.flags & SRE_FLAG_LOCALE:
                    av = CH_LOCALE.get(av, av)
                elif self.flags & SRE_FLAG_UNICODE:
                    av = CH_UNICODE.get(av, av)
                cats.append(av)
        if negate:
            code.append(Set.NEGATE)
        bitmap = all(c in _CATEGORY_CHARS or c in _NEGATED for c in cats)
        if bitmap:
            bits = [0] * 8
            def add(c):
                bits[c >> 5] |= 1 << (c & 31)
            big = []
            for c in literals:
                if c < 256:
                    add(c)
                else:
                    big.append((Set.LITERAL, c))
            for lo, hi in ranges:
                for c in range(lo, min(hi, 255) + 1):
                    add(c)
                if hi >= 256:
                    big.append((Set.RANGE, max(lo, 256), hi))
            for cat in cats:
                if cat in _NEGATED:
                    chars = _CATEGORY_CHARS[_NEGATED[cat]]
                    for c in range(256):
                        if c not in chars:
                            add(c)
                    big.append((Set.RANGE, 256, 0x7fffffff))
                else:
                    for c in _CATEGORY_CHARS[cat]:
                        add(c)
            code.append(Set.BITMAP)
            code.extend(bits)
            for entry in big:
                code.extend(entry)
        else:
            for c in literals:
                code.append(Set.LITERAL)
                code.append(c)
            for lo, hi in ranges:
                code.append(Set.RANGE)
                code.append(lo)
                code.append(hi)
            for cat in cats:
                code.append(Set.CATEGORY)
                code.append(CHCODES[cat])
        code.append(Set.FAILURE)
        code[skip] = len(code)


def _firstset(items):
    """Set items every match's first character belongs to, or None when
    unknown (or when the pattern can match the empty string)."""
    for kind, av in items:
        if kind == AT:
            continue
        if kind == LITERAL:
            return [(LITERAL, av)]
        if kind == IN:
            return av
        if kind == SUBPATTERN:
            return _firstset(av[1].data)
        if kind == MAX_REPEAT or kind == MIN_REPEAT:
            if av[0] >= 1:
                return _firstset(av[2].data)
            return None
        if kind == BRANCH:
            union = []
            for alt in av[1]:
                first = _firstset(alt.data)
                if first is None:
                    return None
                for item in first:
                    if item[0] == NEGATE:
                        return None
                union.extend(first)
            return union
        return None
    return None


def _code(p, flags):
    flags = p.pattern.flags | flags
    c = _Compiler(flags, p.pattern.groups - 1)
    first = _firstset(p.data)
    if first is not None:
        c.charset(first)
    c.code[1] = len(c.code)
    c.seq(p.data)
    c.code.append(Op.SUCCESS)
    c.code[0] = c.nregs
    return c.code


def isstring(obj):
    return isinstance(obj, basestring)


def compile(p, flags=0):
    if isstring(p):
        pattern = p
        p = sre_parse.parse(p, flags)
    else:
        pattern = None
    code = _code(p, flags)
    if p.pattern.groups > 100:
        raise AssertionError("sorry, but this version only supports 100 named groups")
    groupindex = p.pattern.groupdict
    indexgroup = [None] * p.pattern.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(pattern, flags | p.pattern.flags, code,
                        p.pattern.groups - 1, groupindex, indexgroup)
