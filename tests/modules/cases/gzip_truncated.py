# gzip on truncated and corrupted data fails like 2.7: data that stops inside
# a member takes the last 8 bytes read for the trailer (a CRC mismatch is an
# IOError) before EOFError; a short header fails in ord() or struct.unpack.
import gzip
import io
text = "hello world " * 20
buf = io.BytesIO()
g = gzip.GzipFile(fileobj=buf, mode="wb", mtime=0)
g.write(text)
g.close()
d = buf.getvalue()
cases = [(n, d[:n]) for n in range(0, len(d), 3)]
cases += [('%d=%r' % (i, x), d[:i] + x + d[i + 1:]) for i in range(0, len(d), 3) for x in ('\x00', '\xff', '\x7f')]
for tag, data in cases:
    try:
        r = gzip.GzipFile(fileobj=io.BytesIO(data)).read()
        print tag, 'ok', len(r)
    except Exception as e:
        print tag, type(e).__name__, e
