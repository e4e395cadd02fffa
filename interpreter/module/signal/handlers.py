"""signal(), getsignal() and friends.

Dispositions SIG_DFL and SIG_IGN are set with sigaction(2); a Python
handler is recorded here and delivered by delivery.py."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i64, raw_store_i64

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.arguments import Arguments

NSIG = 65
SIG_DFL = 0
SIG_IGN = 1
SIGINT = 2
SIGACTION_SIZE = 152        # struct sigaction on x86_64 Linux; sa_handler first

c_sigaction = external("sigaction", ["int", "void*", "void*"], "int", header="<signal.h>")
c_alarm = external("alarm", ["unsigned int"], "unsigned int", header="<unistd.h>")
c_pause = external("pause", [], "int", header="<unistd.h>")
c_siginterrupt = external("siginterrupt", ["int", "int"], "int", header="<signal.h>")
c_setitimer = external("setitimer", ["int", "void*", "void*"], "int", header="<sys/time.h>")
c_getitimer = external("getitimer", ["int", "void*"], "int", header="<sys/time.h>")


class SignalState(object):
    handlers_w: list[Optional[W_Root]]     # per signal; None: ask the OS
    w_default_int_handler: Optional[W_Root]
    w_itimer_error: Optional[W_Root]
    wakeup_fd: int

    def __init__(self) -> None:
        self.handlers_w = [None] * NSIG
        self.w_default_int_handler = None
        self.w_itimer_error = None
        self.wakeup_fd = -1


state = SignalState()


def runtime_error(space: "ObjSpace", err: int) -> OperationError:
    from pypy27.interpreter.module.posix.errors import strerror
    w_exc = space.call_function(space.w_RuntimeError, [space.newint(err), space.newstr(strerror(err))])
    return OperationError(space.w_RuntimeError, w_exc)


def set_disposition(space: "ObjSpace", signum: int, handler: int) -> int:
    """sigaction(signum) with SIG_DFL/SIG_IGN; the previous sa_handler."""
    new = raw_alloc(SIGACTION_SIZE)
    old = raw_alloc(SIGACTION_SIZE)
    try:
        for i in range(SIGACTION_SIZE // 8):
            raw_store_i64(new, 8 * i, 0)
            raw_store_i64(old, 8 * i, 0)
        raw_store_i64(new, 0, handler)
        if c_sigaction(signum, new, old) < 0:
            raise runtime_error(space, get_errno())
        return raw_load_i64(old, 0)
    finally:
        raw_free(new)
        raw_free(old)


def current_disposition(space: "ObjSpace", signum: int) -> int:
    old = raw_alloc(SIGACTION_SIZE)
    try:
        raw_store_i64(old, 0, 0)
        if c_sigaction(signum, 0, old) < 0:
            return SIG_DFL
        return raw_load_i64(old, 0)
    finally:
        raw_free(old)


def c_int(space: "ObjSpace", w_obj: W_Root) -> int:
    """A C int argument (2.7's "i")."""
    n = space.int_w(w_obj)
    if n > 0x7fffffff:
        raise space.error(space.w_OverflowError, "signed integer is greater than maximum")
    if n < -0x80000000:
        raise space.error(space.w_OverflowError, "signed integer is less than minimum")
    return n


def check_signum(space: "ObjSpace", w_signum: W_Root) -> int:
    signum = c_int(space, w_signum)
    if signum < 1 or signum >= NSIG:
        raise space.value_error("signal number out of range")
    return signum


def handler_of(space: "ObjSpace", signum: int) -> W_Root:
    w_handler = state.handlers_w[signum]
    if w_handler is not None:
        return w_handler
    if signum == SIGINT and state.w_default_int_handler is not None:
        return state.w_default_int_handler
    disp = current_disposition(space, signum)
    if disp == SIG_DFL or disp == SIG_IGN:
        return space.newint(disp)
    return space.w_None


def signal_signal(space: "ObjSpace", w_signum: W_Root, w_handler: W_Root) -> W_Root:
    """signal(sig, action) -> action: set the action for signal sig
    (SIG_DFL, SIG_IGN or a callable); returns the previous one."""
    signum = check_signum(space, w_signum)
    w_old = handler_of(space, signum)
    is_int = space.isinstance_w(w_handler, space.w_int) or space.isinstance_w(w_handler, space.w_long)
    if is_int:
        value = space.int_w(w_handler)
        if value != SIG_DFL and value != SIG_IGN:
            raise space.type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                                   "or a callable object")
        set_disposition(space, signum, value)
        state.handlers_w[signum] = space.newint(value)
        return w_old
    if space.lookup(w_handler, "__call__") is None:
        raise space.type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                               "or a callable object")
    from pypy27.interpreter.module.signal.delivery import watch
    if signum == 9 or signum == 19:
        raise runtime_error(space, 22)     # as sigaction() answers for SIGKILL/SIGSTOP
    if watch(signum) < 0:
        raise runtime_error(space, get_errno())
    state.handlers_w[signum] = w_handler
    return w_old


