"""Reading memory that C owns (char* results, structs from getpwnam...):
it is first copied into a raw_alloc block, so the host's raw-memory checks
(which only know our own blocks) never see C's addresses."""
from pypy27.support.ffi import external
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i64, raw_mem_to_str

c_strlen = external("strlen", ["void*"], "size_t", header="<string.h>")
c_memcpy = external("memcpy", ["void*", "void*", "size_t"], "void*", header="<string.h>")


def copy_block(addr: int, size: int) -> int:
    """A raw_alloc copy of size bytes at addr (free it with raw_free)."""
    buf = raw_alloc(size)
    c_memcpy(buf, addr, size)
    return buf


def cstring_at(addr: int) -> str:
    """The NUL-terminated string at addr ("" for NULL)."""
    if addr == 0:
        return ""
    n = c_strlen(addr)
    buf = copy_block(addr, n + 1)
    try:
        return raw_mem_to_str(buf, n)
    finally:
        raw_free(buf)


def pointer_at(addr: int) -> int:
    """The pointer stored at addr."""
    buf = copy_block(addr, 8)
    try:
        return raw_load_i64(buf, 0)
    finally:
        raw_free(buf)


def cstring_field(struct_copy: int, offset: int) -> str:
    """The string a char* field of a (copied) struct points to."""
    return cstring_at(raw_load_i64(struct_copy, offset))
