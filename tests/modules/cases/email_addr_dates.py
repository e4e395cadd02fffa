import email.utils as u
from email._parseaddr import AddressList, AddrlistClass
addrs = ['Alice <alice@example.com>', 'bob@example.com', '"Smith, J." <js@x.org>', 'a@b, c@d (Comment) , <e@f>',
 'Group: a@b, "Q" <c@d>; x@y', 'John Q. Public <@route1,@route2:jqp@host.com>', '(comment) plain@x (other)',
 'foo bar', '', '  ', ',,,', '<>', 'a@', '@b', 'a@b@c', 'a . b @ c . d', '"quoted \\" local"@dom.ain', 'x@[1.2.3.4]',
 'Name (nested (comment)) <n@x>', 'a@b.c (Real Name)', 'bad<<@x', '"unterminated', '(unterminated', 'x\\', '"a\\',
 'a  b@c', 'jim@x\r\n , joe@y', 'Undisclosed recipients:;', 'a@b; c@d', ': ;', 'weird"q"@x', 'a.@b', '.a@b', 'x@y.', 'a@b (c) d@e',
 'Mr. Smith <ms@x>', 'J.\tDoe <jd@x>', '<a@b', 'n <a@(c)b>', 'x <a b@c>', 'foo@bar.com (Foo \\(Bar\\))', '[1.2]', 'a:b@c', 'a@b.c.']
for a in addrs:
    print repr(a), u.parseaddr(a), u.getaddresses([a]), len(AddressList(a))
al = AddrlistClass('(c) "q" <a@b>')
print al.getcomment(), al.pos, al.getaddrlist(), al.commentlist
al = AddrlistClass('x'); print repr(al.getrouteaddr()), repr(al.getquote()), repr(al.getdomainliteral())
dates = ['Mon, 01 Jan 2018 10:00:00 +0000', 'Mon, 01 Jan 2018 10:00:00 -0530', '01 Jan 2018 10:00 GMT', 'Jan 01 2018 10:00:00 EST',
 'Tue, 1 Feb 99 1:2:3 PDT', 'Wed, 01-Mar-05 10:00:00 GMT', 'Thursday, 01-Mar-05 10:00:00 GMT', '1 Jan 2018 10:00:00+0100',
 '1 Jan 2018 10:00:00-0100', 'Mon Jan 1 10:00:00 2018', 'Mon, 1 Jan 2018', 'junk', '', None, 'x,1 jan 2018 10:00 z',
 '1 foo 2018 10:00 GMT', '1 Jan 2018 10 GMT', '1 Jan 2018 aa:bb GMT', '1 Jan 68 1:2 XYZ', '1 Jan 69 1:2 +99', 'Jan 1, 2018, 10:00:00, UT',
 '1 January 2018 10:00:00 CDT', '1 Jan GMT 10:00:00 2018', 'Fri, 09 Nov 2001 01:08:47 -0000', '2 Dec 2001 01:08:47 MDT extra tokens here',
 u'Mon, 01 Jan 2018 10:00:00 +0000', 'mon 1 jan 2018 10:00:00 adt']
for d in dates:
    print repr(d), u.parsedate_tz(d), u.parsedate(d)
    try:
        t = u.parsedate_tz(d)
        if t and t[9] is not None: print u.mktime_tz(t)
    except Exception as e: print type(e)
for d in ['  ', '-Jan-18 x y', '01--18 x y', 'x, y']:
    try: print u.parsedate_tz(d)
    except Exception as e: print 'EXC', type(e).__name__
print u.mktime_tz((2018, 1, 1, 0, 0, 0, 0, 1, -1, None)) is not None
print u.quote('a"b\\c')
for n in ['a(b', 'plain', 'dots.x', '', 'q"', u'uni']:
    print repr(u.formataddr((n, 'a@b')))
print u.formatdate(1234567890), u.formatdate(1234567890, usegmt=True)
print len(u.make_msgid()) > 10, u.make_msgid('abc').count('.abc@')
print u.unquote('"a\\"b"'), u.unquote('<x>'), u.unquote('"'), u.unquote('x'), u.unquote('<x')
print u.encode_rfc2231('a b/c'), u.encode_rfc2231('a b', 'utf-8'), u.encode_rfc2231('a', None, 'en'), u.encode_rfc2231('x', 'c', 'l')
print u.decode_params([('text/plain', ''), ('title*0*', "us-ascii'en'This%20is"), ('title*1', ' more'), ('name', '"q\\"x"'), ('a*', "utf-8''%E2%82%AC")])
print u.decode_params([('x', ''), ('b*1', 'two'), ('b*0', 'one'), ('c*', 'no-ticks')])
print repr(u.collapse_rfc2231_value(('utf-8', 'en', '"caf\xc3\xa9"'))), repr(u.collapse_rfc2231_value(('bogus', '', 'x'))), repr(u.collapse_rfc2231_value('"v"')), repr(u.collapse_rfc2231_value((None, None, 'x')))
print repr(u.fix_eols('a\nb\r\nc\rd\n\r'))
try: u.decode_params([])
except IndexError: print 'IE'
for a in ['a (c) . b@x', '"a b" . c@x', 'a."b c"@x', 'a@b . c', 'a @ b', ' a.b.c @ d.e ', 'x (y) <a (z) . b @ c>', 'a.(c)b@x', 'ab..cd@x', 'a@b (c)', '"a@b" <c@d>', 'a\t.\tb@c', 'joe@x,\n jim@y', 'a"b"c@d', '.@x', '@', 'a@', 'Joe <>', 'a\\b@c', 'a@[1.2.3.4] (n)', 'g: a b@c, d@e;']:
    print repr(a), u.parseaddr(a), u.getaddresses([a])
for d in ['1 Jan 2018 10:00:00-0100', '1 Jan 2018 10:00:00+0100', '1 Jan 2018 10:00:00 -0100', 'Jan 1 2018 10:00-0100 x', '1 Jan 2018 10:00:00+01:00']:
    print repr(d), u.parsedate_tz(d)
