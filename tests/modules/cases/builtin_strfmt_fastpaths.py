# Fast paths of str.format / % for exact ints, int(str) without big integers,
# ASCII lower/upper and split building unboxed lists: same results as 2.7.
print "{0}:{1:>7}:{2:<5}".format("Oslo", 42, "apple")
print "{0:x} {0:#X} {0:#o} {0:b} {0:+d} {0: d} {0:,d} {0:012,d} {0:=+8d} {0:^9} {0:*<6x}".format(-255)
print "{0:x} {0:#X} {0:#o} {0:#b} {0:+d} {0: d} {0:,d} {0:012,d} {0:=+8d} {0:^9} {0:*<6x}".format(1234567)
print "{0:d}{1:05d}{2}".format(-9223372036854775807 - 1, 7, 0), "{:c}".format(65), "{:n}".format(1234), "{:.2f}".format(3), "{:e}".format(5)
for bad in ("{:.2d}", "{:s}", "{:,x}", "{:z}"):
    try: print bad.format(5)
    except ValueError as e: print "ValueError", e
print "{:.3}|{:>6.2}|{:^7}".format("abcdef", "xyz", "mid")
print "%s %s %d" % (5, -3, 7), "%5s|%-4s|" % (12, 3)
class I(int):
    def __str__(self): return "I!"
    def __format__(self, spec): return "F!"
print "%s" % I(3), "{0}".format(I(3)), "{0:d}".format(I(3))
print int("1234"), int("  -99 "), int("9223372036854775807"), int("9223372036854775808"), int("-9223372036854775808"), int("ff", 16), int("0x1F", 16), int("0b101", 0), int("017", 0), int("z", 36)
print int("  +12  "), int("00001234", 16), type(int("99999999999999999999")), int("-0")
for bad in ("", " ", "12a", "0x", "- 1", "1_0"):
    try: print int(bad)
    except ValueError as e: print "ValueError", e
print "AbC\xc0".lower(), "aBc\xe0".upper(), "abc".upper(), "XYZ".lower(), "".lower()
print "a;b;;c".split(";"), " a  b ".split(), "a,b".rsplit(",", 1), "x\ny\n".splitlines(True), "".split(";")
l = "a b".split(); l.append(3); print l, l[0] is l[0]
