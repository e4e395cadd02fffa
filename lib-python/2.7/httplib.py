"""HTTP/1.1 client (2.7's `httplib`).

A connection goes through three states: idle, request started (putrequest
was called, headers may be added) and request sent (endheaders); then
getresponse() returns an HTTPResponse and the connection is idle again,
ready for the next request once the response has been read.

    conn = HTTPConnection('example.com')
    conn.request('GET', '/')
    resp = conn.getresponse()
    print resp.status, resp.reason, resp.read()
"""

import os
import re
import socket
from array import array
from urlparse import urlsplit

import mimetools

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

__all__ = ["HTTP", "HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "error", "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

# Connection states.
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

# Status codes: "code NAME Reason phrase"; each NAME becomes a module
# constant and each phrase an entry of `responses` ('-': no constant).
_STATUS_TABLE = """
100 CONTINUE Continue
101 SWITCHING_PROTOCOLS Switching Protocols
102 PROCESSING
200 OK OK
201 CREATED Created
202 ACCEPTED Accepted
203 NON_AUTHORITATIVE_INFORMATION Non-Authoritative Information
204 NO_CONTENT No Content
205 RESET_CONTENT Reset Content
206 PARTIAL_CONTENT Partial Content
207 MULTI_STATUS
226 IM_USED
300 MULTIPLE_CHOICES Multiple Choices
301 MOVED_PERMANENTLY Moved Permanently
302 FOUND Found
303 SEE_OTHER See Other
304 NOT_MODIFIED Not Modified
305 USE_PROXY Use Proxy
306 - (Unused)
307 TEMPORARY_REDIRECT Temporary Redirect
400 BAD_REQUEST Bad Request
401 UNAUTHORIZED Unauthorized
402 PAYMENT_REQUIRED Payment Required
403 FORBIDDEN Forbidden
404 NOT_FOUND Not Found
405 METHOD_NOT_ALLOWED Method Not Allowed
406 NOT_ACCEPTABLE Not Acceptable
407 PROXY_AUTHENTICATION_REQUIRED Proxy Authentication Required
408 REQUEST_TIMEOUT Request Timeout
409 CONFLICT Conflict
410 GONE Gone
411 LENGTH_REQUIRED Length Required
412 PRECONDITION_FAILED Precondition Failed
413 REQUEST_ENTITY_TOO_LARGE Request Entity Too Large
414 REQUEST_URI_TOO_LONG Request-URI Too Long
415 UNSUPPORTED_MEDIA_TYPE Unsupported Media Type
416 REQUESTED_RANGE_NOT_SATISFIABLE Requested Range Not Satisfiable
417 EXPECTATION_FAILED Expectation Failed
422 UNPROCESSABLE_ENTITY
423 LOCKED
424 FAILED_DEPENDENCY
426 UPGRADE_REQUIRED
500 INTERNAL_SERVER_ERROR Internal Server Error
501 NOT_IMPLEMENTED Not Implemented
502 BAD_GATEWAY Bad Gateway
503 SERVICE_UNAVAILABLE Service Unavailable
504 GATEWAY_TIMEOUT Gateway Timeout
505 HTTP_VERSION_NOT_SUPPORTED HTTP Version Not Supported
507 INSUFFICIENT_STORAGE
510 NOT_EXTENDED
"""

responses = {}


def _load_status_table():
    for row in _STATUS_TABLE.strip().splitlines():
        fields = row.split(None, 2)
        code = int(fields[0])
        if fields[1] != '-':
            globals()[fields[1]] = code
        if len(fields) > 2:
            responses[code] = fields[2]

_load_status_table()

# Largest single read of a body, and the limits that protect against a
# server sending endless header lines.
MAXAMOUNT = 1048576
_MAXLINE = 65536
_MAXHEADERS = 100

_METHODS_EXPECTING_BODY = set(['PATCH', 'POST', 'PUT'])

# Header names: no colon, not starting with white space, one line.
# Header values: a line break only when followed by folding white space.
_is_legal_header_name = re.compile(r'\A[^:\s][^:\r\n]*\Z').match
_is_illegal_header_value = re.compile(r'\n(?![ \t])|\r(?![ \t\n])').search

# Control characters, space and bytes >= 0x7f are not allowed in the
# request line (they would let a caller inject headers).
_contains_disallowed_url_pchar_re = re.compile('[\x00- \x7f-\xff]')


class HTTPException(Exception):
    pass

error = HTTPException


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    """The body ended early: `partial` holds what was read."""

    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = ''
        if self.expected is not None:
            more = ', %i more expected' % self.expected
        return 'IncompleteRead(%i bytes read%s)' % (len(self.partial), more)

    __str__ = __repr__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))


