# SocketHandler / DatagramHandler send length-prefixed pickled record dicts
import logging, logging.handlers, socket, struct, cPickle

def read_exact(conn, n):
    data = ""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            break
        data += chunk
    return data

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0))
server.listen(1)
port = server.getsockname()[1]

h = logging.handlers.SocketHandler("127.0.0.1", port)
print h.retryStart, h.retryMax, h.retryFactor, h.closeOnError, h.sock
log = logging.getLogger("sock.test")
log.propagate = False
log.addHandler(h)
log.warning("hello %s %d", "world", 42)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
conn, _ = server.accept()
for i in range(2):
    size = struct.unpack(">L", read_exact(conn, 4))[0]
    d = cPickle.loads(read_exact(conn, size))
    rec = logging.makeLogRecord(d)
    print rec.name, rec.levelname, repr(rec.getMessage()), d["args"], d["exc_info"]
    print (d["exc_text"] or "").splitlines()[-1:]
h.close()
print h.sock
conn.close()
server.close()

# the connection is refused: the handler backs off and drops the record
h = logging.handlers.SocketHandler("127.0.0.1", port)
h.emit(logging.makeLogRecord({"msg": "lost"}))
print h.sock, h.retryPeriod, h.retryTime is not None
h.close()

udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(("127.0.0.1", 0))
d = logging.handlers.DatagramHandler("127.0.0.1", udp.getsockname()[1])
d.emit(logging.makeLogRecord({"msg": "dgram %d", "args": (7,), "name": "udp"}))
data = udp.recv(65536)
size = struct.unpack(">L", data[:4])[0]
print size == len(data) - 4, cPickle.loads(data[4:])["msg"]
d.close()
udp.close()
