# cgi: parse_header, escape, parse, parse_multipart, FieldStorage (GET,
# urlencoded POST, multipart with files), the old dict classes
import cgi
import warnings
from StringIO import StringIO

print cgi.parse_header('text/html; charset="utf-8"; q=0.5'), cgi.parse_header('form-data; name="a;b"; filename="c\\"d"')
print cgi.parse_header(';x'), cgi.parse_header('a; b; c=1')
print cgi.escape('<a href="x">&</a>'), cgi.escape('"q"', True)
print sorted(cgi.parse(environ={'QUERY_STRING': 'a=1&b=2&a=3&c='}).items())
print sorted(cgi.parse(environ={'QUERY_STRING': 'a=1&c='}, keep_blank_values=1).items())
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'application/x-www-form-urlencoded',
       'CONTENT_LENGTH': '7', 'QUERY_STRING': 'q=9'}
print sorted(cgi.parse(StringIO('x=1&y=2'), environ=env).items())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print cgi.parse_qs('a=1&a=2'), cgi.parse_qsl('a=1&b=2')
print [str(x.message) for x in w]

BODY = """--XyZ
Content-Disposition: form-data; name="title"

Hello
--XyZ
Content-Disposition: form-data; name="upload"; filename="a.txt"
Content-Type: text/plain

line one
line two
--XyZ
Content-Disposition: form-data; name="title"

Again
--XyZ--
"""
print sorted(cgi.parse_multipart(StringIO(BODY), {'boundary': 'XyZ'}).items())
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'multipart/form-data; boundary=XyZ',
       'CONTENT_LENGTH': str(len(BODY))}
form = cgi.FieldStorage(fp=StringIO(BODY), environ=env)
print sorted(form.keys()), len(form), 'title' in form, form.has_key('nope'), bool(form)
print form.getvalue('title'), form.getfirst('title'), form.getlist('upload'), form.getvalue('x', 'dflt')
up = form['upload']
print up.name, up.filename, up.type, repr(up.value), up.disposition, up.disposition_options == {'name': 'upload', 'filename': 'a.txt'}
print repr(up.file.read()), up.headers['content-type'], 'content-disposition' in up.headers
print [repr(f) for f in form.list][0]
try:
    form['missing']
except KeyError as e:
    print 'KeyError', e
get = cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'k=v&k=w&z=1'})
print sorted(get.keys()), get.getlist('k'), get['z'], repr(get['z'].value)
plain = cgi.FieldStorage(fp=StringIO('raw body'), environ={'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'text/plain',
                                                            'CONTENT_LENGTH': '8'})
print repr(plain.value), plain.type, plain.list
try:
    plain.keys()
except TypeError as e:
    print 'TypeError', e
try:
    cgi.FieldStorage(fp=StringIO('a=1&b=2&c=3'), environ={'REQUEST_METHOD': 'POST', 'CONTENT_LENGTH': '11',
                                                          'CONTENT_TYPE': 'application/x-www-form-urlencoded'},
                     max_num_fields=2)
except ValueError as e:
    print 'ValueError', e
try:
    cgi.parse_multipart(StringIO(''), {'boundary': 'bad\x00'})
except ValueError as e:
    print 'ValueError', e
d = cgi.InterpFormContentDict({'QUERY_STRING': 'x=1&y=2.0&z=2-3.%2b0&1=1abc'})
print sorted(d.items()), d['x'], d['y']
s = cgi.SvFormContentDict({'QUERY_STRING': 'a=1&a=2&b=3'})
print s['b'], s.getlist('a')
try:
    s['a']
except IndexError as e:
    print 'IndexError', e
fc = cgi.FormContent({'QUERY_STRING': 'a=1&a=2&b= 3 '})
print fc.values('a'), fc.indexed_value('a', 1), fc.value('b'), fc.length('a'), repr(fc.stripped('b'))
cgi.logfp = StringIO()
cgi.initlog("%s-%d", "log", 1)
cgi.log("%s", "again")
print repr(cgi.logfp.getvalue())
print bool(cgi.valid_boundary('abc')), bool(cgi.valid_boundary('a b ')), cgi.maxlen
