"""File-descriptor operations: open/read/write/close/lseek/dup/pipe/...
and fdopen (a built-in file object around a descriptor)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.memoryobject import W_MemoryView
from pypy27.interpreter.module.posix.errors import (c_int_w, int_arg, last_oserror, oserror,
                                                     path_w)
from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import (raw_alloc, raw_free, raw_load_i32, raw_mem_to_str,
                                   raw_str_to_mem)
from pypy27.interpreter.module.thread import gil

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

import errno as _errno
EINVAL = _errno.EINVAL
EBADF = _errno.EBADF

c_open = external("open", ["char*", "int", "int"], "int", header="<fcntl.h>")
c_read = external("read", ["int", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_write = external("write", ["int", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_close = external("close", ["int"], "int", header="<unistd.h>")
c_lseek = external("lseek", ["int", "off_t", "int"], "off_t", header="<unistd.h>")
c_dup = external("dup", ["int"], "int", header="<unistd.h>")
c_dup2 = external("dup2", ["int", "int"], "int", header="<unistd.h>")
c_pipe = external("pipe", ["void*"], "int", header="<unistd.h>")
c_isatty = external("isatty", ["int"], "int", header="<unistd.h>")
c_ttyname = external("ttyname", ["int"], "char*", header="<unistd.h>")
c_ftruncate = external("ftruncate", ["int", "off_t"], "int", header="<unistd.h>")
c_fsync = external("fsync", ["int"], "int", header="<unistd.h>")
c_fdatasync = external("fdatasync", ["int"], "int", header="<unistd.h>")
c_fchmod = external("fchmod", ["int", "unsigned int"], "int", header="<sys/stat.h>")
c_fchown = external("fchown", ["int", "unsigned int", "unsigned int"], "int", header="<unistd.h>")
c_fchdir = external("fchdir", ["int"], "int", header="<unistd.h>")
c_fcntl = external("fcntl", ["int", "int", "long"], "int", header="<fcntl.h>")

F_GETFD = 1


def posix_open(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """open(filename, flag [, mode=0777]) -> fd"""
    from pypy27.interpreter.module.builtin.io import flush_dirty_files
    flush_dirty_files(space)
    w_path = args_w[0]
    assert w_path is not None
    path = path_w(space, w_path, "open")
    flags = int_arg(space, args_w[1], 0)
    mode = int_arg(space, args_w[2], 0o777)
    fd = c_open(path, flags, mode)
    if fd < 0:
        raise last_oserror(space, w_path)
    return space.newint(fd)


def data_w(space: "ObjSpace", w_data: W_Root) -> str:
    """The bytes of a string or buffer argument."""
    if space.isinstance_w(w_data, space.w_str) or space.isinstance_w(w_data, space.w_unicode):
        return space.str_w(w_data)
    if isinstance(w_data, W_MemoryView):
        return w_data.as_str(space)     # str() of a memoryview is its repr
    if space.isinstance_w(w_data, space.w_bytearray) or space.isinstance_w(w_data, space.w_buffer):
        return space.str_w(space.call_function(space.w_str, [w_data]))
    # 2.7's argument parser names None itself, other objects by their type
    what = "None" if space.is_w(w_data, space.w_None) else space.type(w_data).name
    raise space.type_error("write() argument 2 must be string or buffer, not %s" % what)


def read_fd(space: "ObjSpace", fd: int, n: int) -> str:
    """One read(2) of at most n bytes (OSError on failure)."""
    if n < 0:
        raise oserror(space, EINVAL)
    buf = raw_alloc(n if n > 0 else 1)
    try:
        gil.release()
        got = c_read(fd, buf, n)
        gil.acquire()
        if got < 0:
            raise last_oserror(space)
        return raw_mem_to_str(buf, got)
    finally:
        raw_free(buf)


def posix_read(space: "ObjSpace", w_fd: W_Root, w_n: W_Root) -> W_Root:
    """read(fd, buffersize) -> string"""
    fd = c_int_w(space, w_fd)
    n = space.int_w(w_n)
    return space.newstr(read_fd(space, fd, n))


def write_fd(space: "ObjSpace", fd: int, data: str) -> int:
    buf = raw_alloc(len(data) if len(data) > 0 else 1)
    try:
        raw_str_to_mem(data, buf)
        gil.release()
        n = c_write(fd, buf, len(data))
        gil.acquire()
        if n < 0:
            raise last_oserror(space)
        return n
    finally:
        raw_free(buf)


def posix_write(space: "ObjSpace", w_fd: W_Root, w_data: W_Root) -> W_Root:
    """write(fd, string) -> byteswritten"""
    fd = c_int_w(space, w_fd)
    return space.newint(write_fd(space, fd, data_w(space, w_data)))


def posix_close(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    if c_close(c_int_w(space, w_fd)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_closerange(space: "ObjSpace", w_lo: W_Root, w_hi: W_Root) -> W_Root:
    """closerange(fd_low, fd_high): close fds in [low, high), ignoring errors."""
    lo = space.int_w(w_lo)
    hi = space.int_w(w_hi)
    while lo < hi:
        c_close(lo)
        lo += 1
    return space.w_None


def posix_lseek(space: "ObjSpace", w_fd: W_Root, w_pos: W_Root, w_how: W_Root) -> W_Root:
    fd = c_int_w(space, w_fd)
    pos = space.int_w(w_pos)
    how = space.int_w(w_how)
    res = c_lseek(fd, pos, how)
    if res < 0:
        raise last_oserror(space)
    return space.newint(res)


def posix_dup(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    res = c_dup(c_int_w(space, w_fd))
    if res < 0:
        raise last_oserror(space)
    return space.newint(res)


def posix_dup2(space: "ObjSpace", w_fd: W_Root, w_fd2: W_Root) -> W_Root:
    if c_dup2(c_int_w(space, w_fd), c_int_w(space, w_fd2)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_pipe(space: "ObjSpace") -> W_Root:
    buf = raw_alloc(8)
    try:
        if c_pipe(buf) < 0:
            raise last_oserror(space)
        return space.newtuple([space.newint(raw_load_i32(buf, 0)), space.newint(raw_load_i32(buf, 4))])
    finally:
        raw_free(buf)


def posix_isatty(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    return space.newbool(c_isatty(c_int_w(space, w_fd)) == 1)


def posix_ttyname(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    name = c_ttyname(c_int_w(space, w_fd))
    if name is None:
        raise last_oserror(space)
    return space.newstr(name)


def posix_ftruncate(space: "ObjSpace", w_fd: W_Root, w_len: W_Root) -> W_Root:
    if c_ftruncate(c_int_w(space, w_fd), space.int_w(w_len)) < 0:
        raise last_oserror(space)
    return space.w_None


def fd_of(space: "ObjSpace", w_fd: W_Root) -> int:
    """An fd argument: an int or an object with fileno() (2.7's
    PyObject_AsFileDescriptor: outside a C int or negative is a ValueError)."""
    if not (space.isinstance_w(w_fd, space.w_int) or space.isinstance_w(w_fd, space.w_long)):
        if space.findattr(w_fd, "fileno") is None:
            raise space.type_error("argument must be an int, or have a fileno() method")
        w_fd = space.call_method(w_fd, "fileno", [])
        if not (space.isinstance_w(w_fd, space.w_int) or space.isinstance_w(w_fd, space.w_long)):
            raise space.type_error("fileno() returned a non-integer")
    try:
        fd = c_int_w(space, w_fd)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        fd = -1
    if fd < 0:
        raise space.value_error("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def posix_fsync(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    if c_fsync(fd_of(space, w_fd)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_fdatasync(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    if c_fdatasync(fd_of(space, w_fd)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_fchmod(space: "ObjSpace", w_fd: W_Root, w_mode: W_Root) -> W_Root:
    if c_fchmod(c_int_w(space, w_fd), c_int_w(space, w_mode)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_fchown(space: "ObjSpace", w_fd: W_Root, w_uid: W_Root, w_gid: W_Root) -> W_Root:
    if c_fchown(c_int_w(space, w_fd), space.int_w(w_uid), space.int_w(w_gid)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_fchdir(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    if c_fchdir(fd_of(space, w_fd)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_fdopen(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """fdopen(fd [, mode='r' [, bufsize]]) -> file_object"""
    from pypy27.interpreter.module.builtin.io import BUF_FULL, BUF_LINE, BUF_NONE, W_File, check_mode
    w_fd = args_w[0]
    assert w_fd is not None
    fd = c_int_w(space, w_fd)
    mode = "r"
    if args_w[1] is not None:
        mode = space.str_w(args_w[1])
    bufsize = int_arg(space, args_w[2], -1)
    check_mode(space, mode)
    if c_fcntl(fd, F_GETFD, 0) < 0:
        raise last_oserror(space)
    if mode[0] == "U":
        mode = "r" + mode[1:]
    f = W_File(fd, "<fdopen>", mode)
    f.universal = "U" in mode
    if bufsize == 0:
        f.buffering = BUF_NONE
    elif bufsize == 1:
        f.buffering = BUF_LINE
    else:
        f.buffering = BUF_FULL
    return f
