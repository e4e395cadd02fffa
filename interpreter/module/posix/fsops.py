"""File-system operations on paths: listdir, mkdir, rename, chmod, utime,
symlink/readlink, getcwd/chdir, ..."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.posix.errors import (int_arg, is_unicode, last_oserror,
                                                     path_w, wrap_name)
from pypy27.support.ffi import external, get_errno, set_errno
from pypy27.support.rawmem import raw_alloc, raw_free, raw_mem_to_str, raw_store_i64

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

import errno as _errno
ERANGE = _errno.ERANGE
DIRENT_NAME_OFFSET = 19     # d_name in struct dirent on x86_64 Linux

c_opendir = external("opendir", ["char*"], "void*", header="<dirent.h>")
c_readdir = external("readdir", ["void*"], "void*", header="<dirent.h>")
c_closedir = external("closedir", ["void*"], "int", header="<dirent.h>")
c_strlen = external("strlen", ["void*"], "size_t", header="<string.h>")
c_mkdir = external("mkdir", ["char*", "unsigned int"], "int", header="<sys/stat.h>")
c_rmdir = external("rmdir", ["char*"], "int", header="<unistd.h>")
c_unlink = external("unlink", ["char*"], "int", header="<unistd.h>")
c_rename = external("rename", ["char*", "char*"], "int", header="<stdio.h>")
c_getcwd = external("getcwd", ["void*", "size_t"], "void*", header="<unistd.h>")
c_chdir = external("chdir", ["char*"], "int", header="<unistd.h>")
c_chmod = external("chmod", ["char*", "unsigned int"], "int", header="<sys/stat.h>")
c_chown = external("chown", ["char*", "unsigned int", "unsigned int"], "int", header="<unistd.h>")
c_lchown = external("lchown", ["char*", "unsigned int", "unsigned int"], "int", header="<unistd.h>")
c_utimes = external("utimes", ["char*", "void*"], "int", header="<sys/time.h>")
c_access = external("access", ["char*", "int"], "int", header="<unistd.h>")
c_umask = external("umask", ["unsigned int"], "unsigned int", header="<sys/stat.h>")
c_symlink = external("symlink", ["char*", "char*"], "int", header="<unistd.h>")
c_link = external("link", ["char*", "char*"], "int", header="<unistd.h>")
c_readlink = external("readlink", ["char*", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_mkfifo = external("mkfifo", ["char*", "unsigned int"], "int", header="<sys/stat.h>")
c_chroot = external("chroot", ["char*"], "int", header="<unistd.h>")


def listdir_names(space: "ObjSpace", w_path: W_Root, path: str) -> list[str]:
    d = c_opendir(path)
    if d == 0:
        raise last_oserror(space, w_path)
    names: list[str] = []
    try:
        while True:
            set_errno(0)
            ent = c_readdir(d)
            if ent == 0:
                err = get_errno()
                if err != 0:
                    raise last_oserror(space, w_path)
                break
            p = ent + DIRENT_NAME_OFFSET
            name = raw_mem_to_str(p, c_strlen(p))
            if name != "." and name != "..":
                names.append(name)
    finally:
        c_closedir(d)
    return names


def posix_listdir(space: "ObjSpace", w_path: W_Root) -> W_Root:
    """listdir(path) -> list_of_strings (without '.' and '..')"""
    path = path_w(space, w_path, "listdir")
    as_unicode = is_unicode(space, w_path)
    names_w: list[W_Root] = []
    for name in listdir_names(space, w_path, path):
        names_w.append(wrap_name(space, name, as_unicode))
    return space.newlist(names_w)


def posix_mkdir(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_path = args_w[0]
    assert w_path is not None
    if c_mkdir(path_w(space, w_path, "mkdir"), int_arg(space, args_w[1], 0o777)) < 0:
        raise last_oserror(space, w_path)
    return space.w_None


def posix_rmdir(space: "ObjSpace", w_path: W_Root) -> W_Root:
    if c_rmdir(path_w(space, w_path, "rmdir")) < 0:
        raise last_oserror(space, w_path)
    return space.w_None


def posix_unlink(space: "ObjSpace", w_path: W_Root) -> W_Root:
    if c_unlink(path_w(space, w_path, "unlink")) < 0:
        raise last_oserror(space, w_path)
    return space.w_None


def posix_rename(space: "ObjSpace", w_src: W_Root, w_dst: W_Root) -> W_Root:
    if c_rename(path_w(space, w_src), path_w(space, w_dst)) < 0:
        raise last_oserror(space)
    return space.w_None


def getcwd_str(space: "ObjSpace") -> str:
    size = 1024
    while True:
        buf = raw_alloc(size)
        try:
            res = c_getcwd(buf, size)
            if res != 0:
                return raw_mem_to_str(buf, c_strlen(buf))
            if get_errno() != ERANGE:
                raise last_oserror(space)
        finally:
            raw_free(buf)
        size *= 2


def posix_getcwd(space: "ObjSpace") -> W_Root:
    """getcwd() -> path"""
    return space.newstr(getcwd_str(space))


def posix_getcwdu(space: "ObjSpace") -> W_Root:
    """getcwdu() -> path (unicode)"""
    return wrap_name(space, getcwd_str(space), True)


def posix_chdir(space: "ObjSpace", w_path: W_Root) -> W_Root:
    if c_chdir(path_w(space, w_path, "chdir")) < 0:
        raise last_oserror(space, w_path)
    return space.w_None


def posix_chroot(space: "ObjSpace", w_path: W_Root) -> W_Root:
    if c_chroot(path_w(space, w_path)) < 0:
        raise last_oserror(space, w_path)
    return space.w_None


def posix_chmod(space: "ObjSpace", w_path: W_Root, w_mode: W_Root) -> W_Root:
    if c_chmod(path_w(space, w_path, "chmod"), space.int_w(w_mode)) < 0:
        raise last_oserror(space, w_path)
    return space.w_None


def posix_chown(space: "ObjSpace", w_path: W_Root, w_uid: W_Root, w_gid: W_Root) -> W_Root:
    if c_chown(path_w(space, w_path), space.int_w(w_uid), space.int_w(w_gid)) < 0:
        raise last_oserror(space, w_path)
    return space.w_None


def posix_lchown(space: "ObjSpace", w_path: W_Root, w_uid: W_Root, w_gid: W_Root) -> W_Root:
    if c_lchown(path_w(space, w_path), space.int_w(w_uid), space.int_w(w_gid)) < 0:
        raise last_oserror(space, w_path)
    return space.w_None


def time_parts(space: "ObjSpace", w_t: W_Root) -> tuple[int, int]:
    """A utime() time (int, long or float) as whole seconds and microseconds."""
    if space.isinstance_w(w_t, space.w_float):
        t = space.float_w(w_t)
        sec = int(t)
        if float(sec) > t:
            sec -= 1
        usec = int((t - float(sec)) * 1e6)
        if usec >= 1000000:
            sec += 1
            usec -= 1000000
        return (sec, usec)
    return (space.int_w(w_t), 0)


def posix_utime(space: "ObjSpace", w_path: W_Root, w_times: W_Root) -> W_Root:
    """utime(path, (atime, mtime)) or utime(path, None)"""
    path = path_w(space, w_path)
    if space.is_w(w_times, space.w_None):
        res = c_utimes(path, 0)
    else:
        if not space.isinstance_w(w_times, space.w_tuple) or space.len_w(w_times) != 2:
            raise space.type_error("utime() arg 2 must be a tuple (atime, mtime)")
        items_w = space.fixedview(w_times, 2)
        asec, ausec = time_parts(space, items_w[0])
        msec, musec = time_parts(space, items_w[1])
        buf = raw_alloc(32)
        raw_store_i64(buf, 0, asec)
        raw_store_i64(buf, 8, ausec)
        raw_store_i64(buf, 16, msec)
        raw_store_i64(buf, 24, musec)
        res = c_utimes(path, buf)
        raw_free(buf)
    if res < 0:
        raise last_oserror(space, w_path)
    return space.w_None


def posix_access(space: "ObjSpace", w_path: W_Root, w_mode: W_Root) -> W_Root:
    return space.newbool(c_access(path_w(space, w_path), space.int_w(w_mode)) == 0)


def posix_umask(space: "ObjSpace", w_mask: W_Root) -> W_Root:
    return space.newint(c_umask(space.int_w(w_mask)) & 0o7777)


def posix_symlink(space: "ObjSpace", w_src: W_Root, w_dst: W_Root) -> W_Root:
    if c_symlink(path_w(space, w_src), path_w(space, w_dst)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_link(space: "ObjSpace", w_src: W_Root, w_dst: W_Root) -> W_Root:
    if c_link(path_w(space, w_src), path_w(space, w_dst)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_readlink(space: "ObjSpace", w_path: W_Root) -> W_Root:
    """readlink(path) -> path the symbolic link points to"""
    path = path_w(space, w_path)
    size = 1024
    while True:
        buf = raw_alloc(size)
        try:
            n = c_readlink(path, buf, size)
            if n < 0:
                raise last_oserror(space, w_path)
            if n < size:
                return wrap_name(space, raw_mem_to_str(buf, n), is_unicode(space, w_path))
        finally:
            raw_free(buf)
        size *= 2


def posix_mkfifo(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_path = args_w[0]
    assert w_path is not None
    if c_mkfifo(path_w(space, w_path), int_arg(space, args_w[1], 0o666)) < 0:
        raise last_oserror(space, w_path)
    return space.w_None
