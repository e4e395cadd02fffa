# _socket and socket.py: a TCP connection on the loopback, timeouts, socketpair, address helpers.
import socket, errno
print socket.AF_INET, socket.SOCK_STREAM, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.has_ipv6
print issubclass(socket.error, IOError), issubclass(socket.timeout, socket.error), issubclass(socket.gaierror, socket.error)
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print host, port > 0
cli = socket.create_connection(("127.0.0.1", port))
conn, addr = srv.accept()
print addr[0], conn.family == socket.AF_INET, conn.type, conn.proto
cli.sendall("hello\nworld\n")
f = conn.makefile("rb")
print repr(f.readline()), repr(f.read(3))
conn.send("pong")
print repr(cli.recv(10))
conn.settimeout(0.2)
print conn.gettimeout()
try:
    conn.recv(10)
except socket.timeout as e:
    print "timeout", e
conn.setblocking(0)
try:
    conn.recv(10)
except socket.error as e:
    print "error", e.args[0] == errno.EAGAIN
cli.close(); conn.close(); f.close(); srv.close()
try:
    cli.recv(1)
except socket.error as e:
    print e
a, b = socket.socketpair()
a.sendall("x" * 100000)
got = 0
while got < 100000:
    got += len(b.recv(65536))
print got
print socket.inet_aton("127.0.0.1") == "\x7f\x00\x00\x01", socket.inet_ntoa("\x0a\x00\x00\x01")
print repr(socket.inet_pton(socket.AF_INET6, "::1")), socket.inet_ntop(socket.AF_INET6, "\x00" * 15 + "\x01")
print socket.htons(1), socket.ntohl(1), socket.htonl(0x01020304)
for bad in ["1.2.3", "999.1.1.1", "x"]:
    try:
        socket.inet_aton(bad); print "ok", bad
    except socket.error as e:
        print "error", e
try:
    socket.inet_ntop(socket.AF_INET, "abc")
except ValueError as e:
    print "ValueError", e
print socket.getservbyname("http", "tcp"), socket.getservbyport(80, "tcp"), socket.getprotobyname("tcp")
print socket.gethostbyname("localhost"), socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)
print socket.getdefaulttimeout(); socket.setdefaulttimeout(1.5); print socket.socket().gettimeout(); socket.setdefaulttimeout(None)
try:
    socket.socket().connect(("127.0.0.1", 1))
except socket.error as e:
    print "connect", e.args[0] == errno.ECONNREFUSED
try:
    socket.getaddrinfo("no.such.host.invalid", 80)
except socket.gaierror as e:
    print "gaierror", e.args[0] < 0
try:
    srv2 = socket.socket(); srv2.bind(("127.0.0.1", 70000))
except OverflowError as e:
    print "OverflowError", e
print type(socket.gethostname()), '.' in socket.getfqdn('localhost') or True
