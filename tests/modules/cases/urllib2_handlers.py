# urllib2: Request, build_opener and the handler chain, against a local
# BaseHTTPServer (127.0.0.1, ephemeral port): redirects, errors, POST,
# Basic auth, custom handlers, file: URLs and the parsing helpers.
import base64
import BaseHTTPServer
import os
import socket
import tempfile
import threading
import urllib2


class Handler(BaseHTTPServer.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, code, body, headers=()):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def do_GET(self):
        if self.path == '/redirect':
            self.reply(302, 'moved', [('Location', '/target?from=302')])
        elif self.path == '/redirect-abs':
            self.reply(301, '', [('Location', 'http://127.0.0.1:%d/abs' % self.server.server_port)])
        elif self.path == '/loop':
            self.reply(302, '', [('Location', '/loop')])
        elif self.path == '/evil':
            self.reply(302, '', [('Location', 'file:///etc/passwd')])
        elif self.path == '/missing':
            self.reply(404, 'no such page', [('X-Why', 'gone')])
        elif self.path == '/auth':
            expected = 'Basic ' + base64.b64encode('user:secret')
            if self.headers.get('authorization') == expected:
                self.reply(200, 'welcome')
            else:
                self.reply(401, 'who?', [('WWW-Authenticate', 'Basic realm="Test Realm"')])
        else:
            names = sorted(k for k in self.headers.keys() if k.startswith('x-') or k in ('user-agent', 'connection'))
            self.reply(200, '%s %s %s' % (self.command, self.path,
                                          ' '.join('%s=%s' % (k, self.headers[k]) for k in names)),
                       [('Content-Type', 'text/x-test; charset=ascii')])

    do_HEAD = do_GET

    def do_POST(self):
        data = self.rfile.read(int(self.headers['content-length']))
        if self.path == '/post-redirect':
            self.reply(303, '', [('Location', '/after-post')])
        else:
            self.reply(200, 'POST %s %r %s' % (self.path, data, self.headers['content-type']))


server = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, args=(0.05,))
thread.daemon = True
thread.start()
base = 'http://127.0.0.1:%d' % server.server_address[1]

r = urllib2.urlopen(base + '/plain')
print r.code, r.msg, r.getcode(), r.info().gettype(), r.info().getparam('charset')
print r.read()
print r.geturl() == base + '/plain'
r = urllib2.urlopen(base + '/lines')
print list(r)
r = urllib2.urlopen(base + '/redirect')
print r.geturl()[len(base):], r.read()
r = urllib2.urlopen(base + '/redirect-abs')
print r.geturl()[len(base):], r.read()
try:
    urllib2.urlopen(base + '/missing')
except urllib2.HTTPError as e:
    print 'HTTPError', e, e.code, e.msg, e.reason, e.info()['x-why'], e.read(), e.geturl()[len(base):]
    print isinstance(e, urllib2.URLError), isinstance(e, IOError)
try:
    urllib2.urlopen(base + '/loop')
except urllib2.HTTPError as e:
    print 'HTTPError', e.code, e.msg.split('\n')[0]
try:
    urllib2.urlopen(base + '/evil')
except urllib2.HTTPError as e:
    print 'HTTPError', e.code, e.msg
r = urllib2.urlopen(base + '/form', 'a=1&b=2')
print r.read()
r = urllib2.urlopen(base + '/post-redirect', 'x=y')
print r.geturl()[len(base):], r.read()

