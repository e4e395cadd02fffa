# codecs: escape_decode's ignore/replace handling of bad \x escapes, the
# charmap 0xFFFE "undefined" marker, cp1140, unicode_internal passing
# unicode through, readbuffer_encode of an array, IDNA's nameprep and
# its buffered incremental codecs.
import array
import codecs
import StringIO
from encodings.idna import nameprep

for s in (r"[\x]\x", r"[\x0]\x0", r"\x41\101\n\q", "ab\\"):
    for errors in ('strict', 'ignore', 'replace', 'bogus'):
        try:
            print repr(s), errors, codecs.escape_decode(s, errors)
        except ValueError as e:
            print repr(s), errors, 'ValueError', e

for mapping in ({0: 0x61, 1: 0xFFFE}, {0: 0x61}, u'a\ufffe'):
    try:
        print codecs.charmap_decode('\x00\x01', 'strict', mapping)
    except UnicodeDecodeError as e:
        print 'UnicodeDecodeError', e.start, e.end, e.reason
    print codecs.charmap_decode('\x00\x01', 'replace', mapping)

text = ''.join(chr(i) for i in range(256))
u = text.decode('cp1140')
print repr(u[0x9f]), repr(u[0x40:0x50]), u.encode('cp1140') == text
print codecs.lookup('ibm1140').name, repr(u'\u20ac\xa4'.encode('cp1140', 'replace'))

out = StringIO.StringIO()
w = codecs.EncodedFile(out, 'unicode_internal', 'utf-8')
w.write(u'a')
print repr(out.getvalue()), codecs.unicode_internal_decode(u'xyz')
print codecs.readbuffer_encode(array.array('b', [65, 66, 67]))

for label in (u'Stra\xdfe', u'\u0627\u0628', u'\u0627a\u0628', u'\u0627\u06281', u'a\u200bb',
              u'\ufb01x', u'CAF\xc9', u'\u2163', u'a\u3000b', u'\ue000'):
    try:
        print repr(nameprep(label))
    except UnicodeError as e:
        print 'UnicodeError', e
print repr(u''.join(codecs.iterdecode('xn--pythn-mua.org.', 'idna')))
print repr(''.join(codecs.iterencode(u'pyth\xf6n.org.', 'idna')))
dec = codecs.getincrementaldecoder('idna')()
print [dec.decode(x) for x in ('xn--xam', 'ple-9ta.o', u'rg')], repr(dec.decode(u'', True))
enc = codecs.getincrementalencoder('idna')()
print [enc.encode(x) for x in (u'\xe4x', u'ample.org', u'.')], repr(enc.encode(u'', True))
print u'B\xfccher.example'.encode('idna'), repr('xn--bcher-kva.example'.decode('idna'))
