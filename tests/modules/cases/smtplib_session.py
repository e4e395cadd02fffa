import smtplib, socket, threading, base64, hmac
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
port = srv.getsockname()[1]
log = []

def serve():
    conn, _ = srv.accept()
    f = conn.makefile('rb')
    def say(text):
        conn.sendall(text + '\r\n')
    say('220 test.example ESMTP ready')
    in_data = False
    body = []
    while True:
        line = f.readline()
        if not line:
            break
        if in_data:
            if line == '.\r\n':
                in_data = False
                log.append(('DATA', ''.join(body)))
                say('250 queued')
            else:
                body.append(line)
            continue
        line = line.rstrip('\r\n')
        log.append(line)
        cmd = line.split(' ')[0].upper()
        if cmd == 'EHLO':
            say('250-test.example hello\r\n250-SIZE 1000\r\n250-8BITMIME\r\n250-AUTH=LOGIN\r\n250 AUTH PLAIN CRAM-MD5')
        elif cmd == 'MAIL':
            say('250 ok' if 'bad' not in line else '550 no such sender')
        elif cmd == 'RCPT':
            say('250 ok' if 'nobody' not in line else '550 unknown user')
        elif cmd == 'DATA':
            in_data = True
            body = []
            say('354 go ahead')
        elif cmd == 'VRFY':
            say('252 cannot verify')
        elif cmd == 'AUTH':
            if line.split()[1] == 'CRAM-MD5':
                say('334 ' + base64.b64encode('<challenge@test>'))
            else:
                say('535 no')
        elif cmd == 'HELP':
            say('214-line one\r\n214 line two')
        elif cmd == 'QUIT':
            say('221 bye')
            break
        elif line.startswith('dXNlci'):
            user, digest = base64.b64decode(line).split()
            ok = digest == hmac.HMAC('pw', '<challenge@test>').hexdigest()
            say('235 welcome' if ok else '535 bad')
        else:
            say('250 ok')
    conn.close()

t = threading.Thread(target=serve)
t.daemon = True
t.start()
s = smtplib.SMTP('127.0.0.1', port, local_hostname='client.example')
print s.ehlo()
print sorted(s.esmtp_features.items()), s.has_extn('SIZE'), s.has_extn('starttls'), s.does_esmtp
print s.login('user', 'pw')
print s.noop(), s.verify('Someone <x@y.z>'), s.rset()
print repr(s.help())
msg = 'Subject: hi\n\n.leading dot\nline two\r\nend'
print s.sendmail('me@example.org', ['a@x.org', 'nobody@x.org'], msg)
try:
    s.sendmail('me@example.org', 'nobody@x.org', msg)
except smtplib.SMTPRecipientsRefused as e:
    print 'refused', e.recipients
try:
    s.sendmail('bad@example.org', ['a@x.org'], msg)
except smtplib.SMTPSenderRefused as e:
    print 'sender refused', e.smtp_code, e.smtp_error, e.sender, e.args
print s.quit()
t.join()
srv.close()
for entry in log:
    print entry
print smtplib.quoteaddr('Joe <joe@example.org>'), smtplib.quoteaddr(''), smtplib.quoteaddr('plain@x')
print repr(smtplib.quotedata('.a\n..b\rc\r\nd.'))
e = smtplib.SMTPResponseException(500, 'bad')
print e.smtp_code, e.smtp_error, e.args, str(smtplib.SMTPRecipientsRefused({'a': (1, 'x')}))
s2 = smtplib.SMTP(local_hostname='x')
try:
    s2.noop()
except smtplib.SMTPServerDisconnected as e:
    print 'SMTPServerDisconnected', e
try:
    s2.connect('127.0.0.1:abc')
except socket.error as e:
    print 'socket.error', e
