"""Connections: message streams over a pair of file descriptors.

Every message is a 4-byte big-endian length followed by the payload; send()
and recv() carry pickled objects, send_bytes()/recv_bytes() raw strings.
"""

import errno
import os
import select
import socket
import struct
import time

try:
    import cPickle as pickle
except ImportError:
    import pickle

from multiprocessing import BufferTooShort, AuthenticationError

__all__ = ['Client', 'Listener', 'Pipe', 'Connection']

families = ['AF_INET', 'AF_UNIX']
_HEADER = struct.Struct('!i')


def _retry(call, *args):
    while True:
        try:
            return call(*args)
        except (OSError, IOError, select.error) as e:
            if e.args and e.args[0] == errno.EINTR:
                continue
            raise


class Connection(object):
    """One end of a pipe; readable and/or writable."""

    def __init__(self, fd, readable=True, writable=True):
        if not (readable or writable):
            raise ValueError('at least one of readable and writable must be True')
        self._fd = fd
        self._readable = readable
        self._writable = writable

    # -- state ----------------------------------------------------------------
    def _check(self, want_read=False, want_write=False):
        if self._fd is None:
            raise IOError('handle out of range in select()' if want_read
                          else 'handle is closed')
        if want_read and not self._readable:
            raise IOError('connection is write-only')
        if want_write and not self._writable:
            raise IOError('connection is read-only')

    closed = property(lambda self: self._fd is None)
    readable = property(lambda self: self._readable)
    writable = property(lambda self: self._writable)

    def fileno(self):
        self._check()
        return self._fd

    def close(self):
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- raw io ---------------------------------------------------------------
    def _write_all(self, data):
        # buffer(), not memoryview: os.write here takes str(memoryview).
        done = 0
        while done < len(data):
            done += _retry(os.write, self._fd, buffer(data, done))

    def _read_exact(self, size):
        parts = []
        while size > 0:
            chunk = _retry(os.read, self._fd, min(size, 1 << 20))
            if not chunk:
                raise EOFError
            parts.append(chunk)
            size -= len(chunk)
        return b''.join(parts)

    # -- messages -------------------------------------------------------------
    def send_bytes(self, buf, offset=0, size=None):
        self._check(want_write=True)
        data = memoryview(buf).tobytes()
        if offset < 0:
            raise ValueError('offset is negative')
        if offset > len(data):
            raise ValueError('buffer length < offset')
        if size is None:
            size = len(data) - offset
        elif size < 0:
            raise ValueError('size is negative')
        elif offset + size > len(data):
            raise ValueError('buffer length < offset + size')
        payload = data[offset:offset + size]
        self._write_all(_HEADER.pack(len(payload)) + payload)

    def recv_bytes(self, maxlength=None):
        self._check(want_read=True)
        if maxlength is not None and maxlength < 0:
            raise ValueError('negative maxlength')
        size = _HEADER.unpack(self._read_exact(4))[0]
        if maxlength is not None and size > maxlength:
            self.close()
            raise IOError('bad message length')
        return self._read_exact(size)

    def recv_bytes_into(self, buf, offset=0):
        self._check(want_read=True)
        data = self.recv_bytes()
        view = memoryview(buf)
        room = len(view) * view.itemsize if hasattr(view, 'itemsize') else len(view)
        if offset < 0 or offset > room:
            raise ValueError('offset out of bounds')
        if offset + len(data) > room:
            raise BufferTooShort(data)
        raw = memoryview(buf)
        if getattr(raw, 'format', 'B') != 'B' or raw.itemsize != 1:
            # Typed buffers (array.array and such): fill bytewise via a cast.
            import array
            if isinstance(buf, array.array):
                whole = buf.tostring()
                whole = whole[:offset] + data + whole[offset + len(data):]
                del buf[:]
                buf.fromstring(whole)
                return len(data)
        raw[offset:offset + len(data)] = data
        return len(data)

    def send(self, obj):
        self._check(want_write=True)
        self.send_bytes(pickle.dumps(obj, pickle.HIGHEST_PROTOCOL))

    def recv(self):
        return pickle.loads(self.recv_bytes())

    def poll(self, timeout=0.0):
        """True if data (or EOF) is waiting; None timeout waits forever."""
        self._check(want_read=True)
        if timeout is None:
            r = _retry(select.select, [self._fd], [], [])[0]
        else:
            deadline = time.time() + max(timeout, 0)
            while True:
                try:
                    r = select.select([self._fd], [], [],
                                      max(deadline - time.time(), 0))[0]
                    break
                except select.error as e:
                    if e.args[0] != errno.EINTR:
                        raise
        return bool(r)


def _own_fd(sock):
    fd = os.dup(sock.fileno())
    sock.close()
    return fd


def Pipe(duplex=True):
    """A pair of connected Connections: (reader, writer) when not duplex."""
    if duplex:
        a, b = socket.socketpair()
        return Connection(_own_fd(a)), Connection(_own_fd(b))
    r, w = os.pipe()
    return (Connection(r, writable=False), Connection(w, readable=False))


# -- listeners and clients (sockets; authentication by shared key) -----------

def _family_of(address):
    if isinstance(address, tuple):
        return 'AF_INET'
    return 'AF_UNIX'


class Listener(object):
    """Accepts Connections on a socket address."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        family = family or (address and _family_of(address)) or 'AF_INET'
        if address is None:
            if family == 'AF_INET':
                address = ('localhost', 0)
            else:
                import tempfile
                address = tempfile.mktemp(prefix='listener-')
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError('authkey should be a byte string')
        self._authkey = authkey
        self._family = family
        self._socket = socket.socket(getattr(socket, family))
        if family == 'AF_INET':
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(address)
        self._socket.listen(backlog)
        self._address = self._socket.getsockname()
        self._unlink = address if family == 'AF_UNIX' else None

    address = property(lambda self: self._address)
    last_accepted = None

    def accept(self):
        s, self.last_accepted = self._socket.accept()
        c = Connection(_own_fd(s))
        if self._authkey:
            _answer_challenge(c, self._authkey, server=True)
        return c

    def close(self):
        self._socket.close()
        if self._unlink:
            try:
                os.unlink(self._unlink)
            except OSError:
                pass
            self._unlink = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Client(address, family=None, authkey=None):
    family = family or _family_of(address)
    s = socket.socket(getattr(socket, family))
    s.connect(address)
    c = Connection(_own_fd(s))
    if authkey is not None:
        _answer_challenge(c, authkey, server=False)
    return c


def _answer_challenge(conn, authkey, server):
    # Each side proves it knows the key by an HMAC over a random challenge.
    import hmac
    if server:
        message = os.urandom(20)
        conn.send_bytes(message)
        digest = hmac.new(authkey, message).digest()
        if conn.recv_bytes(256) != digest:
            conn.send_bytes(b'#FAILURE#')
            raise AuthenticationError('digest received was wrong')
        conn.send_bytes(b'#WELCOME#')
    else:
        message = conn.recv_bytes(256)
        conn.send_bytes(hmac.new(authkey, message).digest())
        if conn.recv_bytes(256) != b'#WELCOME#':
            raise AuthenticationError('digest sent was rejected')
