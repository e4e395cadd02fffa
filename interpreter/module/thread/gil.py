"""The global interpreter lock as the interpreter sees it.

The C runtime (translator/c/runtime/rt_thread.c) owns the lock itself; its
own per-thread values (rt_exc_value, the stack limit) are thread-local, so
the glue between release() and acquire() (exception tests, acquire's stack
check) is safe without the GIL.  The interpreter's per-thread state is the execution context (frame stack,
sys.settrace/setprofile functions): there is one ExecutionContext object,
whose fields are saved into the thread's ThreadState when the thread drops
the GIL and restored when it takes it back.  So code that runs holding the
GIL sees its own thread's values, and nothing on the hot paths changes.

Blocking system calls are bracketed by release() / acquire():

    gil.release()
    n = c_read(fd, buf, size)
    gil.acquire()

Before the first thread starts both are a test of one flag.  Untranslated
there are no OS threads (thread.start_new_thread runs the function at once)
and these are no-ops.  See docs/threads.md."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.executioncontext import ec as the_ec
from pypy27.support.ffi import external
from pypy27.support.objectmodel import we_are_translated

if TYPE_CHECKING:
    from pypy27.interpreter.error import OperationError
    from pypy27.interpreter.pyframe import PyFrame

_H = '"rt_thread.h"'
c_thread_start = external("rt_thread_start", ["int64_t", "int64_t"], "int64_t", header=_H)
c_thread_ident = external("rt_thread_ident", [], "int64_t", header=_H)
c_thread_is_main = external("rt_thread_is_main", [], "int64_t", header=_H)
c_thread_handle = external("rt_thread_handle", [], "int64_t", header=_H)
c_thread_park = external("rt_thread_park", [], "void", header=_H)
c_thread_unpark = external("rt_thread_unpark", ["int64_t"], "void", header=_H)
c_gil_release = external("rt_gil_release", [], "void", header=_H)
c_gil_acquire = external("rt_gil_acquire", [], "void", header=_H)
c_gil_yield = external("rt_gil_yield", [], "void", header=_H)
c_gil_set_interval = external("rt_gil_set_interval", ["int64_t"], "void", header=_H)

# sys.setcheckinterval(n): a thread waiting for the GIL asks for it after
# n * 50 microseconds (the default 100 gives 5 ms).
MICROSECONDS_PER_CHECK = 50


class ThreadState(object):
    """One thread's interpreter state while another thread runs."""
    ident: int
    topframe: Optional["PyFrame"]
    depth: int
    w_tracefunc: Optional[W_Root]
    w_profilefunc: Optional[W_Root]
    is_tracing: int
    sys_exc_operr: Optional["OperationError"]
    # thread._local objects: their serial number -> this thread's __dict__
    locals_w: dict[int, W_Root]

    def __init__(self, ident: int) -> None:
        self.ident = ident
        self.topframe = None
        self.depth = 0
        self.w_tracefunc = None
        self.w_profilefunc = None
        self.is_tracing = 0
        self.sys_exc_operr = None
        self.locals_w = {}


class Threads(object):
    on: bool                        # a thread was started: the GIL is real
    current: ThreadState            # the state of the thread holding the GIL
    by_ident: dict[int, ThreadState]
    main: ThreadState
    count: int                      # threads started and not finished (thread._count)
    main_done: bool                 # in a fork child: the forking thread's function returned

    def __init__(self) -> None:
        self.on = False
        self.main = ThreadState(0)
        self.current = self.main
        self.by_ident = {}
        self.count = 0
        self.main_done = False


threads = Threads()


def _save(ts: ThreadState) -> None:
    ec = the_ec
    ts.topframe = ec.topframe
    ts.depth = ec.depth
    ts.w_tracefunc = ec.w_tracefunc
    ts.w_profilefunc = ec.w_profilefunc
    ts.is_tracing = ec.is_tracing
    ts.sys_exc_operr = ec.sys_exc_operr


def _restore(ts: ThreadState) -> None:
    ec = the_ec
    ec.topframe = ts.topframe
    ec.depth = ts.depth
    ec.w_tracefunc = ts.w_tracefunc
    ec.w_profilefunc = ts.w_profilefunc
    ec.is_tracing = ts.is_tracing
    ec.sys_exc_operr = ts.sys_exc_operr
    threads.current = ts


def _retake() -> None:
    """After the C GIL is taken: make the interpreter state this thread's."""
    ts = threads.by_ident.get(c_thread_ident(), None)
    if ts is not None and ts is not threads.current:
        _restore(ts)


def release() -> None:
    """Drop the GIL before a blocking call; no interpreter object may be
    touched until acquire()."""
    if threads.on:
        _save(threads.current)
        c_gil_release()


def acquire() -> None:
    """Take the GIL back after the blocking call (errno is preserved)."""
    if threads.on:
        c_gil_acquire()
        _retake()


def periodic_switch() -> None:
    """At a safe point, when another thread asked for the GIL: let it run."""
    if threads.on:
        _save(threads.current)
        c_gil_yield()
        _retake()


def current_ident() -> int:
    if we_are_translated():
        return c_thread_ident()
    return 1


def is_main_thread() -> bool:
    if we_are_translated():
        return c_thread_is_main() != 0
    return True


def set_check_interval(n: int) -> None:
    if we_are_translated():
        if n < 1:
            n = 1
        if n > 100000000:
            n = 100000000
        c_gil_set_interval(n * MICROSECONDS_PER_CHECK)


def enable() -> None:
    """Called by the GIL holder just before it starts the first thread."""
    if not threads.on:
        threads.main.ident = current_ident()
        threads.by_ident[threads.main.ident] = threads.main
        threads.current = threads.main
        threads.on = True


def park() -> None:
    """Wait, with the GIL dropped, until another thread calls unpark() on
    this thread's handle (locks: interpreter/module/thread/lock.py)."""
    release()
    c_thread_park()
    acquire()


def my_handle() -> int:
    return c_thread_handle()


def unpark(handle: int) -> None:
    c_thread_unpark(handle)
