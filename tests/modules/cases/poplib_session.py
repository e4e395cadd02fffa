import poplib, socket, threading, hashlib
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
log = []
MSG = ['Subject: one', '', 'body line', '.starts with dot', 'end']

def serve():
    conn, _ = srv.accept()
    f = conn.makefile('rb')
    def say(*lines):
        conn.sendall(''.join(l + '\r\n' for l in lines))
    say('+OK POP3 ready <1896.697170952@dbc.mtview.ca.us>')
    while True:
        line = f.readline()
        if not line:
            break
        line = line.rstrip('\r\n')
        log.append(line)
        cmd = line.split(' ')[0]
        if cmd == 'STAT':
            say('+OK 2 320')
        elif cmd == 'LIST':
            if ' ' in line:
                say('+OK 1 120')
            else:
                say('+OK 2 messages', '1 120', '2 200', '.')
        elif cmd in ('RETR', 'TOP'):
            say('+OK message follows', *[('.' + l if l.startswith('.') else l) for l in MSG] + ['.'])
        elif cmd == 'UIDL':
            if ' ' in line:
                say('+OK 2 def')
            else:
                say('+OK', '1 abc', '2 def', '.')
        elif cmd == 'DELE' and line.endswith('9'):
            say('-ERR no such message')
        elif cmd == 'APOP':
            want = hashlib.md5('<1896.697170952@dbc.mtview.ca.us>tanstaaf').hexdigest()
            say('+OK maildrop locked' if line.split()[2] == want else '-ERR bad digest')
        elif cmd == 'QUIT':
            say('+OK bye')
            break
        else:
            say('+OK')
    conn.close()

t = threading.Thread(target=serve)
t.daemon = True
t.start()
p = poplib.POP3('127.0.0.1', srv.getsockname()[1])
print p.getwelcome()
print p.user('me'), p.pass_('pw'), p.apop('mrose', 'tanstaaf')
print p.stat()
print p.list()
print p.list(1)
print p.retr(1)
print p.top(1, 0)
print p.uidl(), p.uidl(2)
print p.noop(), p.rset(), p.dele(1)
try:
    p.dele(9)
except poplib.error_proto as e:
    print 'error_proto', e
print p.quit()
t.join()
srv.close()
print log
print poplib.POP3_PORT, poplib.POP3_SSL_PORT, repr(poplib.CRLF)
print 'POP3' in poplib.__all__, 'error_proto' in poplib.__all__
