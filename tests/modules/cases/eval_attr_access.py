# The evaluator's attribute reads and writes on instances of user classes
# (LOAD_ATTR/STORE_ATTR through the attribute cache): every kind of attribute.


class A(object):
    cls_attr = 'class'

    def __init__(self):
        self.x = 1

    @property
    def p(self):
        return 'prop %d' % self.x

    def m(self):
        return 'method'


a = A()
print a.x, a.cls_attr, a.p, a.m(), a.m.__name__
a.x = 2
a.y = 3
print a.x, a.y, a.p, sorted(a.__dict__.items())
a.cls_attr = 'shadowed'
print a.cls_attr, A.cls_attr
del a.cls_attr
print a.cls_attr
A.cls_attr = 'changed'
print a.cls_attr
try:
    a.missing
except AttributeError as e:
    print 'AttributeError', e
try:
    a.p = 5
except AttributeError as e:
    print 'AttributeError', e
del a.y
try:
    print a.y
except AttributeError as e:
    print 'AttributeError', e


# many attributes, in different orders (maps)
class Many(object):
    pass
objs = []
for k in range(3):
    o = Many()
    names = ['a%d' % i for i in range(40)]
    if k == 1:
        names.reverse()
    for n, name in enumerate(names):
        setattr(o, name, n)
    objs.append(o)
for o in objs:
    print o.a0, o.a39, o.a20, len(o.__dict__)
o = Many()
o.__dict__ = {'q': 9}
print o.q
o.q = 10
print o.q, o.__dict__


# data descriptors, __setattr__, __getattr__, __getattribute__
class Desc(object):
    def __get__(self, obj, typ):
        return ('get', obj is not None)

    def __set__(self, obj, value):
        obj.__dict__['stored'] = value


class D(object):
    d = Desc()
d = D()
d.d = 7
print d.d, d.stored, D.d


class SA(object):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ('wrapped', value))
s = SA()
s.v = 1
print s.v


class GA(object):
    def __getattr__(self, name):
        return 'fallback ' + name
g = GA()
g.real = 'real'
print g.real, g.other


class GAB(object):
    def __getattribute__(self, name):
        return 'always ' + name
print GAB().anything


# __slots__
class Sl(object):
    __slots__ = ('u', 'w')

    def __init__(self):
        self.u = 1
sl = Sl()
sl.w = 2
print sl.u, sl.w
try:
    sl.z = 3
except AttributeError as e:
    print 'AttributeError', e
try:
    Sl().w
except AttributeError as e:
    print 'AttributeError', e


# the class changes under the cache: a new property, __class__ assignment
class B(object):
    pass
b = B()
b.v = 'instance'
print b.v
B.v = property(lambda self: 'property wins')
print b.v


class C1(object):
    def who(self):
        return 'C1'


class C2(object):
    def who(self):
        return 'C2'
c = C1()
c.val = 1
print c.who(), c.val
c.__class__ = C2
print c.who(), c.val


# augmented assignment on attributes
class Counter(object):
    def __init__(self):
        self.n = 0
cnt = Counter()
for i in range(5):
    cnt.n += i
print cnt.n


# old-style instances and classes
class Old:
    z = 'old class attr'
old = Old()
old.q = 1
print old.q, old.z
Old.z = 'changed'
print old.z