req = urllib2.Request(base + '/custom#frag', headers={'x-one': '1'})
req.add_header('X-TWO', '2')
req.add_unredirected_header('x-three', '3')
print req.get_method(), req.get_type(), req.get_host() == base[7:], req.get_selector()
print req.get_full_url()[len(base):], req.has_header('X-two'), req.has_header('X-TWO')
print req.get_header('X-three'), req.get_header('nope', 'dflt'), sorted(req.header_items())
print req.get_origin_req_host(), req.is_unverifiable(), req.has_data(), req.has_proxy()
r = urllib2.urlopen(req)
print r.read()
req = urllib2.Request(base + '/head')
req.get_method = lambda: 'HEAD'
r = urllib2.urlopen(req)
print r.code, repr(r.read()), r.info()['content-length']
req = urllib2.Request('http://Example.COM:8080/x', 'data')
print req.get_method(), req.get_data(), req.get_origin_req_host(), req.get_host()
req.set_proxy('proxy.test:3128', 'http')
print req.get_host(), req.get_selector(), req.has_proxy(), req.get_type()
req = urllib2.Request('https://secure.test/x')
req.get_host()
req.set_proxy('proxy.test:3128', 'http')
print req.get_host(), req.get_selector(), req._tunnel_host, req.get_type()
try:
    urllib2.Request('no-scheme').get_type()
except ValueError as e:
    print 'ValueError', e

opener = urllib2.build_opener()
opener.addheaders = [('User-agent', 'test-agent'), ('X-Added', 'yes')]
print opener.open(base + '/agent').read()
print sorted(h.__class__.__name__ for h in opener.handlers)

passwords = urllib2.HTTPPasswordMgrWithDefaultRealm()
passwords.add_password(None, base + '/', 'user', 'secret')
opener = urllib2.build_opener(urllib2.HTTPBasicAuthHandler(passwords))
print opener.open(base + '/auth').read()
try:
    urllib2.build_opener(urllib2.HTTPBasicAuthHandler()).open(base + '/auth')
except urllib2.HTTPError as e:
    print 'HTTPError', e.code, e.info()['www-authenticate']


class Recorder(urllib2.BaseHandler):
    handler_order = 100
    calls = []

    def http_request(self, req):
        self.calls.append('request ' + req.get_selector())
        req.add_header('X-Recorded', 'yes')
        return req

    def http_response(self, req, resp):
        self.calls.append('response %d' % resp.code)
        return resp


class Teapot(urllib2.BaseHandler):
    def teapot_open(self, req):
        return 'tea for ' + req.get_selector()

    def http_error_404(self, req, fp, code, msg, hdrs):
        return 'handled 404'

opener = urllib2.build_opener(Recorder, Teapot())
print opener.open(base + '/rec').read()
print Recorder.calls
print opener.open('teapot://kitchen/cup')
print opener.open(base + '/missing')
try:
    opener.open('nonsense://x')
except urllib2.URLError as e:
    print 'URLError', e, e.reason
try:
    opener.add_handler(object())
except TypeError as e:
    print 'TypeError', e

urllib2.install_opener(urllib2.build_opener(Recorder))
print urllib2.urlopen(base + '/installed').read()
urllib2.install_opener(None)

server.shutdown()
server.server_close()
try:
    urllib2.urlopen(base + '/closed', timeout=5)
except urllib2.URLError as e:
    print 'URLError', type(e.reason).__name__, isinstance(e.reason, socket.error)

fd, path = tempfile.mkstemp('.txt')
os.write(fd, 'file body')
os.close(fd)
r = urllib2.urlopen('file://' + path)
print r.read(), r.info().gettype(), r.info()['content-length'], r.geturl() == 'file://' + path
os.unlink(path)
try:
    urllib2.urlopen('file://' + path)
except urllib2.URLError as e:
    print 'URLError', e.reason.errno

print urllib2.parse_http_list('a, b="c, d", e="f\\"g", h')
print sorted(urllib2.parse_keqv_list(['a=1', 'b="two"', 'c=x=y']).items())
print urllib2._parse_proxy('proxy.test:3128'), urllib2._parse_proxy('http://u:p@proxy.test:3128/')
mgr = urllib2.HTTPPasswordMgr()
mgr.add_password('realm', 'http://example.com/private/', 'joe', 'pw')
for uri in ['http://example.com/private/x', 'http://example.com:80/private/', 'http://example.com/public', 'example.com']:
    print uri, mgr.find_user_password('realm', uri)
print mgr.find_user_password('other', 'http://example.com/private/x')
print str(urllib2.URLError('why')), repr(urllib2.URLError('why').reason)
e = urllib2.HTTPError('http://u', 500, 'Boom', None, None)
print str(e), e.code, e.reason, e.filename
