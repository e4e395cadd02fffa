"""statvfs/fstatvfs (statvfs_result), getloadavg, and the device-number
helpers major/minor/makedev (glibc's encoding)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.posix.errors import c_int_w, last_oserror, path_w
from pypy27.support.ffi import external
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_f64, raw_load_i64

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

STATVFS_FIELDS = ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
                  "f_ffree", "f_favail", "f_flag", "f_namemax"]
# word offsets in struct statvfs (x86_64 Linux); f_fsid (word 8) is skipped
STATVFS_WORDS = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10]
STATVFS_SIZE = 112

c_statvfs = external("statvfs", ["char*", "void*"], "int", header="<sys/statvfs.h>")
c_fstatvfs = external("fstatvfs", ["int", "void*"], "int", header="<sys/statvfs.h>")
c_getloadavg = external("getloadavg", ["void*", "int"], "int", header="<stdlib.h>")


class FsInfoState(object):
    w_statvfs_type: Optional["W_TypeObject"]

    def __init__(self) -> None:
        self.w_statvfs_type = None


state = FsInfoState()


def wrap_statvfs(space: "ObjSpace", buf: int) -> W_Root:
    from pypy27.interpreter.module.sys.structseq import new_structseq
    items_w: list[W_Root] = []
    for word in STATVFS_WORDS:
        items_w.append(space.newint(raw_load_i64(buf, 8 * word)))
    w_type = state.w_statvfs_type
    assert w_type is not None
    return new_structseq(space, w_type, items_w)


def posix_statvfs(space: "ObjSpace", w_path: W_Root) -> W_Root:
    """statvfs(path) -> statvfs_result"""
    path = path_w(space, w_path, "statvfs")
    buf = raw_alloc(STATVFS_SIZE)
    try:
        if c_statvfs(path, buf) < 0:
            raise last_oserror(space, w_path)
        return wrap_statvfs(space, buf)
    finally:
        raw_free(buf)


def posix_fstatvfs(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    """fstatvfs(fd) -> statvfs_result"""
    buf = raw_alloc(STATVFS_SIZE)
    try:
        if c_fstatvfs(c_int_w(space, w_fd), buf) < 0:
            raise last_oserror(space)
        return wrap_statvfs(space, buf)
    finally:
        raw_free(buf)


def posix_getloadavg(space: "ObjSpace") -> W_Root:
    """getloadavg() -> (float, float, float): the load averages of the last
    1, 5 and 15 minutes."""
    buf = raw_alloc(24)
    try:
        if c_getloadavg(buf, 3) != 3:
            raise OperationError(space.w_OSError, space.newstr("Load averages are unobtainable"))
        return space.newtuple([space.newfloat(raw_load_f64(buf, 0)), space.newfloat(raw_load_f64(buf, 8)),
                               space.newfloat(raw_load_f64(buf, 16))])
    finally:
        raw_free(buf)


def posix_major(space: "ObjSpace", w_dev: W_Root) -> W_Root:
    """major(device) -> major number"""
    dev = space.int_w(w_dev)
    return space.newint(((dev >> 8) & 0xfff) | ((dev >> 32) & 0xfffff000))


def posix_minor(space: "ObjSpace", w_dev: W_Root) -> W_Root:
    """minor(device) -> minor number"""
    dev = space.int_w(w_dev)
    return space.newint((dev & 0xff) | ((dev >> 12) & 0xffffff00))


def posix_makedev(space: "ObjSpace", w_major: W_Root, w_minor: W_Root) -> W_Root:
    """makedev(major, minor) -> device number"""
    ma = c_int_w(space, w_major) & 0xffffffff
    mi = c_int_w(space, w_minor) & 0xffffffff
    dev = (mi & 0xff) | ((ma & 0xfff) << 8) | ((mi & 0xffffff00) << 12) | ((ma & 0xfffff000) << 32)
    from pypy27.support.rarith import intmask
    return space.newint(intmask(dev))
