"""mmap objects: a memory-mapped file or anonymous memory with a file-like
position (read, write, seek, find...) and str-like indexing and slicing.
The memory comes from mmap(2); the object keeps its own dup() of the file
descriptor for size() and resize()."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.ffi import external, get_errno
from pypy27.support.rarith import intmask
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i64, raw_load_u8, raw_store_u8, raw_mem_to_str, raw_str_to_mem, raw_memcopy

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

H = "<sys/mman.h>"
c_mmap = external("mmap", ["void*", "size_t", "int", "int", "int", "off_t"], "void*", header=H)
c_munmap = external("munmap", ["void*", "size_t"], "int", header=H)
c_msync = external("msync", ["void*", "size_t", "int"], "int", header=H)
c_dup = external("dup", ["int"], "int", header="<unistd.h>")
c_close = external("close", ["int"], "int", header="<unistd.h>")
c_ftruncate = external("ftruncate", ["int", "off_t"], "int", header="<unistd.h>")
c_getpagesize = external("getpagesize", [], "int", header="<unistd.h>")

PROT_READ = 1
PROT_WRITE = 2
PROT_EXEC = 4
MAP_SHARED = 1
MAP_PRIVATE = 2
MAP_ANONYMOUS = 0x20
MS_SYNC = 4
ACCESS_DEFAULT = 0
ACCESS_READ = 1
ACCESS_WRITE = 2
ACCESS_COPY = 3
MAP_FAILED = -1


class MMapState(object):
    w_type: Optional["W_TypeObject"]
    w_error: Optional[W_Root]       # mmap.error, a subclass of EnvironmentError

    def __init__(self) -> None:
        self.w_type = None
        self.w_error = None


state = MMapState()


class W_MMap(W_Root):
    w_class: "W_TypeObject"
    addr: int        # 0 once closed
    size: int
    pos: int
    offset: int
    fd: int          # our dup of the file descriptor, -1 for anonymous memory
    access: int
    prot: int        # the mmap(2) arguments, for resize()
    flags: int

    def __init__(self, w_class: "W_TypeObject") -> None:
        self.w_class = w_class
        self.addr = 0
        self.size = 0
        self.pos = 0
        self.offset = 0
        self.fd = -1
        self.access = ACCESS_DEFAULT
        self.prot = 0
        self.flags = 0

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class


def env_error(space: "ObjSpace") -> OperationError:
    from pypy27.interpreter.module.posix.errors import strerror
    err = get_errno()
    w_error = state.w_error
    assert w_error is not None
    w_exc = space.call_function(w_error, [space.newint(err), space.newstr(strerror(err))])
    return OperationError(w_error, w_exc)


def _int(space: "ObjSpace", w_obj: Optional[W_Root], default: int) -> int:
    if w_obj is None:
        return default
    from pypy27.interpreter.module.itertools.common import index_w
    if space.isinstance_w(w_obj, space.w_float):
        raise space.type_error("integer argument expected, got float")
    return index_w(space, w_obj)


def _cint(space: "ObjSpace", w_obj: Optional[W_Root], default: int) -> int:
    n = _int(space, w_obj, default)
    if n > 0x7fffffff:
        raise space.error(space.w_OverflowError, "signed integer is greater than maximum")
    if n < -0x80000000:
        raise space.error(space.w_OverflowError, "signed integer is less than minimum")
    return n


def _fstat_size(space: "ObjSpace", fd: int) -> int:
    from pypy27.support.rstat import c_fstat, STAT_SIZE, OFS_SIZE
    buf = raw_alloc(STAT_SIZE)
    try:
        if c_fstat(fd, buf) < 0:
            raise env_error(space)
        return raw_load_i64(buf, OFS_SIZE)
    finally:
        raw_free(buf)


def mmap_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    from pypy27.interpreter.module.itertools.common import parse_kw
    a = parse_kw(space, args, "mmap()", ["fileno", "length", "flags", "prot", "access", "offset"], 2)
    # fileno, flags, prot and access are C ints ("i"), length a Py_ssize_t
    fd = _cint(space, a[0], -1)
    length = _int(space, a[1], 0)
    flags = _cint(space, a[2], MAP_SHARED)
    prot = _cint(space, a[3], PROT_WRITE | PROT_READ)
    access = _cint(space, a[4], ACCESS_DEFAULT)
    offset = _int(space, a[5], 0)
    if length < 0:
        raise space.error(space.w_OverflowError, "memory mapped length must be positive")
    if offset < 0:
        raise space.error(space.w_OverflowError, "memory mapped offset must be positive")
    if access != ACCESS_DEFAULT and (flags != MAP_SHARED or prot != (PROT_WRITE | PROT_READ)):
        raise space.value_error("mmap can't specify both access and flags, prot.")
    if access == ACCESS_READ:
        flags = MAP_SHARED
        prot = PROT_READ
    elif access == ACCESS_WRITE:
        flags = MAP_SHARED
        prot = PROT_READ | PROT_WRITE
    elif access == ACCESS_COPY:
        flags = MAP_PRIVATE
        prot = PROT_READ | PROT_WRITE
    elif access == ACCESS_DEFAULT:
        if (prot & PROT_READ) and (prot & PROT_WRITE):
            pass
        elif prot & PROT_WRITE:
            access = ACCESS_WRITE
        else:
            access = ACCESS_READ
    else:
        raise space.value_error("mmap invalid access parameter.")
    if fd != -1:
        filesize = _fstat_size(space, fd)
        if length == 0:
            if filesize == 0:
                raise space.value_error("cannot mmap an empty file")
            if offset >= filesize:
                raise space.value_error("mmap offset is greater than file size")
            length = filesize - offset
        elif offset > filesize or filesize - offset < length:
            raise space.value_error("mmap length is greater than file size")
    m = W_MMap(w_subtype)
    m.access = access
    m.prot = prot
    m.offset = offset
    m.size = length
    if fd == -1:
        flags |= MAP_ANONYMOUS
    else:
        m.fd = c_dup(fd)
        if m.fd < 0:
            raise env_error(space)
    m.flags = flags
    addr = c_mmap(0, length, prot, flags, fd, offset)
    if intmask(addr) == MAP_FAILED:
        if m.fd >= 0:
            c_close(m.fd)
        raise env_error(space)
    m.addr = addr
    return m


def _self(space: "ObjSpace", w_self: W_Root) -> W_MMap:
    if not isinstance(w_self, W_MMap):
        raise space.type_error("descriptor requires a 'mmap.mmap' object")
    if w_self.addr == 0:
        raise space.value_error("mmap closed or invalid")
    return w_self


def check_valid(space: "ObjSpace", w_self: W_Root) -> None:
    """The guard of the methods that check the map before their arguments."""
    if isinstance(w_self, W_MMap) and w_self.addr == 0:
        raise space.value_error("mmap closed or invalid")


def _writable(space: "ObjSpace", m: W_MMap) -> None:
    if m.access == ACCESS_READ:
        raise space.type_error("mmap can't modify a readonly memory map.")


def _bytes(m: W_MMap, start: int, stop: int) -> str:
    if stop <= start:
        return ""
    return raw_mem_to_str(m.addr, stop - start, start)


def mmap_close(space: "ObjSpace", w_self: W_Root) -> W_Root:
    if not isinstance(w_self, W_MMap):
        raise space.type_error("descriptor requires a 'mmap.mmap' object")
    if w_self.fd >= 0:
        c_close(w_self.fd)
        w_self.fd = -1
    if w_self.addr != 0:
        c_munmap(w_self.addr, w_self.size)
        w_self.addr = 0
    return space.w_None


def mmap_read(space: "ObjSpace", w_self: W_Root, w_n: W_Root) -> W_Root:
    m = _self(space, w_self)
    n = _int(space, w_n, 0)
    remaining = m.size - m.pos if m.pos < m.size else 0
    if n < 0 or n > remaining:
        n = remaining
    s = _bytes(m, m.pos, m.pos + n)
    m.pos += n
    return space.newstr(s)


def mmap_read_byte(space: "ObjSpace", w_self: W_Root) -> W_Root:
    m = _self(space, w_self)
    if m.pos >= m.size:
        raise space.value_error("read byte out of range")
    c = raw_load_u8(m.addr, m.pos)
    m.pos += 1
    return space.newstr(chr(c))


def mmap_readline(space: "ObjSpace", w_self: W_Root) -> W_Root:
    m = _self(space, w_self)
    end = m.pos
    while end < m.size:
        end += 1
        if raw_load_u8(m.addr, end - 1) == 10:
            break
    s = _bytes(m, m.pos, end)
    m.pos = max(end, m.pos)
    return space.newstr(s)


def mmap_write(space: "ObjSpace", w_self: W_Root, w_data: W_Root) -> W_Root:
    m = _self(space, w_self)
    data = space.str_w(w_data)
    _writable(space, m)
    if m.pos > m.size or m.size - m.pos < len(data):
        raise space.value_error("data out of range")
    raw_str_to_mem(data, m.addr, m.pos)
    m.pos += len(data)
    return space.w_None


def mmap_write_byte(space: "ObjSpace", w_self: W_Root, w_c: W_Root) -> W_Root:
    m = _self(space, w_self)
    s = space.str_w(w_c)
    if len(s) != 1:
        raise space.type_error("write_byte() argument 1 must be char, not str")
    _writable(space, m)
    if m.pos >= m.size:
        raise space.value_error("write byte out of range")
    raw_store_u8(m.addr, m.pos, ord(s[0]))
    m.pos += 1
    return space.w_None


def mmap_seek(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    m = _self(space, w_self)
    dist = _int(space, args_w[1], 0)
    how = _int(space, args_w[2], 0)
    if how == 0:
        where = dist
    elif how == 1:
        where = m.pos + dist
    elif how == 2:
        where = m.size + dist
    else:
        raise space.value_error("unknown seek type")
    if where > m.size or where < 0:
        raise space.value_error("seek out of range")
    m.pos = where
    return space.w_None


def mmap_tell(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(_self(space, w_self).pos)


def mmap_size(space: "ObjSpace", w_self: W_Root) -> W_Root:
    m = _self(space, w_self)
    return space.newint(_fstat_size(space, m.fd))    # anonymous (fd -1): EBADF, as in 2.7


def mmap_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(_self(space, w_self).size)


def _find(space: "ObjSpace", args_w: list[Optional[W_Root]], reverse: bool) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    m = _self(space, w_self)
    w_sub = args_w[1]
    assert w_sub is not None
    sub = space.str_w(w_sub)
    start = _int(space, args_w[2], m.pos)
    end = _int(space, args_w[3], m.size)
    if start < 0:
        start += m.size
        if start < 0:
            start = 0
    elif start > m.size:
        start = m.size
    if end < 0:
        end += m.size
        if end < 0:
            end = 0
    elif end > m.size:
        end = m.size
    text = _bytes(m, start, end)
    i = text.rfind(sub) if reverse else text.find(sub)
    return space.newint(i + start if i >= 0 else -1)


def mmap_find(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _find(space, args_w, False)


def mmap_rfind(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _find(space, args_w, True)


def mmap_flush(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    m = _self(space, w_self)
    offset = _int(space, args_w[1], 0)
    size = _int(space, args_w[2], m.size)
    if size < 0 or offset < 0 or m.size - offset < size:
        raise space.value_error("flush values out of range")
    if m.access == ACCESS_READ or m.access == ACCESS_COPY:
        return space.newint(0)
    if c_msync(m.addr + offset, size, MS_SYNC) < 0:
        raise env_error(space)
    return space.newint(0)


def mmap_move(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    m = _self(space, w_self)
    dest = _int(space, args_w[1], 0)
    src = _int(space, args_w[2], 0)
    count = _int(space, args_w[3], 0)
    _writable(space, m)
    if (dest < 0 or src < 0 or count < 0 or m.size - dest < count or m.size - src < count):
        raise space.value_error("source, destination, or count out of range")
    if count > 0:
        data = _bytes(m, src, src + count)
        raw_str_to_mem(data, m.addr, dest)
    return space.w_None


def mmap_resize(space: "ObjSpace", w_self: W_Root, w_size: W_Root) -> W_Root:
    m = _self(space, w_self)
    newsize = _int(space, w_size, 0)
    if m.access != ACCESS_WRITE and m.access != ACCESS_DEFAULT:
        raise space.type_error("mmap can't resize a readonly or copy-on-write memory map.")
    if newsize < 0:
        raise space.value_error("new size out of range")
    # a new mapping replaces the old one (glibc declares mremap only
    # under _GNU_SOURCE): the file is remapped, anonymous memory copied
    if m.fd >= 0:
        if c_ftruncate(m.fd, m.offset + newsize) < 0:
            raise env_error(space)
        addr = c_mmap(0, newsize, m.prot, m.flags, m.fd, m.offset)
    else:
        addr = c_mmap(0, newsize, m.prot, m.flags, -1, 0)
    if intmask(addr) == MAP_FAILED:
        raise env_error(space)
    if m.fd < 0:
        raw_memcopy(addr, m.addr, min(m.size, newsize))
    c_munmap(m.addr, m.size)
    m.addr = addr
    m.size = newsize      # the position stays, even past the new end (as in 2.7)
    return space.w_None


def _index(space: "ObjSpace", m: W_MMap, w_index: W_Root) -> int:
    i = space.int_w(space.unaryop("index", w_index))
    if i < 0:
        i += m.size
    if i < 0 or i >= m.size:
        raise space.error(space.w_IndexError, "mmap index out of range")
    return i


def _slice(space: "ObjSpace", m: W_MMap, w_slice: W_Root) -> tuple[int, int, int, int]:
    w_t = space.call_method(w_slice, "indices", [space.newint(m.size)])
    t = space.fixedview(w_t, 3)
    start = space.int_w(t[0])
    stop = space.int_w(t[1])
    step = space.int_w(t[2])
    if step > 0:
        n = (stop - start + step - 1) // step if stop > start else 0
    else:
        n = (start - stop - step - 1) // (-step) if start > stop else 0
    return start, stop, step, n


def mmap_getitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    m = _self(space, w_self)
    if space.isinstance_w(w_index, space.w_slice):
        start, stop, step, n = _slice(space, m, w_index)
        if step == 1:
            return space.newstr(_bytes(m, start, start + n))
        parts: list[str] = []
        for k in range(n):
            parts.append(chr(raw_load_u8(m.addr, start + k * step)))
        return space.newstr("".join(parts))
    return space.newstr(chr(raw_load_u8(m.addr, _index(space, m, w_index))))


def mmap_getslice(space: "ObjSpace", w_self: W_Root, w_lo: W_Root, w_hi: W_Root) -> W_Root:
    m = _self(space, w_self)
    lo = max(0, min(space.int_w(w_lo), m.size))
    hi = max(lo, min(space.int_w(w_hi), m.size))
    return space.newstr(_bytes(m, lo, hi))


def mmap_setitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root, w_value: W_Root) -> W_Root:
    m = _self(space, w_self)
    if space.isinstance_w(w_index, space.w_slice):
        start, stop, step, n = _slice(space, m, w_index)
        if not space.isinstance_w(w_value, space.w_str):
            raise space.error(space.w_IndexError, "mmap slice assignment must be a string")
        data = space.str_w(w_value)
        if len(data) != n:
            raise space.error(space.w_IndexError, "mmap slice assignment is wrong size")
        _writable(space, m)
        for k in range(n):
            raw_store_u8(m.addr, start + k * step, ord(data[k]))
        return space.w_None
    i = _index(space, m, w_index)
    if not space.isinstance_w(w_value, space.w_str) or space.len_w(w_value) != 1:
        raise space.error(space.w_IndexError, "mmap assignment must be single-character string")
    _writable(space, m)
    raw_store_u8(m.addr, i, ord(space.str_w(w_value)[0]))
    return space.w_None


def mmap_setslice(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    w_lo = args_w[1]
    w_hi = args_w[2]
    w_value = args_w[3]
    assert w_self is not None and w_lo is not None and w_hi is not None and w_value is not None
    m = _self(space, w_self)
    lo = max(0, min(space.int_w(w_lo), m.size))
    hi = max(lo, min(space.int_w(w_hi), m.size))
    if not space.isinstance_w(w_value, space.w_str):
        raise space.error(space.w_IndexError, "mmap slice assignment must be a string")
    data = space.str_w(w_value)
    if len(data) != hi - lo:
        raise space.error(space.w_IndexError, "mmap slice assignment is wrong size")
    _writable(space, m)
    raw_str_to_mem(data, m.addr, lo)
    return space.w_None
