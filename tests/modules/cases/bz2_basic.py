import bz2
data = 'The quick brown fox jumps over the lazy dog. ' * 200
c = bz2.compress(data)
print repr(c[:4]), len(c) < len(data), bz2.decompress(c) == data
print repr(bz2.compress('')), repr(bz2.decompress(''))
for level in (1, 5, 9):
    print level, bz2.decompress(bz2.compress(data, level)) == data
try:
    bz2.compress('x', 10)
except ValueError as e:
    print 'ValueError', e
co = bz2.BZ2Compressor()
parts = [co.compress(data[i:i + 500]) for i in range(0, len(data), 500)]
parts.append(co.flush())
stream = ''.join(parts)
print bz2.decompress(stream) == data
try:
    co.compress('more')
except ValueError as e:
    print 'ValueError', e
d = bz2.BZ2Decompressor()
out = ''
for i in range(0, len(stream), 50):
    out += d.decompress(stream[i:i + 50])
print out == data, repr(d.unused_data)
d = bz2.BZ2Decompressor()
print repr(d.decompress(bz2.compress('abc') + 'EXTRA')), repr(d.unused_data)
try:
    d.decompress('x')
except EOFError as e:
    print 'EOFError', e
try:
    bz2.decompress('not bz2 data')
except IOError as e:
    print 'IOError', e
try:
    bz2.decompress(c[:len(c) // 2])
except ValueError as e:
    print 'ValueError', e
f = bz2.BZ2File('t.bz2', 'w')
f.write('line one\n')
f.writelines(['line two\n', 'line three\n'])
f.close()
with bz2.BZ2File('t.bz2') as f:
    print repr(f.readline()), f.tell(), f.readlines()
f = bz2.BZ2File('t.bz2')
print repr(f.read(4)), [l for l in f]
f.seek(5)
print repr(f.read(3))
f.close()
try:
    f.read()
except ValueError as e:
    print 'ValueError', e
