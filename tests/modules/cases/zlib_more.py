import zlib
for f in [lambda: zlib.decompress('x\x9c'), lambda: zlib.decompress(''), lambda: zlib.decompressobj(99), lambda: zlib.compressobj(1, 8, 99), lambda: zlib.compressobj(12), lambda: zlib.decompress('abc', 99), lambda: zlib.decompressobj().decompress('abc', -1), lambda: zlib.decompressobj().decompress('x\x9c\xff\xff'), lambda: zlib.compress(u'abc'), lambda: zlib.crc32(u'ab'), lambda: zlib.crc32('a', 2**40), lambda: zlib.adler32('a', -1), lambda: zlib.decompressobj().flush(0), lambda: zlib.compressobj().flush(9)]:
    try: print repr(f())
    except Exception as e: print type(e).__name__, e
c = zlib.compressobj(); c.compress('abc'); c.flush()
try: c.compress('x')
except Exception as e: print type(e).__name__, e
try: print repr(c.flush())
except Exception as e: print type(e).__name__, e
d = zlib.decompressobj(); print repr(d.decompress(zlib.compress('hi'))), repr(d.flush()), repr(d.unused_data)
d = zlib.decompressobj(); x = d.decompress(zlib.compress('hello world')[:5]); print repr(x), repr(d.flush()), repr(d.unconsumed_tail)
print zlib.crc32('abc'), zlib.adler32('abc'), zlib.crc32('\xff'*100)
print repr(zlib.compressobj().flush()), repr(zlib.compress('')), repr(zlib.compress('a' * 50, 9))
big = ''.join(chr((i * 7919) % 251) for i in range(70000))
c = zlib.compress(big)
print len(big), zlib.decompress(c) == big, zlib.crc32(big), zlib.adler32(big)
d = zlib.decompressobj()
out = d.decompress(c, 1000)
print len(out), len(d.unconsumed_tail) > 0
while d.unconsumed_tail:
    out += d.decompress(d.unconsumed_tail, 30000)
out += d.flush()
print out == big
co = zlib.compressobj(zlib.Z_BEST_SPEED)
s = co.compress('x' * 1000) + co.flush(zlib.Z_FULL_FLUSH) + co.compress('y' * 10) + co.flush()
print zlib.decompress(s) == 'x' * 1000 + 'y' * 10
dc = zlib.decompressobj()
part = dc.decompress(s[:20])
dc2 = dc.copy()
print part == dc2.decompress('') or True, (part + dc.decompress(s[20:])) == (part + dc2.decompress(s[20:]))
