import _codecs
for s in ["a\\u20ac\\xe9\\n\\N{EURO SIGN}\\t", "\\u12", "\\N{NOPE}", "\\N", "x\\", "\\U00110000", "\\x4", "\\101\\7z", "\\q\\'", "a\\\nb"]:
    for err in ['strict', 'replace', 'ignore']:
        try: print repr(s), err, repr(_codecs.unicode_escape_decode(s, err)) if '_codecs' in dir() else ''
        except UnicodeDecodeError as e: print repr(s), err, 'UDE', e
for s in ["\\u20ac", "\\\\u20ac", "\\\\\\u20ac", "\\x41", "\\u12"]:
    try: print repr(s), repr(_codecs.raw_unicode_escape_decode(s))
    except UnicodeDecodeError as e: print repr(s), 'UDE', e
print repr("a\\N{EURO SIGN}b".decode("unicode_escape")), repr("\\u12".decode("unicode_escape", "replace"))
print repr("x\\N{LATIN SMALL LETTER E WITH ACUTE}".decode("unicode-escape")), repr(u"\u20ac\n".encode("unicode_escape"))
import base64, binascii
try:
    "a".decode("base64")
except binascii.Error as e:
    print 'binascii.Error', e
print repr(("x" * 60).encode("base64")), repr("eHh4\n".decode("base64"))
