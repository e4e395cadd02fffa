class A(object):
    def f(self): return 'A'
class B(A): pass
b = B()
print b.f()
A.f = lambda self: 'A2'
print b.f()
B.f = lambda self: 'B'
print b.f()
del B.f
print b.f()
class C(object):
    def f(self): return 'C'
B.__bases__ = (C,)
print b.f(), B.__mro__
A.g = 1
print hasattr(b, 'g')
