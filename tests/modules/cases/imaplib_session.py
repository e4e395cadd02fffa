import imaplib, socket, threading, time
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
log = []
MSG = 'Subject: hi\r\n\r\nbody\r\n'

def serve():
    conn, _ = srv.accept()
    f = conn.makefile('rb')
    say = lambda text: conn.sendall(text + '\r\n')
    say('* OK IMAP4rev1 ready')
    while True:
        line = f.readline()
        if not line:
            break
        line = line.rstrip('\r\n')
        log.append(line)
        tag, cmd, rest = (line.split(' ', 2) + ['', ''])[:3]
        if cmd == 'CAPABILITY':
            say('* CAPABILITY IMAP4rev1 AUTH=PLAIN')
            say(tag + ' OK done')
        elif cmd == 'LOGIN':
            say(tag + (' OK logged in' if rest == 'me "se cret"' else ' NO bad password'))
        elif cmd == 'SELECT':
            say('* 2 EXISTS')
            say('* 0 RECENT')
            say('* OK [UIDVALIDITY 42] ok')
            say('* FLAGS (\\Seen \\Deleted)')
            say(tag + ' OK [READ-WRITE] selected')
        elif cmd == 'SEARCH':
            say('* SEARCH 1 2')
            say(tag + ' OK done')
        elif cmd == 'FETCH':
            say('* 1 FETCH (RFC822 {%d}' % len(MSG))
            conn.sendall(MSG)
            say(' INTERNALDATE "17-Jul-1996 02:44:25 -0700")')
            say(tag + ' OK done')
        elif cmd == 'STORE':
            say('* 1 FETCH (FLAGS (\\Deleted))')
            say(tag + ' OK done')
        elif cmd == 'APPEND':
            size = int(rest[rest.rindex('{') + 1:-1])
            say('+ go ahead')
            data = f.read(size)
            f.readline()
            log.append(repr(data))
            say(tag + ' OK appended')
        elif cmd == 'BOGUS':
            say(tag + ' BAD unknown')
        elif cmd == 'LOGOUT':
            say('* BYE bye')
            say(tag + ' OK done')
            break
        else:
            say(tag + ' OK done')
    conn.close()

t = threading.Thread(target=serve)
t.daemon = True
t.start()
M = imaplib.IMAP4('127.0.0.1', srv.getsockname()[1])
print M.welcome, M.state, M.PROTOCOL_VERSION, M.capabilities
print M.login('me', 'se cret'), M.state
print M.select(), M.state, M.response('UIDVALIDITY'), M.response('FLAGS')
print M.search(None, 'ALL')
typ, data = M.fetch('1', '(RFC822 INTERNALDATE)')
print typ, data
print time.mktime(imaplib.Internaldate2tuple(data[1])) == time.mktime(imaplib.Internaldate2tuple('INTERNALDATE "17-Jul-1996 09:44:25 +0000"'))
print M.store('1', '+FLAGS', '\\Deleted'), M.noop(), M.expunge()
print M.append('INBOX', '\\Seen', '"01-Jan-2000 00:00:00 +0000"', 'line1\nline2')
try:
    M.xatom('BOGUS', 'x y')
except M.error as e:
    print 'error', e
try:
    M.login('a', 'b')
except M.error as e:
    print 'error', e
print M.NOOP()
try:
    M.nosuch
except AttributeError as e:
    print e
print M.logout(), M.state
t.join()
srv.close()
for entry in log:
    print entry.split(' ', 1)[-1]
print imaplib.Int2AP(0), imaplib.Int2AP(4096), imaplib.Int2AP(65535), imaplib.ParseFlags('1 (FLAGS (\\Seen \\Answered))'), imaplib.ParseFlags('nothing')
print imaplib.Time2Internaldate('"already"'), imaplib.Internaldate2tuple('garbage')
try:
    imaplib.Time2Internaldate([1])
except ValueError as e:
    print e
print len(imaplib.Time2Internaldate(0)), imaplib.Commands['UID']
