import asyncore, socket, os
received = []

class EchoHandler(asyncore.dispatcher_with_send):
    def handle_read(self):
        data = self.recv(100)
        if data:
            self.send(data.upper())

    def handle_close(self):
        received.append('server saw close')
        self.close()

class Server(asyncore.dispatcher):
    def __init__(self):
        asyncore.dispatcher.__init__(self)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.set_reuse_addr()
        self.bind(('127.0.0.1', 0))
        self.listen(5)

    def handle_accept(self):
        pair = self.accept()
        if pair is not None:
            EchoHandler(pair[0])

class Client(asyncore.dispatcher_with_send):
    def __init__(self, port):
        asyncore.dispatcher_with_send.__init__(self)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.connect(('127.0.0.1', port))
        self.send('hello world')
        self.got = ''

    def handle_connect(self):
        received.append('connected')

    def handle_read(self):
        self.got += self.recv(100)
        if len(self.got) >= 11:
            received.append(self.got)
            self.close()

for use_poll in (False, True):
    server = Server()
    port = server.socket.getsockname()[1]
    c = Client(port)
    print repr(server).split(' at ')[0].split(':')[0], c.accepting, server.accepting
    asyncore.loop(timeout=0.5, use_poll=use_poll, count=20)
    print received, len(asyncore.socket_map)
    del received[:]
    server.close()
    asyncore.loop(timeout=0.1, count=5)
    print len(asyncore.socket_map)

class Quiet(asyncore.dispatcher):
    def handle_read(self):
        raise ValueError('boom')
r, w = os.pipe()
os.write(w, 'x')
fd = asyncore.file_dispatcher(r)
print fd.connected, fd.socket.recv(1)
os.write(w, 'y')
log = []
class Broken(asyncore.file_dispatcher):
    def handle_read(self):
        raise ValueError('boom')
    def log_info(self, message, type='info'):
        log.append((type, message.split(' (')[0].split(' <')[0]))
b = Broken(r)
asyncore.loop(timeout=0.1, count=1, map={b._fileno: b})
print log
fd.close()
os.close(r); os.close(w)
try:
    raise KeyError('k')
except KeyError:
    info = asyncore.compact_traceback()
print info[0][1:], info[1], repr(info[2])
class Exiter(asyncore.file_dispatcher):
    def handle_read(self):
        raise asyncore.ExitNow('stop')
r, w = os.pipe(); os.write(w, 'z')
m = {}
e = Exiter(r, map=m)
try:
    asyncore.loop(timeout=0.1, count=2, map=m)
except asyncore.ExitNow as ex:
    print 'ExitNow', ex
asyncore.close_all(map=m)
print m
d = asyncore.dispatcher()
print d.readable(), d.writable(), d.connected, d.socket
try:
    d.nosuchattr
except AttributeError as ex:
    print ex
asyncore.dispatcher().log_info('shown')
asyncore.dispatcher().log_info('hidden', 'warning')
