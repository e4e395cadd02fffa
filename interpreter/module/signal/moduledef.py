"""The `signal` module.

The SIG* constants, signal()/getsignal() (SIG_DFL and SIG_IGN through
sigaction; Python handlers run by the evaluator at safe points, see
delivery.py), default_int_handler, alarm, pause, siginterrupt,
setitimer/getitimer, set_wakeup_fd (recorded only)."""
import signal as host_signal
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module provides mechanisms to use signal handlers in Python.")

NAMES = ['SIGABRT', 'SIGALRM', 'SIGBUS', 'SIGCHLD', 'SIGCLD', 'SIGCONT', 'SIGFPE', 'SIGHUP',
         'SIGILL', 'SIGINT', 'SIGIO', 'SIGIOT', 'SIGKILL', 'SIGPIPE', 'SIGPOLL', 'SIGPROF',
         'SIGPWR', 'SIGQUIT', 'SIGRTMAX', 'SIGRTMIN', 'SIGSEGV', 'SIGSTOP', 'SIGSYS', 'SIGTERM',
         'SIGTRAP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGUSR1', 'SIGUSR2', 'SIGVTALRM',
         'SIGWINCH', 'SIGXCPU', 'SIGXFSZ', 'ITIMER_REAL', 'ITIMER_VIRTUAL', 'ITIMER_PROF']


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, BuiltinArgs, BuiltinOpt
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.signal import handlers
    w_mod = new_builtin_module(space, "signal", DOC)
    for name in NAMES:
        w_mod.setattr_str(space, name, space.newint(int(getattr(host_signal, name))))
    w_mod.setattr_str(space, "NSIG", space.newint(handlers.NSIG))
    w_mod.setattr_str(space, "SIG_DFL", space.newint(handlers.SIG_DFL))
    w_mod.setattr_str(space, "SIG_IGN", space.newint(handlers.SIG_IGN))
    w_int_handler = BuiltinArgs("default_int_handler", handlers.signal_default_int_handler)
    handlers.state.w_default_int_handler = w_int_handler
    w_mod.setattr_str(space, "default_int_handler", w_int_handler)
    w_mod.setattr_str(space, "signal", Builtin2("signal", handlers.signal_signal))
    w_mod.setattr_str(space, "getsignal", Builtin1("getsignal", handlers.signal_getsignal))
    w_mod.setattr_str(space, "alarm", Builtin1("alarm", handlers.signal_alarm))
    w_mod.setattr_str(space, "pause", Builtin0("pause", handlers.signal_pause))
    w_mod.setattr_str(space, "siginterrupt", Builtin2("siginterrupt", handlers.signal_siginterrupt))
    w_mod.setattr_str(space, "set_wakeup_fd", Builtin1("set_wakeup_fd", handlers.signal_set_wakeup_fd))
    w_mod.setattr_str(space, "setitimer", BuiltinOpt("setitimer", handlers.signal_setitimer, 2, 3))
    w_mod.setattr_str(space, "getitimer", Builtin1("getitimer", handlers.signal_getitimer))
    w_dict = space.newdict()
    space.setitem(w_dict, space.newstr("__module__"), space.newstr("signal"))
    w_error = space.call_function(space.w_type, [space.newstr("ItimerError"),
                                                 space.newtuple([space.w_IOError]), w_dict])
    handlers.state.w_itimer_error = w_error
    w_mod.setattr_str(space, "ItimerError", w_error)
    return [w_mod]
