# A file written through a temporary file object is readable at once, as
# with 2.7's reference counting (the buffer is written out before the next
# open), and buffers left in unclosed files reach the disk at exit.
import gzip
open('a.txt', 'w').write('hello')
print repr(open('a.txt').read())
open('b.gz', 'wb').write('not gzip data')
try:
    gzip.open('b.gz').read()
except IOError as e:
    print "IOError", e
