import gzip, StringIO
text = ''.join('line %d: %s\n' % (i, 'x' * (i % 7)) for i in range(200))
f = gzip.open('data.txt.gz', 'wb')
f.write(text)
f.close()
raw = open('data.txt.gz', 'rb').read()
print len(raw) < len(text), repr(raw[:3]), ord(raw[3]) & 0xe0, repr(raw[10:22])
f = gzip.open('data.txt.gz', 'rb')
back = f.read()
f.close()
print back == text, len(back)
f = gzip.GzipFile('data.txt.gz')
print repr(f.readline()), repr(f.readline())
print repr(f.read(10))
f.seek(0)
print repr(f.read(7)), f.tell()
lines = f.readlines()
print len(lines), repr(lines[-1])
f.close()
with gzip.open('ctx.gz', 'wb', 9) as g:
    g.write('first\n')
    g.writelines(['second\n', 'third\n'])
with gzip.open('ctx.gz') as g:
    print [l for l in g]
with gzip.open('ctx.gz', 'ab') as g:
    g.write('appended member\n')
with gzip.open('ctx.gz') as g:
    print g.read().splitlines()
buf = StringIO.StringIO()
z = gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, filename='')
z.write('in memory')
z.close()
data = buf.getvalue()
print repr(data)
print gzip.GzipFile(fileobj=StringIO.StringIO(data)).read()
with open('notgz.gz', 'wb') as f:
    f.write('plain text, not gzip')
try:
    gzip.open('notgz.gz').read()
except IOError as e:
    print 'IOError', e
big = '0123456789' * 10000
with gzip.open('big.gz', 'wb') as g:
    g.write(big)
with gzip.open('big.gz') as g:
    chunks = []
    while True:
        c = g.read(8192)
        if not c:
            break
        chunks.append(c)
print len(chunks) > 1, ''.join(chunks) == big
g = gzip.open('big.gz')
g.seek(50000)
print repr(g.read(5)), g.tell()
g.close()
print g.closed
try:
    gzip.GzipFile(fileobj=StringIO.StringIO(data[:-3])).read()
except Exception as e:
    print type(e).__name__, e
bad = data[:-8] + '\x00\x00\x00\x00' + data[-4:]
try:
    gzip.GzipFile(fileobj=StringIO.StringIO(bad)).read()
except Exception as e:
    print type(e).__name__, e
g = gzip.GzipFile(fileobj=StringIO.StringIO(), mode='wb')
g.write('abc'); g.seek(10); g.write('z'); 
try: g.seek(2)
except IOError as e: print 'IOError', e
