# Pickling and copying instances of user subclasses of built-in types keeps
# their instance attributes (the __dict__ goes in the reduce state) and their
# __slots__ values, with every pickle protocol.
import copy
import cPickle
import pickle
import collections


class D(dict): pass
class L(list): pass
class T(tuple): pass
class S(str): pass
class U(unicode): pass
class I(int): pass
class G(long): pass
class F(float): pass
class C(complex): pass
class St(set): pass
class Fs(frozenset): pass
class Ba(bytearray): pass
class Dq(collections.deque): pass
class Dd(collections.defaultdict): pass
class Od(collections.OrderedDict): pass


class LS(list):
    __slots__ = ("a", "__dict__")


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    def __getnewargs__(self):
        return tuple(self)


def show(o):
    d = getattr(o, "__dict__", {})
    items = sorted([(k, v) for k, v in d.items() if not k.startswith("_")])
    if isinstance(o, (set, frozenset)):
        val = sorted(o)
    elif isinstance(o, dict):
        val = sorted(o.items())
    elif isinstance(o, collections.deque):
        val = list(o)
    else:
        val = o
    return "%s %r %r" % (type(o).__name__, val, items)


def make_all():
    objs = [D(a=1), L([1, 2]), T((1, 2)), S("abc"), U(u"abc"), I(7), G(7), F(1.5),
            C(1, 2), St([1, 2]), Fs([3]), Ba("xy"), Dq([1, 2]), Dd(int, k=1), Od([("k", 1)])]
    for i, o in enumerate(objs):
        o.tag = "t%d" % i
        o.nested = [i, {"deep": i}]
    return objs


for o in make_all():
    print "orig ", show(o)
    for proto in (0, 1, 2):
        for mod in (pickle, cPickle):
            try:
                o2 = mod.loads(mod.dumps(o, proto))
                print " ", proto, mod.__name__, show(o2), o2 == o, type(o2) is type(o)
            except Exception as e:
                print " ", proto, mod.__name__, type(e).__name__, e
    o3 = copy.copy(o)
    print "  copy", show(o3), getattr(o3, "nested", None) is o.nested
    o4 = copy.deepcopy(o)
    print "  deep", show(o4), getattr(o4, "nested", None) == o.nested


# reduce_ex results of a few directly
d = D(a=1)
d.x = 5
r = d.__reduce_ex__(2)
print r[0].__name__, r[1][0].__name__, r[2], sorted(r[4])
l = L([1])
l.x = 5
r = l.__reduce_ex__(2)
print r[0].__name__, r[1][0].__name__, r[2], list(r[3])
print D().__reduce_ex__(2)[2]
i = I(3)
i.x = 1
r = i.__reduce_ex__(0)
print r[0].__name__, r[1][0].__name__, r[1][1].__name__, r[1][2], r[2]

# slots and a dict together
ls = LS([1, 2])
ls.a = "slot"
ls.b = "dict"
for proto in (0, 1, 2):
    try:
        ls2 = pickle.loads(pickle.dumps(ls, proto))
        print proto, ls2, ls2.b, getattr(ls2, "a", "no a")
    except Exception as e:
        print proto, type(e).__name__, e
ls3 = copy.copy(ls)
print ls3, ls3.a, ls3.b

# namedtuple-like: no dict, __getnewargs__
p = Point(1, 2)
for proto in (0, 1, 2):
    p2 = pickle.loads(pickle.dumps(p, proto))
    print proto, p2, type(p2).__name__, hasattr(p2, "__dict__")
print copy.deepcopy(p)
