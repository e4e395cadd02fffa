# Sets and dicts mutated by __eq__ during set operations, and % / str * limits:
# 2.7's exceptions instead of a crash.
class bad_eq:
    def __eq__(self, other):
        if be_bad:
            set2.clear()
            raise ZeroDivisionError
        return self is other
    def __hash__(self):
        return 0
class bad_dict_clear:
    def __eq__(self, other):
        if be_bad:
            dict2.clear()
        return self is other
    def __hash__(self):
        return 0
be_bad = False
set1 = {bad_eq()}
set2 = {bad_eq() for i in range(75)}
be_bad = True
try:
    set1.update(set2)
except ZeroDivisionError:
    print "ZDE"
be_bad = False
set1 = {bad_dict_clear()}
dict2 = {bad_dict_clear(): None}
be_bad = True
set1.symmetric_difference_update(dict2)
print len(set1)
import sys
for f, a in (('%.*d', (sys.maxint, 1)), ('%.*f', (sys.maxint, 1.0)), ('%.2147483647d', (1,)), ('%.*s', (sys.maxint, 'a')), ('%.*x', (2**31-1, 1)), ('%.*d', (2**31, 1)), ('%.*d', (-1, 1)), ('%.*d', (2**31-2, 1)), ('%.3000000000d', (1,)), ('%.*d', (100, 1)), ('%.100d', (1L,))):
    try: r = f % a; print len(r)
    except Exception as e: print type(e).__name__, e
for f in (u'%.*d', u'%.*x', '%.*i', '%.*u', '%.*o', '%.*X', '%.*d'):
    for p in (116, 117):
        for v in (1, True, 1L, 2.0):
            try: r = f % (p, v); print f, p, v, len(r)
            except Exception as e: print f, p, v, type(e).__name__, e
for x in (2**50, 2**47):
    try: print len('ab' * x)
    except MemoryError: print 'MemoryError'
try: '%*d' % (2**49, 1)
except MemoryError: print 'MemoryError'
print len('%*d' % (5, 1)), len('%.*s' % (2, 'abc')), '%.*d' % (-3, 7), '%*d|' % (-4, 7)
