"""The execution context: the stack of running frames, the recursion limit,
sys.exc_info(), sys.settrace/setprofile, and the process's output hooks."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.ffi import external
from pypy27.support.rawmem import raw_alloc, raw_free, raw_str_to_mem

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.pyframe import PyFrame

c_write = external("write", ["int", "void*", "size_t"], "ssize_t", header="<unistd.h>")


class ExecutionContext(object):
    topframe: Optional["PyFrame"]
    depth: int
    recursionlimit: int
    w_tracefunc: Optional[W_Root]
    w_profilefunc: Optional[W_Root]
    is_tracing: int
    # the exception sys.exc_info() returns when no frame has one (set by
    # code outside any frame, e.g. after the main module finished)
    sys_exc_operr: Optional[OperationError]

    def __init__(self) -> None:
        self.topframe = None
        self.depth = 0
        self.recursionlimit = 1000
        self.w_tracefunc = None
        self.w_profilefunc = None
        self.is_tracing = 0
        self.sys_exc_operr = None

    def enter(self, space: "ObjSpace", frame: "PyFrame") -> None:
        if self.depth >= self.recursionlimit:
            raise recursion_error(space)
        self.depth += 1
        frame.f_backref = self.topframe
        self.topframe = frame

    def leave(self, frame: "PyFrame") -> None:
        self.topframe = frame.f_backref
        self.depth -= 1

    def sys_exc_info(self) -> Optional[OperationError]:
        """The exception being handled, as sys.exc_info() sees it: the most
        recent one caught in the innermost frame that caught one."""
        frame = self.topframe
        while frame is not None:
            if frame.last_exception is not None:
                return frame.last_exception
            if frame.exc_cleared:
                return None
            frame = frame.f_backref
        return self.sys_exc_operr

    def clear_sys_exc_info(self) -> None:
        """sys.exc_clear()."""
        frame = self.topframe
        if frame is not None:
            frame.last_exception = None
            frame.exc_cleared = True
        else:
            self.sys_exc_operr = None

    def getframe(self, depth: int) -> Optional["PyFrame"]:
        """sys._getframe(depth): None if the stack is not that deep."""
        frame = self.topframe
        while depth > 0 and frame is not None:
            frame = frame.f_backref
            depth -= 1
        return frame


ec = ExecutionContext()


def get_ec(space: "ObjSpace") -> ExecutionContext:
    return ec


def recursion_error(space: "ObjSpace") -> OperationError:
    return OperationError(space.w_RuntimeError, space.newstr("maximum recursion depth exceeded"))


# ---- output hooks ----------------------------------------------------------------
# sys.stdout and sys.stderr (the built-in modules part) write through these, so
# that tests can capture what a program prints (tests/interpreter/apptest.py).

class OutputState(object):
    capturing: bool
    out: list[str]
    err: list[str]
    softspace: bool      # of the fallback stdout (when there is no sys.stdout)

    def __init__(self) -> None:
        self.capturing = False
        self.out = []
        self.err = []
        self.softspace = False


output = OutputState()


def set_output_capture(on: bool) -> None:
    """Start (True) or stop (False) capturing stdout and stderr in memory."""
    output.capturing = on
    output.out = []
    output.err = []
    output.softspace = False


def get_captured_stdout() -> str:
    return "".join(output.out)


def get_captured_stderr() -> str:
    return "".join(output.err)


def write_fd(fd: int, s: str) -> None:
    if not s:
        return
    buf = raw_alloc(len(s))
    try:
        raw_str_to_mem(s, buf)
        done = 0
        while done < len(s):
            n = c_write(fd, buf + done, len(s) - done)
            if n <= 0:
                break
            done += n
    finally:
        raw_free(buf)


def write_stdout(s: str) -> None:
    if output.capturing:
        output.out.append(s)
    else:
        write_fd(1, s)


def write_stderr(s: str) -> None:
    if output.capturing:
        output.err.append(s)
    else:
        write_fd(2, s)
