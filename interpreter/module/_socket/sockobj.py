"""_socket.socket objects: a file descriptor plus 2.7's timeout model (no
timeout: blocking; timeout 0: non-blocking; timeout t > 0: the descriptor is
non-blocking and every blocking call first waits with poll(2) for t seconds,
raising socket.timeout when nothing happens)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module._socket import addr, errors
from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i32, raw_mem_to_str, raw_store_i32, raw_str_to_mem
from pypy27.interpreter.module.thread import gil

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

c_socket = external("socket", ["int", "int", "int"], "int", header="<sys/socket.h>")
c_bind = external("bind", ["int", "void*", "unsigned int"], "int", header="<sys/socket.h>")
c_connect = external("connect", ["int", "void*", "unsigned int"], "int", header="<sys/socket.h>")
c_listen = external("listen", ["int", "int"], "int", header="<sys/socket.h>")
c_accept = external("accept", ["int", "void*", "void*"], "int", header="<sys/socket.h>")
c_send = external("send", ["int", "void*", "size_t", "int"], "ssize_t", header="<sys/socket.h>")
c_sendto = external("sendto", ["int", "void*", "size_t", "int", "void*", "unsigned int"], "ssize_t",
                    header="<sys/socket.h>")
c_recv = external("recv", ["int", "void*", "size_t", "int"], "ssize_t", header="<sys/socket.h>")
c_recvfrom = external("recvfrom", ["int", "void*", "size_t", "int", "void*", "void*"], "ssize_t",
                      header="<sys/socket.h>")
c_shutdown = external("shutdown", ["int", "int"], "int", header="<sys/socket.h>")
c_getsockname = external("getsockname", ["int", "void*", "void*"], "int", header="<sys/socket.h>")
c_getpeername = external("getpeername", ["int", "void*", "void*"], "int", header="<sys/socket.h>")
c_setsockopt = external("setsockopt", ["int", "int", "int", "void*", "unsigned int"], "int",
                        header="<sys/socket.h>")
c_getsockopt = external("getsockopt", ["int", "int", "int", "void*", "void*"], "int", header="<sys/socket.h>")
c_close = external("close", ["int"], "int", header="<unistd.h>")
c_dup = external("dup", ["int"], "int", header="<unistd.h>")
c_fcntl = external("fcntl", ["int", "int", "int"], "int", header="<fcntl.h>")
c_poll = external("poll", ["void*", "unsigned long", "int"], "int", header="<poll.h>")

F_GETFL = 3
F_SETFL = 4
O_NONBLOCK = 0o4000
POLLIN = 1
POLLOUT = 4
EINTR = 4
EAGAIN = 11
EINPROGRESS = 115
EISCONN = 106
EBADF = 9
SOL_SOCKET = 1
SO_ERROR = 4


class W_Socket(W_Root):
    fd: int
    family: int
    type: int
    proto: int
    timeout: float          # < 0: None
    w_class: Optional["W_TypeObject"]
    user: Optional[UserAttrs]       # instances of subclasses: __dict__, __slots__
    fresh: bool             # made by socket() and not yet past __init__

    def __init__(self, fd: int, family: int, type: int, proto: int, w_class: Optional["W_TypeObject"]) -> None:
        self.fd = fd
        self.family = family
        self.type = type
        self.proto = proto
        self.timeout = -1.0
        self.w_class = w_class
        self.user = None
        self.fresh = False

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_class is not None:
            return self.w_class
        w_type = errors.state.w_socket_type
        from pypy27.interpreter.objspace.typeobject import W_TypeObject
        assert isinstance(w_type, W_TypeObject)
        return w_type

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user


def as_socket(space: "ObjSpace", w_obj: Optional[W_Root]) -> W_Socket:
    if not isinstance(w_obj, W_Socket):
        raise space.type_error("descriptor requires a '_socket.socket' object")
    return w_obj


def set_nonblocking(fd: int, on: bool) -> None:
    flags = c_fcntl(fd, F_GETFL, 0)
    if flags < 0:
        return
    c_fcntl(fd, F_SETFL, (flags | O_NONBLOCK) if on else (flags & ~O_NONBLOCK))


def apply_timeout(s: W_Socket, timeout: float) -> None:
    s.timeout = timeout
    set_nonblocking(s.fd, timeout >= 0.0)


def wait_for(space: "ObjSpace", s: W_Socket, writing: bool) -> None:
    """With a timeout, wait until the socket is ready (socket.timeout if
    it does not become so in time)."""
    if s.timeout <= 0.0:
        return
    if s.fd < 0:
        raise errors.socket_error(space, EBADF)
    pfd = raw_alloc(8)
    try:
        raw_store_i32(pfd, 0, s.fd)
        raw_store_i32(pfd, 4, POLLOUT if writing else POLLIN)
        while True:
            gil.release()
            n = c_poll(pfd, 1, int(s.timeout * 1000.0 + 0.5))
            gil.acquire()
            if n < 0 and get_errno() == EINTR:
                continue
            break
    finally:
        raw_free(pfd)
    if n == 0:
        raise errors.timeout_error(space)
    if n < 0:
        raise errors.last_socket_error(space)


def c_int_w(space: "ObjSpace", w_obj: W_Root) -> int:
    """A C int argument (2.7's "i" format)."""
    n = space.int_w(w_obj)
    if n > 0x7fffffff:
        raise space.error(space.w_OverflowError, "signed integer is greater than maximum")
    if n < -0x80000000:
        raise space.error(space.w_OverflowError, "signed integer is less than minimum")
    return n


def int_arg_loose(space: "ObjSpace", w_obj: W_Root) -> int:
    """2.7's _PyInt_AsInt (listen, shutdown): floats are truncated."""
    if space.isinstance_w(w_obj, space.w_float):
        w_obj = space.unaryop("int", w_obj)
    try:
        n = space.int_w(w_obj)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        n = 0x80000000
    if n > 0x7fffffff or n < -0x80000000:
        raise space.error(space.w_OverflowError, "Python int too large to convert to C int")
    return n


def parse_socket_args(space: "ObjSpace", args: Arguments) -> list[int]:
    """[family, type, proto] from socket()'s or socket.__init__'s arguments."""
    from pypy27.interpreter.arguments import Signature
    args.unpack_stars(space, "socket()")
    scope = args.parse_into_scope(space, "socket()", Signature(["family", "type", "proto"]),
                                  [space.newint(addr.AF_INET), space.newint(1), space.newint(0)])
    out: list[int] = []
    for w_arg in scope:
        assert w_arg is not None
        out.append(c_int_w(space, w_arg))
    return out


def socket_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = parse_socket_args(space, args)
    fd = c_socket(a[0], a[1], a[2])
    if fd < 0:
        raise errors.last_socket_error(space)
    s = W_Socket(fd, a[0], a[1], a[2], w_subtype)
    s.fresh = True
    if errors.state.default_timeout >= 0.0:
        apply_timeout(s, errors.state.default_timeout)
    return s


def sock_init(space: "ObjSpace", args: Arguments) -> W_Root:
    """socket.__init__: right after socket() it only checks the arguments
    (the socket is open already); called again, as in 2.7, it opens a new
    socket in place of the old one."""
    if not args.args_w:
        raise space.type_error("descriptor '__init__' of '_socket.socket' object needs an argument")
    s = as_socket(space, args.args_w[0])
    rest = Arguments(args.args_w[1:], list(args.keywords), list(args.keywords_w), args.w_stararg,
                     args.w_starstararg)
    a = parse_socket_args(space, rest)
    fresh = s.fresh
    s.fresh = False
    if fresh and a[0] == s.family and a[1] == s.type and a[2] == s.proto:
        return space.w_None
    fd = c_socket(a[0], a[1], a[2])
    if fd < 0:
        raise errors.last_socket_error(space)
    if s.fd >= 0:
        c_close(s.fd)
    s.fd = fd
    s.family = a[0]
    s.type = a[1]
    s.proto = a[2]
    s.timeout = -1.0
    if errors.state.default_timeout >= 0.0:
        apply_timeout(s, errors.state.default_timeout)
    return space.w_None


def new_socket(space: "ObjSpace", fd: int, family: int, type: int, proto: int) -> W_Socket:
    s = W_Socket(fd, family, type, proto, None)
    if errors.state.default_timeout >= 0.0:
        apply_timeout(s, errors.state.default_timeout)
    return s


def sock_fileno(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(as_socket(space, w_self).fd)


def sock_close(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = as_socket(space, w_self)
    if s.fd >= 0:
        fd = s.fd
        s.fd = -1
        c_close(fd)
    return space.w_None


def sock_dup(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = as_socket(space, w_self)
    fd = c_dup(s.fd)
    if fd < 0:
        raise errors.last_socket_error(space)
    d = W_Socket(fd, s.family, s.type, s.proto, None)
    apply_timeout(d, s.timeout)
    return d


def sock_bind(space: "ObjSpace", w_self: W_Root, w_addr: W_Root) -> W_Root:
    s = as_socket(space, w_self)
    sa = addr.sockaddr_from_app(space, s.family, w_addr, "bind")
    try:
        if c_bind(s.fd, sa.buf, sa.length) < 0:
            raise errors.last_socket_error(space)
    finally:
        sa.free()
    return space.w_None


def do_connect(space: "ObjSpace", s: W_Socket, w_addr: W_Root) -> int:
    """connect(); 0 or the errno (connect_ex's result)."""
    sa = addr.sockaddr_from_app(space, s.family, w_addr, "connect")
    try:
        gil.release()
        res = c_connect(s.fd, sa.buf, sa.length)
        gil.acquire()
        err = 0 if res == 0 else get_errno()
    finally:
        sa.free()
    if err == EINPROGRESS and s.timeout > 0.0:
        wait_for(space, s, True)
        buf = raw_alloc(8)
        try:
            raw_store_i32(buf, 4, 4)
            c_getsockopt(s.fd, SOL_SOCKET, SO_ERROR, buf, buf + 4)
            err = raw_load_i32(buf, 0)
        finally:
            raw_free(buf)
        if err == EISCONN:
            err = 0
    return err


def sock_connect(space: "ObjSpace", w_self: W_Root, w_addr: W_Root) -> W_Root:
    err = do_connect(space, as_socket(space, w_self), w_addr)
    if err != 0:
        raise errors.socket_error(space, err)
    return space.w_None


def sock_connect_ex(space: "ObjSpace", w_self: W_Root, w_addr: W_Root) -> W_Root:
    return space.newint(do_connect(space, as_socket(space, w_self), w_addr))


def sock_listen(space: "ObjSpace", w_self: W_Root, w_backlog: W_Root) -> W_Root:
    s = as_socket(space, w_self)
    backlog = int_arg_loose(space, w_backlog)
    if c_listen(s.fd, max(backlog, 0)) < 0:
        raise errors.last_socket_error(space)
    return space.w_None


def sock_accept(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = as_socket(space, w_self)
    buf = raw_alloc(addr.ADDR_MAX + 8)
    try:
        while True:
            wait_for(space, s, False)
            raw_store_i32(buf, addr.ADDR_MAX, addr.ADDR_MAX)
            gil.release()
            fd = c_accept(s.fd, buf, buf + addr.ADDR_MAX)
            gil.acquire()
            if fd < 0 and get_errno() == EINTR:
                continue
            break
        if fd < 0:
            raise errors.last_socket_error(space)
        w_addr = addr.app_from_sockaddr(space, buf, raw_load_i32(buf, addr.ADDR_MAX))
    finally:
        raw_free(buf)
    conn = W_Socket(fd, s.family, s.type, s.proto, None)
    apply_timeout(conn, s.timeout)
    return space.newtuple([conn, w_addr])


def flags_arg(space: "ObjSpace", w_flags: Optional[W_Root]) -> int:
    return 0 if w_flags is None else space.int_w(w_flags)


def data_arg(space: "ObjSpace", w_data: Optional[W_Root], fname: str) -> str:
    """The bytes to send: a str, a unicode (default encoding) or anything
    with the buffer interface (bytearray, buffer, memoryview)."""
    assert w_data is not None
    if space.isinstance_w(w_data, space.w_str):
        return space.str_w(w_data)
    if space.isinstance_w(w_data, space.w_unicode):
        return space.str_w(space.call_method(w_data, "encode", [space.newstr("ascii")]))
    if space.findattr(w_data, "tobytes") is not None:
        return space.str_w(space.call_method(w_data, "tobytes", []))
    for name in ["bytearray", "buffer"]:
        w_type = space.builtin_types_w.get(name, None)
        if w_type is not None and space.isinstance_w(w_data, w_type):
            return space.str_w(space.call_function(space.w_str, [w_data]))
    raise space.type_error("%s() argument 1 must be string or buffer, not %s" % (fname, space.type(w_data).name))


def send_some(space: "ObjSpace", s: W_Socket, data: str, flags: int) -> int:
    buf = raw_alloc(len(data) + 1)
    try:
        raw_str_to_mem(data, buf, 0)
        while True:
            wait_for(space, s, True)
            gil.release()
            n = c_send(s.fd, buf, len(data), flags)
            gil.acquire()
            if n < 0 and get_errno() == EINTR:
                continue
            break
    finally:
        raw_free(buf)
    if n < 0:
        raise errors.last_socket_error(space)
    return n


def sock_send(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    s = as_socket(space, args_w[0])
    return space.newint(send_some(space, s, data_arg(space, args_w[1], "send"), flags_arg(space, args_w[2])))


def sock_sendall(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    s = as_socket(space, args_w[0])
    data = data_arg(space, args_w[1], "sendall")
    flags = flags_arg(space, args_w[2])
    while data:
        n = send_some(space, s, data, flags)
        data = data[n:]
    return space.w_None


def sock_sendto(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    s = as_socket(space, args_w[0])
    data = data_arg(space, args_w[1], "sendto")
    if args_w[3] is None:
        w_addr = args_w[2]
        flags = 0
    else:
        w_addr = args_w[3]
        flags = flags_arg(space, args_w[2])
    assert w_addr is not None
    sa = addr.sockaddr_from_app(space, s.family, w_addr, "sendto")
    buf = raw_alloc(len(data) + 1)
    try:
        raw_str_to_mem(data, buf, 0)
        wait_for(space, s, True)
        gil.release()
        n = c_sendto(s.fd, buf, len(data), flags, sa.buf, sa.length)
        gil.acquire()
    finally:
        raw_free(buf)
        sa.free()
    if n < 0:
        raise errors.last_socket_error(space)
    return space.newint(n)


def size_arg(space: "ObjSpace", w_size: Optional[W_Root], fname: str) -> int:
    assert w_size is not None
    size = space.int_w(w_size)
    if size < 0:
        raise space.value_error("negative buffersize in %s" % fname)
    return size


def sock_recv(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    s = as_socket(space, args_w[0])
    size = size_arg(space, args_w[1], "recv")
    flags = flags_arg(space, args_w[2])
    buf = raw_alloc(size + 1)
    try:
        while True:
            wait_for(space, s, False)
            gil.release()
            n = c_recv(s.fd, buf, size, flags)
            gil.acquire()
            if n < 0 and get_errno() == EINTR:
                continue
            break
        if n < 0:
            raise errors.last_socket_error(space)
        return space.newstr(raw_mem_to_str(buf, n))
    finally:
        raw_free(buf)


def sock_recvfrom(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    s = as_socket(space, args_w[0])
    size = size_arg(space, args_w[1], "recvfrom")
    flags = flags_arg(space, args_w[2])
    buf = raw_alloc(size + 1)
    abuf = raw_alloc(addr.ADDR_MAX + 8)
    try:
        while True:
            wait_for(space, s, False)
            raw_store_i32(abuf, addr.ADDR_MAX, addr.ADDR_MAX)
            gil.release()
            n = c_recvfrom(s.fd, buf, size, flags, abuf, abuf + addr.ADDR_MAX)
            gil.acquire()
            if n < 0 and get_errno() == EINTR:
                continue
            break
        if n < 0:
            raise errors.last_socket_error(space)
        w_addr = addr.app_from_sockaddr(space, abuf, raw_load_i32(abuf, addr.ADDR_MAX))
        return space.newtuple([space.newstr(raw_mem_to_str(buf, n)), w_addr])
    finally:
        raw_free(buf)
        raw_free(abuf)


def sock_shutdown(space: "ObjSpace", w_self: W_Root, w_how: W_Root) -> W_Root:
    s = as_socket(space, w_self)
    if c_shutdown(s.fd, int_arg_loose(space, w_how)) < 0:
        raise errors.last_socket_error(space)
    return space.w_None


def name_of(space: "ObjSpace", s: W_Socket, peer: bool) -> W_Root:
    buf = raw_alloc(addr.ADDR_MAX + 8)
    try:
        raw_store_i32(buf, addr.ADDR_MAX, addr.ADDR_MAX)
        if peer:
            res = c_getpeername(s.fd, buf, buf + addr.ADDR_MAX)
        else:
            res = c_getsockname(s.fd, buf, buf + addr.ADDR_MAX)
        if res < 0:
            raise errors.last_socket_error(space)
        return addr.app_from_sockaddr(space, buf, raw_load_i32(buf, addr.ADDR_MAX))
    finally:
        raw_free(buf)


def sock_getsockname(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return name_of(space, as_socket(space, w_self), False)


def sock_getpeername(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return name_of(space, as_socket(space, w_self), True)


def sock_setsockopt(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    s = as_socket(space, args_w[0])
    w_level, w_opt, w_value = args_w[1], args_w[2], args_w[3]
    assert w_level is not None and w_opt is not None and w_value is not None
    if space.isinstance_w(w_value, space.w_str):
        data = space.str_w(w_value)
    else:
        v = space.int_w(w_value)
        data = chr(v & 0xFF) + chr((v >> 8) & 0xFF) + chr((v >> 16) & 0xFF) + chr((v >> 24) & 0xFF)
    buf = raw_alloc(len(data) + 1)
    try:
        raw_str_to_mem(data, buf, 0)
        res = c_setsockopt(s.fd, space.int_w(w_level), space.int_w(w_opt), buf, len(data))
    finally:
        raw_free(buf)
    if res < 0:
        raise errors.last_socket_error(space)
    return space.w_None


def sock_getsockopt(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    s = as_socket(space, args_w[0])
    w_level, w_opt, w_buflen = args_w[1], args_w[2], args_w[3]
    assert w_level is not None and w_opt is not None
    level = c_int_w(space, w_level)     # all converted first, as 2.7's "ii|i"
    opt = c_int_w(space, w_opt)
    buflen = 4 if w_buflen is None else c_int_w(space, w_buflen)
    if buflen <= 0 or buflen > 1024:
        raise errors.socket_error_msg(space, "getsockopt buflen out of range")
    buf = raw_alloc(buflen + 8)
    try:
        raw_store_i32(buf, buflen, buflen)
        if c_getsockopt(s.fd, level, opt, buf, buf + buflen) < 0:
            raise errors.last_socket_error(space)
        if w_buflen is None:
            return space.newint(raw_load_i32(buf, 0))
        return space.newstr(raw_mem_to_str(buf, raw_load_i32(buf, buflen)))
    finally:
        raw_free(buf)


def timeout_arg(space: "ObjSpace", w_timeout: W_Root) -> float:
    if space.is_w(w_timeout, space.w_None):
        return -1.0
    t = space.float_w(w_timeout)
    if t < 0.0:
        raise space.value_error("Timeout value out of range")
    return t


def timeout_w(space: "ObjSpace", t: float) -> W_Root:
    return space.w_None if t < 0.0 else space.newfloat(t)


def sock_settimeout(space: "ObjSpace", w_self: W_Root, w_timeout: W_Root) -> W_Root:
    apply_timeout(as_socket(space, w_self), timeout_arg(space, w_timeout))
    return space.w_None


def sock_gettimeout(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return timeout_w(space, as_socket(space, w_self).timeout)


def sock_setblocking(space: "ObjSpace", w_self: W_Root, w_flag: W_Root) -> W_Root:
    apply_timeout(as_socket(space, w_self), -1.0 if space.is_true(w_flag) else 0.0)
    return space.w_None


def sock_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = as_socket(space, w_self)
    return space.newstr("<socket object, fd=%d, family=%d, type=%d, protocol=%d>"
                        % (s.fd, s.family, s.type, s.proto))


def get_family(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(as_socket(space, w_self).family)


def get_type(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(as_socket(space, w_self).type)


def get_proto(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(as_socket(space, w_self).proto)


def get_timeout(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return timeout_w(space, as_socket(space, w_self).timeout)


def make_socket_type(space: "ObjSpace") -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin1, Builtin2, BuiltinArgs, BuiltinOpt
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {
        "__init__": BuiltinArgs("__init__", sock_init, method=True),
        "fileno": Builtin1("fileno", sock_fileno, method=True),
        "close": Builtin1("close", sock_close, method=True),
        "dup": Builtin1("dup", sock_dup, method=True),
        "bind": Builtin2("bind", sock_bind, method=True),
        "connect": Builtin2("connect", sock_connect, method=True),
        "connect_ex": Builtin2("connect_ex", sock_connect_ex, method=True),
        "listen": Builtin2("listen", sock_listen, method=True),
        "accept": Builtin1("accept", sock_accept, method=True),
        "send": BuiltinOpt("send", sock_send, 2, 3, method=True),
        "sendall": BuiltinOpt("sendall", sock_sendall, 2, 3, method=True),
        "sendto": BuiltinOpt("sendto", sock_sendto, 3, 4, method=True),
        "recv": BuiltinOpt("recv", sock_recv, 2, 3, method=True),
        "recvfrom": BuiltinOpt("recvfrom", sock_recvfrom, 2, 3, method=True),
        "shutdown": Builtin2("shutdown", sock_shutdown, method=True),
        "getsockname": Builtin1("getsockname", sock_getsockname, method=True),
        "getpeername": Builtin1("getpeername", sock_getpeername, method=True),
        "setsockopt": BuiltinOpt("setsockopt", sock_setsockopt, 4, 4, method=True),
        "getsockopt": BuiltinOpt("getsockopt", sock_getsockopt, 3, 4, method=True),
        "settimeout": Builtin2("settimeout", sock_settimeout, method=True),
        "gettimeout": Builtin1("gettimeout", sock_gettimeout, method=True),
        "setblocking": Builtin2("setblocking", sock_setblocking, method=True),
        "__repr__": Builtin1("__repr__", sock_repr, method=True),
        "family": W_GetSetProperty("family", get_family, doc="the socket family"),
        "type": W_GetSetProperty("type", get_type, doc="the socket type"),
        "proto": W_GetSetProperty("proto", get_proto, doc="the socket protocol"),
        "timeout": W_GetSetProperty("timeout", get_timeout, doc="the socket timeout"),
        "__module__": space.newstr("_socket"),
    }
    return W_TypeObject("socket", [space.w_object], dict_w, new_fn=socket_new)
