"""Positions (lineno, col_offset) of every AST node of every conformance
program equal CPython 2.7's, as recorded with
ast.dump(tree, include_attributes=True) by record_ast_positions.py."""
import gzip
import json
import os

import pytest

from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.pyparser.parser import parse
from pypy27.tests.paths import CONFORMANCE

HERE = os.path.dirname(os.path.abspath(__file__))
with gzip.open(os.path.join(HERE, "data", "ast_positions.json.gz")) as _f:
    EXPECTED: dict[str, str] = json.loads(_f.read().decode("utf-8"))


def read_source(rel: str) -> str:
    with open(os.path.join(CONFORMANCE, rel), "rb") as f:
        return f.read().decode("latin-1")


def test_dump_attributes_format() -> None:
    tree = parse("pass\nx = 1\n", "<t>", "exec", 0)
    assert ast.dump(tree, include_attributes=True) == (
        "Module(body=[Pass( lineno=1, col_offset=0), Assign(targets=[Name("
        "id='x', ctx=Store(), lineno=2, col_offset=0)], value=Num(n=1, "
        "lineno=2, col_offset=4), lineno=2, col_offset=0)])")
    assert ast.dump(tree) == ("Module(body=[Pass(), Assign(targets=[Name("
                              "id='x', ctx=Store())], value=Num(n=1))])")


# recorded from 2.7: source -> dump with attributes
MULTILINE_CASES = {
    'x = """a\nb"""\n':
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0)], "
        "value=Str(s='a\\nb', lineno=2, col_offset=-1), lineno=1, col_offset=0)])",
    '"""a\nb"""\n':
        "Module(body=[Expr(value=Str(s='a\\nb', lineno=2, col_offset=-1), "
        "lineno=2, col_offset=-1)])",
    'f("""a\nb"""\n  "c")\n':
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0), "
        "args=[Str(s='a\\nbc', lineno=2, col_offset=-1)], keywords=[], starargs=None, "
        "kwargs=None, lineno=1, col_offset=0), lineno=1, col_offset=0)])",
    'f("c"\n """a\nb""")\n':
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0), "
        "args=[Str(s='ca\\nb', lineno=1, col_offset=2)], keywords=[], starargs=None, "
        "kwargs=None, lineno=1, col_offset=0), lineno=1, col_offset=0)])",
    'f("a\\\nb")\n':
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0), "
        "args=[Str(s='ab', lineno=2, col_offset=-1)], keywords=[], starargs=None, "
        "kwargs=None, lineno=1, col_offset=0), lineno=1, col_offset=0)])",
    '"""a\nb""" + 1\n':
        "Module(body=[Expr(value=BinOp(left=Str(s='a\\nb', lineno=2, col_offset=-1), "
        "op=Add(), right=Num(n=1, lineno=2, col_offset=7), lineno=2, col_offset=-1), "
        "lineno=2, col_offset=-1)])",
    '("""a\nb""")\n':
        "Module(body=[Expr(value=Str(s='a\\nb', lineno=2, col_offset=-1), "
        "lineno=1, col_offset=0)])",
}


@pytest.mark.parametrize("src", sorted(MULTILINE_CASES))
def test_multiline_string_positions(src: str) -> None:
    tree = parse(src, "<t>", "exec", 0)
    assert ast.dump(tree, include_attributes=True) == MULTILINE_CASES[src]


@pytest.mark.skipif(not os.path.isdir(CONFORMANCE), reason="no conformance suite")
@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_positions_match_cpython(rel: str) -> None:
    tree = parse(read_source(rel), rel, "exec", 0)
    assert ast.dump(tree, include_attributes=True) == EXPECTED[rel]
