# StreamReader.read/readline/readlines over small chunks, the size/chars
# arguments, empty input, and str-to-str codecs (2.7 semantics).
import codecs
import StringIO

TEXTS = [u'', u'abc\ndef\r\nghi\rjkl\n', u'\xe9\u20ac\n' * 3, u'line\r',
         u'a\r\nb\r\n\r\n\n\nc', u'\u2028mid\x85next\n']

for enc in ('utf-8', 'utf-16'):
    Reader = codecs.getreader(enc)
    for text in TEXTS:
        data = text.encode(enc)
        for keep in (True, False):
            for size in (None, 1, 3):
                r = Reader(StringIO.StringIO(data))
                lines = []
                while len(lines) < 50:
                    line = r.readline(size, keep)
                    if not line:
                        break
                    lines.append(line)
                print enc, repr(text), keep, size, lines
        r = Reader(StringIO.StringIO(data))
        print repr(r.read(chars=3)), repr(r.readline()), repr(r.read(5)), r.readlines()
        r = Reader(StringIO.StringIO(data))
        print list(r)

bad = codecs.getreader('utf-8')(StringIO.StringIO('ok\nbad\xff\nmore\n'))
for i in range(3):
    try:
        print repr(bad.readline())
    except UnicodeDecodeError as e:
        print 'UnicodeDecodeError', e.start, e.end

src = codecs.encode('\x80 hello', 'base64_codec')
r = codecs.getreader('base64_codec')(StringIO.StringIO(src))
out = r.read()
print repr(out), type(out).__name__

f = StringIO.StringIO()
rw = codecs.StreamReaderWriter(f, codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
rw.write(u'h\xe9llo\n')
rw.writelines([u'a', u'b\n'])
rw.seek(0)
print rw.readlines(), repr(f.getvalue())
e = codecs.EncodedFile(StringIO.StringIO('caf\xc3\xa9\nx\n'), 'latin-1', 'utf-8')
print repr(e.readline()), repr(e.read()), e.data_encoding, e.file_encoding
print list(codecs.iterdecode(['a', '\xc3', '\xa9', ''], 'utf-8'))
print list(codecs.iterencode([u'a', u'\xe9', u''], 'utf-8'))
print codecs.make_encoding_map({1: 2, 3: 2, 4: 5})
