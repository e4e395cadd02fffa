"""Errors and SyntaxWarnings of the symbol table and the code generator,
against outcomes recorded from CPython 2.7.18:

* data/compile_errors.json: the parser corpus's compile-level errors;
* data/dis/compile_cases.json: more cases, with warnings (record_dis.py).
"""
import json
import os

import pytest

from pypy27.interpreter.astcompiler.compiler import compile_source
from pypy27.interpreter.astcompiler.misc import WarningSink
from pypy27.interpreter.pyparser.error import SyntaxErr

HERE = os.path.dirname(os.path.abspath(__file__))


def load(*parts):
    path = os.path.join(HERE, "data", *parts)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return json.load(f)


def outcome(source, mode="exec"):
    sink = WarningSink()
    try:
        compile_source(source, "<case>", mode, 0, sink)
        error = None
    except SyntaxErr as e:
        error = {"type": e.type_name(), "msg": e.msg,
                 "lineno": e.lineno if e.lineno >= 0 else None}
    return error, [[w.msg, w.lineno] for w in sink.warnings]


@pytest.mark.parametrize("case", load("compile_errors.json"),
                         ids=lambda c: repr(c["source"])[:40])
def test_compile_error(case):
    error, _ = outcome(case["source"], case["mode"])
    assert error == {"type": case["type"], "msg": case["msg"],
                     "lineno": case["lineno"]}


@pytest.mark.parametrize("case", load("dis", "compile_cases.json"),
                         ids=lambda c: repr(c["source"])[:40])
def test_compile_case(case):
    error, warnings = outcome(case["source"])
    assert error == case["error"]
    assert warnings == case["warnings"]
