"""C strings and buffers in raw memory for the OpenSSL calls."""
from pypy27.interpreter.module._ssl.libssl import (
    ASN1_STRING_get0_data, ASN1_STRING_length, BIO_read)
from pypy27.support.rawmem import raw_alloc, raw_free, raw_mem_to_str, raw_str_to_mem


def new_cstr(s: str) -> int:
    """A NUL-terminated copy of s (free it with raw_free)."""
    buf = raw_alloc(len(s) + 1)
    raw_str_to_mem(s, buf, 0)
    return buf


def free_cstr(buf: int) -> None:
    if buf != 0:
        raw_free(buf)


def bio_text(bio: int) -> str:
    """Everything written to a memory BIO so far."""
    parts: list[str] = []
    buf = raw_alloc(256)
    try:
        while True:
            n = BIO_read(bio, buf, 256)
            if n <= 0:
                break
            parts.append(raw_mem_to_str(buf, n, 0))
    finally:
        raw_free(buf)
    return "".join(parts)


def asn1_bytes(asn1: int) -> str:
    """The raw contents of an ASN1_STRING."""
    n = ASN1_STRING_length(asn1)
    if n <= 0:
        return ""
    return raw_mem_to_str(ASN1_STRING_get0_data(asn1), n, 0)
