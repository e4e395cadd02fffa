"""Functions to run when the interpreter exits: register(func, *args,
**kwargs) adds one; they run last registered first, through sys.exitfunc
(which the interpreter calls at exit)."""

import sys

__all__ = ["register"]

_exithandlers = []


def _run_exitfuncs():
    """Run the registered handlers, last first.  An exception in one is
    reported and the others still run; the last one is raised again."""
    last_exc = None
    while _exithandlers:
        func, targs, kargs = _exithandlers.pop()
        try:
            func(*targs, **kargs)
        except SystemExit:
            last_exc = sys.exc_info()
        except:
            import traceback
            print >> sys.stderr, "Error in atexit._run_exitfuncs:"
            traceback.print_exc()
            last_exc = sys.exc_info()
    if last_exc is not None:
        raise last_exc[0], last_exc[1], last_exc[2]


def register(func, *targs, **kargs):
    """Register func(*targs, **kargs) to be called at exit; returns func,
    so it works as a decorator."""
    _exithandlers.append((func, targs, kargs))
    return func


if hasattr(sys, "exitfunc"):
    # keep a handler someone installed before us: it runs last
    register(sys.exitfunc)
sys.exitfunc = _run_exitfuncs
