"""The interpreter translated (goal/targetpypy.py) runs the evaluator's
recorded 2.7 programs exactly as CPython 2.7.18 did: code that only works
untranslated is a bug, and this catches it in every CI run."""
import os
import subprocess

import pytest

from pypy27.tests.interpreter.test_eval_programs import PROGRAMS
from pypy27.tests.translator.translation import translated

@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_translated_interpreter(name: str, tmp_path: object) -> None:
    exe = translated("pypy27.goal.targetpypy")
    source, expected = PROGRAMS[name]
    path = os.path.join(str(tmp_path), "prog.py")
    with open(path, "w") as f:
        f.write(source)
    r = subprocess.run([exe, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
                       cwd=str(tmp_path))
    assert r.stdout.decode("latin-1") == expected, r.stderr.decode("latin-1")[-2000:]
