# unicodedata over a spread of code points (every 997th, plus the edges of
# the algorithmic ranges), normalization of tricky sequences, lookup errors.
import unicodedata as u
points = range(0, 0x110000, 997) + [0x3400, 0x4DB5, 0x4DB6, 0x9FCB, 0x9FCC, 0xAC00, 0xD7A3, 0xD7A4,
                                     0x20000, 0x2A6D6, 0x2A700, 0x2B734, 0x2B740, 0x1D400, 0xFFFD, 0x10FFFF]
for cp in points:
    c = unichr(cp)
    print "%04X" % cp, u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c), \
        u.mirrored(c), repr(u.decomposition(c)), u.name(c, '-'), u.decimal(c, None), u.digit(c, None), \
        u.numeric(c, None)
for s in [u"e\u0301\u0323", u"\u1100\u1161\u11a8", u"\uac00\u11a8", u"a\u0328\u0301", u"\u0b47\u0b3e",
          u"\u1e9b\u0323", u"\u00c5\u0301\u0316", u"\u0041\u030a\u0304\u0323", u"\ufb01\u2167\u00bd",
          u"\u0958\u2126\u212b\uf900"]:
    print [u.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
for name in ["HANGUL SYLLABLE GAG", "HANGUL SYLLABLE SSANG", "hangul syllable ga", "CJK UNIFIED IDEOGRAPH-4E00",
             "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-9FCC", "cjk unified ideograph-4E00",
             "latin small letter sharp s", "EURO SIGN", "DIGIT", ""]:
    try:
        print repr(u.lookup(name))
    except KeyError as e:
        print "KeyError", e
for call in [lambda: u.category('a'), lambda: u.name(u''), lambda: u.name(u'ab'), lambda: u.numeric(u'a'),
             lambda: u.digit(u'a'), lambda: u.normalize(u'NFC', u'a'), lambda: u.normalize('NFX', u'a'),
             lambda: u.lookup(5), lambda: u.mirrored(5)]:
    try:
        print repr(call())
    except (TypeError, ValueError, KeyError) as e:
        print type(e).__name__, e
print u.unidata_version, u.numeric(u'\u0f33'), u.numeric(u'\u4e07'), u.digit(u'\u2460')
