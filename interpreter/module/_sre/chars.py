"""Character classes and case folding of the engine, by flag family:
plain (ASCII), LOCALE (the C locale: also ASCII) and UNICODE."""
from pypy27.interpreter.module._sre import opcodes as op
from pypy27.interpreter.objspace.unicodeobject import u_isalnum, u_isdecimal, u_isspace, u_lower


def ascii_isword(c: int) -> bool:
    return (97 <= c <= 122) or (65 <= c <= 90) or (48 <= c <= 57) or c == 95


def ascii_isdigit(c: int) -> bool:
    return 48 <= c <= 57


def ascii_isspace(c: int) -> bool:
    return c == 32 or (9 <= c <= 13)


def uni_isword(c: int) -> bool:
    if c < 128:
        return ascii_isword(c)
    return u_isalnum(c)


def uni_islinebreak(c: int) -> bool:
    return (10 <= c <= 13) or (28 <= c <= 30) or c == 0x85 or c == 0x2028 or c == 0x2029


def getlower(c: int, flags: int) -> int:
    """The case-folded form the engine compares under IGNORECASE."""
    if flags & op.FLAG_UNICODE:
        return u_lower(c)
    if 65 <= c <= 90:
        return c + 32
    return c


def category(cat: int, c: int) -> bool:
    if cat == op.CAT_DIGIT:
        return ascii_isdigit(c)
    if cat == op.CAT_NOT_DIGIT:
        return not ascii_isdigit(c)
    if cat == op.CAT_SPACE:
        return ascii_isspace(c)
    if cat == op.CAT_NOT_SPACE:
        return not ascii_isspace(c)
    if cat == op.CAT_WORD or cat == op.CAT_LOC_WORD:
        return c < 256 and ascii_isword(c)
    if cat == op.CAT_NOT_WORD or cat == op.CAT_LOC_NOT_WORD:
        return not (c < 256 and ascii_isword(c))
    if cat == op.CAT_LINEBREAK:
        return c == 10
    if cat == op.CAT_NOT_LINEBREAK:
        return c != 10
    if cat == op.CAT_UNI_DIGIT:
        return u_isdecimal(c)
    if cat == op.CAT_UNI_NOT_DIGIT:
        return not u_isdecimal(c)
    if cat == op.CAT_UNI_SPACE:
        return u_isspace(c)
    if cat == op.CAT_UNI_NOT_SPACE:
        return not u_isspace(c)
    if cat == op.CAT_UNI_WORD:
        return uni_isword(c)
    if cat == op.CAT_UNI_NOT_WORD:
        return not uni_isword(c)
    if cat == op.CAT_UNI_LINEBREAK:
        return uni_islinebreak(c)
    if cat == op.CAT_UNI_NOT_LINEBREAK:
        return not uni_islinebreak(c)
    return False


def in_set(code: list[int], pc: int, c: int) -> bool:
    """Does char c belong to the set whose items start at code[pc]?"""
    ok = True
    while True:
        item = code[pc]
        if item == op.SET_FAILURE:
            return not ok
        if item == op.SET_BITMAP:
            # decisive below 256; later items only hold wider characters
            if c < 256:
                if (code[pc + 1 + (c >> 5)] >> (c & 31)) & 1:
                    return ok
                return not ok
            pc += 9
        elif item == op.SET_LITERAL:
            if c == code[pc + 1]:
                return ok
            pc += 2
        elif item == op.SET_RANGE:
            if code[pc + 1] <= c <= code[pc + 2]:
                return ok
            pc += 3
        elif item == op.SET_CATEGORY:
            if category(code[pc + 1], c):
                return ok
            pc += 2
        elif item == op.SET_NEGATE:
            ok = not ok
            pc += 1
        else:
            return False
