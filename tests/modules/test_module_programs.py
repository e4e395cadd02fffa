"""Built-in modules and the standard library, checked on the translated
interpreter: every tests/modules/cases/NAME.py is a Python 2.7 program written
here, and NAME.out its standard output as CPython 2.7.18 printed it (recorded
with tests/modules/record.py).  One file per module or theme, named after the
module (math_basic.py, re_groups.py, ...), so that adding a module's tests
touches no shared file."""
import os
import subprocess

import pytest

from pypy27.tests.translator.translation import translated

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")


def case_names() -> list[str]:
    return sorted(n[:-3] for n in os.listdir(CASES)
                  if n.endswith(".py") and os.path.exists(os.path.join(CASES, n[:-3] + ".out")))


@pytest.mark.parametrize("name", case_names())
def test_module_program(name: str, tmp_path: object) -> None:
    exe = translated("pypy27.goal.targetpypy")
    with open(os.path.join(CASES, name + ".out"), "rb") as f:
        expected = f.read()
    r = subprocess.run([exe, os.path.join(CASES, name + ".py")], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=120, cwd=str(tmp_path))
    assert r.stdout == expected, r.stderr.decode("latin-1")[-2000:]
