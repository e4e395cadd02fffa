"""A basic HTTP server (2.7's `BaseHTTPServer`).

HTTPServer is a TCPServer that remembers its name and port;
BaseHTTPRequestHandler parses each request (request line and headers)
and calls the handler's do_<COMMAND>() method, which writes the response
with send_response(), send_header(), end_headers() and self.wfile."""

import socket
import sys
import time

import mimetools
import SocketServer

__version__ = "0.3"

__all__ = ["HTTPServer", "BaseHTTPRequestHandler"]

DEFAULT_ERROR_MESSAGE = (
    '<head>\n'
    '<title>Error response</title>\n'
    '</head>\n'
    '<body>\n'
    '<h1>Error response</h1>\n'
    '<p>Error code %(code)d.\n'
    '<p>Message: %(message)s.\n'
    '<p>Error code explanation: %(code)s = %(explain)s.\n'
    '</body>\n')

DEFAULT_ERROR_CONTENT_TYPE = "text/html"


def _quote_html(text):
    # Error messages echo the request; keep it from becoming markup.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class HTTPServer(SocketServer.TCPServer):

    allow_reuse_address = 1

    def server_bind(self):
        SocketServer.TCPServer.server_bind(self)
        host, port = self.socket.getsockname()[:2]
        self.server_name = socket.getfqdn(host)
        self.server_port = port


