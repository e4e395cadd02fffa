"""The operating-system calls under _io.FileIO: thin wrappers around
open/read/write/lseek/close/ftruncate/isatty on file descriptors.  The rest
of the io stack is app-level code (see moduledef.py) built on these."""
import errno as _errno
import os
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.builtin.io import (c_close, c_isatty, c_lseek, c_open, c_read, strerror,
                                                  write_all)
from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import raw_alloc, raw_free, raw_mem_to_str, raw_str_to_mem
from pypy27.interpreter.module.thread import gil

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

EINTR = _errno.EINTR
EAGAIN = _errno.EAGAIN
EISDIR = _errno.EISDIR
EBADF = _errno.EBADF
O_RDONLY = os.O_RDONLY
O_WRONLY = os.O_WRONLY
O_RDWR = os.O_RDWR
O_CREAT = os.O_CREAT
O_TRUNC = os.O_TRUNC
O_APPEND = os.O_APPEND
O_EXCL = os.O_EXCL

c_write = external("write", ["int", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_ftruncate = external("ftruncate", ["int", "off_t"], "int", header="<unistd.h>")
c_opendir = external("opendir", ["char*"], "void*", header="<dirent.h>")
c_closedir = external("closedir", ["void*"], "int", header="<dirent.h>")
c_dup = external("dup", ["int"], "int", header="<unistd.h>")


def error_from(space: "ObjSpace", w_type: W_Root, err: int, w_filename: Optional[W_Root]) -> OperationError:
    args_w = [space.newint(err), space.newstr(strerror(err))]
    if w_filename is not None:
        args_w.append(w_filename)
    return OperationError(w_type, space.call_function(w_type, args_w))


def path_of(space: "ObjSpace", w_path: W_Root) -> str:
    if space.isinstance_w(w_path, space.w_unicode):
        return space.unicode_w(w_path)
    return space.str_w(w_path)


def io_open(space: "ObjSpace", w_path: W_Root, w_flags: W_Root, w_mode: W_Root) -> W_Root:
    """_os_open(path, flags, mode) -> fd; IOError(errno, strerror, path)."""
    path = path_of(space, w_path)
    if "\x00" in path:
        raise space.type_error("file() argument 1 must be encoded string without NULL bytes, not str")
    flags = space.int_w(w_flags)
    while True:
        fd = c_open(path, flags, space.int_w(w_mode))
        if fd >= 0:
            break
        err = get_errno()
        if err != EINTR:
            raise error_from(space, space.w_IOError, err, w_path)
    if flags & (O_WRONLY | O_RDWR) == 0:
        d = c_opendir(path)
        if d != 0:
            c_closedir(d)
            c_close(fd)
            raise error_from(space, space.w_IOError, EISDIR, w_path)
    return space.newint(fd)


def io_read(space: "ObjSpace", w_fd: W_Root, w_n: W_Root) -> W_Root:
    """_os_read(fd, n) -> str ('' at end of file), or None if it would block."""
    fd = space.int_w(w_fd)
    n = space.int_w(w_n)
    if n <= 0:
        return space.newstr("")
    buf = raw_alloc(n)
    try:
        while True:
            gil.release()
            got = c_read(fd, buf, n)
            gil.acquire()
            if got >= 0:
                return space.newstr(raw_mem_to_str(buf, got) if got > 0 else "")
            err = get_errno()
            if err == EAGAIN:
                return space.w_None
            if err != EINTR:
                raise error_from(space, space.w_IOError, err, None)
    finally:
        raw_free(buf)


def io_write(space: "ObjSpace", w_fd: W_Root, w_data: W_Root) -> W_Root:
    """_os_write(fd, data) -> number of bytes written (None if it would block)."""
    fd = space.int_w(w_fd)
    data = space.str_w(w_data)
    n = len(data)
    if n == 0:
        return space.newint(0)
    buf = raw_alloc(n)
    try:
        raw_str_to_mem(data, buf)
        while True:
            gil.release()
            done = c_write(fd, buf, n)
            gil.acquire()
            if done >= 0:
                return space.newint(done)
            err = get_errno()
            if err == EAGAIN:
                return space.w_None
            if err != EINTR:
                raise error_from(space, space.w_IOError, err, None)
    finally:
        raw_free(buf)


def io_write_all(space: "ObjSpace", w_fd: W_Root, w_data: W_Root) -> W_Root:
    err = write_all(space.int_w(w_fd), space.str_w(w_data))
    if err != 0:
        raise error_from(space, space.w_IOError, err, None)
    return space.w_None


def io_lseek(space: "ObjSpace", w_fd: W_Root, w_pos: W_Root, w_whence: W_Root) -> W_Root:
    pos = c_lseek(space.int_w(w_fd), space.int_w(w_pos), space.int_w(w_whence))
    if pos < 0:
        raise error_from(space, space.w_IOError, get_errno(), None)
    return space.newint(pos)


def io_seekable(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    return space.newbool(c_lseek(space.int_w(w_fd), 0, 1) >= 0)


def io_close(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    if c_close(space.int_w(w_fd)) < 0:
        raise error_from(space, space.w_IOError, get_errno(), None)
    return space.w_None


def io_isatty(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    return space.newbool(c_isatty(space.int_w(w_fd)) == 1)


def io_ftruncate(space: "ObjSpace", w_fd: W_Root, w_size: W_Root) -> W_Root:
    if c_ftruncate(space.int_w(w_fd), space.int_w(w_size)) < 0:
        raise error_from(space, space.w_IOError, get_errno(), None)
    return space.w_None


def io_check_fd(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    """OSError(EBADF) unless fd is an open descriptor."""
    fd = space.int_w(w_fd)
    d = c_dup(fd)
    if d < 0:
        raise error_from(space, space.w_OSError, get_errno(), None)
    c_close(d)
    return space.w_None
