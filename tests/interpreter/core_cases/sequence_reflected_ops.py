class R(object):
    def __radd__(self, other): return "radd", other
    def __rmul__(self, other): return "rmul", other
print [1] + R(), (1,) + R(), "a" + R(), u"a" + R(), bytearray("x") + R()
print [1] * R(), "ab" * R()
class N(object):
    def __radd__(self, other): return NotImplemented
try:
    [1] + N()
except TypeError as e:
    print e
class L(list):
    def __radd__(self, other): return "L.radd"
print [1] + L([2]), L([2]) + [1]
print "ab" * 3, 3 * "ab", [0] * 2, 2 * (1,)
class Old:
    def __radd__(self, other): return "old radd"
try:
    print [1] + Old()
except TypeError as e:
    print e
