# Undecodable bytes and odd codecs raise 2.7's exceptions or decode as 2.7
# does; '\xff'.decode('rot13') used to kill the interpreter.
import codecs


def show(label, f, *args):
    try:
        r = f(*args)
        print label, "->", repr(r)[:60]
    except Exception as e:
        print label, "->", type(e).__name__, str(e)[:80]


for data in ("\xff", "Ab\x80z\x00", "hello"):
    show("decode rot13 %r" % data, data.decode, "rot13")
    show("codecs.decode rot13 %r" % data, codecs.decode, data, "rot_13")
for enc in ("undefined", "nosuch", "utf-8", "ascii", "utf-16", "utf-32", "unicode_escape"):
    show("decode %s" % enc, "\xff\xfe\x00".decode, enc)
    show("encode %s" % enc, u"a\u20acb".encode, enc)
show("lookup", lambda: codecs.lookup("undefined").name)
show("utf-8 truncated", "\xe2\x82".decode, "utf-8")
show("utf-8 surrogate", "\xed\xa0\x80".decode, "utf-8")
show("unicode_escape bad", "\\u12".decode, "unicode_escape")
show("unicode_escape name", "\\N{nosuch}".decode, "unicode_escape")
show("string_escape bad", "\\x4".decode, "string_escape")
