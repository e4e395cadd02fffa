"""The `grp` module: the group database (getgrgid, getgrnam, getgrall)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.posix.cstrings import copy_block, cstring_at, cstring_field, pointer_at
from pypy27.support.ffi import external
from pypy27.support.markers import not_rpython
from pypy27.support.rawmem import raw_free, raw_load_i32, raw_load_i64

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

DOC = ("Access to the Unix group database.\n\n"
       "Group entries are reported as 4-tuples containing the following fields\n"
       "from the group database, in order:\n\n"
       "  name   - name of the group\n"
       "  passwd - group password (encrypted); often empty\n"
       "  gid    - numeric ID of the group\n"
       "  mem    - list of members\n\n"
       "The gid is an integer, name and password are strings.  (Note that most\n"
       "users are not explicitly listed as members of the groups they are in\n"
       "according to the password database.  Check both databases to get\n"
       "complete membership information.)")

FIELDS = ["gr_name", "gr_passwd", "gr_gid", "gr_mem"]

c_getgrgid = external("getgrgid", ["unsigned int"], "void*", header="<grp.h>")
c_getgrnam = external("getgrnam", ["char*"], "void*", header="<grp.h>")
c_setgrent = external("setgrent", [], "void", header="<grp.h>")
c_getgrent = external("getgrent", [], "void*", header="<grp.h>")
c_endgrent = external("endgrent", [], "void", header="<grp.h>")


class GrpState(object):
    w_type: Optional["W_TypeObject"]

    def __init__(self) -> None:
        self.w_type = None


state = GrpState()


def wrap_group(space: "ObjSpace", p: int) -> W_Root:
    """struct group (x86_64): name, passwd, gid (u32), char **mem."""
    from pypy27.interpreter.module.sys.structseq import new_structseq
    w_type = state.w_type
    assert w_type is not None
    c = copy_block(p, 32)
    try:
        members_w: list[W_Root] = []
        mem = raw_load_i64(c, 24)
        i = 0
        while mem != 0:
            addr = pointer_at(mem + 8 * i)
            if addr == 0:
                break
            members_w.append(space.newstr(cstring_at(addr)))
            i += 1
        items_w = [space.newstr(cstring_field(c, 0)), space.newstr(cstring_field(c, 8)),
                   space.newint(raw_load_i32(c, 16) & 0xffffffff), space.newlist(members_w)]
    finally:
        raw_free(c)
    return new_structseq(space, w_type, items_w)


def grp_getgrgid(space: "ObjSpace", w_gid: W_Root) -> W_Root:
    """getgrgid(id) -> tuple: the group database entry for the given gid."""
    gid = space.int_w(w_gid)
    if -0x80000000 <= gid < 0:
        gid = gid & 0xffffffff     # as the C uid_t/gid_t conversion does
    p = c_getgrgid(gid) if 0 <= gid <= 0xffffffff else 0
    if p == 0:
        raise OperationError(space.w_KeyError, space.newstr("getgrgid(): gid not found: %d" % gid))
    return wrap_group(space, p)


def grp_getgrnam(space: "ObjSpace", w_name: W_Root) -> W_Root:
    """getgrnam(name) -> tuple: the group database entry for the given name."""
    # 2.7 looks up str(name), as a C string (up to a NUL)
    name = space.str_w(space.str_of(w_name))
    nul = name.find("\x00")
    if nul >= 0:
        name = name[:nul]
    p = c_getgrnam(name)
    if p == 0:
        raise OperationError(space.w_KeyError, space.newstr("getgrnam(): name not found: %s" % name))
    return wrap_group(space, p)


def grp_getgrall(space: "ObjSpace") -> W_Root:
    """getgrall() -> list of all group database entries, in arbitrary order."""
    entries_w: list[W_Root] = []
    c_setgrent()
    while True:
        p = c_getgrent()
        if p == 0:
            break
        entries_w.append(wrap_group(space, p))
    c_endgrent()
    return space.newlist(entries_w)


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.sys.structseq import make_structseq_type
    w_mod = new_builtin_module(space, "grp", DOC)
    w_type = make_structseq_type(space, "grp.struct_group", FIELDS)
    state.w_type = w_type
    w_mod.setattr_str(space, "struct_group", w_type)
    w_mod.setattr_str(space, "getgrgid", Builtin1("getgrgid", grp_getgrgid))
    w_mod.setattr_str(space, "getgrnam", Builtin1("getgrnam", grp_getgrnam))
    w_mod.setattr_str(space, "getgrall", Builtin0("getgrall", grp_getgrall))
    return [w_mod]
