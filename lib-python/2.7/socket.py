"""Network sockets: the _socket module's functions and constants, socket
objects with makefile(), create_connection() and getfqdn().

The file descriptor of a socket is shared by the socket object, its dup()s
and the file objects makefile() returns; it is closed when the last of them
is closed (CPython 2.7 gets this from reference counting; here the sharing
is counted explicitly, so it does not depend on when the GC runs)."""
import _socket
from _socket import *
import errno as _errno

EBADF = _errno.EBADF
EINTR = _errno.EINTR

__all__ = ["getfqdn", "create_connection"]
__all__.extend(name for name in dir(_socket) if not name.startswith("_"))

_realsocket = _socket.socket
_GLOBAL_DEFAULT_TIMEOUT = object()


def getfqdn(name=''):
    """Get fully qualified domain name from name (the local host when
    empty): the first of the host's names that contains a dot."""
    name = name.strip()
    if not name or name == '0.0.0.0':
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


class _Shared(object):
    """The real socket and how many objects still use its descriptor."""
    __slots__ = ["sock", "users"]

    def __init__(self, sock):
        self.sock = sock
        self.users = 1

    def acquire(self):
        self.users += 1
        return self

    def release(self):
        self.users -= 1
        if self.users == 0:
            self.sock.close()


def _bad_fd(*args):
    raise error(EBADF, 'Bad file descriptor')


class _closedsocket(object):
    __slots__ = []
    send = recv = recv_into = sendto = recvfrom = recvfrom_into = _bad_fd

    def __getattr__(self, name):
        return _bad_fd


_DELEGATED = ("bind", "connect", "connect_ex", "fileno", "listen", "getpeername", "getsockname",
              "getsockopt", "setsockopt", "sendall", "setblocking", "settimeout", "gettimeout",
              "shutdown")


class _socketobject(object):
    __doc__ = ("socket([family[, type[, proto]]]) -> socket object\n\n"
               "Open a socket of the given type.")

    __slots__ = ["_sock", "_shared", "send", "recv", "sendto", "recvfrom", "__weakref__"]

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, _sock=None, _shared=None):
        if _sock is None:
            _sock = _realsocket(family, type, proto)
        self._sock = _sock
        self._shared = _shared if _shared is not None else _Shared(_sock)
        self.send = _sock.send
        self.recv = _sock.recv
        self.sendto = _sock.sendto
        self.recvfrom = _sock.recvfrom

    def close(self):
        if self._shared is not None:
            self._shared.release()
            self._shared = None
        self._sock = _closedsocket()
        self.send = self.recv = self.sendto = self.recvfrom = _bad_fd

    def accept(self):
        sock, addr = self._sock.accept()
        return _socketobject(_sock=sock), addr

    def dup(self):
        """dup() -> socket object: another socket object on the same descriptor."""
        if self._shared is None:
            _bad_fd()
        return _socketobject(_sock=self._sock, _shared=self._shared.acquire())

    def makefile(self, mode='r', bufsize=-1):
        """makefile([mode[, bufsize]]) -> file object"""
        if self._shared is None:
            _bad_fd()
        return _fileobject(self._sock, mode, bufsize, _shared=self._shared.acquire())

    family = property(lambda self: self._sock.family, doc="the socket family")
    type = property(lambda self: self._sock.type, doc="the socket type")
    proto = property(lambda self: self._sock.proto, doc="the socket protocol")

    def __repr__(self):
        return repr(self._sock).replace("<socket object", "<socket._socketobject object", 1) \
            if not isinstance(self._sock, _closedsocket) else "<closed socket._socketobject>"


def _make_delegate(name):
    def method(self, *args):
        return getattr(self._sock, name)(*args)
    method.__name__ = name
    method.__doc__ = getattr(_realsocket, name).__doc__
    return method


for _name in _DELEGATED:
    setattr(_socketobject, _name, _make_delegate(_name))
del _name

socket = SocketType = _socketobject


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socket.socketpair(family, type, proto)
    return _socketobject(_sock=a), _socketobject(_sock=b)


def fromfd(fd, family, type, proto=0):
    return _socketobject(_sock=_socket.fromfd(fd, family, type, proto))


class _fileobject(object):
    """A buffered file on a socket (what makefile() returns)."""

    default_bufsize = 8192
    name = "<socket>"

    def __init__(self, sock, mode='rb', bufsize=-1, close=False, _shared=None):
        self._sock = sock
        self._shared = _shared
        self.mode = mode
        if bufsize < 0:
            bufsize = self.default_bufsize
        self.bufsize = bufsize
        self.softspace = False
        self._rbufsize = self.default_bufsize if bufsize in (0, 1) else bufsize
        self._wbufsize = bufsize
        self._rbuf = ""
        self._wbuf = []
        self._wbuf_len = 0
        self._close = close

    def _getclosed(self):
        return self._sock is None
    closed = property(_getclosed, doc="True if the file is closed")

    def close(self):
        try:
            if self._sock is not None:
                self.flush()
        finally:
            if self._sock is not None:
                if self._shared is not None:
                    self._shared.release()
                elif self._close:
                    self._sock.close()
            self._sock = None
            self._shared = None

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def flush(self):
        if self._wbuf:
            data = "".join(self._wbuf)
            self._wbuf = []
            self._wbuf_len = 0
            self._sock.sendall(data)

    def fileno(self):
        return self._sock.fileno()

    def write(self, data):
        data = str(data)
        if not data:
            return
        self._wbuf.append(data)
        self._wbuf_len += len(data)
        if (self._wbufsize == 0 or (self._wbufsize == 1 and '\n' in data)
                or self._wbuf_len >= self._wbufsize):
            self.flush()

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _recv(self, n):
        while True:
            try:
                return self._sock.recv(n)
            except error as e:
                if e.args[0] != EINTR:
                    raise

    def read(self, size=-1):
        if size < 0:
            chunks = [self._rbuf]
            self._rbuf = ""
            while True:
                data = self._recv(self._rbufsize)
                if not data:
                    break
                chunks.append(data)
            return "".join(chunks)
        while len(self._rbuf) < size:
            data = self._recv(max(self._rbufsize, size - len(self._rbuf)))
            if not data:
                break
            self._rbuf += data
        result, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return result

    def readline(self, size=-1):
        while True:
            end = self._rbuf.find('\n')
            if end >= 0:
                end += 1
                break
            if 0 <= size <= len(self._rbuf):
                end = size
                break
            data = self._recv(self._rbufsize if size < 0 else max(1, size - len(self._rbuf)))
            if not data:
                end = len(self._rbuf)
                break
            self._rbuf += data
        if 0 <= size < end:
            end = size
        line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return line

    def readlines(self, sizehint=0):
        total = 0
        lines = []
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if sizehint and total >= sizehint:
                break
        return lines

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    """Connect to address (host, port), trying every address getaddrinfo
    gives, and return the socket; the last error if none connects."""
    host, port = address
    err = None
    for family, socktype, proto, canonname, sockaddr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except error as e:
            err = e
            if sock is not None:
                sock.close()
    if err is not None:
        raise err
    raise error("getaddrinfo returns an empty list")
