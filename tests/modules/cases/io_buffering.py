# io: open() argument checks, fds, U mode, subclassing the bases, buffered read sizes
import io, sys
def t(f):
    try: print repr(f())
    except Exception as e: print type(e).__name__, e
with io.open('m.txt', 'w') as f:
    print repr(f)[:40], f.name, f.mode, f.buffer.name, f.encoding, f.errors, f.line_buffering, f.closed
    f.write(u'line1\nline2\r\nline3\rend')
print repr(open('m.txt', 'rb').read())
with io.open('m.txt', 'rU') as f:
    print f.mode, f.readlines(), f.newlines
keep = io.open('m.txt', 'rb', buffering=0)
fd = keep.fileno()
raw = io.FileIO(fd, closefd=False)
print raw.closefd, raw.name == fd, raw.read(5)
raw.close()
out = io.open(sys.stdout.fileno(), 'w', closefd=False)
out.write(u'to stdout via fd\n')
out.flush()
print io.open('m.txt', 'rb').read(3), type(io.open('m.txt', 'r+b')).__name__, type(io.open('m.txt', 'a+')).__name__
t(lambda: io.open('m.txt', 'Uw'))
t(lambda: io.open('m.txt', 'b'))
t(lambda: io.open('m.txt', 'rr'))
t(lambda: io.open('m.txt', encoding=5))
t(lambda: io.open('m.txt', 'r', buffering='x'))
t(lambda: io.open(None))
f = io.open('m.txt', 'rb')
f.close()
t(lambda: f.read())
t(lambda: f.fileno())
t(lambda: f.closed)
tw = io.open('m.txt')
print tw.read(3), tw.tell(), tw.readline(), tw.tell(), repr(tw.read()), tw.tell()
tw.seek(0)
print [l for l in tw]
t(lambda: tw.tell())
tw.close()
b = io.BufferedReader(io.BytesIO('0123456789'), 4)
mv = bytearray(6)
print b.readinto(mv), mv, b.read1(100), b.read(2), b.peek(10)
w = io.BytesIO()
tw = io.TextIOWrapper(w, 'utf-8', newline=None)
tw.write(u'a\nb')
tw.flush()
print repr(w.getvalue())
print repr(io.StringIO(u'x\ny').readlines()), io.StringIO().newlines, io.TextIOWrapper(io.BytesIO()).newlines
class Sub(io.BytesIO):
    def extra(self): return 'extra'
s = Sub('abc')
print s.extra(), s.read(), isinstance(s, io.BytesIO), Sub.__mro__[1].__name__
class MyRaw(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + 2]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)
r = MyRaw('hello world')
print r.read(3), r.read(), r.read()
br = io.BufferedReader(MyRaw('line1\nline2\n'))
print br.readline(), list(br)
print io.TextIOWrapper(io.BufferedReader(MyRaw('t1\nt2'))).readlines()
def t2(f):
    try: print repr(f())
    except Exception as e: print type(e).__name__, e
t(lambda: io.open('m.txt', 5)); t(lambda: io.open('m.txt', errors=5)); t(lambda: io.open('m.txt', newline=5)); t(lambda: io.open('m.txt', 'r', 'x')); t(lambda: io.open('m.txt', closefd=0, mode='r')); t(lambda: io.open('m.txt', 'wr')); t(lambda: io.open('m.txt', 'r+w')); t(lambda: io.open('m.txt', 'a', newline='x'))
t(lambda: io.open('m.txt', 'tb')); t(lambda: io.open('m.txt', 't'))


class Recorder(io.RawIOBase):
    """A raw stream that logs the sizes it is asked for."""
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.asked = []

    def readable(self):
        return True

    def readinto(self, b):
        self.asked.append(len(b))
        chunk = self.data[self.pos:self.pos + len(b)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)
rec = Recorder('abcdefghijklmnopqrstuvwxyz')
br = io.BufferedReader(rec, 4)
print br.read(6), br.read1(100), br.read(2), br.peek(10), br.read(9), br.readline(), br.read(), rec.asked
rec = Recorder('line one\nline two\nlast')
br = io.BufferedReader(rec, 5)
print br.readline(), br.readline(3), list(br), rec.asked
