"""Running Python 2.7 source on our interpreter, for app-level tests.

    from pypy27.tests.interpreter.apptest import run_app, run_app_exc
    assert run_app("print 1 + 2\\n") == "3\\n"
    assert run_app_exc("1/0\\n") == ("", "ZeroDivisionError: integer division or modulo by zero")

One space is built per test session; each call runs the source as a fresh
__main__ module and returns what it printed (stdout captured in memory).
"""
import sys
import threading
from typing import Optional

from pypy27.interpreter.baseobjspace import ObjSpace, W_Root
from pypy27.interpreter.error import OperationError


class _State:
    space: Optional[ObjSpace] = None


_state = _State()


def get_space() -> ObjSpace:
    if _state.space is None:
        from pypy27.interpreter.objspace.std import make_space
        space = make_space()
        import os
        from pypy27.interpreter.module.sys.state import set_executable
        from pypy27.support.importroot import REPO
        set_executable(space, os.path.join(REPO, "bin", "pypy-untranslated"), REPO)
        _state.space = space
    return _state.space


def _run_in_big_stack(fn, *args):  # type: ignore[no-untyped-def]
    """Deep app-level recursion needs a deep host stack."""
    result: list = []
    error: list = []

    def target():  # type: ignore[no-untyped-def]
        try:
            result.append(fn(*args))
        except BaseException as e:  # noqa: B902
            error.append(e)

    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 60000))
    old_size = threading.stack_size()
    threading.stack_size(512 * 1024 * 1024)
    try:
        t = threading.Thread(target=target)
        t.start()
        t.join()
    finally:
        threading.stack_size(old_size)
        sys.setrecursionlimit(old_limit)
    if error:
        raise error[0]
    return result[0]


def _run(source: str, filename: str) -> tuple:  # type: ignore[type-arg]
    from pypy27.interpreter import executioncontext
    from pypy27.interpreter.main import end_softspace, run_main_source
    space = get_space()
    executioncontext.set_output_capture(True)
    try:
        operr = run_main_source(space, source, filename, ["-c"])
        end_softspace(space)
        _flush(space)
        out = executioncontext.get_captured_stdout()
    finally:
        executioncontext.set_output_capture(False)
    return out, operr


def _flush(space: ObjSpace) -> None:
    try:
        from pypy27.interpreter.module.builtin.io import flush_std_files
    except ImportError:
        return
    try:
        flush_std_files(space)
    except OperationError:
        pass


def exc_text(space: ObjSpace, operr: OperationError) -> str:
    """'ExcType: message' of an app-level exception (just 'ExcType' when the
    message is empty)."""
    return operr.errorstr(space)


def run_app(source: str, filename: str = "<apptest>") -> str:
    """Run source; what it printed. An uncaught exception fails the test
    (AssertionError with the exception and the output so far)."""
    out, operr = _run_in_big_stack(_run, source, filename)
    if operr is not None:
        raise AssertionError("uncaught app-level exception: %s\noutput:\n%s"
                             % (exc_text(get_space(), operr), out))
    return out


def run_app_exc(source: str, filename: str = "<apptest>") -> tuple[str, str]:
    """Run source that ends with an uncaught exception: (stdout, "Type: msg")."""
    out, operr = _run_in_big_stack(_run, source, filename)
    if operr is None:
        raise AssertionError("no exception raised; output:\n%s" % out)
    return out, exc_text(get_space(), operr)


def app_traceback(source: str, filename: str = "<apptest>") -> str:
    """Run source; the traceback 2.7 would print for its uncaught exception."""
    from pypy27.interpreter.traceback import format_exception
    out, operr = _run_in_big_stack(_run, source, filename)
    if operr is None:
        raise AssertionError("no exception raised")
    return format_exception(get_space(), operr)


