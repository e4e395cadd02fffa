"""Record CPython 2.7's code objects for the conformance corpus.

Run with CPython 2.7.18 (never needed by the tests themselves):

    $(pyenv root)/versions/2.7.18/bin/python2.7 tests/compiler/record_dis.py

For every program in /work/shared/conformance/<folder>/ it compiles the source
with compile(src, name, 'exec', 0, True) and writes the canonical listing (the
format of interpreter/astcompiler/disassemble.py) into
tests/compiler/data/dis/<folder>.json.gz as {file name: listing}.  A program
2.7 rejects is recorded as "error <class>: <msg> line <lineno>".
"""
from __future__ import print_function

import gzip
import json
import os
import sys
import types

import opcode

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "conformance")
FOLDERS = ["lang", "builtins", "stdlib"]


def const_text(c):
    if isinstance(c, types.CodeType):
        return "<code " + c.co_name + ">"
    return repr(c)


def listing_one(code, out):
    out.append("code " + code.co_name)
    out.append("firstlineno " + str(code.co_firstlineno))
    out.append("argcount %d nlocals %d stacksize %d flags 0x%05x" % (
        code.co_argcount, code.co_nlocals, code.co_stacksize, code.co_flags))
    out.append("names " + " ".join(code.co_names))
    out.append("varnames " + " ".join(code.co_varnames))
    out.append("freevars " + " ".join(code.co_freevars))
    out.append("cellvars " + " ".join(code.co_cellvars))
    out.append("lnotab " + "".join("%02x" % ord(ch) for ch in code.co_lnotab))
    out.append("consts")
    for i, c in enumerate(code.co_consts):
        out.append("  %d %s" % (i, const_text(c)))
    out.append("code")
    s = code.co_code
    free = code.co_cellvars + code.co_freevars
    i = 0
    extended = 0
    while i < len(s):
        op = ord(s[i])
        line = str(i).rjust(6) + " " + opcode.opname[op]
        start = i
        i += 1
        if op >= opcode.HAVE_ARGUMENT:
            arg = ord(s[i]) + ord(s[i + 1]) * 256 + extended
            extended = 0
            i += 2
            line += " " + str(arg)
            if op == opcode.EXTENDED_ARG:
                extended = arg * 65536
            elif op in opcode.hasconst:
                line += " (" + const_text(code.co_consts[arg]) + ")"
            elif op in opcode.hasname:
                line += " (" + code.co_names[arg] + ")"
            elif op in opcode.haslocal:
                line += " (" + code.co_varnames[arg] + ")"
            elif op in opcode.hasfree:
                line += " (" + free[arg] + ")"
            elif op in opcode.hascompare:
                line += " (" + opcode.cmp_op[arg] + ")"
            elif op in opcode.hasjrel:
                line += " (to " + str(start + 3 + arg) + ")"
        out.append(line)


def listing(code):
    out = []
    todo = [code]
    while todo:
        c = todo.pop()
        if out:
            out.append("")
        listing_one(c, out)
        nested = [k for k in c.co_consts if isinstance(k, types.CodeType)]
        nested.reverse()
        todo.extend(nested)
    return "\n".join(out) + "\n"


def record_source(source, filename):
    try:
        code = compile(source, filename, "exec", 0, True)
    except SyntaxError as e:
        return "error %s: %s line %s\n" % (type(e).__name__, e.msg, e.lineno)
    return listing(code)


