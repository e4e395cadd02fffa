"""The originality gate: no file of lib-python/2.7 may repeat CPython 2.7.18's
namesake in long identical runs (see originality.py).  Needs the reference
installation to compare with; without one there is nothing to measure."""
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import originality  # noqa: E402

LIMIT = "0.25"


@pytest.mark.skipif(not os.path.isdir(originality.reference_lib()),
                    reason="no CPython 2.7.18 reference library to compare with")
def test_no_library_file_repeats_cpython():
    r = subprocess.run([sys.executable, os.path.join(HERE, "originality.py"), "--limit", LIMIT],
                       stdout=subprocess.PIPE, text=True)
    too_close = [line for line in r.stdout.splitlines() if line.endswith("TOO CLOSE")]
    assert r.returncode == 0 and not too_close, "\n".join(too_close)
