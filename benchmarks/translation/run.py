#!/usr/bin/env python3
"""Translation time of big targets: the 2.7 compiler (pycompile) and a
synthetic target of about 12,000 lines. Prints lines, seconds, and whether the
translated program agrees with the untranslated one."""
import os
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "support"))
import importroot  # noqa: E402

importroot.ensure()
from pypy27.benchmarks.translation.synthetic import generate  # noqa: E402
from pypy27.translator.driver import translate  # noqa: E402


def timed(module: str, exe: str) -> float:
    t = time.perf_counter()
    translate(module, exe, quiet=True)
    return time.perf_counter() - t


def main() -> int:
    target, lines = generate()
    exe = os.path.join(REPO, "build", "synthetic")
    t = timed(target, exe)
    out_c = subprocess.run([exe], stdout=subprocess.PIPE, check=True).stdout
    out_py = subprocess.run([sys.executable, "-c", "import sys; import %s as m; m.entry_point(['x'])" % target],
                            stdout=subprocess.PIPE, check=True, cwd=REPO,
                            env=dict(os.environ, PYTHONPATH=importroot.IMPORT_ROOT)).stdout
    print("synthetic target: %d lines, translated and compiled in %.1fs; output %s"
          % (lines, t, "agrees" if out_c == out_py else "DIFFERS"))
    t = timed("pypy27.translator.examples.pycompile.target", os.path.join(REPO, "build", "pycompile"))
    print("pycompile (the 2.7 compiler, ~9,400 lines): translated and compiled in %.1fs" % t)
    return 0 if out_c == out_py else 1


if __name__ == "__main__":
    sys.exit(main())