# Sources exercising the symbol table's and code generator's errors and
# SyntaxWarnings; their 2.7 outcome goes to data/dis/compile_cases.json.
COMPILE_CASES = [
    "def f(x):\n  global x\n",
    "def f(x, x): pass\n",
    "def f():\n  x = 1\n  global x\n",
    "def f():\n  print x\n  global x\n",
    "def f():\n  from os import *\n  def g(): x\n",
    "def f():\n  exec 'x'\n  def g(): return f\n",
    "def f():\n  def g(): return x\n  exec 'x'\n",
    "def f(x):\n  from os import *\n  exec 'y'\n  def g(): x\n",
    "def f(x):\n  def g(): from os import *; x\n",
    "def f():\n  yield 1\n  return 2\n",
    "def f():\n  return 2\n  yield 1\n",
    "class A:\n  yield 1\n",
    "class A:\n  return 1\n",
    "while 1:\n  try: pass\n  finally: continue\n",
    "for x in y:\n  try: pass\n  except: continue\n",
    "for x in y:\n  try: pass\n  finally:\n    try: pass\n    except: continue\n",
    "try: pass\nexcept: pass\nexcept ValueError: pass\n",
    "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass\n",
    "def f():\n  x = 1\n  def g(): x\n  del x\n",
    "def f((a, b), a): pass\n",
    "class A:\n  from os import *\n",
    "def f():\n  global x\n  x = 1\n  def g(): global x; return x\n",
    "(yield)\n",
    "[x for x in (yield)]\n",
    "def f():\n  x = [(yield) for i in y]\n  return 1\n",
    "def f():\n  x = ((yield) for i in y)\n",
    "import os\nfrom __future__ import division\n",
    "def f():\n  from __future__ import division\n",
    "from __future__ import division; import os; from __future__ import with_statement\n",
    "\"doc\"\nfrom __future__ import print_function\nprint(1, end='')\n",
    "assert (1, 'x')\n",
    "assert ()\n",
    "def f(*a, **k):\n  exec 'x' in {}\n  def g(): a\n",
    "def f():\n  exec 'x' in {}\n  from os import *\n  def g(): f\n",
    "class C:\n  def f(self):\n    from os import *\n",
    "def f():\n  from os import *\n  lambda: 1\n",
    "def f():\n  from os import *\n  lambda: x\n",
]


# Small programs for constructs the corpus exercises little; (mode, source).
SNIPPETS = [
    ("exec", "def f((a, (b, c)), d=1, *e, **g):\n  return a, b, c, d, e, g\n"),
    ("exec", "class C:\n  x = 1\n  def f(self): return x\n  def __g(self): return self.__h\n"),
    ("exec", "def f():\n  x = 1\n  class C:\n    x = 2\n    def g(self): return x\n  return C\n"),
    ("exec", "def f(a):\n  def g():\n    def h(): return a\n    return h\n  return g\n"),
    ("exec", "def f():\n  exec 'x = 1'\n  return x\n"),
    ("exec", "def f():\n  from os import *\n  return path\n"),
    ("exec", "def f():\n  global g\n  g = 1\n  del g\nx = 2\n"),
    ("exec", "def gen():\n  x = yield 1\n  yield\n  (yield x) + 1\n"),
    ("exec", "g = (x * y for x in a if x for y in b if y)\n"),
    ("exec", "s = {x for x in a}; d = {k: v for k, v in a if k}\n"),
    ("exec", "l = [x + y for x in a if x if not x for y in b]\n"),
    ("exec", "with a as (b, c), d:\n  pass\nwith e: f()\n"),
    ("exec", "try:\n  a()\nexcept (A, B) as e:\n  pass\nexcept C, (d, e):\n  raise\nexcept:\n  raise X, 1, None\nelse:\n  b()\nfinally:\n  c()\n"),
    ("exec", "for i in x:\n  try:\n    continue\n  finally:\n    break\nelse:\n  pass\n"),
    ("exec", "while x:\n  if y: continue\n  try: continue\n  except: break\nelse: z\n"),
    ("exec", "x[1:2] = y; del x[::3]; x[a:] += 1; x[:b] -= 1; x[a:b] *= 2; x[:] /= 3\nx.a += 1; x[1] **= 2; x[1, 2:3, ...] = 4\n"),
    ("exec", "print >>f, a, b,\nprint >>f\nprint a,\nprint\n"),
    ("exec", "exec a in b, c\nexec a in b\nexec a\n"),
    ("exec", "import a.b.c as d, e.f, g\nfrom . import x\nfrom ..y import z as w\nfrom q import *\n"),
    ("exec", "from __future__ import absolute_import, division\nimport a\nx = 1 / 2; x /= 3\n"),
    ("exec", "a = b = c, d = 1, 2\n[e, f] = g\n(h,) = i\na, b = b, a\na, b, c = c, b, a\n"),
    ("exec", "x = not a == b; y = not a is b; z = not a in b\nif not x: pass\nif a and b or c: d\nwhile a and not b: pass\n"),
    ("exec", "x = 1 < 2 < 3; y = a < b > c != d\n"),
    ("exec", "x = (1, 2, (3, 4)); y = 'ab' * 3; z = 'a' * 30; w = -5; v = ~5; u = `1`\nt = x in [1, 2]; s = (); r = 2 ** 100; q = 1 << 70\n"),
    ("exec", "if 0: a\nelif 1: b\nelse: c\nwhile 0: d\nif __debug__: e\nif '': f\n"),
    ("exec", "assert x, 'msg'\nassert y\n"),
    ("exec", "@d1\n@d2(3)\ndef f(): 'doc'; return\n@d\nclass C(A, B):\n  'doc'\n  y = 1\n"),
    ("exec", "f(a, b=1, *c, **d); f(*a); f(**b); f(a, *b); f(x for x in y)\nlambda x, (y, z)=(1, 2): x\nlambda: (yield)\n"),
    ("exec", "x = {1: 2, 'a': b}; y = {1, 2}; z = [1, 2]; w = x[...]\n`x`; x if y else z\n"),
    ("exec", "def f():\n  return\n  x\ndef g():\n  if x:\n    return 1\n  else:\n    return 2\n"),
    ("exec", "x = 1\n\n\n\n" + "\n" * 300 + "y = 2\n" + "z = [" + "1, " * 200 + "]\n"),
    ("exec", "x = [" + "a, " * 70000 + "]\n"),
    ("exec", "def f():\n" + "  x = 1\n" * 11000 + "  while x:\n    x = 2\n"),
    ("exec", "'doc'\nfrom __future__ import print_function, unicode_literals\nprint(1, 'a', file=x)\n"),
    ("exec", ""),
    ("exec", "pass\n\n# c\n"),
    ("eval", "a + b * c"),
    ("eval", "lambda: 1"),
    ("single", "x = 1\n"),
    ("single", "1 + 2\n"),
    ("single", "if x:\n  y\n  z\n\n"),
    ("exec", "class A:\n  def f(self):\n    def g(): return __class__, self\n    return g\n"),
    ("exec", "def f(a, b):\n  a, b = b, a\n  del a\n  return [b for a in b]\n"),
]


