"""Running Python-level signal handlers.

Translated, a C handler of the runtime (translator/c/runtime/rt_signal.c)
records each signal; the evaluator asks signals_pending() at safe points
(backward jumps) and then fire_pending() calls the handlers, in the main
thread (other threads only give up the GIL there when asked).  Untranslated, handlers are only
recorded (the host cannot run our C handler)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.ffi import external
from pypy27.support.objectmodel import we_are_translated

import signal as _host_signal
SIGPIPE = int(_host_signal.SIGPIPE)
SIGXFSZ = int(_host_signal.SIGXFSZ)

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

c_watch = external("rt_signal_watch", ["Signed"], "Signed", header='"rt_signal.h"')
c_pending = external("rt_actions_pending", [], "Signed", header='"rt_signal.h"')
c_signal_pending = external("rt_signal_pending", [], "Signed", header='"rt_signal.h"')
c_take = external("rt_signal_take", [], "Signed", header='"rt_signal.h"')


def watch(signum: int) -> int:
    """Have signum recorded for a Python handler: 0, or -1 (errno set)."""
    if we_are_translated():
        return c_watch(signum)
    return 0


def signals_pending() -> bool:
    """Something to do at the next safe point: a signal was recorded, or
    (with threads) another thread asked for the GIL."""
    if we_are_translated():
        return c_pending() != 0
    return False


def signal_recorded() -> bool:
    """A signal is waiting for its Python handler (blocking calls retry on
    EINTR only when none is: the collector's own signals interrupt them too)."""
    if we_are_translated():
        return c_signal_pending() != 0
    return False


def fire_pending(space: "ObjSpace", w_frame: Optional[W_Root]) -> None:
    """Call the Python handler of each recorded signal with (signum, frame);
    an exception it raises (KeyboardInterrupt...) propagates."""
    from pypy27.interpreter.module.signal.handlers import SIGINT, state
    from pypy27.interpreter.module.thread import gil
    if not we_are_translated():
        return
    if gil.threads.on:
        gil.periodic_switch()
        if not gil.is_main_thread():
            return      # Python handlers run in the main thread only
    while True:
        signum = c_take()
        if signum <= 0:
            return
        w_handler = state.handlers_w[signum]
        if w_handler is None and signum == SIGINT:
            w_handler = state.w_default_int_handler
        if w_handler is None or space.isinstance_w(w_handler, space.w_int):
            continue
        w_f = w_frame if w_frame is not None else space.w_None
        space.call_function(w_handler, [space.newint(signum), w_f])


def install_startup_handlers(space: "ObjSpace") -> None:
    """What CPython 2.7 does at start-up: SIGINT raises KeyboardInterrupt
    (through default_int_handler), SIGPIPE and SIGXFSZ are ignored (so
    writes fail with EPIPE/EFBIG instead of killing the process)."""
    from pypy27.interpreter.module.signal.handlers import SIG_IGN, SIGINT, set_disposition, state
    if not we_are_translated():
        return
    if watch(SIGINT) == 0:
        state.handlers_w[SIGINT] = state.w_default_int_handler
    set_disposition(space, SIGPIPE, SIG_IGN)
    set_disposition(space, SIGXFSZ, SIG_IGN)
