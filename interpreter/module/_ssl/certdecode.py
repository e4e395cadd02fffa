"""A certificate's fields as app-level values for ssl.py, which turns them
into getpeercert()'s dict: names as (rdn index, long name, UTF-8 value)
triples, dates as OpenSSL prints them, subjectAltName as (kind, value)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._ssl.libssl import (
    ASN1_STRING_to_UTF8, ASN1_TIME_print, BIO_free, BIO_new, BIO_s_mem, CRYPTO_free,
    GENERAL_NAMES_free, GEN_DIRNAME, GEN_DNS, GEN_EMAIL, GEN_IPADD, GEN_URI, NID_subject_alt_name,
    OBJ_nid2ln, OBJ_obj2nid, OBJ_obj2txt, OPENSSL_sk_num, OPENSSL_sk_value,
    X509_NAME_ENTRY_get_data, X509_NAME_ENTRY_get_object, X509_NAME_ENTRY_set,
    X509_NAME_entry_count, X509_NAME_get_entry, X509_get0_notAfter, X509_get0_notBefore,
    X509_get_ext_d2i, X509_get_issuer_name, X509_get_serialNumber, X509_get_subject_name,
    X509_get_version, i2a_ASN1_INTEGER, i2d_X509)
from pypy27.interpreter.module._ssl.cstr import asn1_bytes, bio_text
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i32, raw_load_i64, raw_mem_to_str

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _object_name(obj: int) -> str:
    name = OBJ_nid2ln(OBJ_obj2nid(obj))
    if name is not None:
        return name
    # An attribute OpenSSL has no name for: its dotted OID.
    buf = raw_alloc(128)
    try:
        n = OBJ_obj2txt(buf, 128, obj, 1)
        return raw_mem_to_str(buf, n, 0) if n > 0 else ""
    finally:
        raw_free(buf)


def _utf8(asn1: int) -> str:
    out = raw_alloc(8)
    try:
        n = ASN1_STRING_to_UTF8(out, asn1)
        if n < 0:
            return asn1_bytes(asn1)
        ptr = raw_load_i64(out, 0)
        text = raw_mem_to_str(ptr, n, 0)
        CRYPTO_free(ptr, "", 0)
        return text
    finally:
        raw_free(out)


def _name(space: "ObjSpace", name: int) -> W_Root:
    entries_w: list[W_Root] = []
    for i in range(X509_NAME_entry_count(name)):
        entry = X509_NAME_get_entry(name, i)
        entries_w.append(space.newtuple([
            space.newint(X509_NAME_ENTRY_set(entry)),
            space.newstr(_object_name(X509_NAME_ENTRY_get_object(entry))),
            space.newstr(_utf8(X509_NAME_ENTRY_get_data(entry)))]))
    return space.newlist(entries_w)


def _printed(fn_result: int, integer: bool) -> str:
    bio = BIO_new(BIO_s_mem())
    if bio == 0:
        return ""
    try:
        if integer:
            i2a_ASN1_INTEGER(bio, fn_result)
        else:
            ASN1_TIME_print(bio, fn_result)
        return bio_text(bio)
    finally:
        BIO_free(bio)


HEX = "0123456789ABCDEF"


def _ip_text(raw: str) -> str:
    if len(raw) == 4:
        return ".".join([str(ord(c)) for c in raw])
    groups: list[str] = []
    i = 0
    while i + 1 < len(raw):
        value = ord(raw[i]) * 256 + ord(raw[i + 1])
        text = ""
        while True:
            text = HEX[value % 16] + text
            value = value // 16
            if value == 0:
                break
        groups.append(text)
        i += 2
    return ":".join(groups)


def _alt_names(space: "ObjSpace", cert: int) -> W_Root:
    names_w: list[W_Root] = []
    stack = X509_get_ext_d2i(cert, NID_subject_alt_name, 0, 0)
    if stack == 0:
        return space.newlist(names_w)
    try:
        for i in range(OPENSSL_sk_num(stack)):
            gn = OPENSSL_sk_value(stack, i)
            kind = raw_load_i32(gn, 0)
            value = raw_load_i64(gn, 8)     # the union after the int (padded)
            if kind == GEN_DNS:
                pair = ("DNS", asn1_bytes(value))
            elif kind == GEN_IPADD:
                pair = ("IP Address", _ip_text(asn1_bytes(value)))
            elif kind == GEN_URI:
                pair = ("URI", asn1_bytes(value))
            elif kind == GEN_EMAIL:
                pair = ("email", asn1_bytes(value))
            elif kind == GEN_DIRNAME:
                pair = ("DirName", "<unsupported>")
            else:
                pair = ("othername", "<unsupported>")
            names_w.append(space.newtuple([space.newstr(pair[0]), space.newstr(pair[1])]))
    finally:
        GENERAL_NAMES_free(stack)
    return space.newlist(names_w)


def decode(space: "ObjSpace", cert: int) -> W_Root:
    """(subject, issuer, version, serialNumber, notBefore, notAfter,
    subjectAltName) of an X509."""
    return space.newtuple([
        _name(space, X509_get_subject_name(cert)),
        _name(space, X509_get_issuer_name(cert)),
        space.newint(X509_get_version(cert) + 1),
        space.newstr(_printed(X509_get_serialNumber(cert), True)),
        space.newstr(_printed(X509_get0_notBefore(cert), False)),
        space.newstr(_printed(X509_get0_notAfter(cert), False)),
        _alt_names(space, cert)])


def der(cert: int) -> str:
    """The DER encoding of an X509."""
    out = raw_alloc(8)
    try:
        n = i2d_X509(cert, out)
        if n <= 0:
            return ""
        ptr = raw_load_i64(out, 0)
        data = raw_mem_to_str(ptr, n, 0)
        CRYPTO_free(ptr, "", 0)
        return data
    finally:
        raw_free(out)
