# CGIHTTPServer: path collapsing, and Python CGI scripts run for GET and
# POST by a server on 127.0.0.1 (ephemeral port) in a thread.
import BaseHTTPServer
import CGIHTTPServer
import httplib
import os
import shutil
import tempfile
import threading

for path in ['', '/', '/a/b/c/../d', './a', '/a/b/.', '/cgi-bin/x.py?q=1/2', '/a/%2e%2e/b', '..']:
    try:
        print repr(path), CGIHTTPServer._url_collapse_path(path)
    except IndexError:
        print repr(path), 'IndexError'

root = tempfile.mkdtemp()
os.mkdir(os.path.join(root, 'cgi-bin'))
with open(os.path.join(root, 'cgi-bin', 'env.py'), 'w') as f:
    f.write('import os, sys\n'
            'print "Content-type: text/plain"\n'
            'print\n'
            'for k in ["REQUEST_METHOD", "QUERY_STRING", "PATH_INFO", "SCRIPT_NAME", "CONTENT_LENGTH",\n'
            '          "GATEWAY_INTERFACE", "HTTP_USER_AGENT", "REMOTE_USER"]:\n'
            '    print k, repr(os.environ.get(k))\n'
            'n = int(os.environ.get("CONTENT_LENGTH") or 0)\n'
            'print "body", repr(sys.stdin.read(n))\n')
with open(os.path.join(root, 'cgi-bin', 'data.txt'), 'w') as f:
    f.write('not a script')
with open(os.path.join(root, 'plain.txt'), 'w') as f:
    f.write('plain file')
os.chdir(root)


class Handler(CGIHTTPServer.CGIHTTPRequestHandler):
    def log_message(self, *args):
        pass

server = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, args=(0.05,))
thread.daemon = True
thread.start()
port = server.server_address[1]


def request(method, path, body=None, headers={}):
    conn = httplib.HTTPConnection('127.0.0.1', port, timeout=20)
    conn.request(method, path, body, headers)
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, r.reason, data

# 2.7 runs scripts as 'nobody' when the server runs as root, who cannot
# read them here: run them only as another user.
if os.geteuid() != 0:
    print request('GET', '/cgi-bin/env.py/extra/path?a=1&b=2', headers={'User-Agent': 'tester'})
    print request('POST', '/cgi-bin/env.py', 'x=1&y=2', {'Content-Type': 'application/x-www-form-urlencoded',
                                                         'Authorization': 'Basic dXNlcjpwdw=='})
print request('GET', '/cgi-bin/missing.py')[:2]
print request('GET', '/plain.txt')
print request('POST', '/plain.txt')[:2]
server.shutdown()
server.server_close()
os.chdir('/')
shutil.rmtree(root)
print CGIHTTPServer.CGIHTTPRequestHandler.cgi_directories
