"""Socket addresses: app-level tuples and strings <-> struct sockaddr in raw
memory, and name resolution through getaddrinfo/getnameinfo.

Layouts are the x86-64 Linux ABI's: sockaddr_in {u16 family; u16 port (big
endian); u8 addr[4]; u8 zero[8]} (16 bytes), sockaddr_in6 {u16 family; u16
port; u32 flowinfo; u8 addr[16]; u32 scope_id} (28 bytes), sockaddr_un {u16
family; char path[108]} (110 bytes), struct addrinfo {int flags, family,
socktype, protocol; u32 addrlen; (pad) sockaddr *addr @24; char *canonname
@32; addrinfo *next @40}."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module._socket import errors
from pypy27.support.ffi import external
from pypy27.support.rawmem import (raw_alloc, raw_free, raw_load_i32, raw_load_i64, raw_load_u8,
                                   raw_mem_to_str, raw_store_i32, raw_store_u8, raw_str_to_mem)
from pypy27.interpreter.module.thread import gil

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
AI_NUMERICHOST = 4
AI_CANONNAME = 2
NI_NUMERICHOST = 1
NI_NUMERICSERV = 2
NI_NAMEREQD = 8
NI_MAXHOST = 1025
NI_MAXSERV = 32
ADDR_MAX = 128              # room for any sockaddr we handle
EAI_NONAME = -2

c_getaddrinfo = external("getaddrinfo", ["char*", "char*", "void*", "void*"], "int", header="<netdb.h>")
c_getaddrinfo_nohost = external("getaddrinfo", ["void*", "char*", "void*", "void*"], "int", header="<netdb.h>")
c_getaddrinfo_noport = external("getaddrinfo", ["char*", "void*", "void*", "void*"], "int", header="<netdb.h>")
c_freeaddrinfo = external("freeaddrinfo", ["void*"], "void", header="<netdb.h>")
c_getnameinfo = external("getnameinfo", ["void*", "unsigned int", "void*", "unsigned int", "void*",
                                         "unsigned int", "int"], "int", header="<netdb.h>")
c_inet_pton = external("inet_pton", ["int", "char*", "void*"], "int", header="<arpa/inet.h>")
c_inet_ntop = external("inet_ntop", ["int", "void*", "void*", "unsigned int"], "void*", header="<arpa/inet.h>")
c_inet_aton = external("inet_aton", ["char*", "void*"], "int", header="<arpa/inet.h>")
c_strlen = external("strlen", ["void*"], "size_t", header="<string.h>")


def c_string_at(addr: int) -> str:
    if addr == 0:
        return ""
    return raw_mem_to_str(addr, c_strlen(addr))


def load_u16be(buf: int, offset: int) -> int:
    return (raw_load_u8(buf, offset) << 8) | raw_load_u8(buf, offset + 1)


def store_u16be(buf: int, offset: int, value: int) -> None:
    raw_store_u8(buf, offset, (value >> 8) & 0xFF)
    raw_store_u8(buf, offset + 1, value & 0xFF)


def store_u16(buf: int, offset: int, value: int) -> None:
    raw_store_u8(buf, offset, value & 0xFF)
    raw_store_u8(buf, offset + 1, (value >> 8) & 0xFF)


def load_u16(buf: int, offset: int) -> int:
    return raw_load_u8(buf, offset) | (raw_load_u8(buf, offset + 1) << 8)


class SockAddr(object):
    """A struct sockaddr in raw memory (freed by free())."""
    buf: int
    length: int

    def __init__(self, length: int) -> None:
        self.buf = raw_alloc(ADDR_MAX)
        self.length = length

    def free(self) -> None:
        if self.buf:
            raw_free(self.buf)
            self.buf = 0


def host_arg(space: "ObjSpace", w_host: W_Root) -> str:
    if space.isinstance_w(w_host, space.w_unicode):
        w_host = space.call_method(w_host, "encode", [space.newstr("idna")])
    if not space.isinstance_w(w_host, space.w_str):
        raise space.type_error("getsockaddrarg: AF_INET address must be tuple, not %s" % space.type(w_host).name)
    return space.str_w(w_host)


def port_arg(space: "ObjSpace", w_port: W_Root) -> int:
    if not (space.isinstance_w(w_port, space.w_int) or space.isinstance_w(w_port, space.w_long)):
        raise space.type_error("an integer is required")
    port = space.int_w(w_port)
    if port < 0 or port > 0xFFFF:
        raise OperationError(space.w_OverflowError, space.newstr("getsockaddrarg: port must be 0-65535."))
    return port


def resolve_into(space: "ObjSpace", host: str, family: int, sa: SockAddr) -> None:
    """Fill sa with the address of host for family (AF_INET or AF_INET6);
    2.7's special names '' (any) and '<broadcast>'."""
    if host == "" or host == "<broadcast>":
        if family == AF_INET:
            value = 0 if host == "" else 0xFF
            for i in range(4):
                raw_store_u8(sa.buf, 4 + i, value)
            return
        if host == "":
            for i in range(16):
                raw_store_u8(sa.buf, 8 + i, 0)
            return
    hints = raw_alloc(48)
    res = raw_alloc(8)
    try:
        raw_store_i32(hints, 4, family)
        gil.release()
        err = c_getaddrinfo_noport(host, 0, hints, res)
        gil.acquire()
        if err != 0:
            raise errors.gai_error(space, err)
        ai = raw_load_i64(res, 0)
        try:
            addr = raw_load_i64(ai, 24)
            if family == AF_INET:
                for i in range(4):
                    raw_store_u8(sa.buf, 4 + i, raw_load_u8(addr, 4 + i))
            else:
                for i in range(16):
                    raw_store_u8(sa.buf, 8 + i, raw_load_u8(addr, 8 + i))
        finally:
            c_freeaddrinfo(ai)
    finally:
        raw_free(hints)
        raw_free(res)


