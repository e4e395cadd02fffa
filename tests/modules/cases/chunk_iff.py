import chunk, struct, StringIO
def make(name, data, big=True):
    return name + struct.pack('>L' if big else '<L', len(data)) + data + ('\0' if len(data) & 1 else '')
buf = make('FORM', 'AIFF') + make('COMM', 'abc') + make('SSND', '0123456789')
f = StringIO.StringIO(buf)
while True:
    try:
        c = chunk.Chunk(f)
    except EOFError:
        print 'EOF'
        break
    print c.getname(), c.getsize(), c.tell(), repr(c.read(2)), c.tell(), c.isatty()
    if c.getname() == 'SSND':
        c.seek(5); print repr(c.read(3)), c.tell()
        c.seek(-2, 2); print repr(c.read()), repr(c.read())
        c.seek(1, 0); c.seek(2, 1); print c.tell()
        try:
            c.seek(11)
        except RuntimeError:
            print 'RuntimeError'
    c.close()
    c.close()
    try:
        c.read()
    except ValueError as e:
        print e
class NoSeek:
    def __init__(self, data):
        self.s = StringIO.StringIO(data)
    def read(self, n=-1):
        return self.s.read(n)
f = NoSeek(make('abcd', 'xyz', False) + make('efgh', '', False))
c = chunk.Chunk(f, bigendian=False)
print c.getname(), c.getsize(), c.seekable
try:
    c.seek(0)
except IOError as e:
    print 'IOError', e
c.skip()
c2 = chunk.Chunk(f, bigendian=False)
print c2.getname(), c2.getsize(), repr(c2.read())
c3 = chunk.Chunk(StringIO.StringIO('RIFF' + struct.pack('<L', 12) + 'WAVE'), bigendian=False, inclheader=True)
print c3.getsize(), repr(c3.read())
for bad in ('', 'ab', 'abcd12'):
    try:
        chunk.Chunk(StringIO.StringIO(bad))
    except EOFError:
        print 'EOFError', repr(bad)
