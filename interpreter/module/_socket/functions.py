"""The module-level functions of _socket."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments, Signature
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module._socket import addr, errors
from pypy27.interpreter.module._socket.addr import c_inet_aton, c_inet_pton
from pypy27.interpreter.module._socket.sockobj import (apply_timeout, c_int_w, new_socket, timeout_arg,
                                                       timeout_w)
from pypy27.support.ffi import external
from pypy27.support.rawmem import (raw_alloc, raw_free, raw_load_i32, raw_load_i64, raw_mem_to_str,
                                   raw_str_to_mem)

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

c_gethostname = external("gethostname", ["void*", "size_t"], "int", header="<unistd.h>")
c_socketpair = external("socketpair", ["int", "int", "int", "void*"], "int", header="<sys/socket.h>")
c_dup = external("dup", ["int"], "int", header="<unistd.h>")
c_getservbyname = external("getservbyname", ["char*", "char*"], "void*", header="<netdb.h>")
c_getservbyname_any = external("getservbyname", ["char*", "void*"], "void*", header="<netdb.h>")
c_getservbyport = external("getservbyport", ["int", "char*"], "void*", header="<netdb.h>")
c_getservbyport_any = external("getservbyport", ["int", "void*"], "void*", header="<netdb.h>")
c_getprotobyname = external("getprotobyname", ["char*"], "void*", header="<netdb.h>")


def str_arg(space: "ObjSpace", w_obj: Optional[W_Root], fname: str, pos: int = 1) -> str:
    assert w_obj is not None
    if space.isinstance_w(w_obj, space.w_unicode):     # "s": unicode in ASCII
        w_obj = space.call_method(w_obj, "encode", [space.newstr("ascii")])
    if not space.isinstance_w(w_obj, space.w_str):
        raise space.type_error("%s() argument %d must be string, not %s" % (fname, pos, space.type(w_obj).name))
    return space.str_w(w_obj)


def sock_gethostname(space: "ObjSpace") -> W_Root:
    buf = raw_alloc(1025)
    try:
        if c_gethostname(buf, 1024) < 0:
            raise errors.last_socket_error(space)
        return space.newstr(addr.c_string_at(buf))
    finally:
        raw_free(buf)


def ipv4_of(space: "ObjSpace", host: str) -> str:
    w_list = addr.getaddrinfo(space, host, None, addr.AF_INET, 0, 0, 0)
    items_w = space.listview(w_list)
    w_sockaddr = space.fixedview(items_w[0], 5)[4]
    return space.str_w(space.fixedview(w_sockaddr, 2)[0])


def sock_gethostbyname(space: "ObjSpace", w_name: W_Root) -> W_Root:
    return space.newstr(ipv4_of(space, str_arg(space, w_name, "gethostbyname")))


def sock_gethostbyname_ex(space: "ObjSpace", w_name: W_Root) -> W_Root:
    name = str_arg(space, w_name, "gethostbyname_ex")
    w_list = addr.getaddrinfo(space, name, None, addr.AF_INET, 1, 0, addr.AI_CANONNAME)
    canon = name
    ips_w: list[W_Root] = []
    seen: list[str] = []
    for w_item in space.listview(w_list):
        fields_w = space.fixedview(w_item, 5)
        c = space.str_w(fields_w[3])
        if c:
            canon = c
        ip = space.str_w(space.fixedview(fields_w[4], 2)[0])
        if ip not in seen:
            seen.append(ip)
            ips_w.append(space.newstr(ip))
    return space.newtuple([space.newstr(canon), space.newlist([]), space.newlist(ips_w)])


def sock_gethostbyaddr(space: "ObjSpace", w_ip: W_Root) -> W_Root:
    ip = str_arg(space, w_ip, "gethostbyaddr")
    family = addr.AF_INET6 if ":" in ip else addr.AF_INET
    w_tuple = space.newtuple([space.newstr(ip), space.newint(0)])
    sa = addr.sockaddr_from_app(space, family, w_tuple, "gethostbyaddr")
    try:
        numeric = addr.ntop(family, sa.buf + (4 if family == addr.AF_INET else 8))
        try:
            host, _ = addr.getnameinfo(space, sa, addr.NI_NAMEREQD)
        except OperationError:
            raise errors.herror(space, 1)
    finally:
        sa.free()
    return space.newtuple([space.newstr(host), space.newlist([]), space.newlist([space.newstr(numeric)])])


def sock_getaddrinfo(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "getaddrinfo()")
    sig = Signature(["host", "port", "family", "socktype", "proto", "flags"])
    zero = space.newint(0)
    scope = args.parse_into_scope(space, "getaddrinfo()", sig, [zero, zero, zero, zero])
    w_host, w_port = scope[0], scope[1]
    assert w_host is not None and w_port is not None
    host: Optional[str] = None
    if space.isinstance_w(w_host, space.w_unicode):
        host = space.str_w(space.call_method(w_host, "encode", [space.newstr("idna")]))
    elif space.isinstance_w(w_host, space.w_str):
        host = space.str_w(w_host)
    elif not space.is_w(w_host, space.w_None):
        raise space.type_error("getaddrinfo() argument 1 must be string or None")
    port: Optional[str] = None
    if space.isinstance_w(w_port, space.w_int) or space.isinstance_w(w_port, space.w_long):
        port = str(space.int_w(w_port))
    elif space.isinstance_w(w_port, space.w_str):
        port = space.str_w(w_port)
    elif not space.is_w(w_port, space.w_None):
        raise errors.socket_error_msg(space, "Int or String expected")
    ints: list[int] = []
    for w in scope[2:]:
        assert w is not None
        ints.append(space.int_w(w))
    return addr.getaddrinfo(space, host, port, ints[0], ints[1], ints[2], ints[3])


def sock_getnameinfo(space: "ObjSpace", w_sockaddr: W_Root, w_flags: W_Root) -> W_Root:
    if not space.isinstance_w(w_sockaddr, space.w_tuple):
        raise space.type_error("getnameinfo() argument 1 must be a tuple")
    items_w = space.fixedview(w_sockaddr, -1)
    if len(items_w) < 2:
        raise space.type_error("getnameinfo() argument 1 must be a tuple")
    host = space.str_w(items_w[0])
    family = addr.AF_INET6 if ":" in host else addr.AF_INET
    sa = addr.sockaddr_from_app(space, family, w_sockaddr, "getnameinfo")
    try:
        h, s = addr.getnameinfo(space, sa, space.int_w(w_flags))
    finally:
        sa.free()
    return space.newtuple([space.newstr(h), space.newstr(s)])


def port_of_servent(ent: int) -> int:
    raw = raw_load_i32(ent, 16) & 0xFFFF
    return ((raw & 0xFF) << 8) | (raw >> 8)


def sock_getservbyname(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    name = str_arg(space, args_w[0], "getservbyname")
    if args_w[1] is None:
        ent = c_getservbyname_any(name, 0)
    else:
        ent = c_getservbyname(name, str_arg(space, args_w[1], "getservbyname", 2))
    if ent == 0:
        raise errors.socket_error_msg(space, "service/proto not found")
    return space.newint(port_of_servent(ent))


def sock_getservbyport(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    assert args_w[0] is not None
    port = c_int_w(space, args_w[0])
    proto = None if args_w[1] is None else str_arg(space, args_w[1], "getservbyport", 2)   # parsed first
    if port < 0 or port > 0xFFFF:
        raise OperationError(space.w_OverflowError, space.newstr("getservbyport: port must be 0-65535."))
    net = ((port & 0xFF) << 8) | (port >> 8)
    if args_w[1] is None:
        ent = c_getservbyport_any(net, 0)
    else:
        assert proto is not None
        ent = c_getservbyport(net, proto)
    if ent == 0:
        raise errors.socket_error_msg(space, "port/proto not found")
    return space.newstr(addr.c_string_at(raw_load_i64(ent, 0)))


def sock_getprotobyname(space: "ObjSpace", w_name: W_Root) -> W_Root:
    ent = c_getprotobyname(str_arg(space, w_name, "getprotobyname"))
    if ent == 0:
        raise errors.socket_error_msg(space, "protocol not found")
    return space.newint(raw_load_i32(ent, 16))


def packed_arg(space: "ObjSpace", w_obj: W_Root, fname: str) -> str:
    if space.isinstance_w(w_obj, space.w_unicode):     # "s#": unicode in ASCII
        w_obj = space.call_method(w_obj, "encode", [space.newstr("ascii")])
    if not space.isinstance_w(w_obj, space.w_str):
        raise space.type_error("%s() argument 1 must be string or read-only buffer, not %s"
                               % (fname, space.type(w_obj).name))
    return space.str_w(w_obj)


def sock_inet_aton(space: "ObjSpace", w_ip: W_Root) -> W_Root:
    ip = str_arg(space, w_ip, "inet_aton")
    buf = raw_alloc(8)
    try:
        if c_inet_aton_ok(ip, buf) == 0:
            raise errors.socket_error_msg(space, "illegal IP address string passed to inet_aton")
        return space.newstr(raw_mem_to_str(buf, 4))
    finally:
        raw_free(buf)


def c_inet_aton_ok(ip: str, buf: int) -> int:
    if "\x00" in ip:
        return 0
    return c_inet_aton(ip, buf)


def sock_inet_ntoa(space: "ObjSpace", w_packed: W_Root) -> W_Root:
    packed = packed_arg(space, w_packed, "inet_ntoa")
    if len(packed) != 4:
        raise errors.socket_error_msg(space, "packed IP wrong length for inet_ntoa")
    return space.newstr("%d.%d.%d.%d" % (ord(packed[0]), ord(packed[1]), ord(packed[2]), ord(packed[3])))


def sock_inet_pton(space: "ObjSpace", w_af: W_Root, w_ip: W_Root) -> W_Root:
    af = c_int_w(space, w_af)
    ip = str_arg(space, w_ip, "inet_pton", 2)
    if af != addr.AF_INET and af != addr.AF_INET6:
        raise errors.socket_error(space, 97)
    buf = raw_alloc(16)
    try:
        if "\x00" in ip or c_inet_pton(af, ip, buf) != 1:
            raise errors.socket_error_msg(space, "illegal IP address string passed to inet_pton")
        return space.newstr(raw_mem_to_str(buf, 4 if af == addr.AF_INET else 16))
    finally:
        raw_free(buf)


def sock_inet_ntop(space: "ObjSpace", w_af: W_Root, w_packed: W_Root) -> W_Root:
    af = c_int_w(space, w_af)
    packed = packed_arg(space, w_packed, "inet_ntop")
    if af == addr.AF_INET:
        if len(packed) != 4:
            raise space.value_error("invalid length of packed IP address string")
    elif af == addr.AF_INET6:
        if len(packed) != 16:
            raise space.value_error("invalid length of packed IP address string")
    else:
        raise space.value_error("unknown address family %d" % af)
    buf = raw_alloc(16)
    try:
        raw_str_to_mem(packed, buf, 0)
        return space.newstr(addr.ntop(af, buf))
    finally:
        raw_free(buf)


def int_of(space: "ObjSpace", w_x: W_Root, fname: str) -> int:
    if not (space.isinstance_w(w_x, space.w_int) or space.isinstance_w(w_x, space.w_long)):
        raise space.type_error("expected int/long, %s found" % space.type(w_x).name)
    x = space.int_w(w_x)
    if x < 0:
        raise OperationError(space.w_OverflowError, space.newstr("can't convert negative number to unsigned long"))
    return x


def swap16(x: int) -> int:
    return ((x & 0xFF) << 8) | ((x >> 8) & 0xFF)


def swap32(x: int) -> int:
    return (((x & 0xFF) << 24) | (((x >> 8) & 0xFF) << 16) | (((x >> 16) & 0xFF) << 8)
            | ((x >> 24) & 0xFF))


def sock_htons(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return space.newint(swap16(int_of(space, w_x, "htons") & 0xFFFF))


def sock_htonl(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return space.newint(swap32(int_of(space, w_x, "htonl") & 0xFFFFFFFF))


def sock_getdefaulttimeout(space: "ObjSpace") -> W_Root:
    return timeout_w(space, errors.state.default_timeout)


def sock_setdefaulttimeout(space: "ObjSpace", w_timeout: W_Root) -> W_Root:
    errors.state.default_timeout = timeout_arg(space, w_timeout)
    return space.w_None


def sock_socketpair(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    family = addr.AF_UNIX if args_w[0] is None else c_int_w(space, args_w[0])
    type = 1 if args_w[1] is None else c_int_w(space, args_w[1])
    proto = 0 if args_w[2] is None else c_int_w(space, args_w[2])
    buf = raw_alloc(8)
    try:
        if c_socketpair(family, type, proto, buf) < 0:
            raise errors.last_socket_error(space)
        a = new_socket(space, raw_load_i32(buf, 0), family, type, proto)
        b = new_socket(space, raw_load_i32(buf, 4), family, type, proto)
    finally:
        raw_free(buf)
    return space.newtuple([a, b])


def sock_fromfd(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    assert args_w[0] is not None and args_w[1] is not None and args_w[2] is not None
    # "iii|i": all converted before the descriptor is duplicated
    fd0 = c_int_w(space, args_w[0])
    family = c_int_w(space, args_w[1])
    type = c_int_w(space, args_w[2])
    proto = 0 if args_w[3] is None else c_int_w(space, args_w[3])
    fd = c_dup(fd0)
    if fd < 0:
        raise errors.last_socket_error(space)
    s = new_socket(space, fd, family, type, proto)
    apply_timeout(s, errors.state.default_timeout)
    return s