def _readline(fp, what):
    line = fp.readline(_MAXLINE + 1)
    if len(line) > _MAXLINE:
        raise LineTooLong(what)
    return line


class HTTPMessage(mimetools.Message):
    """The headers of a response; a repeated header's values are joined
    with ', ' in `dict` (RFC 2616 section 4.2)."""

    def addheader(self, key, value):
        previous = self.dict.get(key)
        if previous is None:
            self.dict[key] = value
        else:
            self.dict[key] = previous + ", " + value

    def addcontinuation(self, key, more):
        self.dict[key] = self.dict[key] + "\n " + more

    def readheaders(self):
        """Read headers up to the blank line.  Unlike rfc822, a line that
        is not a header is skipped (and noted in `status`) rather than
        ending the headers: servers send odd things."""
        self.dict = {}
        self.unixfrom = ''
        self.headers = lines = []
        self.status = ''
        current = ''
        first = True
        while True:
            line = _readline(self.fp, "header line")
            if len(lines) > _MAXHEADERS:
                raise HTTPException("got more than %d headers" % _MAXHEADERS)
            if not line:
                self.status = 'EOF in headers'
                break
            if first and line.startswith('From '):
                self.unixfrom += line
                continue
            first = False
            if current and line[0] in ' \t':
                lines.append(line)
                self.addcontinuation(current, line.strip())
                continue
            if self.iscomment(line):
                continue
            if self.islast(line):
                break
            current = self.isheader(line)
            if current:
                lines.append(line)
                self.addheader(current, line[len(current) + 1:].strip())
            elif current is None:
                self.status = 'Non-header line where header expected'


