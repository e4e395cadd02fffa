"""The 2.7 compiler translated to C (translator/examples/pycompile) produces
the same listings as CPython 2.7.18 (recorded) on the conformance corpus."""
import gzip
import json
import os
import subprocess

import pytest

from pypy27.support import importroot
from pypy27.tests.compiler.test_dis_corpus import FOLDERS, KNOWN_DIFFERENCES
from pypy27.tests.translator.translation import translated

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(importroot.REPO), "shared", "conformance")


def recorded(folder: str) -> dict[str, str]:
    with gzip.open(os.path.join(HERE, "data", "dis", folder + ".json.gz"), "rt") as f:
        return json.load(f)


@pytest.mark.parametrize("folder", FOLDERS)
def test_translated_compiler_matches_cpython(folder: str) -> None:
    exe = translated("pypy27.translator.examples.pycompile.target")
    expected = recorded(folder)
    names = sorted(n for n in expected if folder + "/" + n not in KNOWN_DIFFERENCES)
    mismatches = []
    for name in names:
        r = subprocess.run([exe, os.path.join(CORPUS, folder, name)], stdout=subprocess.PIPE, timeout=60)
        out = r.stdout.decode("latin-1").rstrip("\n")
        if r.returncode != 0 or out != expected[name].rstrip("\n"):
            mismatches.append(name)
    assert mismatches == [], "%d of %d differ" % (len(mismatches), len(names))
