"""Builtins whose Python 3 behaviour differs from 2.7's: importing them
from here lets 2.7 code use the new behaviour."""

from itertools import imap as map, ifilter as filter, izip as zip

__all__ = ['ascii', 'filter', 'hex', 'map', 'oct', 'zip']

ascii = repr


def _as_index(x):
    # like operator.index, with the message of the C implementation
    try:
        index = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an index"
                        % type(x).__name__)
    return index(x)


def hex(number):
    """hex(number) -> string: like the builtin, but without a trailing L
    for longs and calling __index__ rather than __hex__."""
    n = _as_index(number)
    digits = '%x' % abs(n)
    return ('-0x' if n < 0 else '0x') + digits


def oct(number):
    """oct(number) -> string: like the builtin, but with the 0o prefix of
    Python 3 and calling __index__ rather than __oct__."""
    n = _as_index(number)
    digits = '%o' % abs(n)
    return ('-0o' if n < 0 else '0o') + digits