def sockaddr_from_app(space: "ObjSpace", family: int, w_addr: W_Root, fname: str) -> SockAddr:
    """The C address for an app-level one (2.7's getsockaddrarg)."""
    if family == AF_UNIX:
        if not space.isinstance_w(w_addr, space.w_str):
            raise space.type_error("%s() argument 1 must be string or read-only character buffer, not %s"
                                   % (fname, space.type(w_addr).name))
        path = space.str_w(w_addr)
        if len(path) > 107:
            raise errors.socket_error_msg(space, "AF_UNIX path too long")
        sa = SockAddr(2 + len(path) + (0 if path.startswith("\x00") else 1))
        store_u16(sa.buf, 0, AF_UNIX)
        raw_str_to_mem(path + "\x00", sa.buf, 2)
        return sa
    if not space.isinstance_w(w_addr, space.w_tuple):
        raise space.type_error("getsockaddrarg: AF_INET%s address must be tuple, not %s"
                               % ("" if family == AF_INET else "6", space.type(w_addr).name))
    items_w = space.fixedview(w_addr, -1)
    if family == AF_INET:
        if len(items_w) != 2:
            raise space.type_error("getsockaddrarg() takes exactly 2 arguments (%d given)" % len(items_w))
        sa = SockAddr(16)
        try:
            store_u16(sa.buf, 0, AF_INET)
            store_u16be(sa.buf, 2, port_arg(space, items_w[1]))
            for i in range(8):
                raw_store_u8(sa.buf, 8 + i, 0)
            resolve_into(space, host_arg(space, items_w[0]), AF_INET, sa)
        except OperationError:
            sa.free()
            raise
        return sa
    if family == AF_INET6:
        if len(items_w) < 2 or len(items_w) > 4:
            raise space.type_error("getsockaddrarg() takes at least 2 arguments (%d given)" % len(items_w))
        sa = SockAddr(28)
        try:
            store_u16(sa.buf, 0, AF_INET6)
            store_u16be(sa.buf, 2, port_arg(space, items_w[1]))
            raw_store_i32(sa.buf, 4, space.int_w(items_w[2]) if len(items_w) > 2 else 0)
            raw_store_i32(sa.buf, 24, space.int_w(items_w[3]) if len(items_w) > 3 else 0)
            resolve_into(space, host_arg(space, items_w[0]), AF_INET6, sa)
        except OperationError:
            sa.free()
            raise
        return sa
    raise errors.socket_error_msg(space, "getsockaddrarg: bad family")


