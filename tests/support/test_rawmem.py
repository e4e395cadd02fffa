import pytest

from pypy27.support.rawmem import (
    raw_alloc, raw_free, raw_load_f64, raw_load_i32, raw_load_i64, raw_load_u8,
    raw_mem_to_str, raw_memcopy, raw_store_f64, raw_store_i32, raw_store_i64,
    raw_store_u8, raw_str_to_mem)


@pytest.fixture
def buf():
    addr = raw_alloc(32)
    yield addr
    raw_free(addr)


def test_alloc_is_zeroed(buf):
    assert buf != 0
    assert raw_mem_to_str(buf, 32) == "\x00" * 32


def test_typed_loads_and_stores(buf):
    raw_store_i64(buf, 8, -2)
    assert raw_load_i64(buf, 8) == -2
    assert raw_load_u8(buf, 8) == 0xFE     # little endian
    raw_store_u8(buf, 0, 0x1FF)
    assert raw_load_u8(buf, 0) == 0xFF
    raw_store_i32(buf, 4, -7)
    assert raw_load_i32(buf, 4) == -7
    raw_store_f64(buf, 16, 2.5)
    assert raw_load_f64(buf, 16) == 2.5


def test_strings(buf):
    raw_str_to_mem("ab\xff\x00c", buf, 3)
    assert raw_mem_to_str(buf, 5, 3) == "ab\xff\x00c"
    assert raw_load_u8(buf, 5) == 0xFF


def test_memcopy_overlapping(buf):
    raw_str_to_mem("abcdef", buf)
    raw_memcopy(buf + 2, buf, 4)
    assert raw_mem_to_str(buf, 6) == "ababcd"


def test_host_bounds_checks(buf):
    with pytest.raises(AssertionError, match="outside block"):
        raw_load_i64(buf, 28)
    with pytest.raises(AssertionError, match="outside block"):
        raw_store_u8(buf, -1, 0)
    with pytest.raises(AssertionError, match="NULL"):
        raw_load_u8(0, 0)


def test_use_after_free_and_double_free():
    addr = raw_alloc(8)
    raw_free(addr)
    with pytest.raises(AssertionError, match="freed"):
        raw_load_i64(addr, 0)
    with pytest.raises(AssertionError, match="double"):
        raw_free(addr)
    raw_free(0)   # like free(NULL)


def test_zero_size():
    addr = raw_alloc(0)
    assert addr != 0
    assert raw_mem_to_str(addr, 0) == ""
    raw_free(addr)
