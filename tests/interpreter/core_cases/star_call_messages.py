def t(f):
    try: f()
    except TypeError as e: print e
def g(*a, **k): pass
t(lambda: g(*5))
t(lambda: g(**5))
t(lambda: int(*5))
t(lambda: int(**5))
t(lambda: int(x=1, **{"x": 2}))
class A(object):
    def __call__(self, **k): pass
t(lambda: A()(*1))
t(lambda: len(*5))
t(lambda: len(**5))
t(lambda: len(x=1, **{"x": 2}))
t(lambda: [].append(*5))
t(lambda: g(*None))
t(lambda: dict(x=1, **{"x": 2}))
t(lambda: dict(**5))
