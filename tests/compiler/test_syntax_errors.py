"""Malformed sources fail like CPython 2.7: same exception type, message,
line and offset (recorded in data/syntax_errors.json by
record_syntax_errors.py).  Errors found by the compiler proper are recorded
separately in data/compile_errors.json and are tested by the compiler's tests."""
import json
import os

import pytest

from pypy27.interpreter.pyparser.error import SyntaxErr
from pypy27.interpreter.pyparser.parser import parse

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "data", "syntax_errors.json")) as _f:
    CASES: list[dict[str, object]] = json.load(_f)


def outcome(source: str, mode: str) -> tuple[str, str, object, object]:
    try:
        parse(source, "<test>", mode, 0)
    except SyntaxErr as e:
        offset: object = None if e.offset < 0 else e.offset
        lineno: object = None if e.lineno < 0 else e.lineno
        return (e.type_name(), e.msg, lineno, offset)
    return ("accepted", "", None, None)


@pytest.mark.parametrize("case", CASES, ids=[repr(c["source"])[:40] for c in CASES])
def test_syntax_error_matches_cpython(case: dict[str, object]) -> None:
    source = case["source"]
    mode = case["mode"]
    assert isinstance(source, str) and isinstance(mode, str)
    expected = (case["type"], case["msg"], case["lineno"], case["offset"])
    assert outcome(source, mode) == expected
