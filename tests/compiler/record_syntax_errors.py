"""Record how CPython 2.7 rejects a corpus of malformed sources.

Run with Python 2.7 (the tests never need it):
    python2.7 tests/compiler/record_syntax_errors.py
Writes data/syntax_errors.json (errors 2.7 raises while parsing, i.e. with
PyCF_ONLY_AST) and data/compile_errors.json (sources that parse but that the
2.7 compiler rejects; for the symbol table / code generator tests).  Each entry:
{"source": ..., "mode": ..., "type": ..., "msg": ..., "lineno": ..., "offset": ...}
with the source as latin-1 text (one char per byte).
"""
import ast
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
    # tokenizer
    "s = 'abc\n", "s = '''abc\n", "s = '''abc\ndef\n", "s = 'ab\\\n", "x = '''\n\n",
    "x = \\ 1\n", "x = 0xg\n", "x = 09\n", "x = 1e+\n", "x = 0x\n", "x = 0b2\n",
    "x = 0o8\n", "x = 1.5L\n", "x = $\n", "x = a!b\n", "x = \xe9\n", "x\xe9 = 1\n",
    "x = 1 +\\\n", "x=1\nx = 1 +\\\n", "x = 1 ? 2\n", "x = 12L3\n", "x = 1__\n",
    # indentation
    "  x = 1\n", "if 1:\nx\n", "if 1:\n    x\n  y\n", "x = 1\n  y = 2\n",
    "def f():\n  x\n    y\n", "def f():\nreturn\n", "if 1:\n  pass\n else:\n  pass\n",
    "while 1:\npass\n", "  \n x\n", "x = 1\n\tif 1:\n  pass\n", "\tx = 1\n",
    "if 1:\n", "x=1\ny=2\nif 1:\n", "x=1\nif 1:\n  if 2:\n", "x=1\nclass C:\n",
    "class C:\n\n\n", "for x in y:\n# comment\n",
    # EOF and brackets
    "x = (1,\n", "(1\n", "(1\n\n", "(\n1\n", "(1,\n2\n", "[1,\n2\n3\n", "(1",
    "x = (\n", "x = (\n\n", "x = (\n\n\n", "(1  \n  \n", "(1\n#c\n", "f(1,\n  2,\n",
    "(1\n2\n", "x = )\n", "x = [1, 2)\n", "x = {1: 2]\n", "f(1))\n", "x=1\ndef f(\n",
    "if 1:\n  x = (\n", "if 1:\n  x = 1\n  y = (1\n",
    # plain syntax
    "x = = 1\n", "x = 1 +\n", "x = 1 2\n", "x = 'abc' 1\n", "x = 1 if 2\n", "1 +\n",
    "x = .\n", "a[1:2:3:4]\n", "not = 1\n", "x = not\n", "assert\n", "raise E, V, T, X\n",
    "return 1, 2 = 3\n", "print x,, y\n", "a = b = c += 1\n", "x, *y = 1\n",
    "print >> f,\n", "print >>f x\n", "exec 'x' in a, b, c\n", "def f(a, *b, c): pass\n",
    "def f(**a, *b): pass\n", "def f(*a,): pass\n", "from x import *, a\n",
    "import a as b.c\n", "f(**a, b=1)\n", "f(*a, *b)\n", "f(a, *b, c=1, *d)\n",
    "f(*a,)\n", "x = {1:2, 3}\n", "x = {1, 2:3}\n", "x = (yield 1 for a in b)\n",
    "@dec\nx = 1\n", "try:\n  pass\n", "try:\n  pass\nfinally:\n  pass\nelse:\n  pass\n",
    "class C(1=2): pass\n", "x = [i for i in 1,]\n", "lambda x=1, y: 1\n",
    "if x = 1: pass\n", "else: pass\n", "def f() pass\n", "class : pass\n",
    "import\n", "from import x\n", "from . import\n", "global\n", "with: pass\n",
    "for x in: pass\n", "while: pass\n", "x = `1, \n", "a <> <> b\n", "a < > b\n",
    "print >>\n", "del\n", "x = yield = 1\n", "f(x for x in y for)\n", "def f(a b): pass\n",
    "x = [1 2]\n", "x = {'a' 1}\n", "x = lambda: yield\n", "a.1\n", "a.(b)\n",
    "x = 1\n  \ny\n  z\n", "if 1: pass\nelif: pass\n", "try: pass\nexcept E, e, f: pass\n",
    # AST builder errors
    "1 = x\n", "f() = 3\n", "f(a=1, 2)\n", "def f(a=1, b): pass\n", "f(x for x in y, 1)\n",
    "None = 1\n", "x = u'\\x1'\n", "x = '\\x1'\n", "x = '\\x'\n", "def f(None): pass\n",
    "a + 1 = 2\n", "(a, 1) = 2\n", "del f()\n", "f(*a, b)\n", "from x import a, b,\n",
    "with a as 1: pass\n", "for 1 in x: pass\n", "[x for 1 in y]\n", "del a + 1\n",
    "del (yield)\n", "(yield) = 1\n", "`1` = 2\n", "(a if b else c) = 1\n",
    "lambda: 1 = 1\n", "{} = 1\n", "{1} = 1\n", "[a, b] += 1\n", "f() += 1\n",
    "None += 1\n", "x.None = 1\n", "def None(): pass\n", "class None: pass\n",
    "import None\n", "import a as None\n", "f(None=1)\n", "f(x.y=1)\n",
    "f(a for a in b, c)\n", "f(c, a for a in b)\n", "for None in x: pass\n",
    "x = (1 for 2 in 3)\n", "() = 1\n", "f(a=1, a=2)\n", "f(lambda: 1=2)\n",
    "f(1=2)\n", "x = u'\\x'\n", "x = u'ab\\x1g'\n", "x = u'\\u12'\n", "x = ur'\\u12'\n",
    "x = u'\\U00110000'\n", "x = u'\\N{foo}'\n", "x = u'\\N'\n",
    "# coding: utf-8\nx = u'a\xe9\xe9'\n", "# coding: utf-8\nx = u'a\xc3'\n",
    "x = 'a\xe9' u'b'\n", "x = (a, b) += 1\n", "x = 1\n[1, 2] = 3\ny = 2 +\n",
    "1 = 2\nx = (\n", "a, b += 1\n", "(x for x in y) = 1\n", "[x for x in y] = 1\n",
    "{x for x in y} = 1\n", "{x: y for x in y} = 1\n", "a < b = 1\n", "-a = 1\n",
    "not a = 1\n", "a and b = 1\n", "x = [x for x in y] += 1\n", "__debug__ = 1\n",
    "def f((a)=1): pass\n", "def f(a, (b, None)): pass\n", "with a as (b, f()): pass\n",
    "try: pass\nexcept E as f(): pass\n", "print >>f, 1 = 2\n",
    # encodings
    "# -*- coding: foo -*-\nx = 1\n", "\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    "#!/bin/py\n# vim: set fileencoding=bogus :\n",
    # compiler-level (symbol table / code generator)
    "return 1\n", "yield 1\n", "continue\n", "break\n", "def f():\n  return 1\n  yield 2\n",
    "def f(a, a): pass\n", "lambda x, x: 1\n", "class C:\n  return 1\n",
    "def f():\n  from os import *\n  def g(): x\n", "for x in y:\n  def f():\n    continue\n",
    "while 1:\n  try:\n    pass\n  finally:\n    continue\n", "def f(x):\n  global x\n",
    "def f():\n  x = 1\n  global x\n", "del __debug__\n", "def f():\n  exec 'x'\n  def g(): return x\n",
    "from __future__ import braces\n", "x = 1\nfrom __future__ import division\n",
    "from __future__ import nonexistent\n", "def f():\n  x = 1\n  def g():\n    del x\n",
    "f(**{}, *())\n", "class C:\n  yield 1\n", "x = [(yield) for i in y]\n",
]


def run(source, mode):
    try:
        compile(source, "<test>", mode, ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError) as e:
        return "parse", e
    try:
        compile(source, "<test>", mode)
    except (SyntaxError, ValueError) as e:
        return "compile", e
    return None, None


def main():
    parse_errors = []
    compile_errors = []
    for source in CASES:
        phase, e = run(source, "exec")
        if phase is None:
            print("accepted: %r" % source)
            continue
        entry = {"source": source.decode("latin-1"), "mode": "exec",
                 "type": type(e).__name__,
                 "msg": e.msg if isinstance(e, SyntaxError) else str(e),
                 "lineno": getattr(e, "lineno", None),
                 "offset": getattr(e, "offset", None)}
        (parse_errors if phase == "parse" else compile_errors).append(entry)
    for name, entries in (("syntax_errors", parse_errors), ("compile_errors", compile_errors)):
        with open(os.path.join(HERE, "data", name + ".json"), "w") as f:
            json.dump(entries, f, indent=1, sort_keys=True)
        print("%s: %d cases" % (name, len(entries)))


if __name__ == "__main__":
    main()
