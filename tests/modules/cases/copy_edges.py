# copy/copy_reg: reduce protocol paths, memo, registered reducers, errors
import copy, copy_reg

class Pt(object):
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
def reduce_pt(p):
    return (Pt, (p.x * 2,))
copy_reg.pickle(Pt, reduce_pt)
print copy.copy(Pt(2)).x, copy.deepcopy(Pt([3])).x
del copy_reg.dispatch_table[Pt]
print copy.copy(Pt(2)).x
class L(list):
    pass
l = L([1, [2]])
c = copy.deepcopy(l)
print type(c).__name__, c, c[1] is l[1]
class D(dict):
    pass
dd = D(a=[1])
dc = copy.copy(dd)
print type(dc).__name__, dc, dc['a'] is dd['a']
class NoInit(object):
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v
        return o
    def __getnewargs__(self):
        return (self.v,)
print copy.copy(NoInit(5)).v
class Sl(object):
    __slots__ = ['a', '__b']
    def __init__(self):
        self.a = 1
        self.__b = 2
s = copy.copy(Sl())
print s.a, s._Sl__b, copy_reg._slotnames(Sl)
print copy_reg._reduce_ex(Pt(1), 0)[0].__name__, type(copy_reg.__newobj__(Pt, 4)).__name__
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print y[0] is y[1], id(x) in memo
class Bad(object):
    def __reduce_ex__(self, proto):
        raise TypeError('nope %d' % proto)
try:
    copy.copy(Bad())
except TypeError as e:
    print 'TypeError', e
import types
print copy.copy(len) is len, copy.deepcopy(Pt) is Pt
print copy.copy(xrange(3)), copy.deepcopy({1: (2, [3])})
