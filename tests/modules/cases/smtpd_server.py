import smtpd, smtplib, asyncore, threading, socket
got = []
class Recorder(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data):
        got.append((mailfrom, rcpttos, data))
        if 'reject' in data:
            return '554 rejected'
server = Recorder(('127.0.0.1', 0), None)
port = server.socket.getsockname()[1]
t = threading.Thread(target=asyncore.loop, kwargs=dict(timeout=0.05, count=400))
t.daemon = True
t.start()
c = smtplib.SMTP('127.0.0.1', port, local_hostname='client')
print c.helo()[0], c.helo()
print c.noop(), c.docmd('NOOP', 'x'), c.docmd('BOGUS'), c.docmd('')
print c.rcpt('a@b'), c.mail('<>'), c.docmd('MAIL', 'FROM:<x@y>'), c.rset()
print c.sendmail('me@here', ['you@there', 'Other <o@there>'], 'Subject: s\r\n\r\n.dot\r\nline\r\n')
try:
    c.sendmail('me@here', ['you@there'], 'please reject')
except smtplib.SMTPDataError as e:
    print 'SMTPDataError', e.smtp_code, e.smtp_error
print c.docmd('DATA'), c.docmd('MAIL', 'nonsense'), c.docmd('RSET', 'x')
print c.quit()
for entry in got:
    print entry
server.close()
t.join()
print smtpd.__version__, smtpd.NEWLINE == '\n'
