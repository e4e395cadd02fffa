"""Bisection algorithms on sorted lists."""


def _check_lo(lo):
    if lo < 0:
        raise ValueError('lo must be non-negative')


def bisect_right(a, x, lo=0, hi=None):
    """The index where x goes in sorted a, after any entries equal to x."""
    _check_lo(lo)
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None):
    """The index where x goes in sorted a, before any entries equal to x."""
    _check_lo(lo)
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None):
    """Insert x into sorted a, after any entries equal to x."""
    i = bisect_right(a, x, lo, hi)     # first: TypeError for a non-sequence
    a.insert(i, x)


def insort_left(a, x, lo=0, hi=None):
    """Insert x into sorted a, before any entries equal to x."""
    i = bisect_left(a, x, lo, hi)     # first: TypeError for a non-sequence
    a.insert(i, x)


bisect = bisect_right
insort = insort_right


# the interpreter-level versions, where available
try:
    from _bisect import *
except ImportError:
    pass
