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
CORPUS = "/work/shared/conformance"
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
