"""A synthetic target of about 10,000 lines translates and agrees with the host
(slow tier; benchmarks/translation/run.py reports the time)."""
import subprocess
import sys

import pytest

from pypy27.benchmarks.translation.synthetic import generate
from pypy27.support import importroot
from pypy27.translator.driver import translate


@pytest.mark.slow
def test_synthetic_target(tmp_path: object) -> None:
    target, lines = generate()
    assert lines >= 10000
    exe = str(tmp_path) + "/synthetic"
    translate(target, exe, quiet=True)
    out_c = subprocess.run([exe], stdout=subprocess.PIPE, check=True).stdout
    code = "import %s as m; m.entry_point(['x'])" % target
    out_py = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, check=True,
                            env={"PYTHONPATH": importroot.IMPORT_ROOT}).stdout
    assert out_c == out_py
