"""Helpers for tests that translate a target and compare it with the same code untranslated."""
import functools
import os
import subprocess
import sys

from pypy27.support import importroot

PYTHON = sys.executable


def run_untranslated(module: str, args: list[str]) -> subprocess.CompletedProcess:
    code = ("import sys; sys.path.insert(0, %r); import %s as m; "
            "sys.stdout.flush(); rc = m.entry_point([%r] + sys.argv[1:]); sys.stdout.flush(); sys.exit(rc)"
            % (importroot.IMPORT_ROOT, module, module))
    # the subset's str is bytes: the host writes each character as one byte
    env = dict(os.environ, PYTHONIOENCODING="latin-1")
    return subprocess.run([PYTHON, "-c", code] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=300, env=env)


@functools.lru_cache(maxsize=None)
def translated(module: str, debug: bool = False) -> str:
    """Translate once per test session; returns the executable's path."""
    from pypy27.translator.driver import translate
    outdir = os.path.join(importroot.REPO, "build", "tests")
    os.makedirs(outdir, exist_ok=True)
    exe = os.path.join(outdir, module.rsplit(".", 1)[1] + ("-debug" if debug else ""))
    translate(module, exe, debug=debug, quiet=True,
              builddir=os.path.join(importroot.REPO, "build", "c", "tests-" + module.rsplit(".", 1)[1]
                                    + ("-debug" if debug else "")))
    return exe


def run_translated(module: str, args: list[str], debug: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run([translated(module, debug)] + args, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=300)
