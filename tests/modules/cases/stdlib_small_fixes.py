# Small library behaviours: base64 on bytearrays, cStringIO over an array,
# bisect's insort on a non-sequence, linecache after a MemoryError,
# HTMLParser fed one character at a time through a conditional comment,
# and gzip opened with 'rU'.
import array
import base64
import bisect
import cStringIO
import gzip
import linecache
import os
import tempfile
from HTMLParser import HTMLParser

print base64.b32encode(bytearray('abcd')), base64.b16decode(bytearray('0102ABCDEF')) == '\x01\x02\xab\xcd\xef'
try:
    base64.b32decode(bytearray('MFRGG==='))
except TypeError as e:
    print 'TypeError', type(e).__name__
print cStringIO.StringIO(array.array('b', [104, 105])).read()

for f in (bisect.insort_left, bisect.insort_right):
    try:
        f(10, 10)
    except TypeError as e:
        print 'TypeError', f.__name__

real = linecache.updatecache


def no_memory(*args):
    raise MemoryError

linecache.clearcache()
linecache.updatecache = no_memory
try:
    print linecache.getlines(__file__)
finally:
    linecache.updatecache = real
print len(linecache.getlines(__file__)) > 10


class Recorder(HTMLParser):
    def __init__(self):
        HTMLParser.__init__(self)
        self.events = []

    def unknown_decl(self, data):
        self.events.append(('decl', data))

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag))

    def handle_data(self, data):
        self.events.append(('data', data))

p = Recorder()
for ch in '<![if !IE 6]><b>x</b><![endif]>':
    p.feed(ch)
p.close()
print p.events

path = os.path.join(tempfile.mkdtemp(), 'g.gz')
data = 'line one\r\nline two\rthree\n' * 50
with gzip.GzipFile(path, 'wb') as g:
    g.write(data)
with gzip.GzipFile(path, 'rU') as g:
    print g.read() == data
os.remove(path)
os.rmdir(os.path.dirname(path))
