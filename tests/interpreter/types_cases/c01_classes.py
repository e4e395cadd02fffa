class A(object):
    "doc A"
    x = 1
    def m(self): return 'A.m'
class B(A):
    def m(self): return 'B.m/' + super(B, self).m()
class C(A):
    def m(self): return 'C.m/' + super(C, self).m()
class D(B, C):
    def m(self): return 'D.m/' + super(D, self).m()
print D().m()
print [k.__name__ for k in D.__mro__]
print D.mro() == list(D.__mro__)
print A.__doc__, B.__doc__, A.__module__, A.__name__
print sorted(A.__dict__.keys())
print sorted(B.__dict__.keys())
print type(A.__dict__).__name__
print A.__dict__['x'], 'x' in A.__dict__, A.__dict__.get('y', 5)
print A.__subclasses__()
print B.__bases__, B.__base__, object.__bases__, object.__base__
print isinstance(D(), A), issubclass(D, C), issubclass(C, B), isinstance(1, (str, int))
print type(A), type(type), type(object), type(None), type(NotImplemented), type(Ellipsis)
print repr(A), repr(int), repr(ValueError), repr(type)
print A.m, B().m.__name__
a = A()
a.x = 5
print a.x, A.x, a.__dict__
del a.x
print a.x
print a.__class__, a.__class__ is A
X = type('X', (A,), {'y': 2})
print X.y, X.x, X.__name__, X.__bases__, X().m()
try:
    class E(A, B): pass
except TypeError as e:
    print e
try:
    class G(B, B): pass
except TypeError as e:
    print e
print hasattr(a, 'm'), hasattr(a, 'zz'), getattr(a, 'zz', 7)
class S(object):
    __slots__ = ('a', '__b')
s = S()
s.a = 1
print s.a, sorted(S.__dict__.keys()), S.a
try:
    s.c = 3
except AttributeError as e:
    print e
try:
    s.__dict__
except AttributeError as e:
    print e
try:
    print s._S__b
except AttributeError as e:
    print 'AE', e
class S2(S):
    pass
s2 = S2()
s2.c = 4
print s2.c, s2.__dict__
print object.__doc__
print int.__name__, int.__module__, ValueError.__module__, A.__module__
class N(object):
    def __eq__(self, o): return True
print N() == 1, hash(N()) is not None
print type.__name__, type(A).__name__
print A.__dict__['m'].__name__
