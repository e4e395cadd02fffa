class Meta(type):
    def __new__(mcls, name, bases, d):
        d['added'] = name.lower()
        return type.__new__(mcls, name, bases, d)
    def __init__(cls, name, bases, d):
        super(Meta, cls).__init__(name, bases, d)
        cls.inited = True
    def __call__(cls, *a):
        print 'calling', cls.__name__, a
        return type.__call__(cls, *a)
    def hello(cls): return 'hello ' + cls.__name__
class A(object):
    __metaclass__ = Meta
    def __init__(self, v): self.v = v
print type(A), A.added, A.inited, A.hello()
a = A(3)
print a.v
class B(A): pass
print type(B), B.added
def fmeta(name, bases, d):
    print 'fmeta', name, bases, sorted(d)
    return 42
class C:
    __metaclass__ = fmeta
print C
__metaclass__ = type
class Q: pass
print type(Q)
del __metaclass__
class R: pass
print type(R)
class M2(type): pass
class M3(type): pass
class P(object): __metaclass__ = M2
class P2(object): __metaclass__ = M3
try:
    class Z(P, P2): pass
except TypeError as e:
    print e
print isinstance(A, Meta), issubclass(Meta, type)
class Abc(type):
    def __instancecheck__(cls, inst): return inst == 5
    def __subclasscheck__(cls, sub): return sub is int
class K(object): __metaclass__ = Abc
print isinstance(5, K), isinstance(4, K), issubclass(int, K), issubclass(str, K)
T = type('T', (), {})
print T, T.__bases__, T.__module__
try:
    class X(1): pass
except TypeError as e:
    print e
try:
    class Y(bool): pass
except TypeError as e:
    print e
try:
    type('x', 1, {})
except TypeError as e:
    print e
