# email: parsing, headers, params, round trips, address and date helpers.
import email
import email.utils as u
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header, decode_header, make_header

raw = ("From: \"Doe, John\" <john@example.com> (work)\n"
       "To: a@b.c,\n  \"Q\" <q@r.s>\n"
       "Subject: a folded\n subject line\n"
       "Content-Type: multipart/alternative; boundary=\"XX\"\n"
       "\n"
       "preamble text\n"
       "--XX\n"
       "Content-Type: text/plain\n"
       "\n"
       "plain part\n"
       "--XX\n"
       "Content-Type: text/html; charset=iso-8859-1\n"
       "Content-Transfer-Encoding: quoted-printable\n"
       "\n"
       "<p>caf=E9</p>\n"
       "--XX--\n"
       "epilogue\n")
m = email.message_from_string(raw)
print repr(m['Subject']), u.getaddresses(m.get_all('To'))
print u.parseaddr(m['From'])
print m.get_content_type(), m.get_boundary(), repr(m.preamble), repr(m.epilogue)
for part in m.walk():
    print part.get_content_type(), part.get_content_charset(), repr(part.get_payload(decode=True))
print m.get_payload(1).get_params()
print m.get_payload(1).get_param('charset'), m.get_param('nope', 'dflt')
print m.as_string() == raw
for addr in ['plain@example.com', 'Name <n@e.com>', '"Quoted Name" <q@e.com>', '(comment) x@y.z',
             'bad', '<only@angle.com>', 'a@b, c@d']:
    print repr(addr), u.parseaddr(addr)
print u.formataddr(('A (B)', 'x@y')), u.formataddr(('', 'x@y')), u.formataddr(('Plain', 'p@q'))
for d in ['Tue, 15 Nov 1994 08:12:31 GMT', '15 Nov 1994 08:12:31 +0130', 'Wed, 02 Oct 2002 13:00:00 EST',
          'garbage', '1 Jan 99 00:00 -0000']:
    print repr(d), u.parsedate_tz(d)
print u.formatdate(86400 * 365.25 * 30, usegmt=True)
print u.unquote('<x@y>'), u.unquote('"a\\"b"'), u.quote('x"y')
msg = MIMEText('body\n')
msg.add_header('Content-Disposition', 'attachment', filename='r\xe9sum\xe9.txt' if False else 'report.txt')
msg.set_param('format', 'flowed')
msg.del_param('format')
msg.set_type('text/x-custom')
print msg.items()
print msg.get_filename(), msg.get_content_subtype(), len(msg), 'Content-Type' in msg, 'nope' in msg
try:
    msg.replace_header('Nope', 'x')
except KeyError as e:
    print 'KeyError', e
h = Header('plain ascii')
h.append(u'\u20ac uro', 'utf-8')
print h.encode()
print decode_header('=?utf-8?q?=E2=82=AC?= and =?iso-8859-1?b?6Q==?=')
print str(make_header(decode_header('=?utf-8?q?hello_world?=')))
mm = MIMEMultipart(boundary='B')
mm.attach(MIMEText('one'))
mm.epilogue = ''
print mm.as_string()
again = email.message_from_string(mm.as_string())
print again.get_payload(0).get_payload(), again.is_multipart(), repr(again.epilogue)
