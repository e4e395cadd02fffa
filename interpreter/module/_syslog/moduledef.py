"""`_syslog`: the bare syslog(3) calls behind lib_pypy/syslog.py, which
parses the arguments; also the LOG_* constants, read from the host's
syslog module at build time (the build machine is the target)."""
import syslog as host_syslog
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.ffi import external
from pypy27.support.markers import not_rpython
from pypy27.support.rawmem import raw_alloc, raw_free, raw_store_u8, raw_str_to_mem

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

H = "<syslog.h>"
c_openlog = external("openlog", ["void*", "int", "int"], "void", header=H)
# syslog() is variadic: the message always goes through "%s"
c_syslog = external("syslog", ["int", "char*", "char*"], "void", header=H)
c_closelog = external("closelog", [], "void", header=H)
c_setlogmask = external("setlogmask", ["int"], "int", header=H)


class IdentState(object):
    """openlog() keeps the ident pointer it is given: the copy lives here
    until the next openlog() or closelog()."""
    addr: int

    def __init__(self) -> None:
        self.addr = 0


ident = IdentState()


def release_ident() -> None:
    if ident.addr != 0:
        raw_free(ident.addr)
        ident.addr = 0


def syslog_openlog(space: "ObjSpace", w_ident: W_Root, w_option: W_Root, w_facility: W_Root) -> W_Root:
    """openlog(ident or None, option, facility)"""
    option = space.int_w(w_option)
    facility = space.int_w(w_facility)
    addr = 0
    if not space.is_w(w_ident, space.w_None):
        s = space.str_w(w_ident)
        addr = raw_alloc(len(s) + 1)
        raw_str_to_mem(s, addr, 0)
        raw_store_u8(addr, len(s), 0)
    c_openlog(addr, option, facility)
    # only now is the old copy unused
    release_ident()
    ident.addr = addr
    return space.w_None


def syslog_syslog(space: "ObjSpace", w_priority: W_Root, w_message: W_Root) -> W_Root:
    """syslog(priority, message)"""
    c_syslog(space.int_w(w_priority), "%s", space.str_w(w_message))
    return space.w_None


def syslog_closelog(space: "ObjSpace") -> W_Root:
    c_closelog()
    release_ident()
    return space.w_None


def syslog_setlogmask(space: "ObjSpace", w_mask: W_Root) -> W_Root:
    return space.newint(c_setlogmask(space.int_w(w_mask)))


# constants the host defines that 2.7.18's syslog module does not
NEWER_THAN_27 = {"LOG_AUTHPRIV", "LOG_ODELAY"}


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, Builtin3
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "_syslog")
    w_mod.setattr_str(space, "openlog", Builtin3("openlog", syslog_openlog))
    w_mod.setattr_str(space, "syslog", Builtin2("syslog", syslog_syslog))
    w_mod.setattr_str(space, "closelog", Builtin0("closelog", syslog_closelog))
    w_mod.setattr_str(space, "setlogmask", Builtin1("setlogmask", syslog_setlogmask))
    for name in sorted(dir(host_syslog)):
        value = getattr(host_syslog, name)
        if name.startswith("LOG_") and isinstance(value, int) and name not in NEWER_THAN_27:
            w_mod.setattr_str(space, name, space.newint(value))
    return [w_mod]
