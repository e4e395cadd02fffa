r"""Compile Python source that may be only the start of a statement, as an
interactive prompt has to.

compile_command(source, filename, symbol) returns a code object when the
source is a complete statement (or expression, for symbol 'eval'), None
when it is a valid beginning that needs more lines, and raises
SyntaxError (or OverflowError/ValueError) when no continuation can make
it valid.  Compile and CommandCompiler do the same while remembering the
__future__ statements compiled so far, as a session at the prompt does.

How incompleteness is told apart from an error: the source is compiled
as is, with one more newline and with two.  If it compiles as is, it is
complete.  If it fails in the same way with one and two newlines, the
error is real; otherwise more input could still finish it.  Lines that are
blank or comments only count as the statement 'pass' (except for 'eval').
"""
import __future__

__all__ = ["compile_command", "Compile", "CommandCompiler"]

# compile() flag: do not pretend the source ends with a dedent, so an
# open block ('if x:') is reported as unfinished
PyCF_DONT_IMPLY_DEDENT = 0x200

_features = [getattr(__future__, name) for name in __future__.all_feature_names]


def _only_comments(source):
    for line in source.split("\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith('#'):
            return False
    return True


def _try(compiler, source, filename, symbol):
    """(code, None) or (None, the SyntaxError)."""
    try:
        return compiler(source, filename, symbol), None
    except SyntaxError, err:
        return None, err


def _maybe_compile(compiler, source, filename, symbol):
    if symbol != "eval" and _only_comments(source):
        source = "pass"
    code, _ = _try(compiler, source, filename, symbol)
    if code:
        return code
    more, err1 = _try(compiler, source + "\n", filename, symbol)
    _, err2 = _try(compiler, source + "\n\n", filename, symbol)
    if not more and repr(err1) == repr(err2):
        raise err1
    return None


def _compile(source, filename, symbol):
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT)


def compile_command(source, filename="<input>", symbol="single"):
    """A code object for source if it is complete, None if it needs more
    lines; raises SyntaxError, OverflowError or ValueError if it is wrong.
    symbol is 'single' (a statement, default), 'exec' or 'eval'."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like compile(), but every __future__ statement compiled stays in
    effect for later sources."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT

    def __call__(self, source, filename, symbol):
        code = compile(source, filename, symbol, self.flags, 1)
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """Like compile_command(), but every __future__ statement compiled stays
    in effect for later sources."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        """A code object, None when more input is needed, or an error; as
        compile_command()."""
        return _maybe_compile(self.compiler, source, filename, symbol)