class BaseHTTPRequestHandler(SocketServer.StreamRequestHandler):
    """Reads requests from self.rfile and dispatches them to do_GET,
    do_POST, ...; after parse_request() the attributes command, path,
    request_version and headers (a MessageClass instance) are set."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__

    # A request line without a version is HTTP/0.9.
    default_request_version = "HTTP/0.9"

    # Set to "HTTP/1.1" for persistent connections (the handler must then
    # send Content-Length).
    protocol_version = "HTTP/1.0"

    MessageClass = mimetools.Message

    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE

    def parse_request(self):
        """Parse self.raw_requestline and the headers; on error send it
        and return False."""
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = 1
        requestline = self.raw_requestline.rstrip('\r\n')
        self.requestline = requestline
        words = requestline.split()
        if len(words) == 3:
            command, path, version = words
            if version[:5] != 'HTTP/':
                self.send_error(400, "Bad request version (%r)" % version)
                return False
            try:
                number = version.split('/', 1)[1]
                parts = number.split(".")
                if len(parts) != 2:
                    raise ValueError
                major_minor = int(parts[0]), int(parts[1])
            except (ValueError, IndexError):
                self.send_error(400, "Bad request version (%r)" % version)
                return False
            if major_minor >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = 0
            if major_minor >= (2, 0):
                self.send_error(505, "Invalid HTTP Version (%s)" % number)
                return False
        elif len(words) == 2:
            command, path = words
            self.close_connection = 1
            if command != 'GET':
                self.send_error(400, "Bad HTTP/0.9 request type (%r)" % command)
                return False
        elif not words:
            return False
        else:
            self.send_error(400, "Bad request syntax (%r)" % requestline)
            return False
        self.command, self.path, self.request_version = command, path, version

        self.headers = self.MessageClass(self.rfile, 0)

        conntype = self.headers.get('Connection', "").lower()
        if conntype == 'close':
            self.close_connection = 1
        elif conntype == 'keep-alive' and self.protocol_version >= "HTTP/1.1":
            self.close_connection = 0
        return True

    def handle_one_request(self):
        """Read and answer one request."""
        try:
            line = self.raw_requestline = self.rfile.readline(65537)
            if not line:
                self.close_connection = 1
            elif len(line) > 65536:
                self.requestline = self.request_version = self.command = ''
                self.send_error(414)
            elif self.parse_request():
                method = getattr(self, 'do_' + self.command, None)
                if method is None:
                    self.send_error(501, "Unsupported method (%r)" % self.command)
                    return
                method()
                self.wfile.flush()
        except socket.timeout as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = 1

    def handle(self):
        """Answer requests until the connection is to be closed."""
        self.close_connection = 1
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None):
        """Send an error response with an HTML explanation."""
        try:
            short, explain = self.responses[code]
        except KeyError:
            short, explain = '???', '???'
        if message is None:
            message = short
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        content = None
        # No body for 1xx, 204, 205 and 304 (RFC 7230 3.3, RFC 7231 6.3.6).
        if code >= 200 and code not in (204, 205, 304):
            content = self.error_message_format % {
                'code': code, 'message': _quote_html(message), 'explain': explain}
            self.send_header("Content-Type", self.error_content_type)
        self.end_headers()
        if self.command != 'HEAD' and content:
            self.wfile.write(content)

    def send_response(self, code, message=None):
        """Log the request and send the status line, Server and Date."""
        self.log_request(code)
        if message is None:
            message = self.responses[code][0] if code in self.responses else ''
        if self.request_version != 'HTTP/0.9':
            self.wfile.write("%s %d %s\r\n" % (self.protocol_version, code, message))
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_header(self, keyword, value):
        if self.request_version != 'HTTP/0.9':
            self.wfile.write("%s: %s\r\n" % (keyword, value))
        if keyword.lower() == 'connection':
            if value.lower() == 'close':
                self.close_connection = 1
            elif value.lower() == 'keep-alive':
                self.close_connection = 0

    def end_headers(self):
        if self.request_version != 'HTTP/0.9':
            self.wfile.write("\r\n")

    def log_request(self, code='-', size='-'):
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Write a line of the access log to stderr."""
        sys.stderr.write("%s - - [%s] %s\n" % (self.client_address[0],
                                               self.log_date_time_string(),
                                               format % args))

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        """An RFC 1123 date for the Date header."""
        if timestamp is None:
            timestamp = time.time()
        t = time.gmtime(timestamp)
        return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
            self.weekdayname[t[6]], t[2], self.monthname[t[1]], t[0], t[3], t[4], t[5])

    def log_date_time_string(self):
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            t[2], self.monthname[t[1]], t[0], t[3], t[4], t[5])

    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    def address_string(self):
        host = self.client_address[0]
        return socket.getfqdn(host)

    # code: (short message, explanation)
    responses = {
        100: ('Continue', 'Request received, please continue'),
        101: ('Switching Protocols', 'Switching to new protocol; obey Upgrade header'),
        200: ('OK', 'Request fulfilled, document follows'),
        201: ('Created', 'Document created, URL follows'),
        202: ('Accepted', 'Request accepted, processing continues off-line'),
        203: ('Non-Authoritative Information', 'Request fulfilled from cache'),
        204: ('No Content', 'Request fulfilled, nothing follows'),
        205: ('Reset Content', 'Clear input form for further input.'),
        206: ('Partial Content', 'Partial content follows.'),
        300: ('Multiple Choices', 'Object has several resources -- see URI list'),
        301: ('Moved Permanently', 'Object moved permanently -- see URI list'),
        302: ('Found', 'Object moved temporarily -- see URI list'),
        303: ('See Other', 'Object moved -- see Method and URL list'),
        304: ('Not Modified', 'Document has not changed since given time'),
        305: ('Use Proxy', 'You must use proxy specified in Location to access this resource.'),
        307: ('Temporary Redirect', 'Object moved temporarily -- see URI list'),
        400: ('Bad Request', 'Bad request syntax or unsupported method'),
        401: ('Unauthorized', 'No permission -- see authorization schemes'),
        402: ('Payment Required', 'No payment -- see charging schemes'),
        403: ('Forbidden', 'Request forbidden -- authorization will not help'),
        404: ('Not Found', 'Nothing matches the given URI'),
        405: ('Method Not Allowed', 'Specified method is invalid for this resource.'),
        406: ('Not Acceptable', 'URI not available in preferred format.'),
        407: ('Proxy Authentication Required', 'You must authenticate with this proxy before proceeding.'),
        408: ('Request Timeout', 'Request timed out; try again later.'),
        409: ('Conflict', 'Request conflict.'),
        410: ('Gone', 'URI no longer exists and has been permanently removed.'),
        411: ('Length Required', 'Client must specify Content-Length.'),
        412: ('Precondition Failed', 'Precondition in headers is false.'),
        413: ('Request Entity Too Large', 'Entity is too large.'),
        414: ('Request-URI Too Long', 'URI is too long.'),
        415: ('Unsupported Media Type', 'Entity body in unsupported format.'),
        416: ('Requested Range Not Satisfiable', 'Cannot satisfy request range.'),
        417: ('Expectation Failed', 'Expect condition could not be satisfied.'),
        500: ('Internal Server Error', 'Server got itself in trouble'),
        501: ('Not Implemented', 'Server does not support this operation'),
        502: ('Bad Gateway', 'Invalid responses from another server/proxy.'),
        503: ('Service Unavailable', 'The server cannot process the request due to a high load'),
        504: ('Gateway Timeout', 'The gateway server did not receive a timely response'),
        505: ('HTTP Version Not Supported', 'Cannot fulfill request.'),
    }


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=HTTPServer, protocol="HTTP/1.0"):
    """Serve on the port given as the first argument (default 8000)."""
    port = int(sys.argv[1]) if sys.argv[1:] else 8000
    HandlerClass.protocol_version = protocol
    httpd = ServerClass(('', port), HandlerClass)
    address = httpd.socket.getsockname()
    print "Serving HTTP on", address[0], "port", address[1], "..."
    httpd.serve_forever()


if __name__ == '__main__':
    test()
