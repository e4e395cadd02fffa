"""Our parser's AST for every conformance program equals CPython 2.7's
ast.dump() output recorded in data/ast_dumps.json (record_ast_dumps.py)."""
import json
import os

import pytest

from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.pyparser.parser import parse

HERE = os.path.dirname(os.path.abspath(__file__))
from pypy27.tests.paths import CONFORMANCE  # noqa: E402
with open(os.path.join(HERE, "data", "ast_dumps.json")) as _f:
    EXPECTED: dict[str, object] = json.load(_f)


def read_source(rel: str) -> str:
    with open(os.path.join(CONFORMANCE, rel), "rb") as f:
        return f.read().decode("latin-1")  # a byte string, as the parser takes


@pytest.mark.skipif(not os.path.isdir(CONFORMANCE), reason="no conformance suite")
@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_ast_dump_matches_cpython(rel: str) -> None:
    expected = EXPECTED[rel]
    assert isinstance(expected, str)
    tree = parse(read_source(rel), rel, "exec", 0)
    assert ast.dump(tree) == expected
