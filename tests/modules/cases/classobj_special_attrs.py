class A:
    def m(self):
        pass

class B(A):
    def __call__(self):
        return 'called'

for n in ['__call__', '__class__', '__repr__', '__getattribute__', '__setattr__',
          '__str__', '__init__', '__hash__', '__reduce__', '__doc__', '__module__',
          '__name__', '__bases__', '__dict__', 'm']:
    print n, hasattr(A, n), hasattr(A(), n)
print hasattr(B, '__call__'), B()()
try:
    A.__call__
except AttributeError as e:
    print e
print callable(A), callable(A()), callable(B())

import rlcompleter
c = rlcompleter.Completer({'A': A, 'B': B})
print c.complete('A', 0), c.complete('B', 0)

# the attributes 2.7 lists for methods
print dir(A.m)
print dir(A().m)
print A.m.__name__, A().m.__name__, A().m.__doc__
a = A()
print a.m == a.m, A.m == A.m, a.m != a.m, a.m == A().m, cmp(a.m, a.m), a.m.__cmp__(a.m)
print hash(a.m) == hash(a.m)
try:
    a.m.__cmp__(3)
except TypeError as e:
    print e
