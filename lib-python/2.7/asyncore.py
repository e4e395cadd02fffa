# -*- Mode: Python -*-
"""Basic infrastructure for asynchronous socket service clients and
servers.

A program runs one loop() over a map of channels (file descriptor ->
dispatcher).  Each dispatcher wraps a non-blocking socket and says,
through readable() and writable(), which events it waits for; the loop
selects (or polls) and calls the dispatcher's handle_* methods when its
socket is ready.  Subclasses override those handlers.
"""

import os
import select
import socket
import sys
import time
import warnings
from errno import EALREADY, EINPROGRESS, EWOULDBLOCK, ECONNRESET, EINVAL, \
    ENOTCONN, ESHUTDOWN, EINTR, EISCONN, EBADF, ECONNABORTED, EPIPE, \
    EAGAIN, errorcode

# errors meaning the peer is gone: the channel gets handle_close()
_DISCONNECTED = frozenset((ECONNRESET, ENOTCONN, ESHUTDOWN, ECONNABORTED,
                           EPIPE, EBADF))

# the default channel map; a reload of the module keeps it
socket_map = globals().get('socket_map', {})


def _strerror(err):
    """The message of errno ERR, or its name when strerror fails."""
    try:
        text = os.strerror(err)
    except (ValueError, OverflowError, NameError):
        text = None
    return text or errorcode.get(err, "Unknown error %s" % err)


class ExitNow(Exception):
    """Raised by a handler to leave the loop: not caught by handle_error."""


_reraised_exceptions = (ExitNow, KeyboardInterrupt, SystemExit)


def _call_handler(obj, method):
    # a handler's exception goes to the channel's handle_error, except
    # those that are meant to stop the program
    try:
        getattr(obj, method)()
    except _reraised_exceptions:
        raise
    except:
        obj.handle_error()


def read(obj):
    _call_handler(obj, 'handle_read_event')


def write(obj):
    _call_handler(obj, 'handle_write_event')


def _exception(obj):
    _call_handler(obj, 'handle_expt_event')


_POLL_HANDLERS = [(getattr(select, 'POLLIN', 1), 'handle_read_event'),
                  (getattr(select, 'POLLOUT', 4), 'handle_write_event'),
                  (getattr(select, 'POLLPRI', 2), 'handle_expt_event'),
                  (getattr(select, 'POLLHUP', 16) | getattr(select, 'POLLERR', 8)
                   | getattr(select, 'POLLNVAL', 32), 'handle_close')]


def readwrite(obj, flags):
    """Dispatch the poll() FLAGS of OBJ's descriptor to its handlers."""
    try:
        for mask, handler in _POLL_HANDLERS:
            if flags & mask:
                getattr(obj, handler)()
    except socket.error as e:
        if e.args[0] in _DISCONNECTED:
            obj.handle_close()
        else:
            obj.handle_error()
    except _reraised_exceptions:
        raise
    except:
        obj.handle_error()


def poll(timeout=0.0, map=None):
    """One round of select() over MAP's channels."""
    if map is None:
        map = socket_map
    if not map:
        return
    readers, writers, errs = [], [], []
    for fd, obj in map.items():
        wants_read = obj.readable()
        # a listening socket is never writable
        wants_write = obj.writable() and not obj.accepting
        if wants_read:
            readers.append(fd)
        if wants_write:
            writers.append(fd)
        if wants_read or wants_write:
            errs.append(fd)
    if not (readers or writers or errs):
        time.sleep(timeout)
        return
    try:
        readers, writers, errs = select.select(readers, writers, errs, timeout)
    except select.error as err:
        if err.args[0] != EINTR:
            raise
        return
    for ready, handler in ((readers, read), (writers, write),
                           (errs, _exception)):
        for fd in ready:
            obj = map.get(fd)
            if obj is not None:
                handler(obj)


def _poll_mask(obj):
    """The poll() events OBJ waits for (errors are always reported)."""
    mask = 0
    if obj.readable():
        mask = select.POLLIN | select.POLLPRI
    if obj.writable() and not obj.accepting:
        mask = mask | select.POLLOUT
    if not mask:
        return 0
    return mask | select.POLLERR | select.POLLHUP | select.POLLNVAL


