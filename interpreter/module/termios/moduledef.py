"""The `termios` module: POSIX tty control (tcgetattr, tcsetattr, ...) and
the constants of this platform, read from the host's termios module at build
time (the build machine is the target machine)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("POSIX tty control: tcgetattr, tcsetattr, tcsendbreak, tcdrain, tcflush and\n"
       "tcflow, each taking a file descriptor (an int, or an object with a fileno()\n"
       "method), and the symbolic constants for their flags, speeds and indices.")

# baud rates the host knows that 2.7.18's termios does not define
NEWER_THAN_27 = {"B500000", "B576000", "B921600", "B1000000", "B1152000", "B1500000", "B2000000",
                 "B2500000", "B3000000", "B3500000", "B4000000"}


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    import termios as host
    from pypy27.interpreter.gateway import Builtin1, Builtin2, Builtin3
    from pypy27.interpreter.module.termios import tty as T
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "termios", DOC)
    w_dict = space.newdict()
    space.setitem(w_dict, space.newstr("__module__"), space.newstr("termios"))
    w_error = space.call_function(space.w_type, [space.newstr("error"),
                                                 space.newtuple([space.w_Exception]), w_dict])
    T.state.w_error = w_error
    w_mod.setattr_str(space, "error", w_error)
    fns = [
        Builtin1("tcgetattr", T.tcgetattr, doc="tcgetattr(fd) -> [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]"),
        Builtin3("tcsetattr", T.tcsetattr, doc="tcsetattr(fd, when, attributes): set the tty attributes of fd."),
        Builtin2("tcsendbreak", T.tcsendbreak, doc="tcsendbreak(fd, duration): send a break on fd."),
        Builtin1("tcdrain", T.tcdrain, doc="tcdrain(fd): wait until all output written to fd is sent."),
        Builtin2("tcflush", T.tcflush, doc="tcflush(fd, queue): discard queued data (TCIFLUSH, TCOFLUSH, TCIOFLUSH)."),
        Builtin2("tcflow", T.tcflow, doc="tcflow(fd, action): suspend or resume input or output."),
    ]
    for w_fn in fns:
        w_fn.modname = "termios"
        w_mod.setattr_str(space, w_fn.name, w_fn)
    for name in sorted(dir(host)):
        if name.lstrip("_").isupper() and name not in NEWER_THAN_27:
            value = getattr(host, name)
            if isinstance(value, int):
                w_mod.setattr_str(space, name, space.newint(value))
    return [w_mod]