def ntop(family: int, addr: int) -> str:
    out = raw_alloc(64)
    try:
        if c_inet_ntop(family, addr, out, 64) == 0:
            return ""
        return c_string_at(out)
    finally:
        raw_free(out)


def app_from_sockaddr(space: "ObjSpace", buf: int, length: int) -> W_Root:
    """The app-level form of a C address (2.7's makesockaddr)."""
    if length == 0:
        return space.w_None
    family = load_u16(buf, 0)
    if family == AF_INET:
        return space.newtuple([space.newstr(ntop(AF_INET, buf + 4)), space.newint(load_u16be(buf, 2))])
    if family == AF_INET6:
        return space.newtuple([space.newstr(ntop(AF_INET6, buf + 8)), space.newint(load_u16be(buf, 2)),
                               space.newint(raw_load_i32(buf, 4) & 0xFFFFFFFF),
                               space.newint(raw_load_i32(buf, 24) & 0xFFFFFFFF)])
    if family == AF_UNIX:
        n = length - 2
        if n > 0 and raw_load_u8(buf, 2) != 0:
            return space.newstr(c_string_at(buf + 2))
        return space.newstr(raw_mem_to_str(buf, max(n, 0), 2))
    return space.newtuple([space.newint(family), space.newstr(raw_mem_to_str(buf, max(length - 2, 0), 2))])


def getaddrinfo(space: "ObjSpace", host: Optional[str], port: Optional[str], family: int, socktype: int,
                proto: int, flags: int) -> W_Root:
    hints = raw_alloc(48)
    res = raw_alloc(8)
    for i in range(6):
        raw_store_i64_zero(hints, i * 8)
    try:
        raw_store_i32(hints, 0, flags)
        raw_store_i32(hints, 4, family)
        raw_store_i32(hints, 8, socktype)
        raw_store_i32(hints, 12, proto)
        if host is None and port is None:
            raise errors.gai_error(space, EAI_NONAME)
        if host is None:
            assert port is not None
            gil.release()
            err = c_getaddrinfo_nohost(0, port, hints, res)
            gil.acquire()
        elif port is None:
            gil.release()
            err = c_getaddrinfo_noport(host, 0, hints, res)
            gil.acquire()
        else:
            gil.release()
            err = c_getaddrinfo(host, port, hints, res)
            gil.acquire()
        if err != 0:
            raise errors.gai_error(space, err)
        first = raw_load_i64(res, 0)
        items_w: list[W_Root] = []
        ai = first
        while ai != 0:
            items_w.append(space.newtuple([
                space.newint(raw_load_i32(ai, 4)), space.newint(raw_load_i32(ai, 8)),
                space.newint(raw_load_i32(ai, 12)), space.newstr(c_string_at(raw_load_i64(ai, 32))),
                app_from_sockaddr(space, raw_load_i64(ai, 24), raw_load_i32(ai, 16))]))
            ai = raw_load_i64(ai, 40)
        c_freeaddrinfo(first)
        return space.newlist(items_w)
    finally:
        raw_free(hints)
        raw_free(res)


def raw_store_i64_zero(buf: int, offset: int) -> None:
    raw_store_i32(buf, offset, 0)
    raw_store_i32(buf, offset + 4, 0)


def getnameinfo(space: "ObjSpace", sa: SockAddr, flags: int) -> tuple[str, str]:
    host = raw_alloc(NI_MAXHOST)
    serv = raw_alloc(NI_MAXSERV)
    try:
        err = c_getnameinfo(sa.buf, sa.length, host, NI_MAXHOST, serv, NI_MAXSERV, flags)
        if err != 0:
            raise errors.gai_error(space, err)
        return c_string_at(host), c_string_at(serv)
    finally:
        raw_free(host)
        raw_free(serv)
