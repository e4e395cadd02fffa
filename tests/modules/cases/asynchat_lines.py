import asynchat, asyncore, socket
events = []

class LineServer(asynchat.async_chat):
    def __init__(self, sock):
        asynchat.async_chat.__init__(self, sock)
        self.set_terminator('\r\n')
        self.buf = []

    def collect_incoming_data(self, data):
        self.buf.append(data)

    def found_terminator(self):
        term = self.get_terminator()
        line = ''.join(self.buf)
        self.buf = []
        events.append(('server', term, line))
        if term == '\r\n' and line.startswith('SIZE '):
            self.set_terminator(int(line[5:]))
        elif term == '\r\n' and line == 'QUIT':
            self.push('BYE\r\n')
            self.close_when_done()
        else:
            if isinstance(term, int):
                self.set_terminator('\r\n')
            self.push('GOT %d\r\n' % len(line))

class Listener(asyncore.dispatcher):
    def __init__(self):
        asyncore.dispatcher.__init__(self)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.bind(('127.0.0.1', 0))
        self.listen(1)

    def handle_accept(self):
        pair = self.accept()
        if pair:
            LineServer(pair[0])
            self.close()

class Client(asynchat.async_chat):
    def __init__(self, port):
        asynchat.async_chat.__init__(self)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.connect(('127.0.0.1', port))
        self.set_terminator('\r\n')
        self.push('hello\r\nsplit ')
        self.push('line\r\nSIZE 5\r\nab\r\ncQUIT\r\n')
        self.push_with_producer(asynchat.simple_producer('ignored-after-quit' * 3, 7))

    def collect_incoming_data(self, data):
        self._collect_incoming_data(data)

    def found_terminator(self):
        events.append(('client', self._get_data()))

    def handle_close(self):
        events.append('client closed')
        self.close()

l = Listener()
c = Client(l.socket.getsockname()[1])
asyncore.loop(timeout=0.5, count=30)
# each side's events in order (the interleaving depends on timing)
for e in [e for e in events if e[0] == 'server'] + [e for e in events if e[0] != 'server']:
    print e
print asynchat.find_prefix_at_end('abc\r', '\r\n'), asynchat.find_prefix_at_end('abc', '\r\n'), asynchat.find_prefix_at_end('xxab', 'abc')
f = asynchat.fifo(['a', 'b'])
print len(f), f.first(), f.pop(), f.pop(), f.pop(), f.is_empty()
p = asynchat.simple_producer('abcdefgh', 3)
print p.more(), p.more(), p.more(), repr(p.more())
ch = asynchat.async_chat()
try:
    ch.found_terminator()
except NotImplementedError as e:
    print e
ch.set_terminator(None)
print ch.get_terminator(), ch.ac_in_buffer_size, ch.ac_out_buffer_size
