"""Single-threaded replacement for the `thread` module.

Everything the real module offers is here, but there is only ever one
thread: start_new_thread() simply calls its function before returning,
and a lock never has anybody to wait for."""

import traceback as _traceback

__all__ = ['error', 'start_new_thread', 'exit', 'get_ident',
           'allocate_lock', 'interrupt_main', 'LockType', 'stack_size']


class error(Exception):
    """Raised by failed thread operations (the module's thread.error)."""

    def __init__(self, *args):
        self.args = args


class _State(object):
    # in_child: a start_new_thread() call is running its function.
    # pending_interrupt: interrupt_main() happened while in_child.
    in_child = False
    pending_interrupt = False


def _check_thread_args(args, kwargs):
    if type(args) is not tuple:
        raise TypeError("2nd arg must be a tuple")
    if type(kwargs) is not dict:
        raise TypeError("3rd arg must be a dict")


def start_new_thread(function, args, kwargs={}):
    """Run function(*args, **kwargs) to completion right away.  As in a
    real thread, SystemExit ends it quietly and any other exception is
    reported on stderr rather than propagated."""
    _check_thread_args(args, kwargs)
    _State.in_child = True
    try:
        function(*args, **kwargs)
    except SystemExit:
        pass
    except:
        _traceback.print_exc()
    _State.in_child = False
    if _State.pending_interrupt:
        _State.pending_interrupt = False
        raise KeyboardInterrupt


def exit():
    """Terminate the calling 'thread' by raising SystemExit."""
    raise SystemExit


def get_ident():
    """The identifier of the only thread there is: always -1."""
    return -1


def stack_size(size=None):
    """Report the stack size used for new threads (0 = default).
    Changing it is not possible here."""
    if size is None:
        return 0
    raise error("setting thread stack size not supported")


def interrupt_main():
    """Deliver KeyboardInterrupt to the main thread: immediately when
    called from it, otherwise once the current pseudo-thread finishes."""
    if not _State.in_child:
        raise KeyboardInterrupt
    _State.pending_interrupt = True


class LockType(object):
    """A lock for a world with a single thread: it only remembers whether
    it is held.  A blocking acquire() succeeds unconditionally, since
    nothing else could ever release it."""

    def __init__(self):
        self.locked_status = False

    def acquire(self, waitflag=None):
        blocking = waitflag is None or bool(waitflag)
        if self.locked_status and not blocking:
            return False
        self.locked_status = True
        return True

    def release(self):
        if self.locked_status:
            self.locked_status = False
            return True
        raise error

    def locked(self):
        return self.locked_status

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.release()


def allocate_lock():
    """Create and return a fresh, unheld LockType."""
    return LockType()
