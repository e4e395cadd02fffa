# allocations too large for 2.7 raise MemoryError (or OverflowError), never a crash
import sys

def attempt(label, f):
    try:
        f()
        print label, "ok"
    except (MemoryError, OverflowError, ValueError) as e:
        print label, type(e).__name__, e

attempt("unicode repeat", lambda: u"a" * (sys.maxsize // 4 * 2))
attempt("unicode repeat again", lambda: u"a" * (sys.maxsize // 4 * 2))
attempt("str repeat", lambda: "abc" * sys.maxsize)
attempt("bytearray repeat", lambda: bytearray("abc") * sys.maxsize)
attempt("list repeat", lambda: [1, 2] * sys.maxsize)
attempt("%.*d maxint", lambda: '%.*d' % (sys.maxint, 1))
attempt("%.*f 2**31", lambda: '%.*f' % (2 ** 31, 1.0))
attempt("%*d 2**40", lambda: '%*d' % (2 ** 40, 1))
print len('%12.*f' % (123456, 1.0))
print len('%.*e' % (5000, 1.1)), ('%.*e' % (5000, 1.1))[-8:]
print '%.*g' % (5000, 1.1)
print len('%.*f' % (1500, 5e-324)), ('%.*f' % (1500, 5e-324))[1070:1090]
print len(format(1e300, '.2000f'))
