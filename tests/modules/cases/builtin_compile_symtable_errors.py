# errors 2.7 raises from its symbol table and future checks carry args (msg,)
# with filename/lineno as attributes; parser errors carry (msg, details)
srcs = [
    "def f():\n  return 1\n  yield 2\n",
    "def f():\n  yield 1\n  return 22\n",
    "return 1\n",
    "def f(x):\n  global x\n",
    "def f():\n  x = 1\n  def g(): x\n  del x\n",
    "def f(a, a): pass\n",
    "def f():\n  exec 'x'\n  def g(): x\n",
    "from __future__ import braces\n",
    "from __future__ import nope\n",
    "x=1\nfrom __future__ import division\n",
    "1 = x\n",
    "f(a=1, a=2)\n",
]
for s in srcs:
    for mode in ("exec", "single"):
        try:
            compile(s, "fn", mode)
            print "ok", repr(s)
        except SyntaxError as e:
            print repr(e.args), e.filename, e.lineno, e.offset, repr(e.text), str(e)

import traceback, sys
try:
    compile("def f():\n  return 1\n  yield 2\n", "<doctest>", "single")
except SyntaxError:
    print traceback.format_exception_only(*sys.exc_info()[:2])[-1],

# a global statement in one nested function does not leak into its siblings
def f():
    y = 1
    def g():
        global y
        return y
    def h():
        return y + 1
    return g, h
y = 9
g, h = f()
print g(), h()

# a class body's locals() does not pick up the free variables it passes on
def outer(x):
    class C:
        x = 12
        def m(self):
            return x
        names = sorted(locals())
    return C
print outer(1).x, outer(1)().m(), outer(1).names
