"""Traceback objects and the top-level printing of uncaught exceptions."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    from pypy27.interpreter.pyframe import PyFrame


class W_Traceback(W_Root):
    frame: "PyFrame"
    lasti: int
    next: Optional["W_Traceback"]

    def __init__(self, frame: "PyFrame", lasti: int, next: Optional["W_Traceback"]) -> None:
        self.frame = frame
        self.lasti = lasti
        self.next = next

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        from pypy27.interpreter.setup_eval import eval_types
        w_type = eval_types.w_traceback
        assert w_type is not None
        return w_type

    def get_lineno(self) -> int:
        return self.frame.pycode.line_for_instr(self.lasti)


def record_traceback(space: "ObjSpace", operr: OperationError, frame: "PyFrame") -> None:
    """The exception passes through frame: add an entry (2.7's PyTraceBack_Here)."""
    w_next = operr.w_traceback
    tb_next: Optional[W_Traceback] = None
    if isinstance(w_next, W_Traceback):
        tb_next = w_next
    from pypy27.interpreter.pyframe import mark_escaped
    mark_escaped(frame)     # tb_frame shows it
    operr.w_traceback = W_Traceback(frame, frame.last_instr, tb_next)


class SourceCache(object):
    files: dict[str, list[str]]

    def __init__(self) -> None:
        self.files = {}


source_cache = SourceCache()


def source_line(filename: str, lineno: int) -> str:
    """Line lineno of the file, without its indentation, or "" if unknown."""
    from pypy27.support.fileio import FileError, read_file
    lines = source_cache.files.get(filename, None)
    if lines is None:
        try:
            data = read_file(filename)
        except FileError:
            data = ""
        lines = data.split("\n")
        source_cache.files[filename] = lines
    if lineno < 1 or lineno > len(lines):
        return ""
    line = lines[lineno - 1]
    return line.strip(" \t\x0c\r\n")


def format_traceback(space: "ObjSpace", w_tb: Optional[W_Root]) -> str:
    parts: list[str] = []
    tb: Optional[W_Traceback] = None
    if isinstance(w_tb, W_Traceback):
        tb = w_tb
    if tb is not None:
        parts.append("Traceback (most recent call last):\n")
    while tb is not None:
        code = tb.frame.pycode
        lineno = tb.get_lineno()
        parts.append('  File "%s", line %d, in %s\n' % (code.co_filename, lineno, code.co_name))
        line = source_line(code.co_filename, lineno)
        if line:
            parts.append("    %s\n" % line)
        tb = tb.next
    return "".join(parts)


def format_exception(space: "ObjSpace", operr: OperationError) -> str:
    """The whole report 2.7 prints for an uncaught exception."""
    text = format_traceback(space, operr.w_traceback)
    errorstr = operr.errorstr(space)
    if operr.match(space, space.w_SyntaxError):
        location = format_syntax_error_location(space, operr)
        if location:
            # with the location shown, 2.7 prints the bare message, not str(exc)
            w_msg = space.findattr(operr.normalize(space), "msg")
            colon = errorstr.find(": ")
            if w_msg is not None and colon > 0:
                try:
                    errorstr = errorstr[:colon] + ": " + space.str_w(space.str_of(w_msg))
                except OperationError:
                    pass
        text += location
    return text + errorstr + "\n"


def format_syntax_error_location(space: "ObjSpace", operr: OperationError) -> str:
    """'  File "x.py", line 1\\n    text\\n       ^\\n' of a SyntaxError."""
    w_value = operr.normalize(space)
    try:
        w_filename = space.findattr(w_value, "filename")
        w_lineno = space.findattr(w_value, "lineno")
        w_offset = space.findattr(w_value, "offset")
        w_text = space.findattr(w_value, "text")
        if w_filename is None or w_lineno is None or space.is_w(w_filename, space.w_None):
            return ""
        filename = space.str_w(w_filename)
        lineno = space.int_w(w_lineno)
        text = '  File "%s", line %d\n' % (filename, lineno)
        if w_text is not None and not space.is_w(w_text, space.w_None):
            line = space.str_w(w_text)
            offset = -1
            if w_offset is not None and not space.is_w(w_offset, space.w_None):
                offset = space.int_w(w_offset)
            # 2.7's print_error_text: drop the leading whitespace (moving the
            # caret with it) and the trailing newline
            while len(line) > 0 and (line[0] == " " or line[0] == "\t" or line[0] == "\x0c"):
                line = line[1:]
                offset -= 1
            nl = line.find("\n")
            while nl >= 0 and nl + 1 < len(line):
                if offset <= nl + 1:
                    break
                offset -= nl + 1
                line = line[nl + 1:]
                nl = line.find("\n")
            if line.endswith("\n"):
                line = line[:len(line) - 1]
            text += "    %s\n" % line
            if offset >= 0:
                text += "    " + " " * max(offset - 1, 0) + "^\n"
        return text
    except OperationError:
        return ""


def print_exception(space: "ObjSpace", operr: OperationError) -> None:
    """Print an uncaught exception to sys.stderr like 2.7."""
    text = format_exception(space, operr)
    write_to_stderr(space, text)


def write_to_stderr(space: "ObjSpace", text: str) -> None:
    from pypy27.interpreter.executioncontext import write_stderr
    w_stderr = space.findattr(space.w_sys, "stderr")
    if w_stderr is not None and not space.is_w(w_stderr, space.w_None):
        try:
            space.call_method(w_stderr, "write", [space.newstr(text)])
            return
        except OperationError:
            pass
    write_stderr(text)
