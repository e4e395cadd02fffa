"""Small helpers shared by the symbol table and the code generator."""
from pypy27.interpreter.pyparser.error import SyntaxErr

# lineno of an error 2.7 reports without a location (lineno None)
NO_LINENO = -1


def syntax_error(msg: str, filename: str, lineno: int) -> SyntaxErr:
    """An error found after parsing: 2.7 gives no offset and, for sources
    that are not files, no text."""
    return SyntaxErr(msg, filename, lineno, -1, None)


def bare_syntax_error(msg: str, filename: str, lineno: int) -> SyntaxErr:
    """An error 2.7 raises from its symbol table or future checks: the
    exception's args are just (msg,); filename and lineno are attributes."""
    e = SyntaxErr(msg, filename, lineno, -1, None)
    e.bare = True
    return e


class CannotFold(Exception):
    """Constant folding gives up: the operation is left to run time."""


class CompileWarning(object):
    """A SyntaxWarning 2.7's compiler would issue (message and line)."""
    msg: str
    lineno: int

    def __init__(self, msg: str, lineno: int) -> None:
        self.msg = msg
        self.lineno = lineno


class WarningSink(object):
    """Collects the warnings of one compilation; the caller decides whether
    to print them or turn them into errors (``-W error``)."""
    warnings: list[CompileWarning]

    def __init__(self) -> None:
        self.warnings = []

    def warn(self, msg: str, lineno: int) -> None:
        self.warnings.append(CompileWarning(msg, lineno))


def mangle(private: str, name: str) -> str:
    """Private name mangling: in class C, ``__x`` becomes ``_C__x``; names
    ending in ``__``, dotted names and classes named only with underscores
    are left alone.  ``private`` is "" outside classes."""
    if not private or len(name) < 2 or name[0] != "_" or name[1] != "_":
        return name
    if name.endswith("__") or name.find(".") >= 0:
        return name
    i = 0
    while i < len(private) and private[i] == "_":
        i += 1
    if i == len(private):
        return name
    return "_" + private[i:] + name
