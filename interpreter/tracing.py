"""sys.settrace and sys.setprofile: calling the trace and profile functions
on call, line, return and exception events (2.7's semantics)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.executioncontext import ExecutionContext
    from pypy27.interpreter.pyframe import PyFrame


def _call_tracefunc(space: "ObjSpace", ec: "ExecutionContext", w_func: W_Root, frame: "PyFrame",
                    event: str, w_arg: W_Root) -> W_Root:
    from pypy27.interpreter.pyframe import mark_escaped
    mark_escaped(frame)     # the trace function sees it
    ec.is_tracing += 1
    try:
        return space.call_function(w_func, [frame, space.newstr(event), w_arg])
    finally:
        ec.is_tracing -= 1


def call_trace(space: "ObjSpace", ec: "ExecutionContext", frame: "PyFrame", event: str,
               w_arg: W_Root) -> None:
    """A 'call' or 'return' event."""
    if ec.is_tracing > 0:
        return
    if event == "call":
        w_tracefunc = ec.w_tracefunc
        if w_tracefunc is not None:
            try:
                w_res = _call_tracefunc(space, ec, w_tracefunc, frame, event, w_arg)
            except OperationError:
                ec.w_tracefunc = None
                raise
            if not space.is_w(w_res, space.w_None):
                frame.w_f_trace = w_res
            if frame.last_instr == -1:
                frame.trace_lineno = frame.pycode.co_firstlineno
    else:
        w_local = frame.w_f_trace
        if w_local is not None:
            try:
                _call_tracefunc(space, ec, w_local, frame, event, w_arg)
            except OperationError:
                ec.w_tracefunc = None
                frame.w_f_trace = None
                raise
    w_profile = ec.w_profilefunc
    if w_profile is not None:
        try:
            _call_tracefunc(space, ec, w_profile, frame, event, w_arg)
        except OperationError:
            ec.w_profilefunc = None
            raise


def profile_c_call(space: "ObjSpace", ec: "ExecutionContext", frame: "PyFrame", w_func: W_Root,
                   w_args: "Arguments") -> W_Root:
    """A call of a built-in function while profiling: 'c_call', then
    'c_return' or 'c_exception' events around it."""
    w_profile = ec.w_profilefunc
    assert w_profile is not None
    _call_profile(space, ec, frame, "c_call", w_func)
    try:
        w_res = space.call_args(w_func, w_args)
    except OperationError:
        _call_profile(space, ec, frame, "c_exception", w_func)
        raise
    _call_profile(space, ec, frame, "c_return", w_func)
    return w_res


def _call_profile(space: "ObjSpace", ec: "ExecutionContext", frame: "PyFrame", event: str,
                  w_arg: W_Root) -> None:
    w_profile = ec.w_profilefunc
    if w_profile is None or ec.is_tracing > 0:
        return
    try:
        _call_tracefunc(space, ec, w_profile, frame, event, w_arg)
    except OperationError:
        ec.w_profilefunc = None
        raise


def trace_exception(space: "ObjSpace", ec: "ExecutionContext", frame: "PyFrame",
                    operr: OperationError) -> None:
    w_local = frame.w_f_trace
    if w_local is None or ec.is_tracing > 0:
        return
    w_value = operr.w_value if operr.w_value is not None else space.w_None
    w_tb = operr.w_traceback if operr.w_traceback is not None else space.w_None
    w_arg = space.newtuple([operr.w_type, w_value, w_tb])
    w_res = _call_tracefunc(space, ec, w_local, frame, "exception", w_arg)
    if space.is_w(w_res, space.w_None):
        frame.w_f_trace = None
    else:
        frame.w_f_trace = w_res


def line_bounds(lnotab: str, firstlineno: int, lasti: int) -> tuple[int, int, int]:
    """(line, start, end) of the line table entry containing lasti."""
    line = firstlineno
    addr = 0
    start = 0
    i = 0
    while i + 1 < len(lnotab):
        nxt = addr + ord(lnotab[i])
        if nxt > lasti:
            return line, start, nxt
        addr = nxt
        line += ord(lnotab[i + 1])
        if ord(lnotab[i]) != 0:
            start = addr
        i += 2
    return line, start, 1 << 30


def maybe_trace_line(frame: "PyFrame", ec: "ExecutionContext", next_instr: int) -> None:
    """Call the frame's trace function with 'line' if next_instr starts a
    line or jumps backwards (2.7's maybe_call_line_trace)."""
    w_local = frame.w_f_trace
    if w_local is None or ec.is_tracing > 0:
        return
    space = frame.space
    code = frame.pycode
    line, start, end = line_bounds(code.co_lnotab, code.co_firstlineno, next_instr)
    prev = frame.trace_instr_prev
    frame.trace_instr_prev = next_instr
    if next_instr == start or next_instr < prev:
        frame.trace_lineno = line
        saved = frame.last_instr
        frame.last_instr = next_instr
        try:
            w_res = _call_tracefunc(space, ec, w_local, frame, "line", space.w_None)
        except OperationError:
            ec.w_tracefunc = None
            frame.w_f_trace = None
            raise
        frame.last_instr = saved
        if space.is_w(w_res, space.w_None):
            frame.w_f_trace = None
        else:
            frame.w_f_trace = w_res


def settrace(space: "ObjSpace", w_func: Optional[W_Root]) -> None:
    from pypy27.interpreter.executioncontext import get_ec
    ec = get_ec(space)
    if w_func is None or space.is_w(w_func, space.w_None):
        ec.w_tracefunc = None
    else:
        ec.w_tracefunc = w_func


def setprofile(space: "ObjSpace", w_func: Optional[W_Root]) -> None:
    from pypy27.interpreter.executioncontext import get_ec
    ec = get_ec(space)
    if w_func is None or space.is_w(w_func, space.w_None):
        ec.w_profilefunc = None
    else:
        ec.w_profilefunc = w_func
