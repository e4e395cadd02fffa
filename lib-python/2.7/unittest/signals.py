"""Control-C handling for test runs (the -c/--catch option).

Once installHandler() is called, the first SIGINT asks every registered
result to stop after the current test; a second one falls through to
the handler that was installed before (normally KeyboardInterrupt).
"""

import signal

__unittest = True

# Results that should be stopped on Control-C.  Weak keys, so that
# registering a result never keeps it alive.
try:
    import weakref
except ImportError:
    _results = {}
else:
    _results = weakref.WeakKeyDictionary()

# The handler object installed by installHandler(), if any.
_interrupt_handler = None


def _as_callable(previous):
    """Turn a handler as returned by signal.getsignal() into something
    we can call ourselves."""
    if not isinstance(previous, int):
        return previous
    if previous == signal.SIG_DFL:
        return signal.default_int_handler
    if previous == signal.SIG_IGN:
        return _ignore
    raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                    "signal.SIG_DFL, or a callable object")


def _ignore(signum, frame):
    pass


class _InterruptHandler(object):

    def __init__(self, default_handler):
        # What to put back on removeHandler(), exactly as we found it.
        self.original_handler = default_handler
        self.default_handler = _as_callable(default_handler)
        self.called = False

    def __call__(self, signum, frame):
        if signal.getsignal(signal.SIGINT) is not self or self.called:
            # Someone replaced us (we were called by their code), or this
            # is the second interrupt: behave like the previous handler.
            self.default_handler(signum, frame)
        self.called = True
        for res in list(_results.keys()):
            res.stop()


def registerResult(result):
    """Make `result` stop (via result.stop()) on Control-C."""
    _results[result] = 1


def removeResult(result):
    """Forget `result`; True if it had been registered."""
    return _results.pop(result, None) is not None


def installHandler():
    """Install the Control-C handler (once)."""
    global _interrupt_handler
    if _interrupt_handler is not None:
        return
    _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
    signal.signal(signal.SIGINT, _interrupt_handler)


def _restore_previous():
    if _interrupt_handler is not None:
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)


def removeHandler(method=None):
    """Put back the SIGINT handler found by installHandler().

    Used as a decorator, the handler is removed only while the decorated
    function runs, and whatever was installed is restored afterwards.
    """
    if method is None:
        _restore_previous()
        return None

    from functools import wraps

    @wraps(method)
    def without_handler(*args, **kwargs):
        saved = signal.getsignal(signal.SIGINT)
        _restore_previous()
        try:
            return method(*args, **kwargs)
        finally:
            signal.signal(signal.SIGINT, saved)
    return without_handler
