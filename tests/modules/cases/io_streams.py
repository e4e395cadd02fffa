# buffered streams, FileIO and text layers working together
import io

with open('data.bin', 'wb') as f:
    f.write(''.join(chr(i % 256) for i in range(20000)))
f = io.FileIO('data.bin')
print f.mode, f.name, f.readable(), f.writable(), f.seekable(), f.closefd
print len(f.read(100)), f.tell(), len(f.readall()), f.tell()
buf = bytearray(10)
f.seek(250)
print f.readinto(buf), list(buf)
f.close()
print f.closed
r = io.open('data.bin', 'rb')
print type(r).__name__, r.raw.mode, r.name, r.mode
print len(r.peek(1)) >= 1, repr(r.read(3)), r.tell()
print len(r.read1(5)), r.tell()
r.seek(-4, 2)
print repr(r.read()), r.tell()
r.seek(10000)
print repr(r.read(2)), r.tell()
r.close()
w = io.open('out.bin', 'wb')
for i in range(3000):
    w.write(b'%04d,' % i)
print w.tell()
w.close()
print len(open('out.bin', 'rb').read())
rw = io.open('out.bin', 'r+b')
print repr(rw.read(5)), rw.tell()
rw.write(b'XXXX')
print rw.tell()
rw.seek(0)
print repr(rw.read(12))
rw.seek(0, 2)
rw.write(b'END')
rw.flush()
rw.seek(-6, 2)
print repr(rw.read())
print rw.truncate(20), rw.tell()
rw.close()
print repr(open('out.bin', 'rb').read())
pair = io.BufferedRWPair(io.BytesIO(b'abc\ndef'), io.BytesIO())
print repr(pair.readline()), repr(pair.read(2)), pair.write(b'zz'), pair.readable(), pair.writable()
a = io.open('app.bin', 'ab')
a.write(b'one')
a.close()
a = io.open('app.bin', 'ab')
print a.tell(), a.mode
a.write(b'two')
a.close()
print repr(open('app.bin', 'rb').read())
# iteration and readlines
with io.open('lines.txt', 'wb') as f:
    f.writelines([b'a\n', b'bb\n', b'ccc'])
with io.open('lines.txt', 'rb') as f:
    print list(f)
with io.open('lines.txt', 'rb') as f:
    print f.readlines(3)
with io.open('lines.txt', 'rb', buffering=0) as f:
    print repr(f.readline()), f.readlines()
# big text file read line by line with tell()
with io.open('big.txt', 'w', encoding='utf-8') as f:
    for i in range(2000):
        f.write(u'line %d \u00e9\u20ac\n' % i)
with io.open('big.txt', encoding='utf-8') as f:
    n = 0
    positions = []
    while True:
        line = f.readline()
        if not line:
            break
        n += 1
        if n % 500 == 0:
            positions.append(f.tell())
    print n, positions
    f.seek(positions[1])
    print repr(f.readline())
with io.open('big.txt', encoding='utf-8') as f:
    f.read(9000)
    p = f.tell()
    rest = f.read(20)
    f.seek(p)
    print p, f.read(20) == rest
with io.open('u16.txt', 'w', encoding='utf-16') as f:
    f.write(u'abc\n' * 3000)
    f.write(u'\U0001f600 end\n')
with io.open('u16.txt', encoding='utf-16') as f:
    lines = f.readlines()
    print len(lines), repr(lines[-1])
with io.open('u16.txt', 'rb') as f:
    print repr(f.read(4))
with io.open('mixed.txt', 'wb') as f:
    f.write(b'a\r\nb\rc\nd\r')
for nl in [None, '', '\n', '\r', '\r\n']:
    with io.open('mixed.txt', newline=nl) as f:
        print repr(nl), f.readlines(), f.newlines
with io.open('mixed.txt') as f:
    print repr(f.read(2)), f.tell(), repr(f.read(2)), repr(f.read())
t = io.TextIOWrapper(io.BytesIO(b'x\ny\n'), encoding='ascii', line_buffering=True)
print t.line_buffering, t.encoding, t.errors, repr(t.readline()), repr(t.read())
out = io.BytesIO()
t = io.TextIOWrapper(out, encoding='utf-8', line_buffering=True)
t.write(u'no newline')
print repr(out.getvalue())
t.write(u' now\n')
print repr(out.getvalue())
d = io.IncrementalNewlineDecoder(None, True)
print repr(d.decode(u'a\r')), repr(d.decode(u'\nb\r', final=True)), d.newlines, d.getstate()
d = io.IncrementalNewlineDecoder(None, False)
print repr(d.decode(u'a\r')), repr(d.decode(u'\nb\r\r\n')), d.newlines
s = io.StringIO(u'a\r\nb\rc\n')
print repr(s.read()), s.newlines, s.line_buffering, s.encoding, s.errors
s = io.StringIO(u'abc')
s.seek(5)
s.write(u'x')
print repr(s.getvalue()), s.tell()
s = io.StringIO(u'a\nb\r\nc', newline='')
print s.readlines()
s = io.StringIO(u'a\r\nb', newline=None)
print repr(s.getvalue()), repr(s.newlines)
b = io.BytesIO(b'12345')
b.seek(2)
b.write(b'ab')
print repr(b.getvalue()), b.tell(), b.seek(0, 2), b.truncate(), repr(b.getvalue())
print repr(io.BytesIO(bytearray(b'ba')).read()), repr(io.BytesIO(memoryview(b'mv')).read())
