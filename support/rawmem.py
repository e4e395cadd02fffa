"""Raw (non-GC) memory, addressed by plain ints: for I/O buffers and the JIT.

All functions are primitives: translated, each becomes malloc/free or a typed
load/store in C.  Untranslated they use ctypes on real memory, so addresses
can be passed to externals (support/ffi.py "void*" arguments).

The host version also checks accesses through the address returned by
``raw_alloc`` against the block's size and refuses freed blocks, turning
memory bugs into AssertionErrors instead of crashes.  (Addresses obtained
elsewhere, e.g. from a C function, are not checked.)
"""
import ctypes

from pypy27.support.markers import not_rpython, primitive

_libc = ctypes.CDLL(None)
_calloc = _libc.calloc
_calloc.argtypes = [ctypes.c_size_t, ctypes.c_size_t]
_calloc.restype = ctypes.c_void_p
_free = _libc.free
_free.argtypes = [ctypes.c_void_p]
_free.restype = None

_live: dict[int, int] = {}      # host only: address -> size of blocks from raw_alloc
_freed: dict[int, bool] = {}    # host only: addresses freed and not reused


@not_rpython
def _check(addr: int, offset: int, width: int) -> None:
    if addr == 0:
        raise AssertionError("raw memory access through NULL")
    if addr in _freed:
        raise AssertionError("raw memory access to freed block 0x%x" % addr)
    size = _live.get(addr)
    if size is not None and not (0 <= offset and offset + width <= size):
        raise AssertionError("raw memory access at offset %d (width %d) outside block of %d bytes"
                             % (offset, width, size))


@primitive
def raw_alloc(size: int) -> int:
    """Allocate size zero-filled bytes; returns the address.  MemoryError on failure."""
    assert size >= 0
    addr = _calloc(max(size, 1), 1)
    if not addr:
        raise MemoryError("raw_alloc(%d)" % size)
    _live[addr] = size
    _freed.pop(addr, None)
    return int(addr)


@primitive
def raw_free(addr: int) -> None:
    """Free a block from raw_alloc (freeing 0 does nothing, as in C)."""
    if addr == 0:
        return
    if addr in _freed:
        raise AssertionError("double raw_free of 0x%x" % addr)
    _live.pop(addr, None)
    _freed[addr] = True
    _free(addr)


@primitive
def raw_load_i64(addr: int, offset: int) -> int:
    _check(addr, offset, 8)
    return ctypes.c_int64.from_address(addr + offset).value


@primitive
def raw_store_i64(addr: int, offset: int, value: int) -> None:
    _check(addr, offset, 8)
    ctypes.c_int64.from_address(addr + offset).value = value


@primitive
def raw_load_i32(addr: int, offset: int) -> int:
    _check(addr, offset, 4)
    return ctypes.c_int32.from_address(addr + offset).value


@primitive
def raw_store_i32(addr: int, offset: int, value: int) -> None:
    """Stores the low 32 bits of value."""
    _check(addr, offset, 4)
    ctypes.c_int32.from_address(addr + offset).value = value


@primitive
def raw_load_u8(addr: int, offset: int) -> int:
    _check(addr, offset, 1)
    return ctypes.c_uint8.from_address(addr + offset).value


@primitive
def raw_store_u8(addr: int, offset: int, value: int) -> None:
    """Stores the low 8 bits of value."""
    _check(addr, offset, 1)
    ctypes.c_uint8.from_address(addr + offset).value = value


@primitive
def raw_load_f64(addr: int, offset: int) -> float:
    _check(addr, offset, 8)
    return ctypes.c_double.from_address(addr + offset).value


@primitive
def raw_store_f64(addr: int, offset: int, value: float) -> None:
    _check(addr, offset, 8)
    ctypes.c_double.from_address(addr + offset).value = value


@primitive
def raw_str_to_mem(s: str, addr: int, offset: int = 0) -> None:
    """Copy the bytes of s to addr + offset (no terminating NUL)."""
    _check(addr, offset, len(s))
    ctypes.memmove(addr + offset, s.encode("latin-1"), len(s))


@primitive
def raw_mem_to_str(addr: int, n: int, offset: int = 0) -> str:
    """The n bytes at addr + offset as a str."""
    assert n >= 0
    _check(addr, offset, n)
    return ctypes.string_at(addr + offset, n).decode("latin-1")


@primitive
def raw_memcopy(dst: int, src: int, n: int) -> None:
    """memmove: copy n bytes, overlapping regions allowed."""
    assert n >= 0
    _check(dst, 0, n)
    _check(src, 0, n)
    ctypes.memmove(dst, src, n)
