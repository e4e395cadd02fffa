"""The `fcntl` module: fcntl(), flock(), lockf() and ioctl() on file
descriptors (ints or objects with fileno())."""
import fcntl as host_fcntl
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module performs file control and I/O control on file \n"
       "descriptors.  It is an interface to the fcntl() and ioctl() Unix\n"
       "routines.  File descriptors can be obtained with the fileno() method of\n"
       "a file or socket object.")

NAMES = ["DN_ACCESS", "DN_ATTRIB", "DN_CREATE", "DN_DELETE", "DN_MODIFY", "DN_MULTISHOT",
         "DN_RENAME", "FASYNC", "FD_CLOEXEC", "F_DUPFD", "F_EXLCK", "F_GETFD", "F_GETFL",
         "F_GETLEASE", "F_GETLK", "F_GETLK64", "F_GETOWN", "F_GETSIG", "F_NOTIFY", "F_RDLCK",
         "F_SETFD", "F_SETFL", "F_SETLEASE", "F_SETLK", "F_SETLK64", "F_SETLKW", "F_SETLKW64",
         "F_SETOWN", "F_SETSIG", "F_SHLCK", "F_UNLCK", "F_WRLCK", "I_ATMARK", "I_CANPUT",
         "I_CKBAND", "I_FDINSERT", "I_FIND", "I_FLUSH", "I_FLUSHBAND", "I_GETBAND",
         "I_GETCLTIME", "I_GETSIG", "I_GRDOPT", "I_GWROPT", "I_LINK", "I_LIST", "I_LOOK",
         "I_NREAD", "I_PEEK", "I_PLINK", "I_POP", "I_PUNLINK", "I_PUSH", "I_RECVFD",
         "I_SENDFD", "I_SETCLTIME", "I_SETSIG", "I_SRDOPT", "I_STR", "I_SWROPT", "I_UNLINK",
         "LOCK_EX", "LOCK_MAND", "LOCK_NB", "LOCK_READ", "LOCK_RW", "LOCK_SH", "LOCK_UN",
         "LOCK_WRITE"]


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin2, BuiltinOpt
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.fcntl import ops
    w_mod = new_builtin_module(space, "fcntl", DOC)
    w_mod.setattr_str(space, "fcntl", BuiltinOpt("fcntl", ops.fcntl_fcntl, 2, 3))
    w_mod.setattr_str(space, "ioctl", BuiltinOpt("ioctl", ops.fcntl_ioctl, 2, 4))
    w_mod.setattr_str(space, "flock", Builtin2("flock", ops.fcntl_flock))
    w_mod.setattr_str(space, "lockf", BuiltinOpt("lockf", ops.fcntl_lockf, 2, 5))
    for name in NAMES:
        value = getattr(host_fcntl, name, None)
        if isinstance(value, int):
            w_mod.setattr_str(space, name, space.newint(value))
    return [w_mod]