def poll2(timeout=0.0, map=None):
    """One round of poll() over MAP's channels (TIMEOUT in seconds)."""
    if map is None:
        map = socket_map
    if timeout is not None:
        timeout = int(timeout * 1000)
    pollster = select.poll()
    for fd, obj in (map or {}).items():
        wanted = _poll_mask(obj)
        if wanted:
            pollster.register(fd, wanted)
    try:
        events = pollster.poll(timeout)
    except select.error as err:
        if err.args[0] != EINTR:
            raise
        events = []
    for fd, flags in events:
        obj = map.get(fd)
        if obj is not None:
            readwrite(obj, flags)


poll3 = poll2       # an old alias


def loop(timeout=30.0, use_poll=False, map=None, count=None):
    """Serve MAP's channels until none is left, or for COUNT rounds."""
    if map is None:
        map = socket_map
    one_round = poll2 if (use_poll and hasattr(select, 'poll')) else poll
    rounds = 0
    while map and (count is None or rounds < count):
        one_round(timeout, map)
        rounds += 1


def _unhandled(event):
    def handler(self):
        self.log_info('unhandled %s event' % event, 'warning')
    handler.__name__ = 'handle_' + event.split()[-1]
    return handler


class dispatcher:
    """A channel: a non-blocking socket and the handlers of its events."""

    # log_info() stays silent for these
    ignore_log_types = frozenset(['warning'])
    addr = None
    debug = connected = accepting = connecting = closing = False

    def __init__(self, sock=None, map=None):
        self._map = socket_map if map is None else map
        self._fileno = None
        if not sock:
            self.socket = None
            return
        # an accepted or otherwise connected socket
        sock.setblocking(0)
        self.set_socket(sock, map)
        self.connected = True
        try:
            self.addr = sock.getpeername()
        except socket.error as err:
            if err.args[0] not in (ENOTCONN, EINVAL):
                # not a socket we can use
                self.del_channel(map)
                raise
            # e.g. a listening socket: not connected to anything
            self.connected = False

    def __repr__(self):
        cls = self.__class__
        words = [cls.__module__ + "." + cls.__name__]
        if self.accepting and self.addr:
            words.append('listening')
        elif self.connected:
            words.append('connected')
        if self.addr is not None:
            try:
                words.append('%s:%d' % self.addr)
            except TypeError:
                words.append(repr(self.addr))
        return '<%s at %#x>' % (' '.join(words), id(self))

    __str__ = __repr__

    # --- its entry in the channel map ---

    def add_channel(self, map=None):
        """Enter this channel in MAP (by default its own)."""
        (self._map if map is None else map)[self._fileno] = self

    def del_channel(self, map=None):
        """Take this channel out of MAP (by default its own)."""
        (self._map if map is None else map).pop(self._fileno, None)
        self._fileno = None

    def create_socket(self, family, type):
        """Create this channel's socket (non-blocking) and register it."""
        self.family_and_type = family, type
        new = socket.socket(family, type)
        new.setblocking(0)
        self.set_socket(new)

    def set_socket(self, sock, map=None):
        """Make SOCK this channel's socket and register it in MAP."""
        self.socket = sock
        self._fileno = sock.fileno()
        self.add_channel(map)

    def set_reuse_addr(self):
        """Let a server bind its address again at once after a restart."""
        try:
            current = self.socket.getsockopt(socket.SOL_SOCKET,
                                             socket.SO_REUSEADDR)
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR,
                                   current | 1)
        except socket.error:
            pass

    # --- what the loop asks; override to wait for fewer events ---

    def readable(self):
        """Whether the loop should wait for input on this channel."""
        return True

    def writable(self):
        """Whether the loop should wait until this channel can write."""
        return True

    # --- socket operations ---

    def bind(self, addr):
        """Bind the socket to ADDR (and remember it)."""
        self.addr = addr
        return self.socket.bind(addr)

    def listen(self, num):
        """Listen, with a backlog of NUM: the channel now accepts."""
        self.accepting = True
        if os.name == 'nt':
            num = min(num, 5)
        return self.socket.listen(num)

    def connect(self, address):
        """Start connecting to ADDRESS; handle_connect() follows once the
        connection is made."""
        self.connected = False
        self.connecting = True
        err = self.socket.connect_ex(address)
        if err in (EINPROGRESS, EALREADY, EWOULDBLOCK) or \
                (err == EINVAL and os.name in ('nt', 'ce')):
            # under way
            self.addr = address
            return
        if err not in (0, EISCONN):
            raise socket.error(err, errorcode[err])
        self.addr = address
        self.handle_connect_event()

    def accept(self):
        """(conn, address), or None when there was nothing to accept after
        all (another process took it, or the client gave up)."""
        try:
            return self.socket.accept()
        except TypeError:
            return None
        except socket.error as why:
            if why.args[0] in (EWOULDBLOCK, ECONNABORTED, EAGAIN):
                return None
            raise

    def send(self, data):
        """Send what the socket takes now: the number of bytes sent."""
        try:
            return self.socket.send(data)
        except socket.error as why:
            if why.args[0] == EWOULDBLOCK:
                return 0
            if why.args[0] in _DISCONNECTED:
                self.handle_close()
                return 0
            raise

    def recv(self, buffer_size):
        """Receive up to BUFFER_SIZE bytes; '' (after handle_close) when
        the peer has closed the connection."""
        try:
            data = self.socket.recv(buffer_size)
        except socket.error as why:
            if why.args[0] in _DISCONNECTED:
                self.handle_close()
                return ''
            raise
        if not data:
            self.handle_close()
            return ''
        return data

    def close(self):
        self.connected = self.accepting = self.connecting = False
        self.del_channel()
        try:
            self.socket.close()
        except socket.error as why:
            if why.args[0] not in (ENOTCONN, EBADF):
                raise

    def __getattr__(self, attr):
        # other attributes come from the socket (deprecated)
        try:
            value = getattr(self.socket, attr)
        except AttributeError:
            raise AttributeError("%s instance has no attribute '%s'"
                                 % (self.__class__.__name__, attr))
        name = self.__class__.__name__
        warnings.warn("%s.%s is deprecated. Use %s.socket.%s instead."
                      % (name, attr, name, attr),
                      DeprecationWarning, stacklevel=2)
        return value

    # --- logging ---

    def log(self, message):
        """Write MESSAGE to stderr."""
        sys.stderr.write('log: %s\n' % str(message))

    def log_info(self, message, type='info'):
        """Print MESSAGE unless its TYPE is in ignore_log_types."""
        if type in self.ignore_log_types:
            return
        print '%s: %s' % (type, message)

    # --- from events to handlers ---

    def handle_read_event(self):
        """The socket is readable: accept, finish connecting, or read."""
        if self.accepting:
            # a listening socket is readable when a client waits
            self.handle_accept()
            return
        if not self.connected and self.connecting:
            self.handle_connect_event()
        self.handle_read()

    def _pending_error(self):
        return self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)

    def handle_connect_event(self):
        """A connection attempt ended: handle_connect(), or the error."""
        err = self._pending_error()
        if err:
            raise socket.error(err, _strerror(err))
        self.handle_connect()
        self.connected, self.connecting = True, False

    def handle_write_event(self):
        """The socket is writable: finish connecting, then write."""
        if self.accepting:
            # listening sockets do not write; ignore the event
            return
        if not self.connected and self.connecting:
            self.handle_connect_event()
        self.handle_write()

    def handle_expt_event(self):
        # a pending socket error shows as an exceptional condition too
        if self._pending_error():
            self.handle_close()
        else:
            self.handle_expt()

    def handle_error(self):
        """A handler raised: log the exception and close the channel."""
        t, v, tbinfo = compact_traceback()[1:]
        try:
            self_repr = repr(self)
        except:
            self_repr = '<__repr__(self) failed for object at %0x>' % id(self)
        self.log_info('uncaptured python exception, closing channel %s '
                      '(%s:%s %s)' % (self_repr, t, v, tbinfo), 'error')
        self.handle_close()

    # --- the handlers; the defaults only complain ---

    handle_expt = _unhandled('incoming priority')
    handle_read = _unhandled('read')
    handle_write = _unhandled('write')
    handle_connect = _unhandled('connect')
    handle_accept = _unhandled('accept')

    def handle_close(self):
        self.log_info('unhandled close event', 'warning')
        self.close()