class HTTPResponse:
    """A response read from a connection's socket.

    begin() reads the status line and headers; read() the body, which is
    delimited by Content-Length, chunked transfer coding or the end of
    the connection."""

    def __init__(self, sock, debuglevel=0, strict=0, method=None, buffering=False):
        # Unbuffered unless asked: the connection may carry the next
        # response, which must not be read into this one's buffer.
        self.fp = sock.makefile('rb') if buffering else sock.makefile('rb', 0)
        self.debuglevel, self.strict, self._method = debuglevel, strict, method
        self.msg = None   # the headers, once begin() has read them
        for name in ('version', 'status', 'reason', 'chunked', 'chunk_left',
                     'length', 'will_close'):
            setattr(self, name, _UNKNOWN)

    def _read_status(self):
        line = _readline(self.fp, "status line")
        if self.debuglevel > 0:
            print "reply:", repr(line)
        if not line:
            # The server closed the connection without answering.
            raise BadStatusLine(line)
        parts = line.split(None, 2)
        if len(parts) == 3:
            version, status, reason = parts
        elif len(parts) == 2:
            version, status = parts
            reason = ""
        else:
            version, status, reason = "", "", ""
        if not version.startswith('HTTP/'):
            if self.strict:
                self.close()
                raise BadStatusLine(line)
            # An HTTP/0.9 server sends the body without a status line.
            self.fp = LineAndFileWrapper(line, self.fp)
            return "HTTP/0.9", 200, ""
        try:
            code = int(status)
        except ValueError:
            raise BadStatusLine(line)
        if code < 100 or code > 999:
            raise BadStatusLine(line)
        return version, code, reason

    def begin(self):
        """Read the status line and the headers."""
        if self.msg is not None:
            return
        version, status, reason = self._read_status()
        while status == CONTINUE:
            # An interim response: skip its headers, read the real one.
            for line in iter(lambda: _readline(self.fp, "header line").strip(), ''):
                if self.debuglevel > 0:
                    print "header:", line
            version, status, reason = self._read_status()
        self.status, self.reason = status, reason.strip()
        if version.startswith('HTTP/1.'):
            self.version = 10 if version == 'HTTP/1.0' else 11
        elif version == 'HTTP/0.9':
            # No headers, and the body lasts until the connection closes.
            self.version = 9
            self.msg = HTTPMessage(StringIO())
            self.length, self.chunked, self.will_close = None, 0, 1
            return
        else:
            raise UnknownProtocol(version)

        self.msg = HTTPMessage(self.fp, 0)
        if self.debuglevel > 0:
            for header in self.msg.headers:
                print "header:", header,
        self.msg.fp = None

        coding = self.msg.getheader('transfer-encoding') or ''
        self.chunked = int(coding.lower() == "chunked")
        if self.chunked:
            self.chunk_left = None
        self.will_close = self._check_close()

        self.length = None
        declared = self.msg.getheader('content-length')
        if declared and not self.chunked:
            try:
                n = int(declared)
            except ValueError:
                n = -1
            if n >= 0:
                self.length = n
        if status in (NO_CONTENT, NOT_MODIFIED) or status < 200 or self._method == 'HEAD':
            self.length = 0   # these never have a body

        # Without a length the end of the body is the end of the connection.
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = 1

    def _check_close(self):
        """Whether the server will close the connection after this body."""
        get = self.msg.getheader
        connection = (get('connection') or '').lower()
        if self.version == 11:
            return "close" in connection
        # HTTP/1.0 closes unless the server agreed to keep the connection.
        kept = (get('keep-alive') or "keep-alive" in connection or
                "keep-alive" in (get('proxy-connection') or '').lower())
        return not kept

    def close(self):
        fp, self.fp = self.fp, None
        if fp:
            fp.close()

    def isclosed(self):
        """True once the body has been read (or the response closed)."""
        return self.fp is None

    def read(self, amt=None):
        """The body, or at most amt bytes of it ('' at its end)."""
        if self.fp is None:
            return ''
        if self._method == 'HEAD':
            self.close()
            return ''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is None:
            try:
                if self.length is None:
                    return self.fp.read()
                data = self._safe_read(self.length)
                self.length = 0
                return data
            finally:
                self.close()
        if self.length is not None and amt > self.length:
            amt = self.length
        data = self.fp.read(amt)
        if not data and amt:
            self.close()
        if self.length is not None:
            self.length -= len(data)
            if not self.length:
                self.close()
        return data

    def _read_chunked(self, amt):
        # Each chunk: a hex size line (maybe with ;extensions), the data,
        # CRLF.  A zero size ends the body; trailer lines follow.
        left = self.chunk_left
        parts = []
        while True:
            if left is None:
                line = _readline(self.fp, "chunk size")
                semi = line.find(';')
                if semi >= 0:
                    line = line[:semi]
                try:
                    left = int(line, 16)
                except ValueError:
                    self.close()
                    raise IncompleteRead(''.join(parts))
                if left == 0:
                    break
            if amt is None:
                parts.append(self._safe_read(left))
            elif amt < left:
                parts.append(self._safe_read(amt))
                self.chunk_left = left - amt
                return ''.join(parts)
            elif amt == left:
                parts.append(self._safe_read(amt))
                self._safe_read(2)
                self.chunk_left = None
                return ''.join(parts)
            else:
                parts.append(self._safe_read(left))
                amt -= left
            self._safe_read(2)
            left = None
        while True:
            line = _readline(self.fp, "trailer line")
            if not line or line == '\r\n':
                break
        self.close()
        return ''.join(parts)

    def _safe_read(self, amt):
        """Exactly amt bytes, or IncompleteRead."""
        parts = []
        while amt > 0:
            data = self.fp.read(min(amt, MAXAMOUNT))
            if not data:
                raise IncompleteRead(''.join(parts), amt)
            parts.append(data)
            amt -= len(data)
        return ''.join(parts)

    def _headers(self):
        if self.msg is None:
            raise ResponseNotReady()
        return self.msg

    def getheader(self, name, default=None):
        return self._headers().getheader(name, default)

    def getheaders(self):
        """The (name, value) pairs of the headers."""
        return self._headers().items()

    def fileno(self):
        return self.fp.fileno()


