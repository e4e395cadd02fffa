class O:
    "odoc"
    a = 1
    def m(self, x): return x + self.a
class P(O):
    def __init__(self, v): self.v = v
o = O()
p = P(5)
print o.m(1), p.m(2), p.v, P.a, O.__doc__, P.__doc__, O.__name__, P.__bases__ == (O,), O.__module__
print type(o), type(O), o.__class__ is O, isinstance(p, O), issubclass(P, O), isinstance(p, P)
print sorted(O.__dict__.keys()), p.__dict__
print repr(O)[:16], str(O), repr(o)[:22]
try:
    o.zz
except AttributeError as e:
    print e
try:
    O.zz
except AttributeError as e:
    print e
class G:
    def __getattr__(self, n): return 'ga' + n
print G().foo
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __repr__(self): return 'N(%r)' % self.v
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __eq__(self, o): return isinstance(o, N) and o.v == self.v
    def __lt__(self, o): return self.v < o.v
print N(1) + N(2), N(1) + 5, 5 + N(1), len(N(0)), list(N(0)), 10 in N(0), N(1) == N(1), N(1) < N(2)
print bool(N(0)), str(N(4))
class Cmp:
    def __init__(self, v): self.v = v
    def __cmp__(self, o): return cmp(self.v, o.v)
print Cmp(1) < Cmp(2), Cmp(2) == Cmp(2), sorted([Cmp(3), Cmp(1)])[0].v
class Co:
    def __init__(self, v): self.v = v
    def __coerce__(self, o): return (self.v, o)
print Co(3) + 4, 4 * Co(5)
try:
    o + 1
except TypeError as e:
    print e
try:
    len(o)
except AttributeError as e:
    print e
class Call:
    def __call__(self, x): return x * 2
print Call()(4)
class E:
    pass
try:
    raise E
except E as e:
    print 'caught old', e.__class__.__name__
class Empty: pass
e1 = Empty(); e1.x = 1
print e1.x, hash(e1) == hash(e1), bool(e1)
try:
    Empty(1)
except TypeError as e:
    print e
class WithInit:
    def __init__(self): return 1
try:
    WithInit()
except TypeError as e:
    print e
class Nz:
    def __nonzero__(self): return 0
print bool(Nz()), not Nz()
