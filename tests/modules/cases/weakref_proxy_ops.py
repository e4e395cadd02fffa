# proxies forward in-place operators and unicode() to the referent; a
# subclass of weakref.ref may override __call__
import weakref

class C:
    def __floordiv__(self, other):
        return 42
    def __ifloordiv__(self, other):
        return 21
    def __iadd__(self, other):
        self.total = getattr(self, "total", 0) + other
        return self

o = C()
p = weakref.proxy(o)
print p // 5
p //= 5
print p
p = weakref.proxy(o)
p += 3
p += 4
print type(p).__name__, o.total

class N(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return N(self.v + other)
n = N(1)
q = weakref.proxy(n)
q += 10         # no __iadd__: falls back to __add__
print type(q).__name__, q.v

class U(object):
    def __str__(self):
        return "string"
    def __unicode__(self):
        return u"unicode"
u = U()
pu = weakref.proxy(u)
print "__unicode__" in dir(pu), repr(unicode(pu)), str(pu)
for name in ("__iadd__", "__isub__", "__imul__", "__idiv__", "__itruediv__", "__ifloordiv__",
             "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"):
    assert hasattr(weakref.ProxyType, name), name
print "in-place slots ok"

class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super(MyRef, self).__init__(ob, callback)
    def __call__(self):
        self.called = True
        return super(MyRef, self).__call__()
mr = MyRef(u, value=24)
print mr() is u, mr.called, mr.value
class Plain(weakref.ref):
    pass
print Plain(u)() is u
