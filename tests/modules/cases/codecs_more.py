# -*- coding: utf-8 -*-
import codecs
print codecs.lookup('latin1').name, codecs.lookup('UTF-16LE').name, codecs.lookup('U8').name, codecs.lookup('iso8859_15').name, codecs.lookup('koi8-r').name, codecs.lookup('us-ascii').name, codecs.lookup('utf-8-sig').name
for s in [u'caf\xe9', u'\u20ac', u'a+b-c', u'~x\\']:
    for enc in ['utf-7', 'cp1252', 'iso8859-15', 'utf-32', 'utf-16', 'cp437', 'koi8_r', 'mac_roman']:
        try:
            e = s.encode(enc)
            print enc, repr(e), e.decode(enc) == s
        except UnicodeError as x:
            print enc, type(x).__name__, x
for s in ['+AOk', '+AOk-', '+AOkA', 'a+-b', '+ZZ', '+AOkA6Q-x', '+2D3eAA-']:
    try: print repr(s), repr(s.decode('utf-7'))
    except Exception as e: print repr(s), e
print repr(u'\U0001f600'.encode('utf-7'))
print repr(codecs.charmap_encode(u'abc', 'strict', {ord('a'): 'A', ord('b'): 66, ord('c'): None} if False else {ord('a'): 'A', ord('b'): 66, ord('c'): 67}))
try:
    codecs.charmap_encode(u'ax', 'strict', {97: 65})
except UnicodeEncodeError as e:
    print e
print repr(codecs.charmap_encode(u'ax', 'replace', {97: 65, 63: 63}))
print repr(codecs.charmap_decode('\x00\x01\x02', 'replace', u'ab'))
table = codecs.charmap_build(u"xyz" + u"\ufffe" * 253)
print repr(codecs.charmap_encode(u'zyx', 'strict', table))
print repr(codecs.utf_16_decode('\xff\xfea\x00b')), repr(codecs.utf_16_ex_decode('\xfe\xff\x00a', 'strict', 0, True))
print repr(codecs.utf_32_encode(u'a')), repr(codecs.utf_16_be_encode(u'\U0001f600'))
print repr(codecs.escape_encode('a\n\x00')), repr(codecs.readbuffer_encode('xy'))
def repl(exc):
    return (u'[%s]' % repr(exc.object[exc.start:exc.end]), exc.end)
codecs.register_error('test.repl', repl)
print repr(u'x\u20acy\xe9'.encode('latin-1', 'test.repl')), repr('a\xffb'.decode('ascii', 'test.repl'))
print repr(u'\u20ac'.encode('cp437', 'test.repl')), repr(codecs.encode(u'\xe9', 'ascii', 'test.repl'))
def bad(exc):
    return 'notunicode'
codecs.register_error('test.bad', bad)
try:
    u'\xe9'.encode('ascii', 'test.bad')
except TypeError as e:
    print 'TypeError', e
print list(codecs.iterdecode(['\xe2', '\x82', '\xac', 'x'], 'utf-8')), list(codecs.iterencode([u'a', u'b'], 'utf-16-le'))
enc = codecs.getincrementalencoder('utf-8-sig')()
print repr(enc.encode(u'a')), repr(enc.encode(u'b'))
dec = codecs.getincrementaldecoder('utf-8-sig')()
print repr(dec.decode('\xef')), repr(dec.decode('\xbb\xbfz'))
dec = codecs.getincrementaldecoder('utf-16')()
print repr(dec.decode('\xfe')), repr(dec.decode('\xff\x00')), repr(dec.decode('a'))
print repr('68656c6c6f'.decode('hex_codec')), repr(codecs.decode('aGk=\n', 'base64_codec'))
print repr(codecs.encode('quoted=printable \xe9', 'quopri')), repr(codecs.decode('a=3Db', 'quopri'))
print repr(codecs.encode('uu data', 'uu')), repr(codecs.decode(codecs.encode('uu data', 'uu'), 'uu'))
print repr(u'\u00fc'.encode('punycode')), repr('tda'.decode('punycode')), repr(u'\u4e2d\u6587'.encode('punycode'))
print repr(u'www.b\xfccher.de.'.encode('idna')), repr('www.xn--bcher-kva.de'.decode('idna'))
print codecs.BOM_UTF8 == codecs.BOM_UTF8, codecs.BOM == codecs.BOM_UTF16_LE, repr(codecs.BOM_UTF32_BE)
print repr(u'abc'.encode('rot13')), repr('nop'.decode('rot13'))
try:
    codecs.lookup(5)
except TypeError as e:
    print 'TypeError'
try:
    'x'.decode('no-such')
except LookupError as e:
    print 'LookupError', e
try:
    codecs.register_error('x', 5)
except TypeError as e:
    print 'TypeError', e
print repr(codecs.decode('\xe9', 'latin-1')), repr(codecs.encode(u'\xe9', 'utf-8'))
