"""What the importer asks the file system: is this a directory or a file,
and its modification time (for .pyc validation); writing .pyc files.
The struct stat layout is support/rstat.py's."""
from pypy27.support.ffi import external
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i32, raw_load_i64, raw_str_to_mem
from pypy27.support.rstat import OFS_MODE, OFS_MTIM, S_IFDIR, S_IFMT, S_IFREG, STAT_SIZE, c_stat

c_unlink = external("unlink", ["char*"], "int", header="<unistd.h>")
c_open = external("open", ["char*", "int", "int"], "int", header="<fcntl.h>")
c_write = external("write", ["int", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_close = external("close", ["int"], "int", header="<unistd.h>")

MISSING = 0
DIRECTORY = 1
FILE = 2
OTHER = 3

O_WRONLY = 0o1
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000


class StatResult(object):
    kind: int       # MISSING, DIRECTORY, FILE or OTHER
    mode: int
    mtime: int

    def __init__(self, kind: int, mode: int, mtime: int) -> None:
        self.kind = kind
        self.mode = mode
        self.mtime = mtime


def stat(path: str) -> StatResult:
    buf = raw_alloc(STAT_SIZE)
    try:
        if c_stat(path, buf) != 0:
            return StatResult(MISSING, 0, 0)
        mode = raw_load_i32(buf, OFS_MODE) & 0xFFFFFFFF
        mtime = raw_load_i64(buf, OFS_MTIM)
    finally:
        raw_free(buf)
    fmt = mode & S_IFMT
    kind = DIRECTORY if fmt == S_IFDIR else FILE if fmt == S_IFREG else OTHER
    return StatResult(kind, mode, mtime)


def is_dir(path: str) -> bool:
    return stat(path).kind == DIRECTORY


def is_file(path: str) -> bool:
    return stat(path).kind == FILE


def write_new_file(path: str, data: str, mode: int) -> bool:
    """Replace path by a new file holding data (created exclusively after an
    unlink, so a concurrent writer cannot interleave); False on any error,
    since a .pyc that cannot be written is simply not cached."""
    c_unlink(path)
    fd = c_open(path, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, mode)
    if fd < 0:
        return False
    n = len(data)
    buf = raw_alloc(n + 1)
    ok = True
    try:
        raw_str_to_mem(data, buf, 0)
        done = 0
        while done < n:
            w = c_write(fd, buf + done, n - done)
            if w <= 0:
                ok = False
                break
            done += w
    finally:
        raw_free(buf)
        c_close(fd)
    if not ok:
        c_unlink(path)
    return ok
