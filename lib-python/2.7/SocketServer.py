"""A framework for network servers.

A server class (TCPServer, UDPServer, UnixStreamServer,
UnixDatagramServer) accepts requests; for each one it instantiates the
request handler class given to it, whose handle() method does the work.
ForkingMixIn and ThreadingMixIn, mixed in before the server class, serve
each request in a child process or a thread.

    class Echo(StreamRequestHandler):
        def handle(self):
            self.wfile.write(self.rfile.readline())

    server = TCPServer(('localhost', 0), Echo)
    server.serve_forever()
"""

__version__ = "0.4"

import errno
import os
import select
import socket
import sys

try:
    import threading
except ImportError:
    import dummy_threading as threading

__all__ = ["TCPServer", "UDPServer", "ForkingUDPServer", "ForkingTCPServer",
           "ThreadingUDPServer", "ThreadingTCPServer", "BaseRequestHandler",
           "StreamRequestHandler", "DatagramRequestHandler",
           "ThreadingMixIn", "ForkingMixIn"]
if hasattr(socket, "AF_UNIX"):
    __all__.extend(["UnixStreamServer", "UnixDatagramServer",
                    "ThreadingUnixStreamServer", "ThreadingUnixDatagramServer"])


def _retry_on_eintr(call, *args):
    """call(*args), repeated while it is interrupted by a signal."""
    while True:
        try:
            return call(*args)
        except (OSError, select.error) as e:
            if e.args[0] != errno.EINTR:
                raise


