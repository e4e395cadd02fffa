"""Raw memory by address: allocation, typed loads and stores by ctypes type
code, bytes in and out, memmove/memset.  The app level keeps the owner of
each block alive (the memory behind a ctypes instance) and frees it from
that owner's __del__."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._ctypes.capi import (
    c_calloc, c_free, c_load_float, c_load_int, c_memmove, c_memset, c_store_float,
    c_store_int, c_strlen, c_wcslen)
from pypy27.support.rawmem import raw_mem_to_str, raw_str_to_mem

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

FLOAT_CODES = "fdg"


def _code(space: "ObjSpace", w_code: W_Root) -> int:
    s = space.str_w(w_code)
    if len(s) != 1:
        raise space.value_error("bad type code")
    return ord(s[0])


def _addr(space: "ObjSpace", w_addr: W_Root) -> int:
    a = space.int_w(w_addr)
    if a == 0:
        raise space.value_error("NULL pointer access")
    return a


def ct_malloc(space: "ObjSpace", w_size: W_Root) -> W_Root:
    """size zero-filled bytes (at least 1); MemoryError when out of memory."""
    n = space.int_w(w_size)
    if n < 1:
        n = 1
    a = c_calloc(n, 1)
    if a == 0:
        raise space.error(space.w_MemoryError, "")
    return space.newint(a)


def ct_free(space: "ObjSpace", w_addr: W_Root) -> W_Root:
    c_free(space.int_w(w_addr))
    return space.w_None


def ct_load(space: "ObjSpace", w_addr: W_Root, w_code: W_Root) -> W_Root:
    """The value of the C type `code` at addr: an int (unsigned 64-bit
    values as their signed bit pattern) or a float."""
    a = _addr(space, w_addr)
    code = _code(space, w_code)
    if chr(code) in FLOAT_CODES:
        return space.newfloat(c_load_float(a, code))
    return space.newint(c_load_int(a, code))


def ct_store(space: "ObjSpace", w_addr: W_Root, w_code: W_Root, w_value: W_Root) -> W_Root:
    """Store an int (truncated to the type's width) or a float at addr."""
    a = _addr(space, w_addr)
    code = _code(space, w_code)
    if chr(code) in FLOAT_CODES:
        c_store_float(a, code, space.float_w(w_value))
    else:
        c_store_int(a, code, space.int_w(w_value))
    return space.w_None


def ct_read(space: "ObjSpace", w_addr: W_Root, w_size: W_Root) -> W_Root:
    """The bytes at addr as a str; size < 0: up to the terminating NUL."""
    a = _addr(space, w_addr)
    n = space.int_w(w_size)
    if n < 0:
        n = c_strlen(a)
    if n == 0:
        return space.newstr("")
    return space.newstr(raw_mem_to_str(a, n, 0))


def ct_wcslen(space: "ObjSpace", w_addr: W_Root) -> W_Root:
    return space.newint(c_wcslen(_addr(space, w_addr)))


def ct_write(space: "ObjSpace", w_addr: W_Root, w_data: W_Root) -> W_Root:
    """Copy the bytes of a str to addr (no NUL added)."""
    data = space.str_w(w_data)
    if len(data) > 0:
        raw_str_to_mem(data, _addr(space, w_addr), 0)
    return space.w_None


def ct_memmove(space: "ObjSpace", w_dst: W_Root, w_src: W_Root, w_n: W_Root) -> W_Root:
    d = space.int_w(w_dst)
    c_memmove(d, space.int_w(w_src), space.int_w(w_n))
    return space.newint(d)


def ct_memset(space: "ObjSpace", w_dst: W_Root, w_c: W_Root, w_n: W_Root) -> W_Root:
    d = space.int_w(w_dst)
    c_memset(d, space.int_w(w_c), space.int_w(w_n))
    return space.newint(d)