class HTTPConnection:
    """One connection to an HTTP server, opened on the first request."""

    default_port = HTTP_PORT
    response_class = HTTPResponse
    _http_vsn_str = 'HTTP/1.1'
    _http_vsn = 11
    debuglevel = strict = 0
    auto_open = 1       # send() connects when needed

    def __init__(self, host, port=None, strict=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None):
        self.host, self.port = self._get_hostport(host, port)
        self._validate_host(self.host)
        self.timeout, self.source_address = timeout, source_address
        if strict is not None:
            self.strict = strict
        self.sock = None
        self.__state = _CS_IDLE
        self.__response = None   # the response still being read, if any
        self._buffer = []        # request line and headers not sent yet
        self._method = None
        self._tunnel_host = self._tunnel_port = None
        self._tunnel_headers = {}
        self._create_connection = socket.create_connection

    def set_tunnel(self, host, port=None, headers=None):
        """Go through an HTTP proxy at (self.host, self.port) to host:port
        with a CONNECT request."""
        if self.sock:
            raise RuntimeError("Can't setup tunnel for established connection.")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        if headers:
            self._tunnel_headers = headers
        else:
            self._tunnel_headers.clear()

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            bracket = host.rfind(']')   # an IPv6 address has colons too
            if colon > bracket:
                text = host[colon + 1:]
                if text == "":
                    port = self.default_port
                else:
                    try:
                        port = int(text)
                    except ValueError:
                        raise InvalidURL("nonnumeric port: '%s'" % text)
                host = host[:colon]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def _tunnel(self):
        self.send("CONNECT %s:%d HTTP/1.0\r\n" % (self._tunnel_host, self._tunnel_port))
        for header, value in self._tunnel_headers.iteritems():
            self.send("%s: %s\r\n" % (header, value))
        self.send("\r\n")
        response = self.response_class(self.sock, strict=self.strict, method=self._method)
        version, code, message = response._read_status()
        if version == "HTTP/0.9":
            self.close()
            raise socket.error("Invalid response from tunnel request")
        if code != 200:
            self.close()
            raise socket.error("Tunnel connection failed: %d %s" % (code, message.strip()))
        while True:
            line = _readline(response.fp, "header line")
            if not line or line == '\r\n':
                break

    def connect(self):
        """Connect to the host and port given to the constructor."""
        self.sock = self._create_connection((self.host, self.port),
                                            self.timeout, self.source_address)
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Send a string, or the contents of a file-like object."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print "send:", repr(data)
        if hasattr(data, 'read') and not isinstance(data, array):
            if self.debuglevel > 0:
                print "sendIng a read()able"
            while True:
                block = data.read(8192)
                if not block:
                    break
                self.sock.sendall(block)
        else:
            self.sock.sendall(data)

    def _output(self, line):
        self._buffer.append(line)

    def _send_output(self, message_body=None):
        # The request line and headers end with an empty line.
        self._buffer.extend(("", ""))
        head = "\r\n".join(self._buffer)
        del self._buffer[:]
        if isinstance(message_body, str):
            # One packet for small bodies.
            head += message_body
            message_body = None
        self.send(head)
        if message_body is not None:
            self.send(message_body)

    def _validate(self, text):
        found = _contains_disallowed_url_pchar_re.search(text)
        if found:
            raise InvalidURL("URL can't contain control characters. %r "
                             "(found at least %r)" % (text, found.group()))

    # Subclasses may override these checks (bpo-38216).
    def _validate_path(self, url):
        self._validate(url)

    def _validate_host(self, host):
        self._validate(host)

    def putrequest(self, method, url, skip_host=0, skip_accept_encoding=0):
        """Start a request: the request line, then Host and
        Accept-Encoding unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_IDLE:
            raise CannotSendRequest()
        self.__state = _CS_REQ_STARTED
        self._method = method
        if not url:
            url = '/'
        self._validate_path(url)
        self._output('%s %s %s' % (method, url, self._http_vsn_str))
        if self._http_vsn != 11:
            return
        if not skip_host:
            netloc = ''
            if url.startswith('http'):
                netloc = urlsplit(url)[1]
            if netloc:
                self.putheader('Host', _idna(netloc))
            else:
                if self._tunnel_host:
                    host, port = self._tunnel_host, self._tunnel_port
                else:
                    host, port = self.host, self.port
                host = _idna(host)
                if ':' in host:
                    host = '[' + host + ']'
                if port == self.default_port:
                    self.putheader('Host', host)
                else:
                    self.putheader('Host', "%s:%s" % (host, port))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        """Add a header line; several values are folded onto lines."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        header = '%s' % header
        if not _is_legal_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))
        values = [str(v) for v in values]
        for value in values:
            if _is_illegal_header_value(value):
                raise ValueError('Invalid header value %r' % (value,))
        self._output('%s: %s' % (header, '\r\n\t'.join(values)))

    def endheaders(self, message_body=None):
        """End the headers and send the request (with the body if given)."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        self.__state = _CS_REQ_SENT
        self._send_output(message_body)

    def request(self, method, url, body=None, headers={}):
        """Send a complete request."""
        self._send_request(method, url, body, headers)

    def _set_content_length(self, body, method):
        length = None
        if body is None and method.upper() in _METHODS_EXPECTING_BODY:
            length = '0'
        elif body is not None:
            try:
                length = str(len(body))
            except TypeError:
                try:
                    length = str(os.fstat(body.fileno()).st_size)
                except (AttributeError, OSError):
                    if self.debuglevel > 0:
                        print "Cannot stat!!"
        if length is not None:
            self.putheader('Content-Length', length)

    def _send_request(self, method, url, body, headers):
        given = set(k.lower() for k in headers)
        skips = {}
        if 'host' in given:
            skips['skip_host'] = 1
        if 'accept-encoding' in given:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if 'content-length' not in given:
            self._set_content_length(body, method)
        for name, value in headers.iteritems():
            self.putheader(name, value)
        self.endheaders(body)

    def getresponse(self, buffering=False):
        """Read the response to the request sent."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady()
        args = (self.sock,)
        kwds = {"strict": self.strict, "method": self._method}
        if self.debuglevel > 0:
            args += (self.debuglevel,)
        if buffering:
            kwds["buffering"] = True
        response = self.response_class(*args, **kwds)
        try:
            response.begin()
            self.__state = _CS_IDLE
            if response.will_close:
                # The response keeps its own reference to the socket.
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise


