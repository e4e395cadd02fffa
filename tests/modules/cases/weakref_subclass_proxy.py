# Subclasses of weakref.ref with instance attributes, operators through proxies,
# ref()'s argument checking.
import weakref
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super(MyRef, self).__init__(ob, callback)
class C(object):
    def __init__(self, v): self.v = v
    def __add__(self, o): return self.v + o
    def __radd__(self, o): return o + self.v
    def __floordiv__(self, o): return self.v // o
    def __index__(self): return self.v
    def __neg__(self): return -self.v
    def __pow__(self, o, m=None): return 'pow', o, m
o = C(10)
mr = MyRef(o, value=24)
print mr() is o, mr.value, mr.__dict__
p = weakref.proxy(o)
print p + 1, 1 + p, p // 3, -p, range(15)[p:], p ** 2, pow(p, 2, 5)
import operator
print operator.index(p)
try:
    weakref.ref(o, callback=None)
except TypeError as e:
    print 'TypeError', e
try:
    weakref.ref(o).__init__(0, 0, 0, 0, 0)
except TypeError as e:
    print 'TypeError', e
print weakref.ref(o).__init__(o)
