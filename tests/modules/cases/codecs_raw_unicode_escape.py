import codecs
cases = ['\\u1234', '\\\\u1234', '\\\\\\u1234', '\\\\\\\\u1234', 'a\\b', '\\', '\\\\',
         '\\\\\\', '\\x41', '\\U0001F600', 'x\\\\\\U00000041y', '\\\\u12', '\xe9\\',
         '\\u12', '\\U00110000', '\\u12zz', 'ab\\\\\\u00e9\\\\u00e9', '\\U0000004']
for s in cases:
    try:
        print repr(s), repr(s.decode('raw-unicode-escape'))
    except UnicodeDecodeError as e:
        print repr(s), 'UnicodeDecodeError', e
    try:
        print repr(s.decode('raw_unicode_escape', 'replace'))
    except UnicodeDecodeError as e:
        print 'UnicodeDecodeError', e
ucases = [u'\\u1234', u'\u1234', u'\\\u1234', u'\\\\u1234', u'\\', u'a\xe9\u20ac\U0001F600',
          u'\\U0001F600', u'\x00\x7f\x80\xff\u0100', u'\\\\\\']
for u in ucases:
    e = u.encode('raw-unicode-escape')
    print repr(u), repr(e), e.decode('raw-unicode-escape') == u
print codecs.raw_unicode_escape_decode('\\u1234\\\\u1234')
print codecs.raw_unicode_escape_encode(u'\\u1234\u1234')
print repr(ur'\u1234'), repr(ur'\\u1234'), repr(ur'\\\u1234'), repr(ur'a\b\\c')
