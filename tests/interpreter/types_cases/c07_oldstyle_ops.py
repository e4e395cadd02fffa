def t(f):
    try: print repr(f())
    except Exception as e: print type(e).__name__, e
class O:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'O(%s)' % self.v
    def __getitem__(self, i): return i
    def __getslice__(self, i, j): return ('gs', i, j)
    def __setslice__(self, i, j, v): print 'ss', i, j, v
    def __len__(self): return 10
t(lambda: O(1)[2:5]); t(lambda: O(1)[-2:]); t(lambda: O(1)[::2])
o = O(1)
o.__setslice__(1, 3, "x")
class N(object):
    def __getslice__(self, i, j): return ('ngs', i, j)
    def __getitem__(self, k): return k
    def __len__(self): return 5
t(lambda: N()[1:2]); t(lambda: N()[-1:]); t(lambda: N()[:]); t(lambda: N()[1:2:1])
class L(list): pass
t(lambda: L([1,2,3])[1:]); t(lambda: type(L([1,2,3])[1:]).__name__)
class OC:
    def __cmp__(self, o): return -1
t(lambda: OC() < 1); t(lambda: 1 < OC()); t(lambda: OC() == OC())
t(lambda: str(O(5))); t(lambda: `O(5)`)
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __neg__(self): return 'neg'
    def __abs__(self): return 'abs'
    def __invert__(self): return 'inv'
t(lambda: int(Num())); t(lambda: float(Num())); t(lambda: -Num()); t(lambda: abs(Num())); t(lambda: ~Num())
t(lambda: -O(1))
class H:
    def __eq__(self, o): return True
t(lambda: hash(H()))
t(lambda: O(1) + 1)
t(lambda: 1 + O(1))
class R:
    def __radd__(self, o): return 'radd'
    def __rsub__(self, o): return 'rsub'
t(lambda: 1 + R()); t(lambda: 1 - R()); t(lambda: R() + 1)
class IA:
    def __iadd__(self, o): return 'iadd'
def ia():
    x = IA(); x += 1; return x
t(ia)
t(lambda: O.__dict__.keys().__class__.__name__)
t(lambda: isinstance(O(1), O)); t(lambda: issubclass(O, object)); t(lambda: type(O(1)).__name__)
class Old2(O): pass
t(lambda: Old2.__bases__[0] is O); t(lambda: Old2(2).v); t(lambda: O.__module__)
t(lambda: getattr(O(1), 'nope'))
t(lambda: O(1).__class__.__name__)
t(lambda: repr(O)[:14])
t(lambda: iter(O(1)).next())
class It:
    def __iter__(self): return iter([1, 2])
t(lambda: list(It())); t(lambda: 2 in It())