class BaseServer:
    """What every server does: the request loop, timeouts, shutdown and
    error reporting.  Subclasses provide the socket operations
    (get_request, server_activate, ...)."""

    timeout = None      # for handle_request(); None waits forever

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__is_shut_down = threading.Event()
        self.__shutdown_request = False

    def server_activate(self):
        """Called by the constructor to start listening."""
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown(), checking for it every
        poll_interval seconds."""
        self.__is_shut_down.clear()
        try:
            while not self.__shutdown_request:
                ready = _retry_on_eintr(select.select, [self], [], [], poll_interval)[0]
                if self in ready:
                    self._handle_request_noblock()
        finally:
            self.__shutdown_request = False
            self.__is_shut_down.set()

    def shutdown(self):
        """Stop serve_forever() and wait until it has; must be called from
        another thread than the one serving."""
        self.__shutdown_request = True
        self.__is_shut_down.wait()

    def handle_request(self):
        """Handle one request, waiting at most self.timeout (or the
        socket's timeout if smaller); handle_timeout() if none comes."""
        timeout = self.socket.gettimeout()
        if timeout is None:
            timeout = self.timeout
        elif self.timeout is not None:
            timeout = min(timeout, self.timeout)
        ready = _retry_on_eintr(select.select, [self], [], [], timeout)[0]
        if not ready:
            self.handle_timeout()
            return
        self._handle_request_noblock()

    def _handle_request_noblock(self):
        try:
            request, client_address = self.get_request()
        except socket.error:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except:
            self.handle_error(request, client_address)
            self.shutdown_request(request)

    def handle_timeout(self):
        """Called when handle_request() times out."""
        pass

    def verify_request(self, request, client_address):
        """Return False to refuse a request."""
        return True

    def process_request(self, request, client_address):
        """Serve the request (the mix-ins do it in another process or
        thread)."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        """Clean up the server."""
        pass

    def finish_request(self, request, client_address):
        """Serve the request by instantiating the handler class."""
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        """End a request."""
        self.close_request(request)

    def close_request(self, request):
        """Clean up a request."""
        pass

    def handle_error(self, request, client_address):
        """Report an exception raised while serving (the request goes on
        being served)."""
        import traceback
        print '-' * 40
        print 'Exception happened during processing of request from',
        print client_address
        traceback.print_exc()
        print '-' * 40


class TCPServer(BaseServer):
    """A server on a stream socket (TCP by default)."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if not bind_and_activate:
            return
        ok = False
        try:
            self.server_bind()
            self.server_activate()
            ok = True
        finally:
            if not ok:
                self.server_close()

    def server_bind(self):
        """Bind the socket to server_address (updated with the real port)."""
        if self.allow_reuse_address:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        """The socket's descriptor (servers can be passed to select)."""
        return self.socket.fileno()

    def get_request(self):
        """Accept a connection: (socket, client address)."""
        return self.socket.accept()

    def shutdown_request(self, request):
        try:
            # tell the client explicitly that we are done
            request.shutdown(socket.SHUT_WR)
        except socket.error:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server on a datagram socket: each request is one datagram."""

    socket_type = socket.SOCK_DGRAM
    allow_reuse_address = False
    max_packet_size = 8192

    def get_request(self):
        # the request is the datagram and the socket to answer on
        packet, sender = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), sender

    def server_activate(self):
        pass        # datagram sockets do not listen

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass        # the socket is the server's


class ForkingMixIn:
    """Serve each request in a child process (reaped as they finish, at
    most max_children at a time)."""

    timeout = 300
    active_children = None
    max_children = 40

    def collect_children(self):
        """Reap finished children; wait while there are too many."""
        children = self.active_children
        if children is None:
            return
        # block while at the limit
        while len(children) >= self.max_children:
            try:
                children.discard(os.waitpid(-1, 0)[0])
            except OSError as e:
                if e.errno == errno.ECHILD:
                    children.clear()
                elif e.errno != errno.EINTR:
                    break
        for pid in list(self.active_children):
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
                if done:
                    self.active_children.discard(done)
            except OSError as e:
                if e.errno == errno.ECHILD:
                    self.active_children.discard(pid)

    def handle_timeout(self):
        self.collect_children()

    def process_request(self, request, client_address):
        self.collect_children()
        child = os.fork()
        if child:
            self.active_children = (self.active_children or set()) | set([child])
            self.close_request(request)
            return
        # the child serves and exits without returning to the loop
        status = 1
        try:
            self.finish_request(request, client_address)
            status = 0
        except:
            try:
                self.handle_error(request, client_address)
            except:
                pass
        finally:
            try:
                self.shutdown_request(request)
            finally:
                os._exit(status)


class ThreadingMixIn:
    """Serve each request in a new thread."""

    daemon_threads = False      # whether the threads may outlive the server

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        worker.start()


class ForkingUDPServer(ForkingMixIn, UDPServer):
    pass


class ForkingTCPServer(ForkingMixIn, TCPServer):
    pass


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


if hasattr(socket, 'AF_UNIX'):

    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass


class BaseRequestHandler:
    """Serves one request: the constructor calls setup(), handle() and
    finish(); self.request, self.client_address and self.server are set."""

    def __init__(self, request, client_address, server):
        self.server = server
        self.client_address = client_address
        self.request = request
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    # the three steps; subclasses override what they need
    def setup(self):
        return None

    def handle(self):
        return None

    def finish(self):
        return None


class StreamRequestHandler(BaseRequestHandler):
    """A handler for stream requests: self.rfile and self.wfile are file
    objects over the connection."""

    rbufsize = -1       # buffered reads
    wbufsize = 0        # unbuffered writes
    timeout = None      # a timeout for the connection socket
    disable_nagle_algorithm = False

    def setup(self):
        conn = self.connection = self.request
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        self.wfile = conn.makefile('wb', self.wbufsize)
        self.rfile = conn.makefile('rb', self.rbufsize)

    def finish(self):
        try:
            if not self.wfile.closed:
                self.wfile.flush()
        except socket.error:
            pass            # the client went away
        for f in (self.wfile, self.rfile):
            f.close()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler for datagram requests: self.rfile holds the datagram and
    what is written to self.wfile is sent back as the reply."""

    def setup(self):
        from StringIO import StringIO
        self.packet, self.socket = self.request
        self.wfile = StringIO()
        self.rfile = StringIO(self.packet)

    def finish(self):
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
