"""Reading C strings out of raw memory (struct fields that are char*)."""
from pypy27.support.ffi import external
from pypy27.support.rawmem import raw_load_i64, raw_mem_to_str

c_strlen = external("strlen", ["void*"], "size_t", header="<string.h>")


def cstring_at(addr: int) -> str:
    """The NUL-terminated string at addr ("" for NULL)."""
    if addr == 0:
        return ""
    return raw_mem_to_str(addr, c_strlen(addr))


def cstring_field(struct_addr: int, offset: int) -> str:
    """The string a char* field of a struct points to."""
    return cstring_at(raw_load_i64(struct_addr, offset))
