# _functools.partial details, reduce, wraps with partial objects
import functools
from functools import partial

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

def f(*a, **k):
    return a, sorted(k.items())
p = partial(f, 1, x=2)
print p(2, y=3), p(x=9)
show(lambda: partial())
show(lambda: partial(1))
show(lambda: p.__reduce__()[0])
show(lambda: p.__reduce__()[2][1:3])
show(lambda: type(p).__module__)
show(lambda: partial.__name__)
show(lambda: setattr(p, 'func', len))
show(lambda: p.__setstate__((1,)))
show(lambda: functools.reduce(max))
show(lambda: functools.reduce(max, 1))
show(lambda: functools.reduce(lambda a, b: a + b, xrange(5), 100))
q = partial(partial(f, 1, a=1), 2, b=2)
print q(), q.args, sorted(q.keywords.items())
p.attr = 5
print p.attr, p.__dict__
p.__dict__ = {'z': 1}
print p.z
class Sub(partial):
    def __call__(self, *a):
        return 'sub', partial.__call__(self, *a)
s = Sub(f, 'x')
print s('y'), isinstance(s, partial), s.args
print map(partial(pow, 2), range(5))
def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def named(x):
    "doc of named"
    return x
print named.__name__, named.__doc__, named(4)
try:
    functools.update_wrapper(lambda: 0, object())
except AttributeError as e:
    print 'AttributeError', e
@functools.total_ordering
class Ge(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print Ge(1) < Ge(2), Ge(2) <= Ge(2), Ge(3) > Ge(2), Ge.__lt__.__name__
K = functools.cmp_to_key(lambda a, b: cmp(a % 3, b % 3))
print sorted(range(7), key=K), K(1) == K(4), K(1) != K(2)
