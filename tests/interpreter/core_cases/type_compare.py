print getattr(object, "__eq__", None) is not None, type(object.__eq__).__name__
print int == int, int != int, int == str, int != str, type(1) == int, [int, str] == [int, str]
print sorted([int, str, int]) in ([int, int, str], [str, int, int]), int < str or str < int
print type.__eq__(int, int), type.__eq__(int, 1), int.__eq__(int)
print hash(int) == hash(int), {int: 1}[int], int in {int: 1, str: 2}
class M(type): pass
class A(object): __metaclass__ = M
print A == A, A != int, hash(A) == hash(A)
class Old: pass
print Old == Old, int == Old, Old != int
print type(int).__dict__["__eq__"].__name__, "__eq__" in type.__dict__, "__hash__" in type.__dict__
