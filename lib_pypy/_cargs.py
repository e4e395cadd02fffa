"""Argument conversions of 2.7's C functions, for modules written in Python
that stand in for C ones: the same exception types and messages as
PyArg_ParseTuple's "l"/"n" (C long) and "i" (C int) formats."""


def c_long(value):
    """An integer argument (2.7's "l" and "n" formats)."""
    if isinstance(value, float):
        raise TypeError("integer argument expected, got float")
    if not isinstance(value, (int, long)):
        if isinstance(value, (str, unicode)) or not hasattr(value, '__int__'):
            raise TypeError("an integer is required")
        value = int(value)
    if not -0x8000000000000000 <= value <= 0x7fffffffffffffff:
        raise OverflowError("Python int too large to convert to C long")
    return value


def c_int(value):
    """An int argument (2.7's "i" format)."""
    value = c_long(value)
    if value > 0x7fffffff:
        raise OverflowError("signed integer is greater than maximum")
    if value < -0x80000000:
        raise OverflowError("signed integer is less than minimum")
    return value
