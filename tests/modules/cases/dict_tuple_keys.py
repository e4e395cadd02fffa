# Tuple dict keys and tuple comparisons: the fast paths for exact tuples of
# strs/ints must keep 2.7 behaviour for subclasses, user __eq__/__hash__, nan.
class E(object):
    def __init__(self, v): self.v = v
    def __eq__(self, o): print "eq", self.v; return isinstance(o, E) and self.v == o.v
    def __hash__(self): return hash(self.v)
d = {(1, "a"): 1, (1L, "b"): 2, (E(3), "x"): 3, ("s", E(4)): 4}
print d[(1L, "a")], d[(1, "b")], d[(E(3), "x")], d[("s", E(4))]
print (1, "a") in d, (1, "c") in d, ((1, "a"),) in d
n = float("nan")
d2 = {(n, 1): 5}
print d2.get((n, 1)), d2.get((float("nan"), 1))
class T(tuple):
    def __eq__(self, o): print "T eq"; return True
    def __hash__(self): return hash(tuple(self))
d3 = {(1, 2): "x"}
print d3.get(T((1, 2)))
print sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a", 0), (1, "a")])
print hash((1, "a", (2, 3L), u"x")) == hash((1L, "a", (2, 3), "x")), hash(((), (1,)))
print {(True, 1): 1}.get((1, True)), {(1.0, "a"): 2}.get((1, "a"))
print (1, 2) < (1, 3), (1, 2) == (1, 2.0), (1,) != (1,), cmp((1, 2), (1,))
class H(tuple):
    def __hash__(self): print "H hash"; return 7
print {H((1,)): 1}.get(H((1,))), {(H((1,)), 2): 3}.get((H((1,)), 2))
class S(str):
    def __eq__(self, o): print "S eq"; return str.__eq__(self, o)
    __hash__ = str.__hash__
print {("a", S("b")): 1}.get(("a", "b")), {("a", "b"): 1}.get(("a", S("b")))
print T((1, 2)) < (1, 3), (1, 3) > T((1, 2)), sorted([T((2,)), (1,)])
