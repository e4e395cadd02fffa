s = "hello world"
for i in (None, -100, -11, -5, -1, 0, 1, 5, 11, 100, 2**62):
    for j in (None, -100, -11, -5, -1, 0, 1, 5, 11, 100, 2**62):
        if i is None and j is None: r = s[:]
        elif i is None: r = s[:j]
        elif j is None: r = s[i:]
        else: r = s[i:j]
        l = list(s)
        if i is None and j is None: rl = l[:]
        elif i is None: rl = l[:j]
        elif j is None: rl = l[i:]
        else: rl = l[i:j]
        print i, j, repr(r), "".join(rl) == r
print s[:] is s, s[0:] is s, s[:100] is s, s[True:], s[2L:5L]
class S(str):
    def __rmod__(self, o): return "rmod"
    def __radd__(self, o): return "radd"
print "x%s" % S("a"), "x" + S("b"), "%d-%s" % (3, "z"), "%(a)s" % {"a": 1}
print "a" + u"b", "%s" % u"\xe9" == u"\xe9"
s2 = "ab"; s2 += "cd"; s2 += "ef"; print s2
try: "a" + 1
except TypeError as e: print e
try: "%d" % "x"
except TypeError as e: print e
b = bytearray("hello")
print b.upper(), b.find("l"), b.split("l"), b.replace("l", "L"), b.startswith("he")
print "abc".upper(), "a,b".split(","), "  x ".strip(), "abc".find("c", 1), "abc".count("b", 0, 3)
try: "abc".upper(1)
except TypeError as e: print e
try: "abc".find()
except TypeError as e: print e
try: str.upper()
except TypeError as e: print e
print str.upper("q"), str.__add__("a", "b"), str.__getslice__("hello", 1, 3)
class F(object):
    def __format__(self, spec): return "F<" + spec + ">"
class U(object):
    def __format__(self, spec): return u"U" + spec
class S(str): pass
print "{0}|{1:>6}|{2:<4}|{3:^7}|{4:x}|{5}|{6:*>5}".format("ab", "cd", "e", "mid", 255, F(), S("s"))
print "{0:.2}|{0:5.1}|{a}".format("hello", a=F())
print repr(u"{0}|{1:>4}".format("ab", u"\xe9")), repr("{0}".format(U())), repr(format("x", u"3"))
for bad in ("{0:=5}", "{0:+}", "{0:#}", "{0:d}"):
    try: print bad.format("s")
    except ValueError as e: print e
print format(S("z"), ">3"), format("q", ""), "{0!r:>6}".format("a")
print "%s %r %d %5.2f %-4s|" % ("a", "b", 3, 2.5, "c"), "%(x)s" % {"x": 1}
l = []; l.append(1); l.append(2.5); print l
l = []; l.append("a"); l.extend(["b", "c"]); print l
l = [1.5, 2.5]; m = []; m.extend(l); m.append(3.5); print m, l
l = [1, 2]; m = []; m.extend(l); m.append(3); print m, l
m = [1.5]; del m[0]; m.extend([1, 2]); print m
m = [1.5]; m.pop(); m.extend(["x"]); m.append("y"); print m
a = range(10)[::2]; a.append(99); print a
a = ["a", "b", "c", "d"][::-1]; a.append("z"); print a
a = [1.0, 2.0, 3.0][::2]; a.append(7.0); print a
a = [object] * 0; a.append(1); print a
x = []; y = []; x.append(1); y.append("s"); print x, y
for i in range(3):
    z = []; z.append(i); z.insert(0, "q"); print z
e = []; e.reverse(); e.sort(); print e, [] * 5, list(), list([]), list(()), list("ab")
k = [3, 1, 2]; k.sort(); k.reverse(); print k
s = ["b", "a"]; s.sort(); print s
t = list(xrange(3)); t.append(4); print t
w = []; w += [1.5]; w += ["s"]; print w
v = []; v[0:0] = [1, 2]; v[1:1] = ["s"]; print v
u = []; u.extend(u); u.extend((1, 2)); print u
print [x for x in range(4)], [str(x) for x in range(3)], [float(x) for x in range(2)]
print (1, "a") < (1, "b"), (1, "a") == (1, "a"), (1, 2) < (1, 2, 3), [1, "x"] == [1, "x"], [True, 1] == [1, True]
print (1.0, 2) == (1, 2.0), ("a", 1) > ("a", 0), [1L, 2] == [1, 2], (u"a", 1) == ("a", 1)
print sorted([(-3, "b"), (-3, "a"), (-5, "z"), (0, "")]), sorted([[2, "b"], [2, "a"]])
class E(int):
    def __eq__(self, o): return True
print (E(1), 2) == (5, 2), [E(3)] == [4]
n = float("nan"); print (n,) == (n,), [n] == [float("nan")]
