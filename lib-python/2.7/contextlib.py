"""Helpers for writing and combining context managers (the with statement)."""

import sys
from functools import wraps
from warnings import warn

__all__ = ["contextmanager", "nested", "closing"]

_NO_EXCEPTION = (None, None, None)


class GeneratorContextManager(object):
    """Adapts a one-shot generator to the context manager protocol.

    The code before the generator's yield is the set-up, the yielded
    value is bound by 'as', and the code after it is the tear-down.  An
    exception raised in the with block is thrown into the generator at
    its yield.
    """

    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            first = self.gen.next()
        except StopIteration:
            raise RuntimeError("generator didn't yield")
        return first

    def __exit__(self, type, value, traceback):
        if type is not None:
            return self._unwind(type, value, traceback)
        # normal exit: the generator must finish on this step
        try:
            self.gen.next()
        except StopIteration:
            return
        raise RuntimeError("generator didn't stop")

    def _unwind(self, type, value, traceback):
        """Deliver the block's exception into the generator.

        Returns True if the generator swallowed it, False (or None) if
        it should propagate; anything else the generator raises wins.
        """
        if value is None:
            # with-statements may hand us an unnormalised exception
            value = type()
        try:
            self.gen.throw(type, value, traceback)
        except StopIteration, stop:
            # the generator caught the exception and returned; but if
            # the block's exception *was* a StopIteration, it leaked
            return stop is not value
        except:
            # re-raising the very exception we threw means "propagate":
            # answer False so the with statement raises it itself
            if sys.exc_info()[1] is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator turning a generator function into a context manager factory.

        @contextmanager
        def opened(path):
            f = open(path)
            try:
                yield f
            finally:
                f.close()

        with opened('/etc/hosts') as f:
            data = f.read()

    The generator must yield exactly once.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return GeneratorContextManager(func(*args, **kwds))
    return helper


def _exit_all(exits, exc):
    """Run the exit callbacks innermost first; return the surviving
    exception triple (or _NO_EXCEPTION)."""
    while exits:
        leave = exits.pop()
        try:
            if leave(*exc):
                exc = _NO_EXCEPTION
        except:
            exc = sys.exc_info()
    return exc


@contextmanager
def nested(*managers):
    """Enter several context managers as one (deprecated since 2.7).

    'with nested(A, B) as (a, b):' behaves like 'with A as a, B as b:'
    except that B is created before A is entered, so a failure while
    creating B leaves A without cleanup.  Use the multi-item with
    statement instead.
    """
    warn("With-statements now directly support multiple context managers",
         DeprecationWarning, 3)
    exits = []
    entered = []
    exc = _NO_EXCEPTION
    try:
        for mgr in managers:
            leave = mgr.__exit__
            entered.append(mgr.__enter__())
            exits.append(leave)
        yield entered
    except:
        exc = sys.exc_info()
    finally:
        exc = _exit_all(exits, exc)
        if exc != _NO_EXCEPTION:
            # re-raise from the saved triple: an exit method may have
            # caught other exceptions since, clobbering sys.exc_info()
            raise exc[0], exc[1], exc[2]


class closing(object):
    """Calls thing.close() when the with block ends:

        with closing(urllib.urlopen(url)) as page:
            for line in page:
                print line
    """

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        self.thing.close()

    def __enter__(self):
        return self.thing
