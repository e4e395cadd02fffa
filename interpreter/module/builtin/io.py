"""`file` objects (and open()): a minimal 2.7 file on top of C externals
(open/read/write/lseek/close), so it behaves the same untranslated (ctypes)
and translated.  Also used for sys.stdin/stdout/stderr.

A *capture* file (new_capture_file) keeps what is written in memory; the
app-level test runner swaps it in as sys.stdout and reads captured_text().
"""
import errno as _errno
import os
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError
from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import raw_alloc, raw_free, raw_mem_to_str, raw_str_to_mem
from pypy27.interpreter.module.thread import gil

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    from pypy27.interpreter.gateway import W_Builtin

O_RDONLY = os.O_RDONLY
O_WRONLY = os.O_WRONLY
O_RDWR = os.O_RDWR
O_CREAT = os.O_CREAT
O_TRUNC = os.O_TRUNC
O_APPEND = os.O_APPEND
EINTR = _errno.EINTR
EBADF = _errno.EBADF
EISDIR = _errno.EISDIR
CHUNK = 8192
BIG_CHUNK = 65536
BUF_NONE = 0
BUF_LINE = 1
BUF_FULL = 2
BUF_STD = 3

c_open = external("open", ["char*", "int", "int"], "int", header="<fcntl.h>")
c_read = external("read", ["int", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_write = external("write", ["int", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_close = external("close", ["int"], "int", header="<unistd.h>")
c_lseek = external("lseek", ["int", "off_t", "int"], "off_t", header="<unistd.h>")
c_isatty = external("isatty", ["int"], "int", header="<unistd.h>")
c_strerror = external("strerror", ["int"], "char*", header="<string.h>")
c_opendir = external("opendir", ["char*"], "void*", header="<dirent.h>")
c_closedir = external("closedir", ["void*"], "int", header="<dirent.h>")


class DirtyFiles(object):
    """Files with buffered data not yet written.  CPython 2.7 writes a
    file's buffer out the moment the last reference goes away, so code like
    `open(p, 'w').write(s)` followed by reading p works there; without
    reference counting, these buffers are written out before any file is
    opened, before fork() and at exit instead."""
    files: list["W_File"]

    def __init__(self) -> None:
        self.files = []


dirty_files = DirtyFiles()


def flush_dirty_files(space: "ObjSpace") -> None:
    files = dirty_files.files
    if not files:
        return
    dirty_files.files = []
    for f in files:
        f.registered_dirty = False
        if not f.closed and f.wlen > 0:
            try:
                f.flush_w(space)
            except OperationError:
                pass


class W_File(W_Root):
    fd: int                 # -1: closed (or a capture file)
    name: str
    w_name: Optional[W_Root]
    mode: str
    closed: bool
    readable: bool
    writable: bool
    universal: bool         # 'U' mode: \r\n and \r read as \n
    pending_cr: bool        # universal mode: the last chunk ended in \r
    softspace: int
    close_fd: bool          # close() closes fd (not for sys.std*)
    rbuf: str               # read-ahead data
    rpos: int
    wbuf: list[str]         # data not written yet
    wlen: int
    buffering: int          # BUF_NONE, BUF_LINE, BUF_FULL, or BUF_STD (decided on first write)
    capture: Optional[list[str]]
    w_class: Optional["W_TypeObject"]
    user: Optional[UserAttrs]       # instances of subclasses: __dict__, __slots__
    eof_seen: bool
    encoding: str           # for unicode written to sys.std*: "" is None (ascii)
    errors: str
    encoding_known: bool    # std files look at PYTHONIOENCODING/the terminal on first use
    registered_dirty: bool  # in dirty_files

    def __init__(self, fd: int, name: str, mode: str) -> None:
        self.w_class = None
        self.user = None
        self.registered_dirty = False
        self.reset(fd, name, mode)

    def reset(self, fd: int, name: str, mode: str) -> None:
        """The state of a file just opened (also file.__init__ reopening one)."""
        self.fd = fd
        self.name = name
        self.w_name = None
        self.mode = mode
        self.closed = False
        self.readable = "r" in mode or "+" in mode or "U" in mode
        self.writable = "w" in mode or "a" in mode or "+" in mode
        self.universal = "U" in mode
        self.pending_cr = False
        self.softspace = 0
        self.close_fd = True
        self.rbuf = ""
        self.rpos = 0
        self.wbuf = []
        self.wlen = 0
        self.buffering = BUF_FULL
        self.capture = None
        self.eof_seen = False
        self.encoding = ""
        self.errors = ""
        self.encoding_known = True

    def get_encoding(self) -> str:
        if not self.encoding_known:
            self.encoding_known = True
            self.encoding, self.errors = std_encoding(self.fd)
        return self.encoding

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_class is not None:
            return self.w_class
        return space_file_type(space)

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    # ---- low level ------------------------------------------------------
    def check_closed(self, space: "ObjSpace") -> None:
        if self.closed:
            raise space.value_error("I/O operation on closed file")

    def flush_w(self, space: "ObjSpace") -> None:
        if self.wlen == 0:
            return
        data = "".join(self.wbuf)
        self.wbuf = []
        self.wlen = 0
        if self.capture is not None:
            self.capture.append(data)
            return
        from pypy27.interpreter.executioncontext import output
        if (self.fd == 1 or self.fd == 2) and output.capturing:
            from pypy27.interpreter.executioncontext import write_stderr, write_stdout
            if self.fd == 1:
                write_stdout(data)
            else:
                write_stderr(data)
            return
        err = write_all(self.fd, data)
        if err != 0:
            raise ioerror(space, err, None)

    def write_str(self, space: "ObjSpace", data: str) -> None:
        self.check_closed(space)
        if not self.writable:
            raise ioerror_msg(space, EBADF, "File not open for writing")
        if self.rpos < len(self.rbuf):
            # drop read-ahead: reposition the fd where the reader is
            self.seek_raw(space, self.tell_raw(space), 0)
        self.rbuf = ""
        self.rpos = 0
        if not data:
            return
        self.wbuf.append(data)
        self.wlen += len(data)
        if not self.registered_dirty and self.fd > 2 and self.capture is None:
            self.registered_dirty = True
            dirty_files.files.append(self)
        if self.buffering != BUF_FULL:
            if self.buffering == BUF_STD:
                self.buffering = std_buffering(self.fd)
            if self.buffering == BUF_NONE or (self.buffering == BUF_LINE and "\n" in data):
                self.flush_w(space)
                return
        if self.wlen >= CHUNK:
            self.flush_w(space)

    def read_chunk(self, space: "ObjSpace", size: int) -> str:
        """The next data from the fd (newlines translated in 'U' mode); "" at
        end of file."""
        if self.capture is not None or self.fd < 0:
            return ""
        while True:
            buf = raw_alloc(size)
            data = ""
            n = 0
            try:
                while True:
                    gil.release()
                    n = c_read(self.fd, buf, size)
                    gil.acquire()
                    if n < 0:
                        err = get_errno()
                        if err == EINTR:
                            # a signal's Python handler may raise (Ctrl-C: KeyboardInterrupt)
                            from pypy27.interpreter.module.signal.delivery import fire_pending
                            fire_pending(space, None)
                            continue
                        raise ioerror(space, err, None)
                    break
                data = raw_mem_to_str(buf, n) if n > 0 else ""
            finally:
                raw_free(buf)
            if n == 0:
                return ""
            if not self.universal:
                return data
            if self.pending_cr:
                if data.startswith("\n"):
                    data = data[1:]
                self.pending_cr = False
            if data.endswith("\r"):
                self.pending_cr = True
            data = data.replace("\r\n", "\n").replace("\r", "\n")
            if data:
                return data

    def fill(self, space: "ObjSpace") -> bool:
        """Read more data into rbuf; False at end of file."""
        data = self.read_chunk(space, CHUNK)
        if not data:
            return False
        self.rbuf = self.rbuf[self.rpos:] + data
        self.rpos = 0
        return True

    def start_read(self, space: "ObjSpace") -> None:
        self.check_closed(space)
        if not self.readable:
            raise ioerror_msg(space, EBADF, "File not open for reading")
        self.flush_w(space)

    def read_n(self, space: "ObjSpace", n: int) -> str:
        self.start_read(space)
        pieces = [self.rbuf[self.rpos:]]
        have = len(pieces[0])
        self.rbuf = ""
        self.rpos = 0
        while n < 0 or have < n:
            want = BIG_CHUNK if n < 0 else max(n - have, CHUNK)
            data = self.read_chunk(space, want)
            if not data:
                break
            pieces.append(data)
            have += len(data)
        text = "".join(pieces)
        if n >= 0 and len(text) > n:
            self.rbuf = text[n:]
            text = text[:n]
        return text

    def readline_n(self, space: "ObjSpace", limit: int) -> str:
        self.start_read(space)
        while True:
            i = self.rbuf.find("\n", self.rpos)
            if i >= 0:
                end = i + 1
                break
            if limit >= 0 and len(self.rbuf) - self.rpos >= limit:
                end = len(self.rbuf)
                break
            if not self.fill(space):
                end = len(self.rbuf)
                break
        if limit >= 0 and end - self.rpos > limit:
            end = self.rpos + limit
        data = self.rbuf[self.rpos:end]
        self.rpos = end
        return data

    def tell_raw(self, space: "ObjSpace") -> int:
        pos = c_lseek(self.fd, 0, 1)
        if pos < 0:
            raise ioerror(space, get_errno(), None)
        return pos - (len(self.rbuf) - self.rpos) + self.wlen

    def seek_raw(self, space: "ObjSpace", offset: int, whence: int) -> None:
        pos = c_lseek(self.fd, offset, whence)
        if pos < 0:
            raise ioerror(space, get_errno(), None)

    def close_w(self, space: "ObjSpace") -> None:
        if self.closed:
            return
        try:
            self.flush_w(space)
        finally:
            self.closed = True
            if self.close_fd and self.fd >= 0:
                c_close(self.fd)
            self.fd = -1


def write_all(fd: int, data: str) -> int:
    """Write data to fd; 0 or the errno of a failure."""
    n_total = len(data)
    buf = raw_alloc(n_total)
    try:
        raw_str_to_mem(data, buf)
        done = 0
        while done < n_total:
            gil.release()
            n = c_write(fd, buf + done, n_total - done)
            gil.acquire()
            if n < 0:
                err = get_errno()
                if err == EINTR:
                    continue
                return err
            done += n
    finally:
        raw_free(buf)
    return 0


def strerror(err: int) -> str:
    text = c_strerror(err)
    if text is None:
        return "Unknown error %d" % err
    return text


def ioerror(space: "ObjSpace", err: int, filename: Optional[str]) -> OperationError:
    """IOError(errno, strerror[, filename])."""
    args_w = [space.newint(err), space.newstr(strerror(err))]
    if filename is not None:
        args_w.append(space.newstr(filename))
    w_exc = space.call_function(space.w_IOError, args_w)
    return OperationError(space.w_IOError, w_exc)


def ioerror_msg(space: "ObjSpace", err: int, msg: str) -> OperationError:
    return OperationError(space.w_IOError, space.call_function(space.w_IOError, [space.newstr(msg)]))


# ---- creation ----------------------------------------------------------------

def space_file_type(space: "ObjSpace") -> "W_TypeObject":
    w_type = space.builtin_types_w.get("file", None)
    assert w_type is not None
    return w_type


def check_mode(space: "ObjSpace", mode: str) -> int:
    """The open() flags for a 2.7 mode string (ValueError if invalid)."""
    if not mode:
        raise space.value_error("empty mode string")
    c = mode[0]
    plus = "+" in mode
    if c == "r" or c == "U":
        flags = O_RDWR if plus else O_RDONLY
    elif c == "w":
        flags = (O_RDWR if plus else O_WRONLY) | O_CREAT | O_TRUNC
    elif c == "a":
        flags = (O_RDWR if plus else O_WRONLY) | O_CREAT | O_APPEND
    else:
        raise space.value_error("mode string must begin with one of 'r', 'w', 'a' or 'U', not '%s'" % mode)
    return flags


def open_file(space: "ObjSpace", name: str, mode: str) -> W_File:
    f = W_File(-1, name, mode)
    open_into(space, f, name, mode)
    return f


def normal_mode(mode: str) -> str:
    """The mode a file reports: "U..." becomes "r...U"."""
    if mode and mode[0] == "U":
        mode = "r" + mode[1:]
        if "U" not in mode:
            mode = mode + "U"
    return mode


def open_into(space: "ObjSpace", f: W_File, name: str, mode: str) -> None:
    """Open name and make f that file."""
    flags = check_mode(space, mode)
    flush_dirty_files(space)
    if "\x00" in name:
        raise space.type_error("file() argument 1 must be encoded string without null bytes, not str")
    fd = c_open(name, flags, 0o666)
    if fd < 0:
        raise ioerror(space, get_errno(), name)
    if flags == O_RDONLY:
        d = c_opendir(name)
        if d != 0:
            c_closedir(d)
            c_close(fd)
            raise ioerror(space, EISDIR, name)
    mode = normal_mode(mode)
    f.reset(fd, name, mode)
    f.universal = "U" in mode


c_getenv = external("getenv", ["char*"], "char*", header="<stdlib.h>")


class StdEnv(object):
    """python -E: the standard streams ignore PYTHONIOENCODING and PYTHONUNBUFFERED."""
    ignore_environment: bool

    def __init__(self) -> None:
        self.ignore_environment = False


std_env = StdEnv()


def std_getenv(name: str) -> Optional[str]:
    if std_env.ignore_environment:
        return None
    return c_getenv(name)


def std_encoding(fd: int) -> tuple[str, str]:
    """(encoding, errors) of a standard stream: PYTHONIOENCODING, else the
    terminal's (UTF-8) when it is one, else none (ascii)."""
    env = std_getenv("PYTHONIOENCODING")
    if env is not None and env:
        colon = env.find(":")
        if colon >= 0:
            return env[:colon], env[colon + 1:]
        return env, ""
    if c_isatty(fd) == 1:
        return "UTF-8", ""
    return "", ""


def std_buffering(fd: int) -> int:
    """2.7's stdout: unbuffered with PYTHONUNBUFFERED, line-buffered on a
    terminal, else block-buffered."""
    env = std_getenv("PYTHONUNBUFFERED")
    if env is not None and env:
        return BUF_NONE
    if fd >= 0 and c_isatty(fd) == 1:
        return BUF_LINE
    return BUF_FULL


def new_std_file(fd: int, name: str, mode: str) -> W_File:
    f = W_File(fd, name, mode)
    f.close_fd = False
    f.encoding_known = False
    if fd == 1:
        f.buffering = BUF_STD
    elif fd == 2:
        f.buffering = BUF_NONE
    return f


def new_capture_file() -> W_File:
    """A write-only file keeping its data in memory (for tests)."""
    f = W_File(-1, "<capture>", "w")
    f.close_fd = False
    f.capture = []
    return f


def captured_text(space: "ObjSpace", f: W_File) -> str:
    f.flush_w(space)
    assert f.capture is not None
    return "".join(f.capture)


def set_unbuffered(space: "ObjSpace") -> None:
    """python -u: sys.stdout written at once."""
    from pypy27.interpreter.module.sys.state import sys_get
    for name in ["stdout", "__stdout__"]:
        w_f = sys_get(space, name)
        if isinstance(w_f, W_File):
            w_f.buffering = BUF_NONE


def flush_std_files(space: "ObjSpace") -> None:
    """Flush sys.stdout and sys.stderr, and the other files' buffers (at exit)."""
    flush_dirty_files(space)
    for name in ["stdout", "stderr"]:
        w_f = space.findattr(space.w_sys, name)
        if isinstance(w_f, W_File) and not w_f.closed:
            w_f.flush_w(space)
        elif w_f is not None and not space.is_w(w_f, space.w_None):
            w_flush = space.findattr(w_f, "flush")
            if w_flush is not None:
                space.call_function(w_flush, [])


# ---- app-level methods ---------------------------------------------------------

def as_file(space: "ObjSpace", w_self: W_Root, meth: str) -> W_File:
    if not isinstance(w_self, W_File):
        raise space.type_error("descriptor '%s' requires a 'file' object but received a '%s'"
                               % (meth, space.type(w_self).name))
    return w_self


def optional_size(space: "ObjSpace", w_n: Optional[W_Root]) -> int:
    if w_n is None or space.is_w(w_n, space.w_None):
        return -1
    return space.int_w(w_n)


def file_read(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    assert args_w[0] is not None
    f = as_file(space, args_w[0], "read")
    return space.newstr(f.read_n(space, optional_size(space, args_w[1])))


def file_readline(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    assert args_w[0] is not None
    f = as_file(space, args_w[0], "readline")
    n = optional_size(space, args_w[1])
    if n == 0:
        f.start_read(space)
        return space.newstr("")
    return space.newstr(f.readline_n(space, n))


def file_readinto(space: "ObjSpace", w_self: W_Root, w_buf: W_Root) -> W_Root:
    """file.readinto(b): read up to len(b) bytes into a bytearray or the
    items of an array.array; the number of bytes read."""
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject
    f = as_file(space, w_self, "readinto")
    if isinstance(w_buf, W_BytearrayObject):
        data = f.read_n(space, space.len_w(w_buf))
        space.setslice(w_buf, space.newint(0), space.newint(len(data)), space.newstr(data))
        return space.newint(len(data))
    if space.isinstance_w(w_buf, space.w_unicode):
        raise space.type_error("cannot use unicode as modifiable buffer")
    w_itemsize = space.findattr(w_buf, "itemsize")
    w_typecode = space.findattr(w_buf, "typecode")
    if w_itemsize is None or w_typecode is None or space.findattr(w_buf, "fromstring") is None:
        raise space.type_error("argument 1 must be read-write buffer, not %s" % space.type(w_buf).name)
    itemsize = space.int_w(w_itemsize)
    data = f.read_n(space, space.len_w(w_buf) * itemsize)
    k = len(data) // itemsize
    w_items = space.call_function(space.type(w_buf), [w_typecode])
    space.call_method(w_items, "fromstring", [space.newstr(data[:k * itemsize])])
    space.setslice(w_buf, space.newint(0), space.newint(k), w_items)
    return space.newint(len(data))


def file_readlines(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    assert args_w[0] is not None
    f = as_file(space, args_w[0], "readlines")
    lines_w: list[W_Root] = []
    while True:
        line = f.readline_n(space, -1)
        if not line:
            break
        lines_w.append(space.newstr(line))
    return space.newlist(lines_w)


def data_to_write(space: "ObjSpace", f: W_File, w_data: W_Root, what: str) -> str:
    if space.isinstance_w(w_data, space.w_str):
        return space.str_w(w_data)
    if space.isinstance_w(w_data, space.w_unicode):
        utf8 = space.unicode_w(w_data)
        encoding = f.get_encoding()
        if encoding:
            low = encoding.lower().replace("_", "-")
            if (low == "utf-8" or low == "utf8") and not f.errors:
                return utf8
            args_w = [space.newstr(encoding)]
            if f.errors:
                args_w.append(space.newstr(f.errors))
            return space.str_w(space.call_method(w_data, "encode", args_w))
        for i in range(len(utf8)):
            if ord(utf8[i]) >= 128:
                from pypy27.interpreter.objspace.defaultencoding import DEFAULT
                w_enc = space.call_method(w_data, "encode", [space.newstr(DEFAULT.name)])
                return space.str_w(w_enc)
        return utf8
    w_buffer_type = space.builtin_types_w.get("buffer", None)
    if w_buffer_type is not None and space.isinstance_w(w_data, w_buffer_type):
        return space.str_w(space.str_of(w_data))
    from pypy27.interpreter.objspace.bufferobject import has_app_buffer, app_buffer_bytes
    if has_app_buffer(space, w_data):
        return app_buffer_bytes(space, w_data)    # array.array
    raise space.type_error(what)


def file_write(space: "ObjSpace", w_self: W_Root, w_data: W_Root) -> W_Root:
    f = as_file(space, w_self, "write")
    f.check_closed(space)
    f.softspace = 0
    f.write_str(space, data_to_write(space, f, w_data, "expected a string or other character buffer object"))
    return space.w_None


def file_writelines(space: "ObjSpace", w_self: W_Root, w_seq: W_Root) -> W_Root:
    f = as_file(space, w_self, "writelines")
    f.check_closed(space)
    try:
        w_iter = space.iter(w_seq)
    except OperationError as e:
        if not e.match(space, space.w_TypeError):
            raise
        raise space.type_error("writelines() requires an iterable argument")
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        f.write_str(space, data_to_write(space, f, w_item, "writelines() argument must be a sequence of strings"))
    return space.w_None


def file_close(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = as_file(space, w_self, "close")
    f.close_w(space)
    return space.w_None


def file_flush(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = as_file(space, w_self, "flush")
    f.check_closed(space)
    f.flush_w(space)
    return space.w_None


def file_fileno(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = as_file(space, w_self, "fileno")
    f.check_closed(space)
    return space.newint(f.fd)


def file_isatty(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = as_file(space, w_self, "isatty")
    f.check_closed(space)
    return space.newbool(f.fd >= 0 and c_isatty(f.fd) == 1)


def file_tell(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = as_file(space, w_self, "tell")
    f.check_closed(space)
    if f.capture is not None:
        return space.newint(len(captured_text(space, f)))
    return space.newint(f.tell_raw(space))


def file_seek(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    assert args_w[0] is not None and args_w[1] is not None
    f = as_file(space, args_w[0], "seek")
    f.check_closed(space)
    # 2.7: whence is a C int ("O|i"), then the offset is converted as
    # PyInt_AsLong does (a float is truncated)
    whence = 0 if args_w[2] is None else c_int_arg(space, args_w[2])
    w_offset = args_w[1]
    if space.isinstance_w(w_offset, space.w_float):
        w_offset = space.unaryop("int", w_offset)
    offset = space.int_w(w_offset)
    if whence == 1:
        offset = offset - (len(f.rbuf) - f.rpos)
    f.flush_w(space)
    f.rbuf = ""
    f.rpos = 0
    f.pending_cr = False
    if whence < 0 or whence > 2:
        raise ioerror(space, _errno.EINVAL, None)
    f.seek_raw(space, offset, whence)
    return space.w_None


def c_int_arg(space: "ObjSpace", w_obj: W_Root) -> int:
    """A C int argument (2.7's "i")."""
    n = space.int_w(w_obj)
    if n > 0x7fffffff:
        raise space.error(space.w_OverflowError, "signed integer is greater than maximum")
    if n < -0x80000000:
        raise space.error(space.w_OverflowError, "signed integer is less than minimum")
    return n


def file_truncate(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    assert args_w[0] is not None
    f = as_file(space, args_w[0], "truncate")
    f.check_closed(space)
    f.flush_w(space)
    if args_w[1] is None:
        size = f.tell_raw(space)
    else:
        size = space.int_w(args_w[1])
    if c_ftruncate(f.fd, size) < 0:
        raise ioerror(space, get_errno(), None)
    return space.w_None


c_ftruncate = external("ftruncate", ["int", "off_t"], "int", header="<unistd.h>")


def file_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = as_file(space, w_self, "__iter__")
    f.check_closed(space)
    return w_self


def file_next(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = as_file(space, w_self, "next")
    line = f.readline_n(space, -1)
    if not line:
        raise OperationError(space.w_StopIteration, space.w_None)
    return space.newstr(line)


def file_enter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = as_file(space, w_self, "__enter__")
    f.check_closed(space)
    return w_self


def file_exit(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "__exit__()")
    if not args.args_w:
        raise space.type_error("descriptor '__exit__' of 'file' object needs an argument")
    f = as_file(space, args.args_w[0], "__exit__")
    f.close_w(space)
    return space.w_None


def file_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    f = as_file(space, w_self, "__repr__")
    state = "closed" if f.closed else "open"
    w_name = f.w_name
    if w_name is not None and space.isinstance_w(w_name, space.w_unicode):
        name = space.str_w(space.repr(w_name))
    else:
        name = "'%s'" % f.name
    return space.newstr("<%s file %s, mode '%s' at 0x%x>" % (state, name, f.mode, object_address(space, f)))


def object_address(space: "ObjSpace", w_obj: W_Root) -> int:
    from pypy27.interpreter.module.builtin.operation import id_of
    return id_of(space, w_obj)


def new_file(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    return new_file_unopened(space, w_subtype, args)


def new_file_unopened(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    """file.__new__: a closed file that __init__ opens, as in 2.7 (so a
    subclass's __init__ may open it with other arguments, or not at all)."""
    f = W_File(-1, "<uninitialized file>", "<uninitialized file>")
    f.closed = True
    if w_subtype is not space_file_type(space):
        f.w_class = w_subtype
    return f


def file_init(space: "ObjSpace", args: Arguments) -> W_Root:
    """file.__init__(name[, mode[, buffering]]): opens the file; called
    again, as in 2.7, it closes the file and opens the one named in its
    place."""
    if not args.args_w:
        raise space.type_error("descriptor '__init__' of 'file' object needs an argument")
    f = as_file(space, args.args_w[0], "__init__")
    rest = Arguments(args.args_w[1:], list(args.keywords), list(args.keywords_w), args.w_stararg,
                     args.w_starstararg)
    w_name, name, mode = parse_open_args(space, rest, "file()")
    f.close_w(space)
    open_into(space, f, name, mode)
    f.w_name = w_name
    return space.w_None


def parse_open_args(space: "ObjSpace", args: Arguments, fname: str) -> tuple[W_Root, str, str]:
    """(w_name, name, mode) from open()'s arguments, 2.7's errors otherwise."""
    from pypy27.interpreter.arguments import Signature
    sig = Signature(["name", "mode", "buffering"])
    args.unpack_stars(space, fname)
    if not args.args_w and "name" not in args.keywords:
        raise space.type_error("Required argument 'name' (pos 1) not found")
    scope = args.parse_into_scope(space, fname, sig, [space.newstr("r"), space.newint(-1)])
    w_name = scope[0]
    w_mode = scope[1]
    assert w_name is not None and w_mode is not None
    if space.isinstance_w(w_name, space.w_unicode):
        name = space.unicode_w(w_name)
    elif space.isinstance_w(w_name, space.w_str):
        name = space.str_w(w_name)
    else:
        raise space.type_error("coercing to Unicode: need string or buffer, %s found" % space.type(w_name).name)
    if space.isinstance_w(w_mode, space.w_unicode):
        w_mode = space.call_method(w_mode, "encode", [space.newstr("ascii")])     # 2.7's "s" format
    if not space.isinstance_w(w_mode, space.w_str):
        what = "None" if space.is_w(w_mode, space.w_None) else space.type(w_mode).name
        raise space.type_error("%s argument 2 must be string, not %s" % (fname[:-2] + "()", what))
    return w_name, name, space.str_w(w_mode)


def open_from_args(space: "ObjSpace", args: Arguments, w_subtype: Optional["W_TypeObject"], fname: str) -> W_File:
    w_name, name, mode = parse_open_args(space, args, fname)
    f = open_file(space, name, mode)
    f.w_name = w_name
    if w_subtype is not None and w_subtype is not space_file_type(space):
        f.w_class = w_subtype
    return f


def builtin_open(space: "ObjSpace", args: Arguments) -> W_Root:
    return open_from_args(space, args, None, "open()")


def _file_attr_unused(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    """The getter W_FileAttr passes up (its descr_get is overridden)."""
    return space.w_None


class W_FileAttr(W_GetSetProperty):
    """The data attributes of files: closed, name, mode, softspace, encoding,
    newlines, errors; getset descriptors of type file, as in 2.7 (inspect
    lists them)."""
    attr: str

    def __init__(self, attr: str) -> None:
        W_GetSetProperty.__init__(self, attr, _file_attr_unused)
        self.attr = attr

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        if w_obj is None:
            return self
        f = as_file(space, w_obj, self.attr)
        a = self.attr
        if a == "closed":
            return space.newbool(f.closed)
        if a == "name":
            if f.w_name is not None:
                return f.w_name
            return space.newstr(f.name)
        if a == "mode":
            return space.newstr(f.mode)
        if a == "softspace":
            return space.newint(f.softspace)
        if a == "encoding" and f.get_encoding():
            return space.newstr(f.encoding)
        if a == "errors" and f.get_encoding() and f.errors:
            return space.newstr(f.errors)
        return space.w_None     # newlines

    def descr_set(self, space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
        f = as_file(space, w_obj, self.attr)
        if self.attr == "softspace":
            f.softspace = space.int_w(w_value)
            return
        if self.attr == "closed" or self.attr == "name" or self.attr == "mode":
            raise OperationError(space.w_TypeError, space.newstr("readonly attribute"))
        raise OperationError(space.w_AttributeError, space.newstr("attribute '%s' of 'file' objects is not writable" % self.attr))

    def descr_delete(self, space: "ObjSpace", w_obj: W_Root) -> None:
        raise OperationError(space.w_TypeError, space.newstr("can't delete numeric/char attribute"))


def file_check_open(space: "ObjSpace", w_self: W_Root) -> None:
    """2.7's file methods that take variable arguments check closed first."""
    if isinstance(w_self, W_File) and w_self.closed:
        raise space.value_error("I/O operation on closed file")


def closed_first(w_fn: "W_Builtin") -> "W_Builtin":
    """A file method that checks closed before its arguments."""
    from pypy27.interpreter.module.builtin.wrappers import GuardFirst
    return GuardFirst(w_fn, file_check_open)


def make_file_type(space: "ObjSpace") -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin1, Builtin2, BuiltinArgs, BuiltinOpt
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {
        "read": closed_first(BuiltinOpt("read", file_read, 1, 2, method=True)),
        "readline": closed_first(BuiltinOpt("readline", file_readline, 1, 2, method=True)),
        "readlines": closed_first(BuiltinOpt("readlines", file_readlines, 1, 2, method=True)),
        "readinto": closed_first(Builtin2("readinto", file_readinto, method=True)),
        "write": closed_first(Builtin2("write", file_write, method=True)),
        "writelines": Builtin2("writelines", file_writelines, method=True),
        "close": Builtin1("close", file_close, method=True),
        "flush": Builtin1("flush", file_flush, method=True),
        "fileno": Builtin1("fileno", file_fileno, method=True),
        "isatty": Builtin1("isatty", file_isatty, method=True),
        "tell": Builtin1("tell", file_tell, method=True),
        "seek": closed_first(BuiltinOpt("seek", file_seek, 2, 3, method=True)),
        "truncate": closed_first(BuiltinOpt("truncate", file_truncate, 1, 2, method=True)),
        "__iter__": Builtin1("__iter__", file_iter, method=True),
        "next": Builtin1("next", file_next, method=True),
        "xreadlines": Builtin1("xreadlines", file_iter, method=True),
        "__enter__": Builtin1("__enter__", file_enter, method=True),
        "__exit__": BuiltinArgs("__exit__", file_exit, method=True),
        "__repr__": Builtin1("__repr__", file_repr, method=True),
        "__init__": BuiltinArgs("__init__", file_init, method=True),
    }
    attrs_w: list[W_FileAttr] = []
    for attr in ["closed", "name", "mode", "softspace", "encoding", "errors", "newlines"]:
        w_attr = W_FileAttr(attr)
        attrs_w.append(w_attr)
        dict_w[attr] = w_attr
    w_file = W_TypeObject("file", [space.w_object], dict_w, new_fn=new_file)
    for w_attr in attrs_w:
        w_attr.w_objclass = w_file
    return w_file


def builtin_print(space: "ObjSpace", args: Arguments) -> W_Root:
    """print(*args, sep=' ', end='\\n', file=sys.stdout) (the function of
    `from __future__ import print_function`)."""
    from pypy27.interpreter.module.sys.state import sys_get
    args.unpack_stars(space, "print()")
    w_sep: Optional[W_Root] = None
    w_end: Optional[W_Root] = None
    w_file: Optional[W_Root] = None
    for i in range(len(args.keywords)):
        kw = args.keywords[i]
        w_value = args.keywords_w[i]
        if kw == "sep":
            w_sep = w_value
        elif kw == "end":
            w_end = w_value
        elif kw == "file":
            w_file = w_value
        else:
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
    if w_file is None or space.is_w(w_file, space.w_None):
        w_file = sys_get(space, "stdout")
        if w_file is None or space.is_w(w_file, space.w_None):
            return space.w_None
    # 2.7: the default sep and end are unicode when an argument (or the
    # other of sep and end) is unicode
    use_unicode = ((w_sep is not None and space.isinstance_w(w_sep, space.w_unicode))
                   or (w_end is not None and space.isinstance_w(w_end, space.w_unicode)))
    for w_a in args.args_w:
        if space.isinstance_w(w_a, space.w_unicode):
            use_unicode = True
    w_sep = print_separator(space, w_sep, "sep", " ", use_unicode)
    w_end = print_separator(space, w_end, "end", "\n", use_unicode)
    w_write = space.getattr_str(w_file, "write")
    for i in range(len(args.args_w)):
        if i > 0:
            space.call_function(w_write, [w_sep])
        w_arg = args.args_w[i]
        if not space.isinstance_w(w_arg, space.w_unicode):
            w_arg = space.str_of(w_arg)
        space.call_function(w_write, [w_arg])
    space.call_function(w_write, [w_end])
    return space.w_None


def print_separator(space: "ObjSpace", w_value: Optional[W_Root], what: str, default: str,
                    use_unicode: bool) -> W_Root:
    if w_value is None or space.is_w(w_value, space.w_None):
        return space.newunicode(default) if use_unicode else space.newstr(default)
    if not (space.isinstance_w(w_value, space.w_str) or space.isinstance_w(w_value, space.w_unicode)):
        raise space.type_error("%s must be None, str or unicode, not %s" % (what, space.type(w_value).name))
    return w_value
