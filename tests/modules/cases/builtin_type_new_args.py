# type.__new__ takes name/bases/dict by keyword; bad names and slots
class B:
    def ham(self):
        return 'ham%d' % self
C = type.__new__(type, name='C', bases=(B, int), dict={'spam': lambda self: 'spam%s' % self})
print C.__name__, [b.__name__ for b in C.__bases__], C.__base__, C(5).spam(), C(5).ham()

def attempt(label, f):
    try:
        r = f()
        print label, "ok", r
    except Exception as e:
        print label, type(e).__name__, e

attempt("type kw", lambda: type(name="A", bases=(), dict={}))
attempt("4 args", lambda: type("A", (), {}, x=1))
attempt("dup", lambda: type.__new__(type, "A", (), {}, name="A"))
attempt("bad kw", lambda: type.__new__(type, "A", (), nope={}))
attempt("null name", lambda: type('A\x00B', (), {}))
attempt("weakref twice", lambda: type('A', (), {'__slots__': ('__weakref__', '__weakref__')}))
attempt("dict twice", lambda: type('A', (), {'__slots__': ('__dict__', '__dict__')}))
class Base(object):
    pass
attempt("weakref inherited", lambda: type('A', (Base,), {'__slots__': '__weakref__'}))
attempt("dict inherited", lambda: type('A', (Base,), {'__slots__': '__dict__'}))
print type('OK', (), {'__slots__': ('__weakref__',)}).__name__

# filter() of tuple/str/unicode subclasses goes through their __getitem__
class tuple2(tuple):
    def __getitem__(self, index):
        return 2 * tuple.__getitem__(self, index)
class str2(str):
    def __getitem__(self, index):
        return 2 * str.__getitem__(self, index)
class unicode2(unicode):
    def __getitem__(self, index):
        return 2 * unicode.__getitem__(self, index)
for cls, inp in [(tuple2, (1, 2, 3)), (tuple2, ()), (str2, "123"), (unicode2, u"123")]:
    for f in (None, bool, lambda x: True):
        r = filter(f, cls(inp))
        print type(r).__name__, repr(r)

# del of __abstractmethods__ and of an instance's __dict__
class X(object):
    pass
try:
    del X.__abstractmethods__
except AttributeError as e:
    print "AttributeError", e
X.__abstractmethods__ = ("a",)
del X.__abstractmethods__
print hasattr(X, "__abstractmethods__")
a = X()
a.x = 1
del a.__dict__
print a.__dict__, hasattr(a, "x")
a.y = 2
print a.__dict__

# which classes get __dict__ and __weakref__ descriptors of their own
class E(Exception): pass
class I(int): pass
class L(list): pass
class D(object): __slots__ = ["__dict__"]
class W(object): __slots__ = ["__weakref__"]
class F(D): pass
class G(W): pass
for c in [E, I, L, D, W, F, G]: print c.__name__, sorted(k for k in c.__dict__ if k in ("__dict__", "__weakref__")), hasattr(c(), "__weakref__"), hasattr(c(), "__dict__")
