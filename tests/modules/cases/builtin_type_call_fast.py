# Calling built-in types (object.__init__ skipped when the type has its own __new__),
# set membership/add of unboxed strs and ints, and % padding: same as 2.7.
def e(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as ex: print type(ex).__name__, ex
e(int, "12"); e(int, "12", 8); e(int, x="12"); e(int, "1", 2, 3); e(int, y=1); e(str, 5); e(float, "2.5"); e(tuple, [1]); e(list, "ab"); e(lambda: type(object()).__name__); e(object, 1)
e(frozenset, [1]); e(complex, 1, 2); e(bool, 0); e(long, "5"); e(int, "99999999999999999999"); e(str, object=1); e(unicode, "a"); e(type, 1); e(slice, 1, 2)
class I(int): pass
e(I, "7"); e(type(I("3")))
class J(int):
    def __init__(self, *a): print "J.init", a
e(J, "8")
class N(object):
    def __new__(cls, *a): return object.__new__(cls)
e(lambda: type(N(1, 2)).__name__)
s = set(["abc", 1, (1, 2)])
print "abc" in s, "abd" in s, 1 in s, 2 in s, 1.0 in s, (1, 2) in s, u"abc" in s
s.add("abc"); s.add(1); s.add(True); s.add(2); print sorted(s)
s2 = set(); print "x" in s2, 3 in s2
e(s.__contains__, [])
print "%s|%d|%5s|%-5d|%+d|%x|%#x|%05d|%s" % ("a", 3, "b", 4, 5, 255, 255, -42, -7)