def _idna(host):
    try:
        return host.encode("ascii")
    except UnicodeError:
        return host.encode("idna")


class HTTP:
    """The HTTP/1.0 interface of Python 1.5 kept for old code: one
    request per object, getreply() then getfile()."""

    _http_vsn = 10
    _http_vsn_str = 'HTTP/1.0'
    debuglevel = 0
    _connection_class = HTTPConnection

    def __init__(self, host='', port=None, strict=None):
        if port == 0:
            port = None
        self._setup(self._connection_class(host, port, strict))

    def _setup(self, conn):
        self._conn = conn
        self.send = conn.send
        self.putrequest = conn.putrequest
        self.putheader = conn.putheader
        self.endheaders = conn.endheaders
        self.set_debuglevel = conn.set_debuglevel
        conn._http_vsn = self._http_vsn
        conn._http_vsn_str = self._http_vsn_str
        self.file = None

    def connect(self, host=None, port=None):
        if host is not None:
            self._conn.host, self._conn.port = self._conn._get_hostport(host, port)
        self._conn.connect()

    def getfile(self):
        return self.file

    def getreply(self, buffering=False):
        """(status, reason, headers); (-1, line, None) for a bad status line."""
        try:
            if buffering:
                response = self._conn.getresponse(buffering=True)
            else:
                response = self._conn.getresponse()
        except BadStatusLine as e:
            self.file = self._conn.sock.makefile('rb', 0)
            self.close()
            self.headers = None
            return -1, e.line, None
        self.headers = response.msg
        self.file = response.fp
        return response.status, response.reason, response.msg

    def close(self):
        self._conn.close()
        self.file = None


