import telnetlib, socket, threading
from telnetlib import IAC, DO, DONT, WILL, WONT, SB, SE, ECHO, TTYPE, NOP
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
got = []

def serve():
    conn, _ = srv.accept()
    received = ['']
    def wait_line():
        while received[0].count('\n') < len(got) + 1:
            received[0] += conn.recv(100)
        got.append(received[0])
    conn.sendall('login: ' + IAC + DO + ECHO + IAC + WILL + TTYPE)
    wait_line()
    conn.sendall('welcome\r\n' + IAC + IAC + 'x' + IAC + NOP + '\0prompt> ')
    wait_line()
    conn.sendall(IAC + SB + TTYPE + 'sub' + IAC + SE + 'tail data 42\r\nbye')
    conn.close()

t = threading.Thread(target=serve)
t.daemon = True
t.start()
tn = telnetlib.Telnet('127.0.0.1', srv.getsockname()[1])
print repr(tn.read_until('login: ', 5))
tn.write('user' + IAC + '\n')
print repr(tn.read_until('prompt> ', 5))
tn.write('cmd\n')
print tn.expect([r'nomatch', r'data (\d+)'], 5)[::2]
print repr(tn.read_all()), repr(tn.read_sb_data())
try:
    tn.read_very_lazy()
except EOFError as e:
    print 'EOFError', e
tn.close()
t.join()
print repr(got[-1])
print telnetlib.TELNET_PORT, ord(telnetlib.IAC), ord(telnetlib.FORWARD_X), ord(telnetlib.NOOPT), telnetlib.__all__
