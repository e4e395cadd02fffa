# Huge repeat counts fail without allocating; non-int arguments are coerced
# with 2.7's DeprecationWarnings, attributed to the caller's line.
import struct, sys, warnings

for fmt in ['%db' % (sys.maxsize + 1), '%db%dH' % (sys.maxsize // 2, sys.maxsize // 2)]:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print 'error', e
print struct.calcsize('c0i'), struct.calcsize('3i2s'), struct.calcsize('<1000000b')
s = struct.Struct('<3hq')
print s.size, s.pack(1, 2, 3, 4).encode('hex'), s.unpack(s.pack(-1, -2, -3, -4))

class OldInt:
    def __int__(self):
        return 85

class NewInt(object):
    def __int__(self):
        return 42

class BadIndex(object):
    def __index__(self):
        raise TypeError
    def __int__(self):
        return 7

class Index(object):
    def __index__(self):
        return 9

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for v in [OldInt(), NewInt(), BadIndex(), Index(), 3.7]:
        print repr(struct.pack('<i', v))
    for x in w:
        print x.category.__name__, x.message, x.filename == __file__, x.lineno
try:
    struct.pack('i', 3 + 4j)
except (TypeError, struct.error) as e:
    print type(e).__name__
try:
    struct.pack('i', 'x')
except struct.error as e:
    print 'error', e
buf = bytearray(8)
m = memoryview(buf)
struct.pack_into('<ii', m, 0, 5, 6)
print repr(str(buf))
