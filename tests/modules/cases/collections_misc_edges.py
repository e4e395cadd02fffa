# defaultdict, namedtuple, OrderedDict and Counter details
from collections import defaultdict, namedtuple, OrderedDict, Counter
import collections

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

dd = defaultdict(list)
dd.default_factory = int
print dd, dd.__missing__(3), dd
class DD(defaultdict):
    pass
show(lambda: repr(DD(int)))
show(lambda: defaultdict(int).__reduce__()[:4])
show(lambda: defaultdict(None, a=1))
show(lambda: defaultdict(list, [(1, 2)], b=3))
show(lambda: type(defaultdict.fromkeys('ab')).__name__)
r = defaultdict(list)
r['me'] = r
print r
show(lambda: namedtuple('T', 'a b', verbose=False)._fields)
show(lambda: namedtuple('T', 'a-b'))
show(lambda: namedtuple('1T', 'a'))
show(lambda: namedtuple('T', ['a', 1]))
T = namedtuple('T', 'a b')
show(lambda: T._make([1]))
show(lambda: T(1, 2)._replace(a=3, c=4))
show(lambda: T.__doc__)
show(lambda: T(1, 2).__getnewargs__())
show(lambda: T.__module__)
od = OrderedDict.fromkeys('cab')
od.move = 1 if False else None
show(lambda: od.keys())
show(lambda: OrderedDict([(1, 2)], a=3))
show(lambda: OrderedDict(1, 2))
show(lambda: OrderedDict().popitem())
od2 = OrderedDict([('x', 1)])
od2['self'] = od2
print od2
print list(reversed(OrderedDict.fromkeys('xyz'))), OrderedDict.fromkeys('ab').viewitems()
c = Counter(a=2, b=-3)
show(lambda: +c if hasattr(c, '__pos__') else 'no unary plus')
show(lambda: c.most_common(0))
show(lambda: Counter('aab') - Counter('a'))
show(lambda: Counter(1))
show(lambda: Counter('ab', 'cd'))
c.update(a=5)
print c, c.copy() == c, list(Counter('zzy').elements())
print issubclass(Counter, dict), isinstance(Counter(), collections.Mapping)
print issubclass(collections.deque, collections.Sequence), isinstance(collections.deque(), collections.Iterable)
print issubclass(tuple, collections.Hashable), issubclass(list, collections.Hashable)
print isinstance(xrange(3), collections.Sequence), isinstance(u'', collections.Sequence)