class dispatcher_with_send(dispatcher):
    """A dispatcher whose send() buffers: the data goes out, 512 bytes at
    a time, as the socket becomes writable."""

    def __init__(self, sock=None, map=None):
        dispatcher.__init__(self, sock, map)
        self.out_buffer = ''

    def initiate_send(self):
        sent = dispatcher.send(self, self.out_buffer[:512])
        self.out_buffer = self.out_buffer[sent:]

    def writable(self):
        """Until connected, and then while data waits to be sent."""
        return (not self.connected) or len(self.out_buffer)

    def handle_write(self):
        self.initiate_send()

    def send(self, data):
        """Queue DATA and send what the socket takes now."""
        if self.debug:
            self.log_info('sending %s' % repr(data))
        self.out_buffer += data
        self.initiate_send()


def compact_traceback():
    """((file, function, line), type, value, info) of the exception being
    handled, where info lists every frame as [file|function|line]."""
    t, v, tb = sys.exc_info()
    if not tb:
        raise AssertionError("traceback does not exist")
    frames = []
    while tb:
        code = tb.tb_frame.f_code
        frames.append((code.co_filename, code.co_name, str(tb.tb_lineno)))
        tb = tb.tb_next
    info = ' '.join(['[%s|%s|%s]' % frame for frame in frames])
    return frames[-1], t, v, info


