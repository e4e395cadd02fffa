"""Low level: external C functions, errno, raw memory."""
from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import (raw_alloc, raw_free, raw_load_f64, raw_load_i64, raw_load_u8,
                                   raw_mem_to_str, raw_store_f64, raw_store_i64, raw_store_u8,
                                   raw_str_to_mem)

c_strlen = external("strlen", ["char*"], "size_t", header="<string.h>")
c_close = external("close", ["int"], "int", header="<unistd.h>")
c_abs = external("labs", ["long"], "long", header="<stdlib.h>")


def entry_point(argv: list[str]) -> int:
    print(c_strlen("hello"), c_abs(-42))
    r = c_close(9999)
    print(r, get_errno() == 9)     # EBADF
    buf = raw_alloc(64)
    raw_store_i64(buf, 0, -123456789)
    raw_store_f64(buf, 8, 2.5)
    raw_store_u8(buf, 16, 200)
    raw_str_to_mem("abc", buf, 20)
    print(raw_load_i64(buf, 0), raw_load_f64(buf, 8), raw_load_u8(buf, 16), raw_mem_to_str(buf, 3, 20))
    raw_free(buf)
    return 0
