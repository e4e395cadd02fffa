"""A stand-in for the `thread` module where there are no threads: the
same interface, but start_new_thread() runs the function to completion
at once and locks never block (a blocking acquire always succeeds)."""

__all__ = ['error', 'start_new_thread', 'exit', 'get_ident', 'allocate_lock', 'interrupt_main',
           'LockType', 'stack_size']

import traceback as _traceback


class error(Exception):
    """The error of thread operations (thread.error)."""

    def __init__(self, *args):
        self.args = args


def start_new_thread(function, args, kwargs={}):
    """Call function(*args, **kwargs) now; an exception other than
    SystemExit is printed, as an uncaught one in a thread would be."""
    if type(args) != type(tuple()):
        raise TypeError("2nd arg must be a tuple")
    if type(kwargs) != type(dict()):
        raise TypeError("3rd arg must be a dict")
    global _main
    _main = False
    try:
        function(*args, **kwargs)
    except SystemExit:
        pass
    except:
        _traceback.print_exc()
    _main = True
    global _interrupt
    if _interrupt:
        _interrupt = False
        raise KeyboardInterrupt


def exit():
    """Leave the current 'thread' (raises SystemExit)."""
    raise SystemExit


def get_ident():
    """There is only one thread: its identity is -1."""
    return -1


def allocate_lock():
    """A new LockType object."""
    return LockType()


def stack_size(size=None):
    """0: the default stack size (setting another is not supported)."""
    if size is not None:
        raise error("setting thread stack size not supported")
    return 0


class LockType(object):
    """A lock that records whether it is held; with only one thread a
    blocking acquire() can never have to wait, so it always succeeds."""

    def __init__(self):
        self.locked_status = False

    def acquire(self, waitflag=None):
        if waitflag is None or waitflag:
            self.locked_status = True
            return True
        if not self.locked_status:
            self.locked_status = True
            return True
        return False

    __enter__ = acquire

    def __exit__(self, typ, val, tb):
        self.release()

    def release(self):
        if not self.locked_status:
            raise error
        self.locked_status = False
        return True

    def locked(self):
        return self.locked_status


_interrupt = False
_main = True


def interrupt_main():
    """KeyboardInterrupt in the main 'thread' (at once, or when the running
    start_new_thread() call returns)."""
    if _main:
        raise KeyboardInterrupt
    global _interrupt
    _interrupt = True