def signal_getsignal(space: "ObjSpace", w_signum: W_Root) -> W_Root:
    """getsignal(sig) -> action: SIG_IGN, SIG_DFL, None or a callable."""
    return handler_of(space, check_signum(space, w_signum))


def signal_default_int_handler(space: "ObjSpace", args: "Arguments") -> W_Root:
    """default_int_handler(...): raise KeyboardInterrupt (SIGINT's action),
    whatever the arguments, as 2.7."""
    raise OperationError(space.w_KeyboardInterrupt, space.w_None)


def signal_alarm(space: "ObjSpace", w_seconds: W_Root) -> W_Root:
    """alarm(seconds): deliver SIGALRM after that many seconds; the seconds
    left of the previous alarm."""
    return space.newint(c_alarm(space.int_w(w_seconds)) & 0xffffffff)


def signal_pause(space: "ObjSpace") -> W_Root:
    """pause(): wait until a signal arrives (other threads run meanwhile)."""
    from pypy27.interpreter.module.thread import gil
    gil.release()
    c_pause()
    gil.acquire()
    return space.w_None


def signal_siginterrupt(space: "ObjSpace", w_signum: W_Root, w_flag: W_Root) -> W_Root:
    c_int(space, w_signum)          # "ii": both converted before the check
    flag = c_int(space, w_flag)
    signum = check_signum(space, w_signum)
    if c_siginterrupt(signum, 1 if flag else 0) < 0:
        raise runtime_error(space, get_errno())
    return space.w_None


def signal_set_wakeup_fd(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    """set_wakeup_fd(fd) -> previous fd (recorded; -1 disables)."""
    fd = space.int_w(w_fd)
    old = state.wakeup_fd
    state.wakeup_fd = fd
    return space.newint(old)


def itimer_error(space: "ObjSpace") -> OperationError:
    from pypy27.interpreter.module.posix.errors import strerror
    w_error = state.w_itimer_error
    assert w_error is not None
    err = get_errno()
    w_exc = space.call_function(w_error, [space.newint(err), space.newstr(strerror(err))])
    return OperationError(space.type(w_exc), w_exc)


def timeval_seconds(buf: int, offset: int) -> float:
    return float(raw_load_i64(buf, offset)) + float(raw_load_i64(buf, offset + 8)) * 1e-6


def store_timeval(buf: int, offset: int, t: float) -> None:
    sec = int(t)
    usec = int((t - float(sec)) * 1e6)
    if sec == 0 and usec == 0 and t > 0.0:
        usec = 1
    raw_store_i64(buf, offset, sec)
    raw_store_i64(buf, offset + 8, usec)


def signal_setitimer(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """setitimer(which, seconds[, interval]) -> (old delay, old interval)"""
    w_which = args_w[0]
    w_seconds = args_w[1]
    assert w_which is not None and w_seconds is not None
    seconds = space.float_w(space.call_function(space.w_float, [w_seconds]))
    interval = 0.0
    if args_w[2] is not None:
        interval = space.float_w(space.call_function(space.w_float, [args_w[2]]))
    new = raw_alloc(32)
    old = raw_alloc(32)
    try:
        store_timeval(new, 0, interval)
        store_timeval(new, 16, seconds)
        if c_setitimer(space.int_w(w_which), new, old) < 0:
            raise itimer_error(space)
        return space.newtuple([space.newfloat(timeval_seconds(old, 16)),
                               space.newfloat(timeval_seconds(old, 0))])
    finally:
        raw_free(new)
        raw_free(old)


def signal_getitimer(space: "ObjSpace", w_which: W_Root) -> W_Root:
    """getitimer(which) -> (delay, interval)"""
    buf = raw_alloc(32)
    try:
        if c_getitimer(c_int(space, w_which), buf) < 0:
            raise itimer_error(space)
        return space.newtuple([space.newfloat(timeval_seconds(buf, 16)),
                               space.newfloat(timeval_seconds(buf, 0))])
    finally:
        raw_free(buf)
