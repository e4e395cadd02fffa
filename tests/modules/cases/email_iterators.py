import email
from email.iterators import walk, body_line_iterator, typed_subpart_iterator
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
m = MIMEMultipart(); m.attach(MIMEText('a\nb\n')); n = MIMEMultipart('alternative'); n.attach(MIMEText('<x>', 'html')); n.attach(MIMEText('c')); m.attach(n)
b = MIMEBase('image', 'gif'); b.set_payload('R0lG'); b['Content-Transfer-Encoding'] = 'base64'; m.attach(b)
print [p.get_content_type() for p in walk(m)]
print list(body_line_iterator(m)), list(body_line_iterator(m, True))
print [p.get_payload() for p in typed_subpart_iterator(m)], [p.get_payload() for p in typed_subpart_iterator(m, 'text', 'html')], len(list(typed_subpart_iterator(m, 'multipart')))
