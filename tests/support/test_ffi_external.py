import math
import os

import pytest

from pypy27.support.ffi import FFIError, external, get_errno, set_errno
from pypy27.support.rawmem import raw_alloc, raw_free, raw_mem_to_str

c_strlen = external("strlen", ["char*"], "size_t", header="<string.h>")
c_getenv = external("getenv", ["char*"], "char*", header="<stdlib.h>")
c_labs = external("labs", ["long"], "long", header="<stdlib.h>")
c_close = external("close", ["int"], "int", header="<unistd.h>")
c_memset = external("memset", ["void*", "int", "size_t"], "void*", header="<string.h>")
c_cos = external("cos", ["double"], "double", header="<math.h>", lib="m")
c_srand = external("srand", ["unsigned int"], "void", header="<stdlib.h>")


def test_attributes_for_the_translator():
    assert c_strlen.c_name == "strlen"
    assert c_strlen.argtypes == ["char*"]
    assert c_strlen.restype == "size_t"
    assert c_strlen.header == "<string.h>"
    assert c_strlen.lib == "c"
    assert c_cos.lib == "m"


def test_calls():
    assert c_strlen("hello") == 5
    assert c_strlen("\xe9\xff") == 2          # latin-1: one byte per char
    assert c_labs(-42) == 42
    assert c_cos(0.0) == 1.0
    assert c_cos(1) == math.cos(1)            # ints are accepted for double
    assert c_srand(1) is None


def test_char_star_result():
    os.environb[b"FFI_TEST_VAR"] = b"v\xe9"   # raw bytes, as C sees them
    assert c_getenv("FFI_TEST_VAR") == "v\xe9"
    assert c_getenv("FFI_TEST_SURELY_UNSET_123") is None


def test_void_star_addresses():
    buf = raw_alloc(8)
    try:
        assert c_memset(buf, ord("x"), 4) == buf
        assert raw_mem_to_str(buf, 5) == "xxxx\x00"
    finally:
        raw_free(buf)


def test_errno():
    set_errno(0)
    assert c_close(-1) == -1
    assert get_errno() == 9   # EBADF
    set_errno(0)
    assert get_errno() == 0


def test_host_checks():
    with pytest.raises(FFIError, match="takes 1 arguments"):
        c_strlen()
    with pytest.raises(FFIError, match="needs a str"):
        c_strlen(3)
    with pytest.raises(FFIError, match="needs an int"):
        c_labs("x")
    with pytest.raises(FFIError, match="unknown argument type"):
        external("f", ["struct x"], "int")
    with pytest.raises(FFIError, match="unknown result type"):
        external("f", [], "char")


def test_missing_library_is_reported_at_first_call():
    f = external("nothing_here", [], "int", lib="surely_no_such_library_xyz")
    with pytest.raises(FFIError, match="not found"):
        f()