try:
    import ssl
except ImportError:
    pass
else:
    class HTTPSConnection(HTTPConnection):
        """HTTPConnection over TLS: the server's certificate is checked
        against the default trust store unless a context says otherwise."""

        default_port = HTTPS_PORT

        def __init__(self, host, port=None, key_file=None, cert_file=None,
                     strict=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                     source_address=None, context=None):
            HTTPConnection.__init__(self, host, port, strict, timeout, source_address)
            self.key_file = key_file
            self.cert_file = cert_file
            if context is None:
                context = ssl._create_default_https_context()
            if key_file or cert_file:
                context.load_cert_chain(cert_file, key_file)
            self._context = context

        def connect(self):
            HTTPConnection.connect(self)
            server_hostname = self._tunnel_host or self.host
            self.sock = self._context.wrap_socket(self.sock, server_hostname=server_hostname)

    __all__.append("HTTPSConnection")

    class HTTPS(HTTP):
        """HTTP over TLS with the old interface."""

        _connection_class = HTTPSConnection

        def __init__(self, host='', port=None, key_file=None, cert_file=None,
                     strict=None, context=None):
            if port == 0:
                port = None
            self._setup(self._connection_class(host, port, key_file, cert_file,
                                               strict, context=context))
            self.key_file = key_file
            self.cert_file = cert_file

    def FakeSocket(sock, sslobj):
        # Old name for what wrap_socket now returns.
        return sslobj


class LineAndFileWrapper:
    """A file that first returns a line already read, then the rest of fp
    (for HTTP/0.9 responses, whose first line is body)."""

    def __init__(self, line, fp):
        self._line = line
        self._file = fp
        self._line_consumed = False
        self._line_offset = 0
        self._line_left = len(line)

    def __getattr__(self, attr):
        return getattr(self._file, attr)

    def _rest(self):
        text = self._line[self._line_offset:]
        self._line_offset = len(self._line)
        self._line_left = 0
        self._line_consumed = True
        return text

    def read(self, amt=None):
        if self._line_consumed:
            return self._file.read() if amt is None else self._file.read(amt)
        if amt is None or amt > self._line_left:
            text = self._rest()
            if amt is None:
                return text + self._file.read()
            return text + self._file.read(amt - len(text))
        text = self._line[self._line_offset:self._line_offset + amt]
        self._line_offset += amt
        self._line_left -= amt
        if self._line_left == 0:
            self._line_consumed = True
        return text

    def readline(self):
        if self._line_consumed:
            return self._file.readline()
        return self._rest()

    def readlines(self, size=None):
        if self._line_consumed:
            return self._file.readlines(size)
        first = self._rest()
        if size is None:
            return [first] + self._file.readlines()
        return [first] + self._file.readlines(size)
