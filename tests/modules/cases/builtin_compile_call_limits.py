# calls with more than 255 arguments, and del () , are SyntaxErrors
srcs = ["del ()", "() = 1", "del (a, ())", "for () in x: pass",
        "f(%s)" % ",".join(["1"] * 256), "f(%s)" % ",".join(["1"] * 255),
        "f(%s)" % ",".join(["a%d=1" % i for i in range(256)]),
        "f(%s)" % ",".join(["1"] * 200 + ["a%d=1" % i for i in range(56)]),
        "def f(%s): pass" % ",".join(["a%d" % i for i in range(256)]),
        "f(%s, *a)" % ",".join(["1"] * 255)]
for s in srcs:
    try:
        compile(s, "x", "exec")
        print "ok", s[:20]
    except SyntaxError as e:
        print s[:20], e.args
