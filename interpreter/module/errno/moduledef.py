"""The `errno` module: the symbolic error codes of this platform and the
`errorcode` dict.  The values are Linux's; they are read from the host's
errno table at build time (the build machine is the target machine)."""
import errno as host_errno
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module makes available standard errno system symbols.\n\n"
       "The value of each symbol is the corresponding integer value,\n"
       "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
       "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
       "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
       "Symbols that are not relevant to the underlying system are not defined.\n\n"
       "To map error codes to error messages, use the function os.strerror(),\n"
       "e.g. os.strerror(2) could return 'No such file or directory'.")


# codes the host knows that 2.7.18's errno module does not define
NEWER_THAN_27 = {"ECANCELED", "EKEYEXPIRED", "EKEYREJECTED", "EKEYREVOKED", "EMEDIUMTYPE", "ENOKEY",
                 "ENOMEDIUM", "ENOTRECOVERABLE", "EOWNERDEAD", "ERFKILL"}


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "errno", DOC)
    w_errorcode = space.newdict()
    # errorcode maps each number to one name: for the aliases 2.7 gives
    # EAGAIN, EDEADLOCK and ENOTSUP
    preferred = {"EWOULDBLOCK": "EAGAIN", "EDEADLK": "EDEADLOCK", "EOPNOTSUPP": "ENOTSUP"}
    for name in sorted(dir(host_errno)):
        if not name.startswith("E") or name in NEWER_THAN_27:
            continue
        value = getattr(host_errno, name)
        if not isinstance(value, int):
            continue
        w_mod.setattr_str(space, name, space.newint(value))
        code = preferred.get(name, name)
        space.setitem(w_errorcode, space.newint(value), space.newstr(code))
    w_mod.setattr_str(space, "errorcode", w_errorcode)
    return [w_mod]
