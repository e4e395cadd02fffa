# unicode's case mappings and character types follow Unicode 5.2 (what 2.7
# ships), not newer Unicode: characters added later are uncased, not
# alphabetic, not numeric; old characters keep their 5.2 mappings.
import sys

samples = [0x37f, 0x3f3, 0x526, 0x527, 0x10c7, 0x10d0, 0x10fd, 0x13a0, 0x13f8, 0xab70,
           0x25c, 0x261, 0x265, 0x266, 0x26a, 0x282, 0x287, 0x29d, 0x2c2, 0x1e9e, 0xdf,
           0x130, 0x131, 0x149, 0x1c4, 0x1c5, 0x1c6, 0x345, 0x3c2, 0x1f80, 0x2126, 0x212a,
           0xaa, 0xba, 0x180e, 0x1c, 0x85, 0xa0, 0x200b, 0x2028, 0x3000, 0x19da, 0xb72, 0xde6,
           0x11052, 0x1d7ce, 0x2160, 0x4e00, 0x5e7, 0x620, 0x840, 0xa7ae, 0x1d400, 0x10400, 0x10428]
for cp in samples:
    c = unichr(cp)
    print "%05x %r %r %r %r" % (cp, c.lower(), c.upper(), c.title(), c.swapcase()),
    print c.islower(), c.isupper(), c.istitle(), c.isalpha(), c.isspace(),
    print c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum()

# a digest over the blocks where scripts gained or changed case data after
# 5.2 (the whole range was compared once, outside the tests)
import zlib
crc = 0
chunk = []
for cp in (range(0x80, 0x700) + range(0x800, 0x900) + range(0x1000, 0x1100) + range(0x1300, 0x1400)
           + range(0x1c80, 0x2200) + range(0x2c00, 0x2e00) + range(0xa640, 0xa800) + range(0xab00, 0xac00)
           + range(0xff00, 0xff80) + range(0x10400, 0x10500) + range(0x11000, 0x11100)):
    c = unichr(cp)
    f = (c.islower(), c.isupper(), c.istitle(), c.isalpha(), c.isspace(),
         c.isdecimal(), c.isdigit(), c.isnumeric())
    lo, up, ti = c.lower(), c.upper(), c.title()
    if f != (False,) * 8 or lo != c or up != c or ti != c:
        chunk.append("%x%d%d%d%d%d%d%d%d%x.%x.%x" % ((cp,) + f + (ord(lo), ord(up), ord(ti))))
    if len(chunk) > 4096:
        crc = zlib.crc32(";".join(chunk), crc)
        chunk = []
crc = zlib.crc32(";".join(chunk), crc)
print crc

s = u"\u0130stanbul \u01c4ungla \u037f\u03f3 \u10d0\u10d1 \u1e9e\xdf \u0526\u0527"
print repr(s.lower()), repr(s.upper()), repr(s.title()), repr(s.swapcase())
print s.istitle(), s.lower().islower(), s.upper().isupper()
