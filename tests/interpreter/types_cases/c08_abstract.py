class A(object):
    pass
A.__abstractmethods__ = frozenset(['g', 'f'])
try:
    A()
except TypeError as e:
    print e
A.__abstractmethods__ = frozenset()
print type(A()).__name__
