"""Interpreter-independent code objects and their constants.

The compiler runs before (and without) the object space, so it describes
constants with the small ``Const`` classes below; the object space later wraps
a ``CodeObj`` into an app-level code object, turning each ``Const`` into the
corresponding app-level value.
"""
from typing import Optional

from pypy27.interpreter.astcompiler.ast import repr_bytes, repr_unicode

# co_flags bits, as in 2.7.
CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002
CO_VARARGS = 0x0004
CO_VARKEYWORDS = 0x0008
CO_NESTED = 0x0010
CO_GENERATOR = 0x0020
CO_NOFREE = 0x0040
CO_FUTURE_DIVISION = 0x2000
CO_FUTURE_ABSOLUTE_IMPORT = 0x4000
CO_FUTURE_WITH_STATEMENT = 0x8000
CO_FUTURE_PRINT_FUNCTION = 0x10000
CO_FUTURE_UNICODE_LITERALS = 0x20000
# Flags a compiled unit inherits from ``from __future__`` / compile(flags=).
CO_FUTURE_MASK = (CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT
                  | CO_FUTURE_WITH_STATEMENT | CO_FUTURE_PRINT_FUNCTION
                  | CO_FUTURE_UNICODE_LITERALS)


def repr_float(f: float) -> str:
    """2.7's repr() of a float (shortest round-tripping form)."""
    return repr(f)


def _repr_float_part(f: float) -> str:
    # complex components drop a trailing ".0", like 2.7's complex repr
    r = repr_float(f)
    if r.endswith(".0"):
        r = r[:len(r) - 2]
    return r


class Const(object):
    """A constant of co_consts."""

    def key(self) -> str:
        """Identifies the constant for de-duplication: like 2.7, equal values
        of different types (1, 1L, 1.0, True) stay distinct, and so do 0.0
        and -0.0."""
        raise NotImplementedError

    def repr27(self) -> str:
        """The constant as 2.7's repr() prints it."""
        raise NotImplementedError

    def is_true(self) -> bool:
        raise NotImplementedError


class ConstNone(Const):
    def key(self) -> str:
        return "N"

    def repr27(self) -> str:
        return "None"

    def is_true(self) -> bool:
        return False


class ConstEllipsis(Const):
    def key(self) -> str:
        return "E"

    def repr27(self) -> str:
        return "Ellipsis"

    def is_true(self) -> bool:
        return True


class ConstBool(Const):
    value: bool

    def __init__(self, value: bool) -> None:
        self.value = value

    def key(self) -> str:
        return "B1" if self.value else "B0"

    def repr27(self) -> str:
        return "True" if self.value else "False"

    def is_true(self) -> bool:
        return self.value


class ConstInt(Const):
    """A 2.7 ``int`` (fits a machine word)."""
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def key(self) -> str:
        return "i" + str(self.value)

    def repr27(self) -> str:
        return str(self.value)

    def is_true(self) -> bool:
        return self.value != 0


class ConstLong(Const):
    """A 2.7 ``long``, as decimal text with an optional leading '-'."""
    text: str

    def __init__(self, text: str) -> None:
        self.text = text

    def key(self) -> str:
        return "l" + self.text

    def repr27(self) -> str:
        return self.text + "L"

    def is_true(self) -> bool:
        return self.text != "0"


class ConstFloat(Const):
    value: float

    def __init__(self, value: float) -> None:
        self.value = value

    def key(self) -> str:
        return "f" + repr_float(self.value)

    def repr27(self) -> str:
        return repr_float(self.value)

    def is_true(self) -> bool:
        return self.value != 0.0


class ConstComplex(Const):
    real: float
    imag: float

    def __init__(self, real: float, imag: float) -> None:
        self.real = real
        self.imag = imag

    def key(self) -> str:
        return "c" + repr_float(self.real) + "," + repr_float(self.imag)

    def repr27(self) -> str:
        imag = _repr_float_part(self.imag) + "j"
        if self.real == 0.0 and repr_float(self.real) == "0.0":
            return imag
        if not imag.startswith("-"):
            imag = "+" + imag
        return "(" + _repr_float_part(self.real) + imag + ")"

    def is_true(self) -> bool:
        return self.real != 0.0 or self.imag != 0.0


