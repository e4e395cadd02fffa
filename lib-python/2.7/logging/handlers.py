"""Extra handlers for the logging package.

Present here: size-based rotation (RotatingFileHandler), reopening after an
external rename (WatchedFileHandler), the in-memory buffers
(BufferingHandler, MemoryHandler) and pickled records over TCP or UDP
(SocketHandler, DatagramHandler).  Syslog, SMTP, HTTP and timed rotation
handlers are not provided yet; the port constants are."""

import logging

# Well-known ports, as published by 2.7's logging.handlers.
DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_SECONDS_PER_DAY = 86400


def _drop_stream(handler):
    """Close the handler's open stream, if any, and forget it."""
    stream = handler.stream
    handler.stream = None
    if stream:
        stream.close()


class BaseRotatingHandler(logging.FileHandler):
    """File handler that can switch to a fresh file before a record is
    written.  Subclasses supply shouldRollover(record) and doRollover()."""

    def __init__(self, filename, mode, encoding=None, delay=0):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)
        self.encoding = encoding
        self.mode = mode

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls the log over once it would reach maxBytes: the current file
    becomes NAME.1, NAME.1 becomes NAME.2 and so on, keeping at most
    backupCount old files.  maxBytes == 0 never rolls over."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=0):
        # Truncating on open would throw away what rotation is meant to keep.
        open_mode = 'a' if maxBytes > 0 else mode
        BaseRotatingHandler.__init__(self, filename, open_mode, encoding, delay)
        self.backupCount = backupCount
        self.maxBytes = maxBytes

    def _backup_name(self, n):
        return "%s.%d" % (self.baseFilename, n)

    def doRollover(self):
        import os
        _drop_stream(self)
        count = self.backupCount
        if count > 0:
            # Shift the oldest first so nothing is overwritten on the way.
            n = count - 1
            while n >= 1:
                older, newer = self._backup_name(n), self._backup_name(n + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
                n -= 1
            first = self._backup_name(1)
            if os.path.exists(first):
                os.remove(first)
            if os.path.exists(self.baseFilename):
                os.rename(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """1 if appending this record would reach maxBytes, else 0."""
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return 0
        text = "%s\n" % self.format(record)
        self.stream.seek(0, 2)
        return 1 if self.stream.tell() + len(text) >= self.maxBytes else 0


class WatchedFileHandler(logging.FileHandler):
    """File handler that notices when its file was moved or removed
    behind its back (device/inode changed) and opens the path afresh."""

    def __init__(self, filename, mode='a', encoding=None, delay=0):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)
        self.dev = -1
        self.ino = -1
        self._statstream()

    def _statstream(self):
        if not self.stream:
            return
        import os
        info = os.fstat(self.stream.fileno())
        self.dev = info.st_dev
        self.ino = info.st_ino

    def _path_moved(self):
        import os
        try:
            info = os.stat(self.baseFilename)
        except OSError:
            return True
        return info.st_dev != self.dev or info.st_ino != self.ino

    def emit(self, record):
        if self._path_moved() and self.stream is not None:
            self.stream.flush()
            _drop_stream(self)
            self.stream = self._open()
            self._statstream()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Collects records in the list self.buffer.  When shouldFlush(record)
    is true after a record is added, flush() runs; here flushing simply
    discards the buffer, subclasses send it somewhere."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.buffer = []
        self.capacity = capacity

    def shouldFlush(self, record):
        """True once the buffer holds capacity records."""
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer = []
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Holds records until the buffer is full or one at flushLevel or
    above arrives, then hands them all to the target handler."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None):
        BufferingHandler.__init__(self, capacity)
        self.target = target
        self.flushLevel = flushLevel

    def shouldFlush(self, record):
        if record.levelno >= self.flushLevel:
            return True
        return len(self.buffer) >= self.capacity

    def setTarget(self, target):
        self.target = target

    def flush(self):
        # Without a target the records stay buffered.
        self.acquire()
        try:
            target = self.target
            if target:
                pending = self.buffer
                for rec in pending:
                    target.handle(rec)
                self.buffer = []
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


class SocketHandler(logging.Handler):
    """Sends each record's attribute dict, pickled (protocol 1) after a
    4-byte big-endian length, over a TCP connection to (host, port) -- what
    a logging receiver unpickles into makeLogRecord().  A failed connect is
    retried no sooner than retryStart seconds later, the wait growing by
    retryFactor up to retryMax."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host = host
        self.port = port
        self.sock = None
        self.closeOnError = 0
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        import socket
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if hasattr(sock, 'settimeout'):
            sock.settimeout(timeout)
        sock.connect((self.host, self.port))
        return sock

    def createSocket(self):
        import socket
        import time
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return          # still backing off after the last failure
        try:
            self.sock = self.makeSocket()
            self.retryTime = None
        except socket.error:
            if self.retryTime is None:
                self.retryPeriod = self.retryStart
            else:
                self.retryPeriod = min(self.retryPeriod * self.retryFactor, self.retryMax)
            self.retryTime = now + self.retryPeriod

    def send(self, s):
        """Write the bytes s, connecting first if needed; on an error the
        connection is dropped (the next record reconnects)."""
        import socket
        if self.sock is None:
            self.createSocket()
        if self.sock:
            try:
                self.sock.sendall(s)
            except socket.error:
                self.sock.close()
                self.sock = None

    def makePickle(self, record):
        import cPickle
        import struct
        exc_info = record.exc_info
        if exc_info:
            # formatting caches the traceback text in record.exc_text; the
            # traceback objects themselves cannot be pickled
            self.format(record)
            record.exc_info = None
        state = dict(record.__dict__)
        state['msg'] = record.getMessage()
        state['args'] = None
        data = cPickle.dumps(state, 1)
        if exc_info:
            record.exc_info = exc_info
        return struct.pack(">L", len(data)) + data

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)

    def close(self):
        self.acquire()
        try:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
        finally:
            self.release()
        logging.Handler.close(self)


class DatagramHandler(SocketHandler):
    """SocketHandler over UDP: each pickled record is one datagram."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = 0

    def makeSocket(self):
        import socket
        return socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, (self.host, self.port))
