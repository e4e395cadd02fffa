"""The interactive prompt (`pypy` on a terminal, or -i): read statements from
sys.stdin with the ">>> " and "... " prompts (sys.ps1, sys.ps2) on stderr,
compile each in 'single' mode, run it in __main__ (expression results go
through sys.displayhook), report exceptions and go on.

A statement is complete when it compiles; it needs more lines when it fails
to compile as it is but not for the same reason once blank lines are added
(the rule of 2.7's codeop module)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.astcompiler.pycode import CodeObj
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.pyparser.error import SyntaxErr

BANNER_TAIL = 'Type "help", "copyright", "credits" or "license" for more information.\n'


class CompileResult(object):
    """code: complete; error: a real syntax error; neither: needs more input."""
    code: Optional["CodeObj"]
    error: Optional["SyntaxErr"]

    def __init__(self, code: Optional["CodeObj"], error: Optional["SyntaxErr"]) -> None:
        self.code = code
        self.error = error


def try_compile(source: str, flags: int) -> tuple[Optional["CodeObj"], Optional["SyntaxErr"]]:
    from pypy27.interpreter.astcompiler.compiler import compile_source
    from pypy27.interpreter.pyparser.consts import PyCF_DONT_IMPLY_DEDENT
    from pypy27.interpreter.pyparser.error import SyntaxErr
    try:
        return compile_source(source, "<stdin>", "single", flags | PyCF_DONT_IMPLY_DEDENT), None
    except SyntaxErr as e:
        return None, e


def only_blank_or_comments(source: str) -> bool:
    for line in source.split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            return False
    return True


def same_error(e1: Optional["SyntaxErr"], e2: Optional["SyntaxErr"]) -> bool:
    if e1 is None or e2 is None:
        return False
    return (e1.msg == e2.msg and e1.lineno == e2.lineno and e1.offset == e2.offset
            and e1.type_name() == e2.type_name())


def compile_interactive(source: str, flags: int) -> CompileResult:
    if only_blank_or_comments(source):
        source = "pass"
    code, err = try_compile(source, flags)
    if code is not None:
        return CompileResult(code, None)
    code1, err1 = try_compile(source + "\n", flags)
    if code1 is not None:
        return CompileResult(None, None)
    code2, err2 = try_compile(source + "\n\n", flags)
    if code2 is None and same_error(err1, err2):
        return CompileResult(None, err1)
    return CompileResult(None, None)


def prompt_text(space: "ObjSpace", name: str, default: str) -> str:
    w_prompt = space.findattr(space.w_sys, name)
    if w_prompt is None:
        return default
    try:
        return space.str_w(space.str_of(w_prompt))
    except OperationError:
        return default


def write_prompt(space: "ObjSpace", prompt: str) -> None:
    """Flush sys.stdout, then the prompt on stderr (2.7 without readline)."""
    from pypy27.interpreter.executioncontext import write_stderr
    from pypy27.interpreter.main import flush_output
    flush_output(space)
    write_stderr(prompt)


def read_line(space: "ObjSpace") -> Optional[str]:
    """One line of sys.stdin with its newline; None at end of file."""
    w_stdin = space.findattr(space.w_sys, "stdin")
    if w_stdin is None or space.is_w(w_stdin, space.w_None):
        return None
    w_line = space.call_method(w_stdin, "readline", [])
    if space.isinstance_w(w_line, space.w_unicode):
        w_line = space.call_method(w_line, "encode", [space.newstr("utf-8")])
    line = space.str_w(w_line)
    if not line:
        return None
    return line


def read_prompted_line(space: "ObjSpace", prompt: str) -> Optional[str]:
    """Show the prompt and read a line (with its newline; None at end of
    file): through readline when it is imported and we are on a terminal,
    else the prompt on stderr and a line of sys.stdin."""
    from pypy27.interpreter.module.readline.lineinput import readline_input, usable
    if usable(space):
        from pypy27.interpreter.main import flush_output
        flush_output(space)
        line = readline_input(space, prompt)
        return line + "\n" if line is not None else None
    write_prompt(space, prompt)
    return read_line(space)


def import_readline(space: "ObjSpace") -> None:
    """2.7 imports readline for the prompt when stdin is a terminal (line
    editing and history); without it the prompt still works."""
    from pypy27.interpreter.importing import importhook
    from pypy27.interpreter.module.readline.lineinput import c_isatty
    if c_isatty(0) != 1:
        return
    try:
        importhook(space, "readline", None, None, 0)
    except OperationError:
        pass


def print_banner(space: "ObjSpace") -> None:
    from pypy27.interpreter.executioncontext import write_stderr
    version = space.str_w(space.getattr_str(space.w_sys, "version"))
    platform = space.str_w(space.getattr_str(space.w_sys, "platform"))
    write_stderr("Python %s on %s\n%s" % (version, platform, BANNER_TAIL))


def set_prompts(space: "ObjSpace") -> None:
    if space.findattr(space.w_sys, "ps1") is None:
        space.setattr(space.w_sys, space.newstr("ps1"), space.newstr(">>> "))
    if space.findattr(space.w_sys, "ps2") is None:
        space.setattr(space.w_sys, space.newstr("ps2"), space.newstr("... "))


def interact(space: "ObjSpace", w_globals: W_Root) -> int:
    """The read-eval-print loop; returns the exit status (end of input: 0,
    SystemExit: its code)."""
    from pypy27.interpreter.astcompiler.pycode import CO_FUTURE_MASK
    from pypy27.interpreter.executioncontext import write_stderr
    from pypy27.interpreter.main import exit_code_of, print_uncaught
    from pypy27.interpreter.pycode import PyCode
    from pypy27.interpreter.pyopcode_helpers import run_code, syntax_error
    set_prompts(space)
    import_readline(space)
    flags = 0
    lines: list[str] = []
    while True:
        try:
            if lines:
                line = read_prompted_line(space, prompt_text(space, "ps2", "... "))
            else:
                line = read_prompted_line(space, prompt_text(space, "ps1", ">>> "))
            if line is None:
                write_stderr("\n")
                return 0
            if line.endswith("\n"):
                line = line[:-1]
            lines.append(line)
            result = compile_interactive("\n".join(lines), flags)
            if result.code is None and result.error is None:
                continue
            lines = []
            err = result.error
            if err is not None:
                raise syntax_error(space, err)
            code = result.code
            assert code is not None
            flags |= code.co_flags & CO_FUTURE_MASK
            run_code(space, PyCode(space, code), w_globals, w_globals)
            end_line(space)
        except OperationError as e:
            lines = []
            if e.match(space, space.w_SystemExit):
                return exit_code_of(space, e)
            if e.match(space, space.w_KeyboardInterrupt):
                write_stderr("\nKeyboardInterrupt\n")
                continue
            end_line(space)
            print_uncaught(space, e)


def end_line(space: "ObjSpace") -> None:
    """A `print x,` left a line open: end it before the next prompt."""
    from pypy27.interpreter.main import end_softspace
    end_softspace(space)