class ConstStr(Const):
    """A 2.7 ``str`` (bytes).  ``shared``: 2.7 would hold the shared, interned
    object for a string of at most one character (a literal without escapes,
    an identifier, a subscript result); marshal writes those as interned."""
    value: str
    shared: bool

    def __init__(self, value: str, shared: bool = False) -> None:
        self.value = value
        self.shared = shared

    def key(self) -> str:
        return "s" + self.value

    def repr27(self) -> str:
        return repr_bytes(self.value)

    def is_true(self) -> bool:
        return len(self.value) > 0


class ConstUnicode(Const):
    """A 2.7 ``unicode``; ``utf8`` is its text encoded as UTF-8."""
    utf8: str

    def __init__(self, utf8: str) -> None:
        self.utf8 = utf8

    def key(self) -> str:
        return "u" + self.utf8

    def repr27(self) -> str:
        return repr_unicode(self.utf8)

    def is_true(self) -> bool:
        return len(self.utf8) > 0


class ConstTuple(Const):
    items: list[Const]

    def __init__(self, items: list[Const]) -> None:
        self.items = items

    def key(self) -> str:
        parts = []
        for item in self.items:
            k = item.key()
            parts.append(str(len(k)) + ":" + k)
        return "t" + "".join(parts)

    def repr27(self) -> str:
        parts = []
        for item in self.items:
            parts.append(item.repr27())
        if len(parts) == 1:
            return "(" + parts[0] + ",)"
        return "(" + ", ".join(parts) + ")"

    def is_true(self) -> bool:
        return len(self.items) > 0


class ConstCode(Const):
    """A nested code object.  Like 2.7, two code objects with equal
    contents (say, two identical lambdas on one line) are one constant."""
    code: "CodeObj"
    cached_key: str

    def __init__(self, code: "CodeObj") -> None:
        self.code = code
        self.cached_key = ""

    def key(self) -> str:
        if not self.cached_key:
            c = self.code
            parts = [c.co_name, str(c.co_argcount), str(c.co_nlocals),
                     str(c.co_flags), str(c.co_firstlineno), c.co_code,
                     ",".join(c.co_names), ",".join(c.co_varnames),
                     ",".join(c.co_freevars), ",".join(c.co_cellvars)]
            for item in c.co_consts:
                parts.append(item.key())
            out = []
            for p in parts:
                out.append(str(len(p)) + ":" + p)
            self.cached_key = "C" + "".join(out)
        return self.cached_key

    def repr27(self) -> str:
        return "<code object " + self.code.co_name + ">"

    def is_true(self) -> bool:
        return True


class CodeObj(object):
    """Everything a 2.7 code object holds, with attributes named like it."""
    co_argcount: int
    co_nlocals: int
    co_stacksize: int
    co_flags: int
    co_code: str
    co_consts: list[Const]
    co_names: list[str]
    co_varnames: list[str]
    co_freevars: list[str]
    co_cellvars: list[str]
    co_filename: str
    co_name: str
    co_firstlineno: int
    co_lnotab: str

    def __init__(self, argcount: int, nlocals: int, stacksize: int, flags: int,
                 code: str, consts: list[Const], names: list[str],
                 varnames: list[str], freevars: list[str],
                 cellvars: list[str], filename: str, name: str,
                 firstlineno: int, lnotab: str) -> None:
        self.co_argcount = argcount
        self.co_nlocals = nlocals
        self.co_stacksize = stacksize
        self.co_flags = flags
        self.co_code = code
        self.co_consts = consts
        self.co_names = names
        self.co_varnames = varnames
        self.co_freevars = freevars
        self.co_cellvars = cellvars
        self.co_filename = filename
        self.co_name = name
        self.co_firstlineno = firstlineno
        self.co_lnotab = lnotab

    def nested_code(self, index: int) -> Optional["CodeObj"]:
        c = self.co_consts[index]
        if isinstance(c, ConstCode):
            return c.code
        return None
