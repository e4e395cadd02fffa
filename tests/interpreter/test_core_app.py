"""App-level tests of interpreter-core fixes (issue 4): each program in core_cases/ runs on our
interpreter and must print exactly what CPython 2.7.18 printed (recorded in
the .exp file next to it by tests/interpreter/core_cases/record.sh)."""
import os

import pytest

from pypy27.tests.interpreter.apptest import run_app

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "core_cases")
CASES = sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py"))


@pytest.mark.parametrize("name", CASES)
def test_case(name: str) -> None:
    with open(os.path.join(HERE, name + ".py")) as f:
        src = f.read()
    with open(os.path.join(HERE, name + ".exp")) as f:
        expected = f.read()
    assert run_app(src) == expected
