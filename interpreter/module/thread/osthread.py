"""Starting and running OS threads: thread.start_new_thread and friends.

start_new_thread records what the thread must call under a serial number
and asks the runtime for a thread (rt_thread_start).  The new thread takes
the GIL and calls the target's thread_entry(serial) (goal/targetpypy.py),
which lands in run_thread below."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.thread import gil
from pypy27.interpreter.module.thread.gil import c_thread_start
from pypy27.interpreter.module.thread.lock import thread_error
from pypy27.support.ffi import external
from pypy27.support.objectmodel import we_are_translated

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

c_signal_trip = external("rt_signal_trip", ["int64_t"], "void", header='"rt_signal.h"')
SIGINT = 2
MIN_STACK_SIZE = 32768


class Bootstrap(object):
    """What a starting thread calls."""
    w_func: W_Root
    args_w: list[W_Root]
    keywords: list[str]
    keywords_w: list[W_Root]

    def __init__(self, w_func: W_Root, args_w: list[W_Root], keywords: list[str],
                 keywords_w: list[W_Root]) -> None:
        self.w_func = w_func
        self.args_w = args_w
        self.keywords = keywords
        self.keywords_w = keywords_w


class Starting(object):
    serial: int
    pending: dict[int, Bootstrap]
    stack_size: int

    def __init__(self) -> None:
        self.serial = 0
        self.pending = {}
        self.stack_size = 0


starting = Starting()


def start_new_thread(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "start_new_thread()")
    if len(args.keywords) > 0:
        raise space.type_error("start_new_thread() takes no keyword arguments")
    n = len(args.args_w)
    if n < 2:
        raise space.type_error("start_new_thread expected at least 2 arguments, got %d" % n)
    if n > 3:
        raise space.type_error("start_new_thread expected at most 3 arguments, got %d" % n)
    w_func = args.args_w[0]
    w_args = args.args_w[1]
    w_kwargs: Optional[W_Root] = args.args_w[2] if n == 3 else None
    from pypy27.interpreter.module.builtin.operation import callable_w
    if not callable_w(space, w_func):
        raise space.type_error("first arg must be callable")
    if not space.isinstance_w(w_args, space.w_tuple):
        raise space.type_error("2nd arg must be a tuple")
    keywords: list[str] = []
    keywords_w: list[W_Root] = []
    if w_kwargs is not None:
        if not space.isinstance_w(w_kwargs, space.w_dict):
            raise space.type_error("optional 3rd arg must be a dictionary")
        for w_key in space.listview(space.call_method(w_kwargs, "keys", [])):
            keywords.append(space.str_w(w_key))
            keywords_w.append(space.getitem(w_kwargs, w_key))
    boot = Bootstrap(w_func, space.listview(w_args), keywords, keywords_w)
    if not we_are_translated():
        # no OS threads on the host: run it to completion now
        _run(space, boot)
        return space.newint(gil.threads.count + 2)
    gil.enable()
    starting.serial += 1
    serial = starting.serial
    starting.pending[serial] = boot
    gil.threads.count += 1
    ident = c_thread_start(serial, starting.stack_size)
    if ident < 0:
        del starting.pending[serial]
        gil.threads.count -= 1
        raise thread_error(space, "can't start new thread")
    return space.newint(ident)


def run_thread(space: "ObjSpace", serial: int) -> None:
    """The body of a new thread, holding the GIL (thread_entry)."""
    boot = starting.pending.pop(serial)
    ident = gil.current_ident()
    ts = gil.ThreadState(ident)
    gil.threads.by_ident[ident] = ts
    gil._restore(ts)
    _run(space, boot)
    del gil.threads.by_ident[ident]
    gil.threads.count -= 1
    if gil.threads.main is ts:
        # the child of a fork() made by this thread: it was the process's
        # main thread there (see after_fork)
        gil.threads.main_done = True
    if gil.threads.main_done and gil.threads.count <= 0:
        exit_forked_child(space)


def exit_forked_child(space: "ObjSpace") -> None:
    """The last thread of a fork child made by a thread other than the main
    one has finished.  In 2.7 the process ends with status 0 when its last
    thread exits; here the collector's marker threads would keep it alive,
    so it exits explicitly, writing out the buffers as C's exit() would."""
    from pypy27.interpreter.main import flush_io_files, flush_output
    from pypy27.interpreter.module.posix.process import c_exit
    flush_io_files(space)
    flush_output(space)
    c_exit(0)


