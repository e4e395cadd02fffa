# httplib against a BaseHTTPServer on 127.0.0.1 (ephemeral port) in a
# thread: Content-Length, chunked and close-delimited bodies, keep-alive,
# HEAD, POST bodies, repeated headers, and the error cases.
import BaseHTTPServer
import httplib
import socket
import tempfile
import threading
from StringIO import StringIO


class Handler(BaseHTTPServer.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.send_header('X-Multi', 'one')
            self.send_header('X-Multi', 'two')
            self.end_headers()
            for piece in ['hello ', 'chunked ', 'world']:
                self.wfile.write('%x;ext=1\r\n%s\r\n' % (len(piece), piece))
            self.wfile.write('0\r\nTrailer: x\r\n\r\n')
        elif self.path == '/short':
            self.send_response(200)
            self.send_header('Content-Length', '100')
            self.send_header('Connection', 'close')
            self.end_headers()
            self.wfile.write('only this')
        elif self.path == '/noheaders':
            self.wfile.write('garbage line\r\n')
            self.close_connection = 1
        elif self.path == '/http10':
            self.request_version = 'HTTP/1.0'
            self.protocol_version = 'HTTP/1.0'
            self.send_response(200, 'Fine')
            self.end_headers()
            self.wfile.write('until close')
            self.close_connection = 1
        elif self.path.startswith('/missing'):
            self.send_error(404)
        else:
            body = 'path=%s host=%s enc=%s' % (self.path, self.headers.get('host') is not None,
                                             self.headers.get('accept-encoding'))
            self.send_response(200)
            self.send_header('Content-Type', 'text/plain')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            if self.command != 'HEAD':
                self.wfile.write(body)

    do_HEAD = do_GET

    def do_POST(self):
        n = int(self.headers['content-length'])
        body = self.rfile.read(n)
        reply = 'got %d bytes: %s type=%s' % (n, body, self.headers.get('content-type'))
        self.send_response(201)
        self.send_header('Content-Length', str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)


server = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, args=(0.05,))
thread.daemon = True
thread.start()
port = server.server_address[1]
print server.server_port == port

conn = httplib.HTTPConnection('127.0.0.1', port, timeout=10)
conn.request('GET', '/first')
r = conn.getresponse()
print r.status, r.reason, r.version, r.getheader('content-type'), r.getheader('nothere', '-')
print r.read(5), r.read(), repr(r.read()), r.isclosed()
# the same connection again (HTTP/1.1 keep-alive)
conn.request('GET', '/second', headers={'Accept-Encoding': 'gzip'})
r = conn.getresponse()
print r.read()
try:
    conn.getresponse()
except httplib.ResponseNotReady as e:
    print 'ResponseNotReady', repr(e)
conn.request('HEAD', '/third')
r = conn.getresponse()
print r.status, repr(r.read()), r.getheader('content-length'), r.isclosed()
conn.request('POST', '/form', 'a=1&b=2', {'Content-Type': 'application/x-www-form-urlencoded'})
r = conn.getresponse()
print r.status, r.reason, r.read()
f = tempfile.TemporaryFile()
f.write('from a file')
f.seek(0)
conn.request('POST', '/file', f)
r = conn.getresponse()
print r.status, r.read()
conn.request('GET', '/chunked')
r = conn.getresponse()
print r.chunked, r.getheader('x-multi'), r.msg.getheaders('x-multi'), r.length
print r.read(3), r.read(10), r.read()
print r.isclosed()
conn.request('GET', '/missing')
r = conn.getresponse()
body = r.read()
print r.status, r.reason, r.getheader('content-type'), 'Error code 404' in body, r.will_close
conn.close()

conn = httplib.HTTPConnection('127.0.0.1:%d' % port)
conn.request('GET', '/short')
r = conn.getresponse()
try:
    r.read()
except httplib.IncompleteRead as e:
    print 'IncompleteRead', repr(e), repr(e.partial), e.expected
conn.close()

conn = httplib.HTTPConnection('127.0.0.1', port)
conn.request('GET', '/http10')
r = conn.getresponse()
print r.version, r.status, r.reason, r.will_close, r.length, r.read()

conn = httplib.HTTPConnection('127.0.0.1', port, strict=True)
conn.request('GET', '/noheaders')
try:
    conn.getresponse()
except httplib.BadStatusLine as e:
    print 'BadStatusLine', repr(e.line)
conn = httplib.HTTPConnection('127.0.0.1', port)
conn.request('GET', '/noheaders')
r = conn.getresponse()
print r.version, r.status, repr(r.read())

# the request side's state machine and validation
c = httplib.HTTPConnection('example.com')
c.putrequest('GET', '/x')
c.putheader('X-Two', 'a', 'b')
print c._buffer
try:
    c.putrequest('GET', '/')
except httplib.CannotSendRequest as e:
    print 'CannotSendRequest', isinstance(e, httplib.ImproperConnectionState)
for name, value in [('bad name', 'v'), ('ok', 'line\nbreak'), (':x', 'v')]:
    try:
        c.putheader(name, value)
    except ValueError as e:
        print 'ValueError', e
c = httplib.HTTPConnection('example.com')
try:
    c.putrequest('GET', '/a b')
except httplib.InvalidURL as e:
    print 'InvalidURL', e
c = httplib.HTTPConnection('example.com')
try:
    c.endheaders()
except httplib.CannotSendHeader as e:
    print 'CannotSendHeader', repr(e)
for hp in ['h', 'h:81', 'h:', '[::1]', '[::1]:82', 'h', 'x:y']:
    try:
        c2 = httplib.HTTPConnection(hp)
        print hp, c2.host, c2.port
    except httplib.InvalidURL as e:
        print hp, 'InvalidURL', e
c = httplib.HTTPConnection('example.com', 8080)
c.putrequest('GET', 'http://other.test/path')
print c._buffer
c = httplib.HTTPConnection('example.com', 8080)
c.putrequest('GET', '/', skip_host=1, skip_accept_encoding=1)
print c._buffer
print repr(httplib.IncompleteRead('abc')), str(httplib.IncompleteRead('abc', 5))
print repr(httplib.BadStatusLine('')), str(httplib.LineTooLong('header line'))
print httplib.UnknownProtocol('HTTP/9').version, httplib.error is httplib.HTTPException
print httplib.responses[404], httplib.NOT_FOUND, httplib.MULTI_STATUS, httplib.responses.get(207)
print httplib.HTTP_PORT, httplib.HTTPS_PORT, 306 in httplib.responses

try:
    httplib.HTTPConnection('127.0.0.1', 1).request('GET', '/')
except socket.error as e:
    print 'socket.error', e.errno is not None

server.shutdown()
server.server_close()
