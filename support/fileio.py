"""Whole-file I/O written in the subset on top of C externals (open/read/
write/close), so the same code runs untranslated (through ctypes) and
translated (direct C calls)."""
import errno as _errno
import os

from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import raw_alloc, raw_free, raw_mem_to_str, raw_str_to_mem

# build-time constants of the host, which is also the target platform
O_RDONLY = os.O_RDONLY
O_WRONLY_CREAT_TRUNC = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
EINTR = _errno.EINTR
CHUNK = 65536

c_open = external("open", ["char*", "int", "int"], "int", header="<fcntl.h>")
c_read = external("read", ["int", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_write = external("write", ["int", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_close = external("close", ["int"], "int", header="<unistd.h>")
c_strerror = external("strerror", ["int"], "char*", header="<string.h>")


class FileError(Exception):
    """An OS-level failure; ``errno`` is the C errno value."""
    path: str
    errno: int
    operation: str

    def __init__(self, path: str, errno: int, operation: str) -> None:
        self.path = path
        self.errno = errno
        self.operation = operation

    def message(self) -> str:
        text = c_strerror(self.errno)
        if text is None:
            text = "errno %d" % self.errno
        return "%s %s: %s" % (self.operation, self.path, text)


def read_file(path: str) -> str:
    """The whole content of the file at path; FileError on failure."""
    fd = c_open(path, O_RDONLY, 0)
    if fd < 0:
        raise FileError(path, get_errno(), "open")
    buf = raw_alloc(CHUNK)
    pieces: list[str] = []
    try:
        while True:
            n = c_read(fd, buf, CHUNK)
            if n < 0:
                err = get_errno()
                if err == EINTR:
                    continue
                raise FileError(path, err, "read")
            if n == 0:
                break
            pieces.append(raw_mem_to_str(buf, n))
    finally:
        raw_free(buf)
        c_close(fd)
    return "".join(pieces)


def write_file(path: str, data: str) -> None:
    """Create or truncate the file at path and write data to it."""
    fd = c_open(path, O_WRONLY_CREAT_TRUNC, 0o644)
    if fd < 0:
        raise FileError(path, get_errno(), "open")
    buf = raw_alloc(len(data))
    try:
        raw_str_to_mem(data, buf)
        done = 0
        while done < len(data):
            n = c_write(fd, buf + done, len(data) - done)
            if n < 0:
                err = get_errno()
                if err == EINTR:
                    continue
                raise FileError(path, err, "write")
            done += n
    finally:
        raw_free(buf)
        c_close(fd)
