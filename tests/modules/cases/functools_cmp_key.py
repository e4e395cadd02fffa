# functools.cmp_to_key key objects, with total_ordering and wraps
import functools
def rcmp(a, b): return cmp(b, a)
print sorted([3, 1, 2], key=functools.cmp_to_key(rcmp)), sorted('bca', key=functools.cmp_to_key(cmp))
K = functools.cmp_to_key(lambda a, b: cmp(len(a), len(b)))
a, b = K('xx'), K('y')
print a < b, a > b, a == b, a <= b, a >= b, a != b, K('q') == K('r'), K.__name__, K.__slots__, a.obj, K('x', 'extra').obj
try: hash(a)
except TypeError as e: print 'TypeError', e
try: a.other = 1
except AttributeError: print 'AttributeError'
print K.__lt__.__name__, sorted(n for n in vars(K) if n.startswith('__') and n.endswith('__') and n not in ('__module__', '__doc__', '__dict__', '__weakref__', '__slots__', 'obj'))
try: a < 5
except AttributeError as e: print 'AttributeError', e
@functools.total_ordering
class T(object):
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print T(1) <= T(2), T(3) >= T(2), T(1) > T(2)
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(x):
    "doc"
    return x
print named.__name__, named.__doc__, named(3), functools.partial(int, base=2)('101'), functools.reduce(lambda x, y: x * y, [1, 2, 3, 4])
