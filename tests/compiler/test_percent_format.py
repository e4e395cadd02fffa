"""2.7's `fmt % arg` at compile time (strformat.py) against CPython 2.7.18's
results recorded by record_percent_format.py (data/percent_format.json):
the corpus's constant `'...' % x` expressions and a grid of conversions,
flags, widths, precisions and values; and when the folder uses it."""
import json
import os

import pytest

from pypy27.interpreter.astcompiler import opcodes as op
from pypy27.interpreter.astcompiler.compiler import compile_source
from pypy27.interpreter.astcompiler.disassemble import disassemble
from pypy27.interpreter.astcompiler.strformat import percent_format

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "data", "percent_format.json")) as _f:
    CASES = json.load(_f)


def constant(src):
    """The constant an expression compiles to (after folding)."""
    code = compile_source(src.encode("latin-1").decode("latin-1"), "<t>", "eval", 0)
    assert len(code.co_code) == 4 and ord(code.co_code[0]) == op.LOAD_CONST, src
    return code.co_consts[ord(code.co_code[1])]


def result_repr(fmt_src, arg_src):
    r = percent_format(constant(fmt_src), constant(arg_src))
    return None if r is None else r.repr27()


def test_recorded_cases():
    bad = []
    for fmt_src, arg_src, expected in CASES:
        got = result_repr(fmt_src, arg_src)
        if got != expected:
            bad.append((fmt_src, arg_src, expected, got))
    assert bad == [], "%d of %d differ, first: %r" % (len(bad), len(CASES), bad[:10])


@pytest.mark.parametrize("src,folded", [
    ("'%d%%' % 50", "'50%'"),
    ("'%s' % None", "'None'"),
    ("'%s' % u'x'", "u'x'"),
    ("'%.3f' % 2.5", "'2.500'"),
    ("'%20s' % 'x'", "'                   x'"),
])
def test_folded(src, folded):
    assert disassemble(compile_source(src, "<t>", "eval", 0)).find(folded) >= 0


@pytest.mark.parametrize("src", [
    "'%21s' % 'x'",       # longer than 20 characters: not folded
    "'%d' % 'x'",         # raises in 2.7
    "'%s %s' % (1, 2)",   # a tuple is built at run time: 2.7 folds no tuple
])
def test_not_folded(src):
    assert "BINARY_MODULO" in disassemble(compile_source(src, "<t>", "eval", 0))
