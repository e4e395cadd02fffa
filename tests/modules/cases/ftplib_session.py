import ftplib, socket, threading, StringIO
print ftplib.parse227('227 Entering Passive Mode (127,0,0,1,4,1).')
print ftplib.parse229('229 Entering Extended Passive Mode (|||6446|)', ('::1', 21))
print repr(ftplib.parse257('257 "/a ""quoted"" dir" created')), repr(ftplib.parse257('257 no quotes'))
print ftplib.parse150('150 Opening BINARY mode data connection for x (1234 bytes).'), ftplib.parse150('150 ok')
for f, arg in ((ftplib.parse227, '200 x'), (ftplib.parse227, '227 nothing'), (ftplib.parse229, '229 (|x|)'), (ftplib.parse257, '250 x')):
    try:
        f(arg, ('h', 1)) if f is ftplib.parse229 else f(arg)
    except ftplib.Error as e:
        print type(e).__name__, e
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
data_srv = socket.socket()
data_srv.bind(('127.0.0.1', 0))
data_srv.listen(1)
dport = data_srv.getsockname()[1]
log = []
FILES = {'README': 'line one\r\nline two\r\n'}

def serve():
    conn, _ = srv.accept()
    f = conn.makefile('rb')
    say = lambda text: conn.sendall(text + '\r\n')
    say('220-Welcome\r\n220 ready')
    while True:
        line = f.readline()
        if not line:
            break
        line = line.rstrip('\r\n')
        log.append(line)
        cmd, _, arg = line.partition(' ')
        if cmd == 'USER':
            say('331 need password')
        elif cmd == 'PASS':
            say('230 logged in')
        elif cmd == 'PASV':
            say('227 Entering Passive Mode (127,0,0,1,%d,%d).' % (dport >> 8, dport & 255))
        elif cmd in ('RETR', 'LIST', 'NLST', 'STOR'):
            if cmd == 'RETR' and arg not in FILES:
                say('550 no such file')
                continue
            d, _ = data_srv.accept()
            if cmd == 'STOR':
                say('150 ok')
                got = ''
                while True:
                    chunk = d.recv(100)
                    if not chunk:
                        break
                    got += chunk
                FILES[arg] = got
            else:
                say('150 Opening data connection (%d bytes)' % len(FILES.get(arg, '')))
                d.sendall(FILES[arg] if cmd == 'RETR' else '\r\n'.join(sorted(FILES)) + '\r\n')
            d.close()
            say('226 done')
        elif cmd == 'PWD':
            say('257 "/home/x" is current')
        elif cmd == 'SIZE':
            say('213 %d' % len(FILES.get(arg, '')))
        elif cmd == 'CWD':
            say('250 ok' if arg != 'nope' else '550 no such dir')
        elif cmd == 'QUIT':
            say('221 bye')
            break
        else:
            say('200 ok')
    conn.close()

t = threading.Thread(target=serve)
t.daemon = True
t.start()
ftp = ftplib.FTP()
print repr(ftp.connect('127.0.0.1', srv.getsockname()[1]))
print ftp.login('me', 'secret'), ftp.pwd(), ftp.size('README')
chunks = []
print ftp.retrbinary('RETR README', chunks.append), repr(''.join(chunks))
lines = []
print ftp.retrlines('RETR README', lines.append), lines
print ftp.storlines('STOR new.txt', StringIO.StringIO('a\nb\r\n'))
print ftp.storbinary('STOR bin', StringIO.StringIO('\x00\x01'))
print ftp.nlst()
print repr(FILES['new.txt']), repr(FILES['bin'])
try:
    ftp.retrbinary('RETR missing', chunks.append)
except ftplib.error_perm as e:
    print 'error_perm', e
try:
    ftp.cwd('nope')
except ftplib.error_perm as e:
    print 'error_perm', e
print ftp.cwd('sub'), ftp.sendcmd('NOOP'), ftp.sanitize('PASS secret\r\n')
try:
    ftp.sendcmd('BAD\ncmd')
except ValueError as e:
    print e
print ftp.quit(), ftp.sock
t.join()
print log
