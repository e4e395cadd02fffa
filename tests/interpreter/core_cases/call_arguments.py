def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
def g(a, b): pass
def g2(a, b=1): pass
def g3(a, *b): pass
def g4(): pass
def g5(a, **k): pass
def g6(a, b=1, *c): pass
def g7(a, (b, c)): pass
def g8(a=1): pass
for fn in [g, g2, g3, g4, g5, g6, g7, g8]:
    t(lambda: fn())
    t(lambda: fn(1))
    t(lambda: fn(1, 2, 3))
    t(lambda: fn(1, 2, 3, 4, 5))
    t(lambda: fn(1, b=2, c=3))
    t(lambda: fn(b=2))
    t(lambda: fn(1, a=2))
    t(lambda: fn(*[1], **{'b': 2}))
    t(lambda: fn(1, 2, b=2))
    t(lambda: fn(z=1, y=3))
    t(lambda: fn(**{1: 2}))
    t(lambda: fn(*5))
    t(lambda: fn(**5))
    t(lambda: fn(*[1, 2], b=7))
class C(object):
    def m(self, a): pass
    def n(self): pass
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C().n(1))
t(lambda: C.m())
t(lambda: C.m(1))
t(lambda: C.m(C()))
t(lambda: C().m(a=1, b=2))
t(lambda: C().m(self=1))
t(lambda: dict(**{1: 2}))
t(lambda: dict({3: 4}, **{1: 2}))
t(lambda: dict(a=1, **{'a': 2}))
t(lambda: len(**{'a': 1}))
t(lambda: [].append(*[1, 2]))
t(lambda: (lambda x: x)(**{'x': 1, 'y': 2}))