def close_all(map=None, ignore_all=False):
    """Close every channel of MAP and empty it."""
    if map is None:
        map = socket_map
    for channel in map.values():
        try:
            channel.close()
        except _reraised_exceptions:
            raise
        except Exception as err:
            # a descriptor closed behind our back is fine
            already_closed = isinstance(err, OSError) and err.args[0] == EBADF
            if not (already_closed or ignore_all):
                raise
    map.clear()


# Unix only: a dispatcher over any file descriptor (a pipe, a tty...)
if os.name == 'posix':
    import fcntl

    class file_wrapper:
        """Just what dispatcher needs of a socket, over a duplicate of a
        file descriptor (closing it leaves the original open)."""

        def __init__(self, fd):
            self.fd = os.dup(fd)

        def fileno(self):
            return self.fd

        def close(self):
            # -1 first: a failing close must not be retried on another
            # file that reuses the number
            fd, self.fd = self.fd, -1
            if fd >= 0:
                os.close(fd)

        def recv(self, *args):
            """os.read of the descriptor."""
            return os.read(self.fd, *args)
        read = recv

        def send(self, *args):
            """os.write of the descriptor."""
            return os.write(self.fd, *args)
        write = send

        def getsockopt(self, level, optname, buflen=None):
            """Only SO_ERROR, always 0: what the dispatcher asks."""
            if (level, optname) == (socket.SOL_SOCKET, socket.SO_ERROR) \
                    and not buflen:
                return 0
            raise NotImplementedError("Only asyncore specific behaviour "
                                      "implemented.")

    class file_dispatcher(dispatcher):
        """A dispatcher reading and writing a file descriptor (or a file
        object's), made non-blocking."""

        def __init__(self, fd, map=None):
            dispatcher.__init__(self, None, map)
            self.connected = True
            if hasattr(fd, 'fileno'):
                fd = fd.fileno()
            self.set_file(fd)
            flags = fcntl.fcntl(fd, fcntl.F_GETFL, 0)
            fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)

        def set_file(self, fd):
            self.socket = file_wrapper(fd)
            self._fileno = self.socket.fileno()
            self.add_channel()
