# object.__reduce_ex__ / __reduce__ against a stand-in copy_reg module
import sys
class FakeCopyReg(object):
    def __newobj__(self, cls, *args):
        return cls.__new__(cls, *args)
    def _reconstructor(self, cls, base, state):
        return "recon"
    def _reduce_ex(self, obj, proto):
        return ("reduce_ex called", type(obj).__name__, proto)
    def _slotnames(self, cls):
        names = []
        for c in cls.__mro__:
            for n in c.__dict__.get("__slots__", ()):
                names.append(n)
        return names
fake = FakeCopyReg()
sys.modules["copy_reg"] = fake
class A(object):
    pass
a = A()
a.x = 1
r = a.__reduce_ex__(2)
print r[0] == fake.__newobj__, r[1] == (A,), r[2], r[3], r[4]
print a.__reduce_ex__(0), a.__reduce_ex__(1), a.__reduce__()
class S(object):
    __slots__ = ("p", "q")
s = S()
s.p = 5
print s.__reduce_ex__(2)[2]
class G(object):
    def __getnewargs__(self): return (1, 2)
    def __getstate__(self): return "st"
print G().__reduce_ex__(2)[1:3] == ((G, 1, 2), "st")
class Bad(object):
    def __getnewargs__(self): return [1]
try:
    Bad().__reduce_ex__(2)
except TypeError as e:
    print "TypeError", e
class L(list): pass
l = L([1, 2])
r = l.__reduce_ex__(2)
print list(r[3]), r[4]
class D(dict): pass
r = D(a=1).__reduce_ex__(2)
print r[3], list(r[4])
class Own(object):
    def __reduce__(self): return "own"
print Own().__reduce_ex__(2), Own().__reduce_ex__(0)
print (ValueError(1).__reduce_ex__(2))
del sys.modules["copy_reg"]
