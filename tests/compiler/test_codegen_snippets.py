"""Code objects for small programs, against CPython 2.7.18's
(data/dis/snippets.json.gz, recorded by record_dis.py): nested tuple
arguments, closures through classes, unoptimized scopes, generators,
comprehensions, try/with layouts, slices and augmented assignment, print
and exec, imports, peephole rewrites, EXTENDED_ARG, long co_lnotab gaps,
and the eval and single modes."""
import gzip
import json
import os

import pytest

from pypy27.interpreter.astcompiler.compiler import compile_source
from pypy27.interpreter.astcompiler.disassemble import disassemble
from pypy27.interpreter.pyparser.error import SyntaxErr

HERE = os.path.dirname(os.path.abspath(__file__))


def load():
    with gzip.open(os.path.join(HERE, "data", "dis", "snippets.json.gz")) as f:
        return json.loads(f.read().decode("utf-8"))


def listing(mode, source):
    try:
        return disassemble(compile_source(source, "<snippet>", mode, 0))
    except SyntaxErr as e:
        return "error %s: %s line %s\n" % (e.type_name(), e.msg,
                                           e.lineno if e.lineno >= 0 else None)


@pytest.mark.parametrize("case", load(), ids=lambda c: repr(c["source"])[:40])
def test_snippet(case):
    got = listing(case["mode"], case["source"])
    assert got == case["listing"]
