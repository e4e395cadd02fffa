# SimpleHTTPServer serving a temporary directory on 127.0.0.1 (ephemeral
# port) from a thread; BaseHTTPServer's request parsing and errors seen
# through raw sockets.
import BaseHTTPServer
import SimpleHTTPServer
import httplib
import os
import shutil
import socket
import tempfile
import threading

root = tempfile.mkdtemp()
os.mkdir(os.path.join(root, 'sub'))
os.mkdir(os.path.join(root, 'withindex'))
with open(os.path.join(root, 'hello.txt'), 'w') as f:
    f.write('hello world\n')
with open(os.path.join(root, 'data.bin'), 'wb') as f:
    f.write('\x00\x01\x02')
with open(os.path.join(root, 'Page.HTML'), 'w') as f:
    f.write('<p>x</p>')
with open(os.path.join(root, 'a & b.py'), 'w') as f:
    f.write('print 1\n')
with open(os.path.join(root, 'withindex', 'index.html'), 'w') as f:
    f.write('<h1>index</h1>')
os.chdir(root)

log = []


class Handler(SimpleHTTPServer.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        log.append(format % args)


server = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, args=(0.05,))
thread.daemon = True
thread.start()
port = server.server_address[1]


def get(path, method='GET'):
    conn = httplib.HTTPConnection('127.0.0.1', port)
    conn.request(method, path)
    r = conn.getresponse()
    body = r.read()
    conn.close()
    return r, body

for path in ['/hello.txt', '/data.bin', '/Page.HTML', '/a%20%26%20b.py',
             '/hello.txt?query=1#frag', '/sub/../hello.txt', '/withindex/']:
    r, body = get(path)
    print path, r.status, r.getheader('content-type'), r.getheader('content-length'), repr(body)
    print r.getheader('server').split()[0], r.getheader('last-modified') is not None

r, body = get('/hello.txt', 'HEAD')
print 'HEAD', r.status, r.getheader('content-length'), repr(body)
r, body = get('/nothere')
print r.status, r.reason, r.getheader('content-type'), r.getheader('connection')
print body
r, body = get('/sub')
print r.status, r.getheader('location')
r, body = get('/?x=1')
print r.status, r.getheader('content-type')
print body
r, body = get('/', 'POST')
print r.status, r.reason

class Bare(Handler):
    def __init__(self):
        pass
h = Bare()
for p in ['/a/b', '/a/../../etc/passwd', '/%2e%2e/x', '/dir/', '/x?y#z']:
    print p, h.translate_path(p)[len(os.getcwd()):]
print h.guess_type('x.py'), h.guess_type('x.unknownext'), h.guess_type('X.PNG'), h.guess_type('x.c')


def raw(text):
    s = socket.create_connection(('127.0.0.1', port))
    s.settimeout(10)
    s.sendall(text)
    s.shutdown(socket.SHUT_WR)
    data = []
    while True:
        chunk = s.recv(4096)
        if not chunk:
            break
        data.append(chunk)
    s.close()
    reply = ''.join(data)
    lines = reply.split('\r\n')
    return lines[0], [l for l in lines[1:] if l.startswith('Content-Type') or l.startswith('Connection')], reply

for req in ['GET /hello.txt HTTP/1.0\r\n\r\n',
            'GET /hello.txt\r\n',
            'GET /hello.txt HTTP/2.0\r\n\r\n',
            'GET /hello.txt HTTX/1.0\r\n\r\n',
            'GET /hello.txt HTTP/1.x\r\n\r\n',
            'PUT /hello.txt\r\n',
            'GET /a b HTTP/1.0\r\n\r\n',
            'BREW /pot HTTP/1.0\r\n\r\n',
            '\r\n']:
    status, headers, reply = raw(req)
    print repr(req), repr(status), headers
    if 'Error code' in reply:
        print reply[reply.index('<p>Message'):].split('\n')[0]
    elif not status.startswith('HTTP'):
        print repr(reply)

server.shutdown()
server.server_close()
os.chdir('/')
shutil.rmtree(root)
print len(log) > 10, [l.split('"')[1] for l in log[:2]]
print any('code 404' in l for l in log)
print Handler.server_version, BaseHTTPServer.BaseHTTPRequestHandler.server_version
print BaseHTTPServer.BaseHTTPRequestHandler.responses[404]
print BaseHTTPServer.BaseHTTPRequestHandler.sys_version.split('/')[0]
print h.date_time_string(0), h.date_time_string(1234567890)
