# str.join of unboxed str lists and % with an exact tuple of arguments (shared, not copied).
def e(f, *a):
    try: print repr(f(*a))
    except Exception as ex: print type(ex).__name__, ex
l = ["a", "b", "c"]
print ",".join(l), "".join(l), "-".join([]), "-".join(["x"]), "-".join(l[:0])
l.pop(); l.pop(); l.pop(); print repr("-".join(l))
print ", ".join("a b c".split()), "|".join(["a", u"b"]), "".join(("x", "y"))
e(",".join, ["a", 1]); e(",".join, [1]); e(",".join, 5)
class L(list):
    def __iter__(self): return iter(["z"])
print ",".join(L(["a", "b"]))
print "%s-%s" % ("a", "b"), "%d" % (5,), "%s" % ((1, 2),), "%r %r" % (1, "x")
class T(tuple): pass
print "%s/%s" % T(("p", "q"))
e(lambda: "%s %s" % ("a",)); e(lambda: "%s" % ("a", "b")); e(lambda: "%(x)s" % ("a",))
t = ("u", "v"); print "%s+%s" % t, t
