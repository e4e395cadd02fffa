"""Integers: Python semantics for //, %, shifts, overflow checking, unsigned helpers, parsing."""
from pypy27.support.rarith import (MAXINT, MININT, intmask, ovfcheck, r_uint, uint_floordiv, uint_lt,
                                   uint_rshift, uint_str)


def div_table() -> None:
    for a in [7, -7, 0, 13, -13]:
        for b in [2, -2, 3, -5]:
            print(a, b, a // b, a % b, a / b)


def overflow(a: int, b: int) -> str:
    try:
        return str(ovfcheck(a * b))
    except OverflowError:
        return "overflow"


def parse(s: str) -> str:
    try:
        return str(int(s))
    except ValueError:
        return "ValueError"


def entry_point(argv: list[str]) -> int:
    div_table()
    print(overflow(MAXINT, 2), overflow(3, 4), overflow(MININT, -1))
    try:
        print(ovfcheck(MAXINT + 1))
    except OverflowError:
        print("add overflow")
    print(intmask(MAXINT + 1) == MININT)
    print(1 << 40, -1 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, -(-3), abs(-4), 2 ** 10)
    u = r_uint(-1)
    print(uint_str(u), uint_lt(1, u), uint_str(uint_rshift(u, 60)), uint_str(uint_floordiv(u, 10)))
    print(parse("123"), parse("-0042"), parse(" 7 "), parse("12a"), parse(""))
    print(int("ff", 16), int("-101", 2), str(MAXINT), str(MININT))
    print(min(3, -2), max(3, -2), 7 > 3 > 1, 1 < 3 < 2, 3 == 3.0)
    try:
        print(1 // (len(argv) - len(argv)))
    except ZeroDivisionError:
        print("ZeroDivisionError")
    try:
        print(1 % (len(argv) - len(argv)))
    except ZeroDivisionError:
        print("ZeroDivisionError mod")
    total = 0
    i = 0
    while i < 1000:
        if i % 7 == 0:
            i += 1
            continue
        total += i * i
        if total > 10 ** 8:
            break
        i += 1
    else:
        print("no break")
    print(total, i, True + True, int(True))
    return 3
