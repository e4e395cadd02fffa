"""strerror, urandom and the confstr/sysconf/pathconf queries with their
name tables (read from the host at build time: it is the target)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.posix.errors import c_int_w, last_oserror, oserror, path_w, strerror
from pypy27.support.ffi import external, get_errno, set_errno
from pypy27.support.rawmem import raw_alloc, raw_free, raw_mem_to_str

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

import errno as _errno
import os as _os
EINVAL = _errno.EINVAL

SYSCONF_NAMES: dict[str, int] = dict(_os.sysconf_names)
CONFSTR_NAMES: dict[str, int] = dict(_os.confstr_names)
PATHCONF_NAMES: dict[str, int] = dict(_os.pathconf_names)

c_sysconf = external("sysconf", ["int"], "long", header="<unistd.h>")
c_fpathconf = external("fpathconf", ["int", "int"], "long", header="<unistd.h>")
c_pathconf = external("pathconf", ["char*", "int"], "long", header="<unistd.h>")
c_confstr = external("confstr", ["int", "void*", "size_t"], "size_t", header="<unistd.h>")
c_open = external("open", ["char*", "int", "int"], "int", header="<fcntl.h>")
c_read = external("read", ["int", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_close = external("close", ["int"], "int", header="<unistd.h>")
O_RDONLY = _os.O_RDONLY


def posix_strerror(space: "ObjSpace", w_code: W_Root) -> W_Root:
    """strerror(code) -> string"""
    return space.newstr(strerror(c_int_w(space, w_code)))


def posix_urandom(space: "ObjSpace", w_n: W_Root) -> W_Root:
    """urandom(n) -> str: n random bytes from /dev/urandom."""
    n = space.int_w(w_n)
    if n < 0:
        raise space.value_error("negative argument not allowed")
    fd = c_open("/dev/urandom", O_RDONLY, 0)
    if fd < 0:
        raise last_oserror(space)
    pieces: list[str] = []
    got = 0
    buf = raw_alloc(n if n > 0 else 1)
    try:
        while got < n:
            k = c_read(fd, buf, n - got)
            if k <= 0:
                if k < 0 and get_errno() == _errno.EINTR:
                    continue
                raise last_oserror(space)
            pieces.append(raw_mem_to_str(buf, k))
            got += k
    finally:
        raw_free(buf)
        c_close(fd)
    return space.newstr("".join(pieces))


def conf_name(space: "ObjSpace", w_name: W_Root, table: dict[str, int]) -> int:
    # 2.7 takes ints and strings, not longs
    if space.isinstance_w(w_name, space.w_int):
        return space.int_w(w_name)
    if space.isinstance_w(w_name, space.w_str):
        name = space.str_w(w_name)
        if name in table:
            return table[name]
        raise space.value_error("unrecognized configuration name")
    raise space.type_error("configuration names must be strings or integers")


def posix_sysconf(space: "ObjSpace", w_name: W_Root) -> W_Root:
    name = conf_name(space, w_name, SYSCONF_NAMES)
    set_errno(0)
    res = c_sysconf(name)
    if res == -1 and get_errno() != 0:
        raise last_oserror(space)
    return space.newint(res)


def posix_pathconf(space: "ObjSpace", w_path: W_Root, w_name: W_Root) -> W_Root:
    # the path first, a string as 2.7's "s" (unicode in ASCII)
    if space.isinstance_w(w_path, space.w_unicode):
        w_path = space.call_method(w_path, "encode", [space.newstr("ascii")])
    if not space.isinstance_w(w_path, space.w_str):
        what = "None" if space.is_w(w_path, space.w_None) else space.type(w_path).name
        raise space.type_error("pathconf() argument 1 must be string, not %s" % what)
    path = space.str_w(w_path)
    if "\x00" in path:
        raise space.type_error("pathconf() argument 1 must be string without null bytes, not str")
    name = conf_name(space, w_name, PATHCONF_NAMES)
    set_errno(0)
    res = c_pathconf(path, name)
    if res == -1 and get_errno() != 0:
        raise last_oserror(space)
    return space.newint(res)


def posix_fpathconf(space: "ObjSpace", w_fd: W_Root, w_name: W_Root) -> W_Root:
    fd = c_int_w(space, w_fd)       # converted first, as 2.7's "iO&"
    name = conf_name(space, w_name, PATHCONF_NAMES)
    set_errno(0)
    res = c_fpathconf(fd, name)
    if res == -1 and get_errno() != 0:
        raise last_oserror(space)
    return space.newint(res)


def posix_confstr(space: "ObjSpace", w_name: W_Root) -> W_Root:
    name = conf_name(space, w_name, CONFSTR_NAMES)
    set_errno(0)
    n = c_confstr(name, 0, 0)
    if n == 0:
        if get_errno() != 0:
            raise last_oserror(space)
        return space.w_None
    buf = raw_alloc(n)
    try:
        c_confstr(name, buf, n)
        return space.newstr(raw_mem_to_str(buf, n - 1))
    finally:
        raw_free(buf)


def table_dict(space: "ObjSpace", table: dict[str, int]) -> W_Root:
    w_d = space.newdict()
    for name, value in table.items():
        space.setitem(w_d, space.newstr(name), space.newint(value))
    return w_d