def _run(space: "ObjSpace", boot: Bootstrap) -> None:
    from pypy27.interpreter.main import print_uncaught
    from pypy27.interpreter.traceback import write_to_stderr
    try:
        try:
            space.call_args(boot.w_func, Arguments(boot.args_w, boot.keywords, boot.keywords_w))
        except OperationError as e:
            if e.match(space, space.w_SystemExit):
                return
            write_to_stderr(space, "Unhandled exception in thread started by ")
            write_to_stderr(space, space.str_w(space.repr(boot.w_func)) + "\n")
            print_uncaught(space, e)
    except OperationError:
        pass            # reporting failed too: nowhere left to report


def get_ident(space: "ObjSpace") -> W_Root:
    return space.newint(gil.current_ident())


def thread_count(space: "ObjSpace") -> W_Root:
    return space.newint(gil.threads.count)


def thread_exit(space: "ObjSpace") -> W_Root:
    raise OperationError(space.w_SystemExit, space.w_None)


def interrupt_main(space: "ObjSpace") -> W_Root:
    if we_are_translated():
        c_signal_trip(SIGINT)
    return space.w_None


def stack_size(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """The size for threads started later; 2.7 resets it to 0 (the default)
    when called without an argument."""
    old = starting.stack_size
    w_size = args_w[0]
    size = 0 if w_size is None else space.int_w(w_size)
    if size < 0:
        raise space.value_error("size must be 0 or a positive value")
    if size != 0 and size < MIN_STACK_SIZE:
        raise space.value_error("size not valid: %d bytes" % size)
    starting.stack_size = size
    return space.newint(old)


def wait_for_thread_shutdown(space: "ObjSpace") -> None:
    """At exit, as 2.7 does before sys.exitfunc: if threading was imported,
    its _shutdown() joins the non-daemon threads."""
    from pypy27.interpreter.main import print_uncaught
    from pypy27.interpreter.module.builtin.moduleobject import finditem_str
    w_modules = space.findattr(space.w_sys, "modules")
    if w_modules is None:
        return
    try:
        w_threading = finditem_str(space, w_modules, "threading")
        if w_threading is None:
            return
        space.call_method(w_threading, "_shutdown", [])
    except OperationError as e:
        try:
            print_uncaught(space, e)
        except OperationError:
            pass


def after_fork(space: "ObjSpace") -> None:
    """In the child of os.fork() (the runtime already reset the GIL): the
    other threads are gone; threading._after_fork() forgets them, as 2.7's
    PyOS_AfterFork does."""
    from pypy27.interpreter.module.builtin.moduleobject import finditem_str
    if not gil.threads.on:
        return
    ts = gil.threads.current
    forked_by_main = gil.threads.main is ts
    gil.threads.by_ident = {ts.ident: ts}
    gil.threads.main = ts
    # a thread that forked goes on running its function in the child: it
    # still counts, and the child ends when it returns (run_thread)
    gil.threads.count = 0 if forked_by_main else 1
    gil.threads.main_done = False
    w_modules = space.findattr(space.w_sys, "modules")
    if w_modules is None:
        return
    try:
        w_threading = finditem_str(space, w_modules, "threading")
        if w_threading is not None:
            w_fn = space.findattr(w_threading, "_after_fork")
            if w_fn is not None:
                space.call_function(w_fn, [])
    except OperationError:
        pass        # 2.7 reports it as unraisable and goes on
