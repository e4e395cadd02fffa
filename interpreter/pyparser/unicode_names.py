"""Character names for \\N{...} escapes in unicode literals.

The table is built at build time from the host's Unicode database and frozen
into the executable (a newer Unicode version than 2.7's, which only adds names).
It is two sorted parallel lists searched by bisection rather than a dict: lists
are static data in the executable, while a dict of 140,000 entries would have
to be hashed at every start-up.
"""
import unicodedata

from pypy27.support.markers import not_rpython


@not_rpython
def _build_table() -> tuple[list[str], list[int]]:
    pairs: list[tuple[str, int]] = []
    for code in range(0x110000):
        name = unicodedata.name(chr(code), "")
        if name:
            pairs.append((name, code))
    pairs.sort()
    return [p[0] for p in pairs], [p[1] for p in pairs]


NAMES, CODES = _build_table()


def lookup(name: str) -> int:
    """Code point of a character name (any case), or -1."""
    key = name.upper()
    lo = 0
    hi = len(NAMES)
    while lo < hi:
        mid = (lo + hi) // 2
        if NAMES[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(NAMES) and NAMES[lo] == key:
        return CODES[lo]
    return -1