def record_snippets():
    result = []
    for mode, src in SNIPPETS:
        try:
            code = compile(src, "<snippet>", mode, 0, True)
            text = listing(code)
        except SyntaxError as e:
            text = "error %s: %s line %s\n" % (type(e).__name__, e.msg, e.lineno)
        result.append({"mode": mode, "source": src, "listing": text})
    data = json.dumps(result, sort_keys=True, indent=0)
    with open(os.path.join(HERE, "data", "dis", "snippets.json.gz"), "wb") as raw:
        f = gzip.GzipFile("", "wb", 9, raw, mtime=0)
        f.write(data)
        f.close()


def record_compile_cases():
    import warnings
    result = []
    for src in COMPILE_CASES:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                compile(src, "<case>", "exec", 0, True)
                error = None
            except SyntaxError as e:
                error = {"type": type(e).__name__, "msg": e.msg,
                         "lineno": e.lineno}
            warns = [[str(w.message), w.lineno] for w in caught
                     if issubclass(w.category, SyntaxWarning)]
        result.append({"source": src, "error": error, "warnings": warns})
    with open(os.path.join(HERE, "data", "dis", "compile_cases.json"), "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
        f.write("\n")


def main():
    assert sys.version_info[:2] == (2, 7), "run this with CPython 2.7"
    outdir = os.path.join(HERE, "data", "dis")
    if not os.path.isdir(outdir):
        os.makedirs(outdir)
    record_compile_cases()
    record_snippets()
    for folder in FOLDERS:
        result = {}
        path = os.path.join(CORPUS, folder)
        for name in sorted(os.listdir(path)):
            if not name.endswith(".py"):
                continue
            with open(os.path.join(path, name), "rb") as f:
                source = f.read()
            result[name] = record_source(source, folder + "/" + name)
        data = json.dumps(result, sort_keys=True, indent=0)
        # mtime=0 and no name in the header: identical input, identical file
        with open(os.path.join(outdir, folder + ".json.gz"), "wb") as raw:
            f = gzip.GzipFile("", "wb", 9, raw, mtime=0)
            f.write(data)
            f.close()
        print(folder, len(result))


if __name__ == "__main__":
    main()
