"""fcntl(), ioctl(), flock(), lockf()."""
import fcntl as host_fcntl
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import (raw_alloc, raw_free, raw_mem_to_str, raw_store_i64,
                                   raw_str_to_mem, raw_store_i32)
from pypy27.interpreter.module.thread import gil

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

# one declaration per C function (ctypes shares one function object per
# name); buffers are passed as their address in the long argument
c_fcntl_int = external("fcntl", ["int", "int", "long"], "int", header="<fcntl.h>")
c_ioctl_int = external("ioctl", ["int", "unsigned long", "long"], "int", header="<sys/ioctl.h>")
c_flock = external("flock", ["int", "int"], "int", header="<sys/file.h>")

LOCK_SH = host_fcntl.LOCK_SH
LOCK_EX = host_fcntl.LOCK_EX
LOCK_NB = host_fcntl.LOCK_NB
LOCK_UN = host_fcntl.LOCK_UN
F_SETLK = host_fcntl.F_SETLK
F_SETLKW = host_fcntl.F_SETLKW
F_RDLCK = host_fcntl.F_RDLCK
F_WRLCK = host_fcntl.F_WRLCK
F_UNLCK = host_fcntl.F_UNLCK
BUF_MAX = 1024


def last_ioerror(space: "ObjSpace") -> OperationError:
    """fcntl's failures are IOError(errno, strerror) in 2.7."""
    from pypy27.interpreter.module.builtin.io import ioerror
    return ioerror(space, get_errno(), None)


def fd_of(space: "ObjSpace", w_fd: Optional[W_Root]) -> int:
    assert w_fd is not None
    from pypy27.interpreter.module.select.pollfds import fileno_of
    return fileno_of(space, w_fd)


def fcntl_fcntl(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """fcntl(fd, op, [arg]): an int arg gives an int result; a str arg is
    copied to a buffer whose content (after the call) is returned."""
    fd = fd_of(space, args_w[0])
    w_op = args_w[1]
    assert w_op is not None
    op = space.int_w(w_op)
    w_arg = args_w[2]
    if w_arg is not None and space.isinstance_w(w_arg, space.w_str):
        data = space.str_w(w_arg)
        if len(data) > BUF_MAX:
            raise space.value_error("fcntl string arg too long")
        buf = raw_alloc(BUF_MAX)
        try:
            raw_str_to_mem(data, buf)
            if c_fcntl_int(fd, op, buf) < 0:
                raise last_ioerror(space)
            return space.newstr(raw_mem_to_str(buf, len(data)))
        finally:
            raw_free(buf)
    arg = 0
    if w_arg is not None:
        arg = space.int_w(w_arg)
    res = c_fcntl_int(fd, op, arg)
    if res < 0:
        raise last_ioerror(space)
    return space.newint(res)


def fcntl_ioctl(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """ioctl(fd, op[, arg[, mutate_flag]]) with an int or str argument."""
    fd = fd_of(space, args_w[0])
    w_op = args_w[1]
    assert w_op is not None
    op = space.int_w(w_op) & 0xffffffff
    w_arg = args_w[2]
    if w_arg is not None and space.isinstance_w(w_arg, space.w_str):
        data = space.str_w(w_arg)
        if len(data) > BUF_MAX:
            raise space.value_error("ioctl string arg too long")
        buf = raw_alloc(BUF_MAX)
        try:
            raw_str_to_mem(data, buf)
            if c_ioctl_int(fd, op, buf) < 0:
                raise last_ioerror(space)
            return space.newstr(raw_mem_to_str(buf, len(data)))
        finally:
            raw_free(buf)
    arg = 0
    if w_arg is not None:
        arg = space.int_w(w_arg)
    res = c_ioctl_int(fd, op, arg)
    if res < 0:
        raise last_ioerror(space)
    return space.newint(res)


def fcntl_flock(space: "ObjSpace", w_fd: W_Root, w_op: W_Root) -> W_Root:
    """flock(fd, operation): LOCK_SH, LOCK_EX, LOCK_UN, optionally | LOCK_NB."""
    fd = fd_of(space, w_fd)
    op = space.int_w(w_op)
    gil.release()
    res_flock = c_flock(fd, op)
    gil.acquire()
    if res_flock < 0:
        raise last_ioerror(space)
    return space.w_None


def fcntl_lockf(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """lockf(fd, operation, length=0, start=0, whence=0): POSIX record
    locks through fcntl(F_SETLK[W]) with a struct flock."""
    fd = fd_of(space, args_w[0])
    w_op = args_w[1]
    assert w_op is not None
    code = space.int_w(w_op)
    length = 0 if args_w[2] is None else space.int_w(args_w[2])
    start = 0 if args_w[3] is None else space.int_w(args_w[3])
    whence = 0 if args_w[4] is None else space.int_w(args_w[4])
    if code == LOCK_UN:
        ltype = F_UNLCK
    elif code & LOCK_SH:
        ltype = F_RDLCK
    elif code & LOCK_EX:
        ltype = F_WRLCK
    else:
        raise space.value_error("unrecognized flock argument")
    cmd = F_SETLK if code & LOCK_NB else F_SETLKW
    # struct flock on x86_64 Linux: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t
    buf = raw_alloc(32)
    try:
        raw_store_i64(buf, 0, 0)
        raw_store_i32(buf, 0, (ltype & 0xffff) | ((whence & 0xffff) << 16))
        raw_store_i64(buf, 8, start)
        raw_store_i64(buf, 16, length)
        raw_store_i64(buf, 24, 0)
        if c_fcntl_int(fd, cmd, buf) < 0:
            raise last_ioerror(space)
    finally:
        raw_free(buf)
    return space.w_None
