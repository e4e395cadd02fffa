def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
class O(object):
    cls = 1
o = O()
def d1(): del o.cls
def d2(): del o.zz
def d3(): del O.zz
def d6(): del o.__class__
t(d1); t(d2); t(d3); t(d6)
o.x = 1
t(d1)
t(lambda: {1: 2}.viewkeys()[0])
t(lambda: {1: 2}.viewitems()[0])
t(lambda: format("abc", u"^7"))
t(lambda: format(None, u""))
class F(object):
    def __format__(self, spec): return "hi"
t(lambda: format(F(), u""))
t(lambda: dict(**{1: 2}))
t(lambda: dict({3: 4}, **{1: 2}))
d = {}
d.update(**{(1, 2): 3})
print d
class BadIndex(object):
    def __index__(self):
        return "no"
t(lambda: [1][BadIndex()])
t(lambda: "ab"[BadIndex()])
t(lambda: [1, 2, 3][BadIndex():])
