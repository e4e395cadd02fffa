"""``from __future__ import ...``: which features a module turns on.

Future statements may only be preceded by the docstring and other future
statements; the features become co_flags bits of every code object.
"""
from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.astcompiler.misc import bare_syntax_error, syntax_error
from pypy27.interpreter.astcompiler.pycode import (
    CO_FUTURE_ABSOLUTE_IMPORT, CO_FUTURE_DIVISION, CO_FUTURE_PRINT_FUNCTION,
    CO_FUTURE_UNICODE_LITERALS, CO_FUTURE_WITH_STATEMENT)

ERR_LATE_FUTURE = ("from __future__ imports must occur at the beginning of "
                   "the file")

# features 2.7 accepts; those that are always on map to 0
FEATURES: dict[str, int] = {
    "nested_scopes": 0,
    "generators": 0,
    "division": CO_FUTURE_DIVISION,
    "absolute_import": CO_FUTURE_ABSOLUTE_IMPORT,
    "with_statement": CO_FUTURE_WITH_STATEMENT,
    "print_function": CO_FUTURE_PRINT_FUNCTION,
    "unicode_literals": CO_FUTURE_UNICODE_LITERALS,
}


class FutureInfo(object):
    flags: int
    lineno: int     # line of the last future statement, -1 if none

    def __init__(self) -> None:
        self.flags = 0
        self.lineno = -1


def _check_features(info: FutureInfo, s: ast.ImportFrom, filename: str) -> None:
    for a in s.names:
        name = a.name
        if name in FEATURES:
            info.flags |= FEATURES[name]
        elif name == "braces":
            raise bare_syntax_error("not a chance", filename, s.lineno)
        else:
            raise bare_syntax_error("future feature %s is not defined" % name,
                               filename, s.lineno)


def _is_future(s: ast.stmt) -> bool:
    return isinstance(s, ast.ImportFrom) and s.module == "__future__"


def parse_future(tree: ast.mod, filename: str) -> FutureInfo:
    info = FutureInfo()
    body: list[ast.stmt] = []
    if isinstance(tree, ast.Module):
        body = tree.body
    elif isinstance(tree, ast.Interactive):
        body = tree.body
    else:
        return info
    found_docstring = False
    done = False
    prev_line = 0
    for s in body:
        # statements sharing a line with a future statement (separated by
        # semicolons) are checked here; later ones by the code generator
        if done and s.lineno > prev_line:
            return info
        prev_line = s.lineno
        if isinstance(s, ast.ImportFrom):
            if _is_future(s):
                if done:
                    raise syntax_error(ERR_LATE_FUTURE, filename, s.lineno)
                _check_features(info, s, filename)
                info.lineno = s.lineno
            else:
                done = True
        elif isinstance(s, ast.Expr) and not found_docstring:
            if isinstance(s.value, ast.Str):
                found_docstring = True
            else:
                done = True
        else:
            done = True
    return info
