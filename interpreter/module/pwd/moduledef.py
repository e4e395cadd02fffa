"""The `pwd` module: the password database (getpwuid, getpwnam, getpwall)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.posix.cstrings import cstring_field
from pypy27.support.ffi import external
from pypy27.support.markers import not_rpython
from pypy27.support.rawmem import raw_load_i32

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

DOC = ("This module provides access to the Unix password database.\n"
       "It is available on all Unix versions.\n\n"
       "Password database entries are reported as 7-tuples containing the following\n"
       "items from the password database (see `<pwd.h>'), in order:\n"
       "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n"
       "The uid and gid items are integers, all others are strings. An\n"
       "exception is raised if the entry asked for cannot be found.")

FIELDS = ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"]

c_getpwuid = external("getpwuid", ["unsigned int"], "void*", header="<pwd.h>")
c_getpwnam = external("getpwnam", ["char*"], "void*", header="<pwd.h>")
c_setpwent = external("setpwent", [], "void", header="<pwd.h>")
c_getpwent = external("getpwent", [], "void*", header="<pwd.h>")
c_endpwent = external("endpwent", [], "void", header="<pwd.h>")


class PwdState(object):
    w_type: Optional["W_TypeObject"]

    def __init__(self) -> None:
        self.w_type = None


state = PwdState()


def wrap_passwd(space: "ObjSpace", p: int) -> W_Root:
    """struct passwd (x86_64): name, passwd, uid (u32), gid (u32), gecos, dir, shell."""
    from pypy27.interpreter.module.sys.structseq import new_structseq
    w_type = state.w_type
    assert w_type is not None
    items_w = [space.newstr(cstring_field(p, 0)), space.newstr(cstring_field(p, 8)),
               space.newint(raw_load_i32(p, 16) & 0xffffffff),
               space.newint(raw_load_i32(p, 20) & 0xffffffff),
               space.newstr(cstring_field(p, 24)), space.newstr(cstring_field(p, 32)),
               space.newstr(cstring_field(p, 40))]
    return new_structseq(space, w_type, items_w)


def pwd_getpwuid(space: "ObjSpace", w_uid: W_Root) -> W_Root:
    """getpwuid(uid) -> (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)"""
    uid = space.int_w(w_uid)
    if -0x80000000 <= uid < 0:
        uid = uid & 0xffffffff     # as the C uid_t/gid_t conversion does
    p = c_getpwuid(uid) if 0 <= uid <= 0xffffffff else 0
    if p == 0:
        raise OperationError(space.w_KeyError, space.newstr("getpwuid(): uid not found: %d" % uid))
    return wrap_passwd(space, p)


def pwd_getpwnam(space: "ObjSpace", w_name: W_Root) -> W_Root:
    """getpwnam(name) -> (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)"""
    if not space.isinstance_w(w_name, space.w_str):
        raise space.type_error("getpwnam() argument 1 must be string, not %s" % space.type(w_name).name)
    name = space.str_w(w_name)
    p = c_getpwnam(name) if "\x00" not in name else 0
    if p == 0:
        raise OperationError(space.w_KeyError, space.newstr("getpwnam(): name not found: %s" % name))
    return wrap_passwd(space, p)


def pwd_getpwall(space: "ObjSpace") -> W_Root:
    """getpwall() -> list of all password database entries, in arbitrary order."""
    entries_w: list[W_Root] = []
    c_setpwent()
    while True:
        p = c_getpwent()
        if p == 0:
            break
        entries_w.append(wrap_passwd(space, p))
    c_endpwent()
    return space.newlist(entries_w)


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.sys.structseq import make_structseq_type
    w_mod = new_builtin_module(space, "pwd", DOC)
    w_type = make_structseq_type(space, "pwd.struct_passwd", FIELDS)
    state.w_type = w_type
    w_mod.setattr_str(space, "struct_passwd", w_type)
    w_mod.setattr_str(space, "struct_pwent", w_type)
    w_mod.setattr_str(space, "getpwuid", Builtin1("getpwuid", pwd_getpwuid))
    w_mod.setattr_str(space, "getpwnam", Builtin1("getpwnam", pwd_getpwnam))
    w_mod.setattr_str(space, "getpwall", Builtin0("getpwall", pwd_getpwall))
    return [w_mod]
