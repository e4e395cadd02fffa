# Instances of user subclasses of built-in types carry a __dict__ (unless
# __slots__ says otherwise): attribute get/set/delete, vars(), __dict__
# assignment, dir(), hasattr, weak references.
import collections
import itertools
import weakref


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
class P(property): pass
class Sm(staticmethod): pass
class Cm(classmethod): pass
class E(enumerate): pass
class Cnt(itertools.count): pass
class Dq(collections.deque): pass
class Dd(collections.defaultdict): pass
class Od(collections.OrderedDict): pass
class Ex(ValueError): pass
class Rv(reversed): pass

makers = [
    ("D", lambda: D(a=1)), ("L", lambda: L([1, 2])), ("T", lambda: T((1, 2))),
    ("S", lambda: S("abc")), ("U", lambda: U(u"abc")), ("I", lambda: I(7)),
    ("G", lambda: G(7)), ("F", lambda: F(1.5)), ("C", lambda: C(1, 2)),
    ("St", lambda: St([1])), ("Fs", lambda: Fs([1])), ("Ba", lambda: Ba("xy")),
    ("P", lambda: P(None)), ("Sm", lambda: Sm(len)), ("Cm", lambda: Cm(len)),
    ("E", lambda: E("ab")), ("Cnt", lambda: Cnt(3)),
    ("Dq", lambda: Dq([1])), ("Dd", lambda: Dd(int)), ("Od", lambda: Od()),
    ("Ex", lambda: Ex("m")), ("Rv", lambda: Rv("ab")),
]

def public(d):
    # OrderedDict keeps its own (implementation-specific) private attributes
    return sorted([(k, v) for k, v in d.items() if not k.startswith("_")])


for name, make in makers:
    o = make()
    print name, type(o).__name__, public(o.__dict__), hasattr(o, "x")
    o.x = 1
    o.y = [2]
    print " ", o.x, o.y, public(vars(o)), "x" in dir(o)
    del o.x
    print " ", hasattr(o, "x"), [k for k, v in public(o.__dict__)]
    try:
        del o.x
    except AttributeError as e:
        print "  AttributeError", e
    try:
        o.nothere
    except AttributeError as e:
        print "  AttributeError", e
    o.__dict__ = {"z": 3}
    print " ", o.z, vars(o)
    o.__dict__["w"] = 4
    print " ", o.w, sorted(o.__dict__)
    try:
        o.__dict__ = 5
    except TypeError as e:
        print "  TypeError", e
    try:
        r = weakref.ref(o)
        print " ", r() is o
    except TypeError as e:
        print "  TypeError", e


# the built-in types themselves have no instance __dict__
for o in [{}, [], (), "s", u"u", 1, 2L, 1.0, 1j, set(), frozenset(), bytearray(),
          property(), collections.deque(), collections.defaultdict()]:
    try:
        o.x = 1
    except AttributeError as e:
        print type(o).__name__, "AttributeError", e
    try:
        o.__dict__
    except AttributeError as e:
        print type(o).__name__, "AttributeError", e


# __slots__ suppresses the dict; '__dict__' in __slots__ brings it back
class DS(dict):
    __slots__ = ()
class LS(list):
    __slots__ = ("a", "b")
class DSD(dict):
    __slots__ = ("a", "__dict__")
class FS(float):
    __slots__ = ("unit",)
class TS(tuple):
    __slots__ = ()
class SS(str):
    __slots__ = ()

for o in [DS(), LS(), TS(), SS("q")]:
    try:
        o.x = 1
    except AttributeError as e:
        print type(o).__name__, "AttributeError", e
    print type(o).__name__, hasattr(o, "__dict__")

ls = LS([1, 2])
ls.a = "A"
print ls, ls.a, hasattr(ls, "b")
try:
    ls.b
except AttributeError as e:
    print "AttributeError", e
ls.b = 5
del ls.a
print hasattr(ls, "a"), ls.b
dsd = DSD(k=1)
dsd.a = 1
dsd.other = 2
print dsd, dsd.a, dsd.__dict__
fs = FS(2.5)
fs.unit = "m"
print fs, fs.unit, hasattr(fs, "__dict__")
try:
    fs.other = 1
except AttributeError as e:
    print "AttributeError", e

for base in (int, long, str, tuple, unicode):
    try:
        X = type("X", (base,), {"__slots__": ("a",)})
        x = X(5)
        x.a = "slot"
        print base.__name__, repr(x), x.a, hasattr(x, "__dict__")
    except TypeError as e:
        print base.__name__, "TypeError", e


# a subclass of a subclass shares the dict; a class attribute is shadowed
class D2(D):
    cls_attr = "class"
d2 = D2()
print d2.cls_attr
d2.cls_attr = "inst"
print d2.cls_attr, D2.cls_attr, d2.__dict__
del d2.cls_attr
print d2.cls_attr


# data descriptors on the class win over the instance dict
class IP(int):
    @property
    def half(self):
        return self // 2
ip = IP(9)
print ip.half
try:
    ip.half = 1
except AttributeError as e:
    print "AttributeError", e
ip.__dict__["half"] = 100
print ip.half


# the attributes do not change the value semantics
class Tag(str):
    pass
t = Tag("hello")
t.lang = "en"
print t + "!", t.upper(), t == "hello", hash(t) == hash("hello"), len(t), t.lang
dd = D(k=1)
dd.meta = "m"
print dd == {"k": 1}, dd.meta, dict(dd), len(dd)
print getattr(dd, "meta"), getattr(dd, "missing", "default")
setattr(dd, "meta", "n")
delattr(dd, "meta")
print hasattr(dd, "meta")
