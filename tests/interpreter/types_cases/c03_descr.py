class P(object):
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @staticmethod
    def s(a): return 's%s' % a
    @classmethod
    def c(cls, a): return 'c%s%s' % (cls.__name__, a)
p = P()
p.x = 4
print p.x, P.x.__doc__, P.s(1), p.s(2), P.c(3), p.c(4)
try:
    del p.x
except AttributeError as e:
    print e
class RO(object):
    y = property(lambda self: 1)
try:
    RO().y = 2
except AttributeError as e:
    print e
print type(P.__dict__['x']).__name__, type(P.__dict__['s']).__name__, type(P.__dict__['c']).__name__
class Desc(object):
    def __get__(self, obj, typ): return ('get', obj is None, typ.__name__)
    def __set__(self, obj, v): obj.__dict__['d'] = v * 10
class ND(object):
    def __get__(self, obj, typ): return 'nd'
class H(object):
    d = Desc()
    n = ND()
h = H()
print h.d, H.d
h.d = 3
print h.__dict__, h.d
print h.n
h.n = 'inst'
print h.n
class G(object):
    def __getattr__(self, name): return 'ga:' + name
    a = 1
g = G()
print g.a, g.zz
class GA(object):
    def __getattribute__(self, name):
        if name == 'boom': raise AttributeError(name)
        return 'gat:' + name
    def __getattr__(self, name): return 'fallback:' + name
print GA().foo, GA().boom
class SA(object):
    def __setattr__(self, name, v):
        object.__setattr__(self, name, v + 1)
    def __delattr__(self, name):
        print 'del', name
sa = SA()
sa.q = 1
print sa.q
del sa.q
print sa.q
print property.__name__, super(SA, sa).__setattr__ is not None
print repr(int.__dict__['real'])[:20] if 'real' in int.__dict__ else 'noreal'
print type(type.__dict__['__name__']).__name__
class SP(object):
    def f(self): return 'SP'
class SC(SP):
    def f(self): return 'SC+' + super(SC, self).f()
    @classmethod
    def g(cls): return super(SC, cls).f
print SC().f(), SC.g()
print super(SC, SC()).f()
sup = super(SC)
print sup
