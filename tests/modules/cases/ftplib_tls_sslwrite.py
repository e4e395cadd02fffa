# ftplib.FTP_TLS's construction rules, and an SSL socket's send() taking a
# buffer, bytearray or memoryview (asynchat sends buffer slices).
import ftplib
import os
import socket
import ssl
import threading

print 'FTP_TLS' in ftplib.__all__, ssl.SSLError in ftplib.all_errors
ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
for kwargs in ({'keyfile': 'k'}, {'certfile': 'c'}, {'keyfile': 'k', 'certfile': 'c'}):
    kwargs['context'] = ctx
    try:
        ftplib.FTP_TLS(**kwargs)
    except ValueError as e:
        print 'ValueError', e
f = ftplib.FTP_TLS(context=ctx)
print f.context is ctx, f.ssl_version == ssl.PROTOCOL_SSLv23, hasattr(f, 'ccc')

CERT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ftplib_tls_sslwrite.pem')
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
received = []


def serve():
    conn, _ = srv.accept()
    s = ssl.wrap_socket(conn, server_side=True, certfile=CERT)
    data = ''
    while len(data) < 12:
        chunk = s.recv(100)
        if not chunk:
            break
        data += chunk
    received.append(data)
    s.close()

t = threading.Thread(target=serve)
t.start()
c = ssl.wrap_socket(socket.create_connection(srv.getsockname()))
print c.send(buffer('xxabcd', 2)), c.send(bytearray('efgh')), c.send(memoryview('ijkl'))
t.join()
c.close()
srv.close()
print received
