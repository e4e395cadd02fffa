# ssl over _ssl: constants, certificate helpers, SSLContext settings and
# their errors, and TLS between two threads on 127.0.0.1 (ephemeral port)
# with a self-signed certificate embedded below (valid until 2126):
# handshake, peer certificate, data both ways, makefile, verification and
# host name failures, and HTTPS through httplib and urllib2.
import BaseHTTPServer
import httplib
import os
import socket
import ssl
import sys
import tempfile
import threading
import urllib2

CERT = """-----BEGIN CERTIFICATE-----
MIICAzCCAamgAwIBAgICEjQwCgYIKoZIzj0EAwIwSTELMAkGA1UEBhMCWFkxEzAR
BgNVBAgMClNvbWUgU3RhdGUxETAPBgNVBAoMCE5ldCBUZXN0MRIwEAYDVQQDDAls
b2NhbGhvc3QwIBcNMjYxMTIyMTQzNzU3WhgPMjEyNjEwMjkxNDM3NTdaMEkxCzAJ
BgNVBAYTAlhZMRMwEQYDVQQIDApTb21lIFN0YXRlMREwDwYDVQQKDAhOZXQgVGVz
dDESMBAGA1UEAwwJbG9jYWxob3N0MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
/Lf7taFsHeoNdVsj/f+uLeYW1Ao0I/H5prmIM6Sgb18sJOppz0JRwj7mL8yrNLvp
JI72KjaNZMfwjKiQm9YWwaN/MH0wHQYDVR0OBBYEFD5j3QxF38VXYQQgzpwNNER2
FayGMB8GA1UdIwQYMBaAFD5j3QxF38VXYQQgzpwNNER2FayGMA8GA1UdEwEB/wQF
MAMBAf8wKgYDVR0RBCMwIYIJbG9jYWxob3N0gg4qLmV4YW1wbGUudGVzdIcEfwAA
ATAKBggqhkjOPQQDAgNIADBFAiAVJhZTwWo+15Z1oNuDuTtAgR5CpMIvJ4bwGx2F
k9Fi6gIhAIF1JDFC6vRPTsIizpIZ64L0MOEdkOTkKg7rmCJwh9Kj
-----END CERTIFICATE-----
"""
KEY = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgEWp1IVbN0EIBtNHe
LBo9uoZ7rnmHPco/NUVkxAKJJguhRANCAAT8t/u1oWwd6g11WyP9/64t5hbUCjQj
8fmmuYgzpKBvXywk6mnPQlHCPuYvzKs0u+kkjvYqNo1kx/CMqJCb1hbB
-----END PRIVATE KEY-----
"""

tmpdir = tempfile.mkdtemp()
CERTFILE = os.path.join(tmpdir, 'cert.pem')
KEYFILE = os.path.join(tmpdir, 'key.pem')
with open(CERTFILE, 'w') as f:
    f.write(CERT)
with open(KEYFILE, 'w') as f:
    f.write(KEY)

print ssl.CERT_NONE, ssl.CERT_OPTIONAL, ssl.CERT_REQUIRED
print ssl.PROTOCOL_SSLv23, ssl.PROTOCOL_TLS, ssl.PROTOCOL_TLSv1, ssl.PROTOCOL_TLSv1_2
print ssl.OP_NO_SSLv3, ssl.OP_NO_TLSv1, ssl.OP_NO_COMPRESSION, ssl.HAS_SNI
print ssl.SSL_ERROR_WANT_READ, ssl.SSL_ERROR_EOF, ssl.get_protocol_name(ssl.PROTOCOL_TLSv1_2), ssl.get_protocol_name(99)
print ssl.OPENSSL_VERSION.startswith('OpenSSL'), len(ssl.OPENSSL_VERSION_INFO), ssl.RAND_status()
print issubclass(ssl.SSLError, socket.error), issubclass(ssl.SSLEOFError, ssl.SSLError), issubclass(ssl.CertificateError, ValueError)
print ssl.Purpose.SERVER_AUTH.shortname, ssl.Purpose.CLIENT_AUTH.oid
paths = ssl.get_default_verify_paths()
print paths.openssl_cafile_env, paths.openssl_capath_env

der = ssl.PEM_cert_to_DER_cert(CERT)
print len(der), ssl.DER_cert_to_PEM_cert(der) == CERT
try:
    ssl.PEM_cert_to_DER_cert('junk')
except ValueError as e:
    print 'ValueError', e
print ssl.cert_time_to_seconds('Jan  5 09:34:43 2018 GMT'), ssl.cert_time_to_seconds('May 9 00:00:00 2007 GMT')

cert = {'subject': ((('commonName', 'example.com'),),),
        'subjectAltName': (('DNS', 'example.com'), ('DNS', '*.example.org'), ('IP Address', '10.0.0.1'))}
for host in ['example.com', 'EXAMPLE.com', 'a.example.org', 'a.b.example.org', 'example.org', '10.0.0.1', 'other.com']:
    try:
        ssl.match_hostname(cert, host)
        print host, 'ok'
    except ssl.CertificateError as e:
        print host, 'CertificateError', e
cn_only = {'subject': ((('countryName', 'XY'),), (('commonName', 'w*.example.com'),))}
for host in ['www.example.com', 'w.example.com', 'xwww.example.com', 'www.sub.example.com']:
    try:
        ssl.match_hostname(cn_only, host)
        print host, 'ok'
    except ssl.CertificateError as e:
        print host, 'CertificateError', e
for bad in [{}, {'subject': ((('organizationName', 'x'),),)}, {'subjectAltName': (('DNS', 'a*b*.c'),)}]:
    try:
        ssl.match_hostname(bad, 'a.c')
    except (ValueError, ssl.CertificateError) as e:
        print type(e).__name__, e

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
print ctx.protocol, ctx.verify_mode, ctx.check_hostname, bool(ctx.options & ssl.OP_NO_SSLv3)
ctx.options |= ssl.OP_NO_TLSv1
print bool(ctx.options & ssl.OP_NO_TLSv1)
for value in [5, ssl.CERT_REQUIRED]:
    try:
        ctx.verify_mode = value
        print 'verify_mode', ctx.verify_mode
    except ValueError as e:
        print 'ValueError', e
ctx.check_hostname = True
try:
    ctx.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print 'ValueError', e
ctx2 = ssl.SSLContext(ssl.PROTOCOL_TLS)
try:
    ctx2.check_hostname = True
except ValueError as e:
    print 'ValueError', e
try:
    ssl.SSLContext(42)
except ValueError as e:
    print 'ValueError', e
try:
    ctx2.load_verify_locations()
except TypeError as e:
    print 'TypeError', e
try:
    ctx2.load_verify_locations(os.path.join(tmpdir, 'missing.pem'))
except IOError as e:
    print 'IOError', e.errno, e.strerror
try:
    ctx2.load_cert_chain(os.path.join(tmpdir, 'missing.pem'))
except IOError as e:
    print 'IOError', e.errno
try:
    ctx2.load_cert_chain(CERTFILE)
except ssl.SSLError as e:
    print 'SSLError', e.errno
try:
    ctx2.set_ciphers('NO-SUCH-CIPHER')
except ssl.SSLError as e:
    print 'SSLError', e.errno
ctx2.load_verify_locations(cadata=unicode(CERT))
ctx2.load_cert_chain(CERTFILE, KEYFILE)
ctx2.set_ciphers('HIGH:!aNULL')
dflt = ssl.create_default_context()
print dflt.verify_mode, dflt.check_hostname
print ssl._create_unverified_context().verify_mode, ssl._create_unverified_context().check_hostname
print ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).verify_mode
try:
    ssl.create_default_context('nonsense')
except TypeError as e:
    print 'TypeError', e


server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
server_ctx.load_cert_chain(CERTFILE, KEYFILE)
listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(5)
port = listener.getsockname()[1]
server_log = []


def serve(count):
    for i in range(count):
        conn, addr = listener.accept()
        try:
            tls = server_ctx.wrap_socket(conn, server_side=True)
        except (ssl.SSLError, socket.error) as e:
            server_log.append('handshake failed')
            conn.close()
            continue
        try:
            server_log.append(tls.getpeercert())
            tls.settimeout(3)
            f = tls.makefile('rb')
            line = f.readline()
            f.close()
            if line:
                tls.sendall('you said: ' + line)
                tls.sendall('x' * 100000)
                tls.sendall('\nbye\n')
            else:
                server_log.append('client left')
        except (ssl.SSLError, socket.error) as e:
            server_log.append('error after handshake')
        finally:
            tls.close()

thread = threading.Thread(target=serve, args=(6,))
thread.daemon = True
thread.start()

client_ctx = ssl.create_default_context(cafile=CERTFILE)
s = client_ctx.wrap_socket(socket.create_connection(('127.0.0.1', port), timeout=10),
                           server_hostname='localhost')
print s.version() in ('TLSv1.2', 'TLSv1.3'), type(s.cipher()), len(s.cipher())
peer = s.getpeercert()
for key in sorted(peer):
    print ' ', key, repr(peer[key])
print len(s.getpeercert(True)) == len(der), s.getpeercert(True) == der
print s.server_hostname, s.server_side, s.context is client_ctx, s.gettimeout(), s.pending()
s.sendall('hello over tls\n')
f = s.makefile('rb')
print repr(f.readline())
data = f.read(100000)
print len(data), data == 'x' * 100000, repr(f.readline()), repr(f.readline())
f.close()
s.close()
try:
    s.recv(10)
except (socket.error, ValueError) as e:
    print 'after close', type(e).__name__

try:
    ssl.create_default_context().wrap_socket(socket.create_connection(('127.0.0.1', port)),
                                             server_hostname='localhost')
except ssl.SSLError as e:
    print 'SSLError', e.errno, e.library, e.reason
del e
sys.exc_clear()
raw = socket.create_connection(('127.0.0.1', port))
try:
    client_ctx.wrap_socket(raw)
except ValueError as e:
    print 'ValueError', e
del e
sys.exc_clear()
raw.close()
old = ssl.wrap_socket(socket.create_connection(('127.0.0.1', port), timeout=10),
                      cert_reqs=ssl.CERT_REQUIRED, ca_certs=CERTFILE)
print old.getpeercert()['subjectAltName']
old.sendall('legacy\n')
print repr(old.recv(19))
# read to the server's last line before closing: closing with unread data
# resets the connection, and the server's log would depend on timing
rest = ''
while not rest.endswith('bye\n'):
    chunk = old.recv(65536)
    if not chunk:
        break
    rest += chunk
old.close()
manual_ctx = ssl.create_default_context(cafile=CERTFILE)
manual_ctx.check_hostname = False
s = manual_ctx.wrap_socket(socket.create_connection(('127.0.0.1', port), timeout=10))
try:
    ssl.match_hostname(s.getpeercert(), 'other.test')
except ssl.CertificateError as e:
    print 'CertificateError', e
s.close()
# Last: the check inside wrap_socket (the server gives up on this one).
try:
    client_ctx.wrap_socket(socket.create_connection(('127.0.0.1', port)), server_hostname='other.test')
except ssl.CertificateError as e:
    print 'CertificateError', e
thread.join()
print server_log[:5]
listener.close()


class Handler(BaseHTTPServer.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        body = 'secure %s' % self.path
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

httpd = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), Handler)
httpd.socket = server_ctx.wrap_socket(httpd.socket, server_side=True)
thread = threading.Thread(target=httpd.serve_forever, args=(0.05,))
thread.daemon = True
thread.start()
hport = httpd.server_address[1]
conn = httplib.HTTPSConnection('localhost', hport, context=client_ctx, timeout=10)
conn.request('GET', '/one')
r = conn.getresponse()
print r.status, r.read()
conn.close()
r = urllib2.urlopen('https://localhost:%d/two' % hport, context=client_ctx, timeout=10)
print r.code, r.read(), r.geturl().startswith('https://localhost:')
r = urllib2.urlopen('https://localhost:%d/three' % hport, cafile=CERTFILE, timeout=10)
print r.read()
try:
    urllib2.urlopen('https://localhost:%d/four' % hport, timeout=10)
except urllib2.URLError as e:
    print 'URLError', type(e.reason).__name__, e.reason.reason
httpd.shutdown()
httpd.server_close()
os.unlink(CERTFILE)
os.unlink(KEYFILE)
os.rmdir(tmpdir)
