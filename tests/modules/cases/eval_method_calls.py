# The evaluator's method calls (LOOKUP_METHOD/CALL_METHOD) and direct class
# instantiation: every shape of obj.meth(...) must behave as a bound-method call.
import sys


class A(object):
    k = 5

    def f(self, x, y=2):
        return (x, y)

    def g(self):
        return 'A.g'

    @staticmethod
    def s(x):
        return ('static', x)

    @classmethod
    def c(cls, x):
        return (cls.__name__, x)

    def star(self, *args, **kw):
        return args, sorted(kw.items())


a = A()
print a.f(1), a.f(1, 3), a.f(x=5), a.f(1, y=7), a.f(y=8, x=9), a.g()
print a.s(1), a.c(2), A.c(3), a.star(1, 2, z=3), a.star(*[4, 5]), a.star(**{'q': 1})
print A.f(a, 10), A.g(a)

# errors are those of the bound method
for call in [lambda: a.f(), lambda: a.f(1, 2, 3), lambda: a.f(1, x=2), lambda: a.f(1, z=2),
             lambda: a.g(1), lambda: a.nope(), lambda: A.f(1, 2), lambda: a.k()]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print type(e).__name__, e

# an instance attribute shadows the class's method; deleting it unshadows
a.g = lambda: 'instance g'
print a.g()
del a.g
print a.g()


# a method replaced on the class after a first call
def new_g(self):
    return 'new g'
print a.g()
A.g = new_g
print a.g()


# __getattr__, __getattribute__, descriptors, properties
class G(object):
    def __getattr__(self, name):
        return lambda *args: (name, args)
print G().anything(1, 2)


class GA(object):
    def m(self):
        return 'm'

    def __getattribute__(self, name):
        if name == 'm':
            return lambda: 'intercepted'
        return object.__getattribute__(self, name)
print GA().m()


class P(object):
    @property
    def p(self):
        return lambda x: ('property', x)
print P().p(1)


class Callable(object):
    def __call__(self, *a):
        return ('callable', a)


class HoldsCallable(object):
    c = Callable()
print HoldsCallable().c(1)


# __slots__, subclasses, super
class S(object):
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class S2(S):
    __slots__ = ()

    def get(self):
        return super(S2, self).get() * 2
print S(3).get(), S2(4).get()


# old-style classes and instances
class Old:
    def m(self, x):
        return ('old', x)

    def __init__(self, v=0):
        self.v = v
o = Old(1)
print o.m(2), Old.m(o, 3), o.v


# built-in types: methods, shadowing in subclasses
l = [3, 1, 2]
l.append(4)
l.sort()
print l, l.pop(), l.index(2), l.count(1), 'a,b'.split(','), ','.join(['x', 'y'])
d = {}
d.setdefault('k', []).append(1)
print d, d.get('k'), d.get('z', 0), (1, 2, 1).count(1), 'abc'.upper()


class MyList(list):
    def append(self, x):
        list.append(self, x * 10)
ml = MyList()
ml.append(1)
print ml


class MyStr(str):
    def upper(self):
        return 'overridden'
print MyStr('x').upper(), MyStr('x').lower()

# methods of modules, classes and functions
print sys.getrecursionlimit() > 0, A.__name__.upper(), a.f.__name__
import string
print string.upper('abc')


# evaluation order: the method is looked up before the arguments are evaluated
class Order(object):
    def m(self, x):
        return 'original'


def rebind():
    Order.m = lambda self, x: 'rebound'
    return 1
ob = Order()
print ob.m(rebind()), ob.m(0)


# a method call inside a generator and across exceptions
class It(object):
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


def gen(it):
    while True:
        try:
            yield it.step()
        except StopIteration:
            return
print list(gen(It()))


# instantiation fast path: __init__ errors and return values
class Init(object):
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
print Init(1).b, Init(1, 3).b, Init(b=4, a=5).a
for call in [lambda: Init(), lambda: Init(1, 2, 3), lambda: Init(1, c=2)]:
    try:
        call()
    except TypeError as e:
        print e


class BadInit(object):
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print e


class WithNew(object):
    def __new__(cls, *args):
        print 'new', args
        return object.__new__(cls)

    def __init__(self, x):
        self.x = x
print WithNew(7).x


class Meta(type):
    def __call__(cls, *args):
        return ('meta call', args)


class UsesMeta(object):
    __metaclass__ = Meta

    def __init__(self, x):
        pass
print UsesMeta(1)


class Del(object):
    def __init__(self, x):
        self.x = x

    def __del__(self):
        pass
print Del(3).x


# tracebacks and profiling see the same calls
class T(object):
    def boom(self):
        return 1 / 0
try:
    T().boom()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print names

events = []


def prof(frame, event, arg):
    if event in ('call', 'c_call'):
        events.append((event, frame.f_code.co_name if event == 'call' else getattr(arg, '__name__', '?')))
sys.setprofile(prof)
a.f(1)
l.append(5)
Init(1)
sys.setprofile(None)
print events[:3]
