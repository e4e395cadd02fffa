# urllib: proxies from the environment, no_proxy matching, and the URL
# openers against a local BaseHTTPServer (127.0.0.1, ephemeral port),
# file: and data: URLs, urlretrieve with a report hook.
import BaseHTTPServer
import os
import tempfile
import threading
import urllib

for name in list(os.environ):
    if name.lower().endswith('_proxy') or name == 'REQUEST_METHOD':
        del os.environ[name]
os.environ['http_proxy'] = 'http://proxy.test:3128'
os.environ['ftp_proxy'] = 'ftp://fproxy.test'
os.environ['no_proxy'] = 'localhost, .example.com,internal.test:8080 ,'
print sorted(urllib.getproxies().items())
print sorted(urllib.getproxies_environment().items())
for host in ['localhost', 'www.example.com', 'example.com', 'badexample.com',
             'EXAMPLE.COM:80', 'internal.test:8080', 'internal.test', 'other.test']:
    print host, urllib.proxy_bypass(host), urllib.proxy_bypass_environment(host)
print urllib.proxy_bypass_environment('x', {'no': '*'}), urllib.proxy_bypass_environment('x', {})
os.environ['REQUEST_METHOD'] = 'GET'
print sorted(urllib.getproxies().items())
for name in ['http_proxy', 'ftp_proxy', 'no_proxy', 'REQUEST_METHOD']:
    del os.environ[name]


class Handler(BaseHTTPServer.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, code, body, headers=()):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == '/redirect':
            self.reply(302, 'moved', [('Location', '/target')])
        elif self.path == '/loop':
            self.reply(301, '', [('Location', '/loop')])
        elif self.path == '/evil':
            self.reply(302, '', [('Location', 'file:///etc/passwd')])
        elif self.path == '/missing':
            self.reply(404, 'no such page')
        elif self.path == '/short':
            self.send_response(200)
            self.send_header('Content-Length', '50')
            self.end_headers()
            self.wfile.write('x' * 10)
        else:
            self.reply(200, 'GET %s ua=%s host=%s' % (
                self.path, self.headers.get('user-agent'),
                self.headers.get('host', '').startswith('127.0.0.1')),
                [('Content-Type', 'text/x-test')])

    def do_POST(self):
        data = self.rfile.read(int(self.headers['content-length']))
        self.reply(200, 'POST %s %s %s' % (self.path, data, self.headers['content-type']))


server = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, args=(0.05,))
thread.daemon = True
thread.start()
base = 'http://127.0.0.1:%d' % server.server_address[1]

f = urllib.urlopen(base + '/page?q=1')
print f.getcode(), f.info().gettype(), f.read(), f.geturl() == base + '/page?q=1'
f.close()
f = urllib.urlopen(base + '/form', urllib.urlencode([('a', 'b c'), ('d', '&')]))
print f.read()
f = urllib.urlopen(base + '/redirect')
print f.getcode(), f.read(), f.geturl()[len(base):]
f = urllib.urlopen(base + '/missing')
print f.getcode(), f.read()
f = urllib.urlopen(base + '/loop')
print f.getcode()
try:
    urllib.urlopen(base + '/evil')
except IOError as e:
    print 'IOError', e.args[0], e.args[1], e.args[2][-45:]
opener = urllib.URLopener()
try:
    opener.open(base + '/missing')
except IOError as e:
    print 'IOError', e.args[:3], e.args[3].gettype()
opener.addheader('X-Extra', '1')
print opener.version, urllib.FancyURLopener.version
f = opener.open(base + '/with space')
print f.read()

hooks = []
fn, headers = urllib.urlretrieve(base + '/file.txt', reporthook=lambda *a: hooks.append(a))
print open(fn).read(), headers['content-type'], hooks[0][1:], len(hooks)
print os.path.exists(fn)
urllib.urlcleanup()
print os.path.exists(fn)
out = tempfile.mktemp()
fn, headers = urllib.urlretrieve(base + '/x', out)
print fn == out, open(out).read()[:5]
os.unlink(out)
try:
    urllib.urlretrieve(base + '/short', out)
except urllib.ContentTooShortError as e:
    print 'ContentTooShortError', e, e.content[0] == out
os.unlink(out)

server.shutdown()
server.server_close()

fd, path = tempfile.mkstemp('.html')
os.write(fd, '<b>local</b>')
os.close(fd)
for url in ['file://' + path, path, 'file://localhost' + path]:
    f = urllib.urlopen(url)
    print f.read(), f.info().gettype(), f.info()['content-length'], f.geturl() == 'file://' + path
fn, headers = urllib.urlretrieve('file://' + path)
print fn == path, headers['content-length']
os.unlink(path)
try:
    urllib.urlopen('file://' + path)
except IOError as e:
    print 'IOError', e.errno, e.strerror
try:
    urllib.urlopen('gopher2://x/')
except IOError as e:
    print 'IOError', e.args

for url in ['data:,A%20brief%20note', 'data:text/html;base64,PGI+aGk8L2I+',
            'data:text/plain;charset=utf-8,caf%C3%A9']:
    f = urllib.urlopen(url)
    print repr(f.read()), f.info().gettype(), f.info().getparam('charset'), f.info()['content-length']
try:
    urllib.urlopen('data:nocomma')
except IOError as e:
    print 'IOError', e.args

print urllib.localhost(), type(urllib.thishost()).__name__
print urllib.ContentTooShortError.__mro__[1].__name__
print urllib.toBytes(u'http://x/'), urllib.unwrap('<URL:http://a/b>')
