# rfc822.Message: header parsing, continuation lines, the mapping interface,
# addresses and dates; mimetools.Message's type and parameters.
import rfc822
import mimetools
from StringIO import StringIO

TEXT = ("From someone Sat Jan  3 01:05:34 1996\n"
        "From: \"Joe Q. Public\" <john.q.public@example.com>\n"
        "To: Mary Smith <mary@x.test>, jdoe@example.org,\n"
        "  Who? <one@y.test>\n"
        "Cc: a@b.test\n"
        "Cc: c@d.test\n"
        "Date: Fri, 21 Nov 1997 09:55:06 -0600\n"
        "Subject: a long\n"
        "\tsubject\n"
        "X-Empty:\n"
        "\n"
        "Body line\n")

m = rfc822.Message(StringIO(TEXT))
print repr(m.unixfrom), repr(m.status)
print sorted(m.keys())
print repr(m['subject']), repr(m.getheader('SUBJECT')), m.get('nothere', 'dflt')
print m.getheaders('cc'), repr(m.getrawheader('to'))
print m.getallmatchingheaders('cc')
print m.getaddr('from'), m.getaddrlist('to')
print m.getaddrlist('cc'), m.getaddr('nothere')
print m.getdate('date'), m.getdate_tz('date'), m.getdate('nothere')
print 'to' in m, m.has_key('To'), len(m), repr(m['x-empty'])
print repr(m.fp.read())
m.rewindbody()
print repr(m.fp.readline())
m['Subject'] = 'new'
del m['cc']
print m.setdefault('X-New', 'v'), m.setdefault('subject', 'zz')
print str(m)
print repr(str(m)[-20:])

# headers that end without a blank line, and a non-header line
m = rfc822.Message(StringIO("A: 1\nnot a header\nB: 2\n"))
print m.items(), repr(m.status), repr(m.fp.read())
m = rfc822.Message(StringIO("A: 1\n"))
print repr(m.status)

print rfc822.unquote('"a\\"b"'), rfc822.unquote('<x@y>'), rfc822.quote('a"b\\c')
print rfc822.parseaddr('Bob <bob@z.test>'), rfc822.parseaddr('')
print rfc822.dump_address_pair(('Bob', 'bob@z.test')), rfc822.dump_address_pair(('', 'b@z'))
print rfc822.parsedate('Mon, 20 Nov 1995 19:12:08 -0500')
print rfc822.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500'), rfc822.parsedate('junk')
print rfc822.mktime_tz(rfc822.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500'))
print rfc822.formatdate(0), rfc822.formatdate(1234567890)
a = rfc822.AddressList('a@b, c@d')
b = rfc822.AddressList('c@d, e@f')
print len(a), str(a + b), str(a - b), a[0]

mm = mimetools.Message(StringIO(
    "Content-Type: Text/HTML ; charset=\"utf-8\"; Level = 1\n"
    "Content-Transfer-Encoding: Base64\n\nbody"))
print mm.gettype(), mm.getmaintype(), mm.getsubtype(), mm.getencoding()
print mm.getplist(), mm.getparam('charset'), mm.getparam('LEVEL'), mm.getparam('no')
print mm.getparamnames()
mm = mimetools.Message(StringIO("X: y\n\n"))
print mm.gettype(), mm.getencoding(), mm.getplist(), mm.typeheader
out = StringIO()
mimetools.decode(StringIO("aGVsbG8gd29ybGQ=\n"), out, 'base64')
print repr(out.getvalue())
out = StringIO()
mimetools.encode(StringIO("caf\xe9 = x"), out, 'quoted-printable')
print repr(out.getvalue())
try:
    mimetools.decode(StringIO(""), StringIO(), 'nonsense')
except ValueError as e:
    print 'ValueError', e
b1 = mimetools.choose_boundary()
print b1 != mimetools.choose_boundary(), b1.count('.') >= 3
