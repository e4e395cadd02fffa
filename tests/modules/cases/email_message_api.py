import email
from email.message import Message
from email.mime.text import MIMEText
from email.charset import Charset
from email import errors
m = Message()
print m.get_content_type(), m.get_params(), m.get_param('x'), m.get_filename(), m.get_boundary(), m.get_content_charset(), m.get_charsets()
m['content-type'] = 'Text/HTML; Charset="UTF-8"; name=foo.txt; x="a;b"; flag; y = "q\\"z"'
print m.get_content_type(), m.get_params(), m.get_params(unquote=False), m.get_param('CHARSET'), m.get_param('x', unquote=False), m.get_param('flag'), m.get_filename(), m.get_content_charset()
m.set_param('charset', 'iso-8859-1'); print m['content-type']
m.set_param('new', 'v w'); m.set_param('n2', 'plain', requote=False); m.set_param('n3', 'pl;ain', requote=False); print m['content-type']
m.set_param('title', u'caf\xe9'.encode('utf-8'), charset='utf-8', language='fr'); print m['content-type'], m.get_param('title')
m.del_param('name'); m.del_param('nothere'); print m['content-type'], m.keys()
m.set_param('p', 'v', header='X-Other'); print m['X-Other']; m.set_param('p', '', header='X-Other2'); print m.get('X-Other2')
m.set_type('multipart/mixed'); print m.items()
try: m.set_type('bad')
except ValueError as e: print 'VE', repr(e)
m.set_boundary('BND'); print m['content-type'], m.get_boundary()
m2 = Message()
try: m2.set_boundary('x')
except errors.HeaderParseError as e: print 'HPE', e
m2['Content-Type'] = 'multipart/mixed; boundary="old  "; boundary=two'; m2['Content-Type'] = 'text/plain'; m2.set_boundary('new'); print m2.items(), repr(m2.get_boundary())
m3 = Message(); m3['To'] = 'a'; m3['to'] = 'b'; m3['From'] = 'c'
print len(m3), 'TO' in m3, m3.has_key('from'), m3.has_key('x'), m3.get_all('To'), m3.get_all('x'), m3.get_all('x', 5), m3['TO'], m3.values(), m3.items()
m3.replace_header('TO', 'z'); print m3.items()
try: m3.replace_header('Nope', 'x')
except KeyError as e: print 'KE', e
del m3['to']; del m3['none']; print m3.items()
m3.add_header('Content-Disposition', 'attachment', filename='f.txt', size=None)
m3.add_header('X-A', None, a_b='c d')
m3.add_header('X-B', 'v', fn=('utf-8', '', u'caf\xe9'.encode('utf-8')))
print m3.items(), m3.get_filename(), m3.get_params(header='x-b')
m4 = Message(); m4['Content-Type'] = 'bogus'; print m4.get_content_type(), m4.get_content_maintype(), m4.get_content_subtype()
m4.set_default_type('message/rfc822'); print m4.get_default_type(); del m4['content-type']; print m4.get_content_type()
for cte, pl in [('base64', 'aGVsbG8=\n'), ('base64', 'bad!'), ('quoted-printable', 'a=3Db=\nc'), ('x-uuencode', 'begin 644 f\n%:&5L;&\\\n \nend\n'), ('uue', 'garbage'), ('7bit', 'plain'), ('BASE64', 'eA==')]:
    p = Message(); p['Content-Transfer-Encoding'] = cte; p.set_payload(pl); print repr(p.get_payload(decode=True))
mp = Message(); mp.attach(MIMEText('a')); mp.attach(MIMEText('b', 'plain', 'utf-8'))
print mp.is_multipart(), mp.get_payload(1).get_payload(), mp.get_payload(decode=True), [x.get_content_type() for x in mp.walk()], mp.get_charsets(), mp.get_charsets('d')
try: MIMEText('x').get_payload(0)
except TypeError as e: print 'TE', e
for cs in ["utf-8", "iso-8859-1", "us-ascii", None]:
    t = Message(); t.set_payload(u'caf\xe9' if cs in ('utf-8', 'iso-8859-1') else 'abc', cs); print t.items(), repr(t.get_payload()), t.get_charset()
t = Message(); t['Content-Transfer-Encoding'] = '8bit'; t.set_payload('x', 'utf-8'); print t.items(), t.get_payload()
try: Message().set_charset(5)
except TypeError as e: print 'TE', e
cc = Message(); cc['Content-Type'] = "text/plain; charset*=us-ascii'en'UTF-8"; print cc.get_content_charset(), cc.get_param('charset')
cc = Message(); cc['Content-Type'] = "text/plain; charset*=bogus''x"; print cc.get_content_charset()
cc = Message(); cc['Content-Type'] = "text/plain; charset=\"caf\xc3\xa9\""; print cc.get_content_charset('fail')
cc = Message(); cc['Content-Type'] = "application/x; name*0=\"a\"; name*1=\"b\"; filename*=utf-8''%E2%82%AC"; cc['Content-Disposition'] = "attachment; filename*=utf-8''%E2%82%AC.txt"; print repr(cc.get_filename()), cc.get_params()
print str(MIMEText('body'))[:20], MIMEText('x').as_string()
u = Message(); u.set_unixfrom('From x'); print u.get_unixfrom(), u.preamble, u.epilogue, u.defects
e = email.message_from_string('Subject: hi\nContent-Type: multipart/alternative; boundary=X\n\n--X\n\na\n--X\n\nb\n--X--\n')
print [p.get_payload() for p in e.get_payload()], e.get_boundary()
