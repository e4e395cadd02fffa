"""Our compiler against CPython 2.7.18 on the conformance corpus.

tests/compiler/data/dis/<folder>.json.gz holds 2.7's canonical listings
(recorded by record_dis.py); each program is compiled here and its listing
compared.  Programs in KNOWN_DIFFERENCES differ deliberately (see
docs/compiler.md) and are expected to mismatch.
"""
import gzip
import json
import os

import pytest

from pypy27.interpreter.astcompiler.compiler import compile_source
from pypy27.interpreter.astcompiler.disassemble import disassemble
from pypy27.interpreter.pyparser.error import SyntaxErr

HERE = os.path.dirname(os.path.abspath(__file__))
from pypy27.tests.paths import CONFORMANCE as CORPUS  # noqa: E402
FOLDERS = ["lang", "builtins", "stdlib"]

# folder/name -> why our code object differs from 2.7's (each explained in
# docs/compiler.md).  Empty: every program of the corpus compiles to exactly
# 2.7's code objects.
KNOWN_DIFFERENCES: dict[str, str] = {}


def load_expected(folder):
    with gzip.open(os.path.join(HERE, "data", "dis", folder + ".json.gz")) as f:
        return json.loads(f.read().decode("utf-8"))


def our_listing(folder, name):
    path = os.path.join(CORPUS, folder, name)
    with open(path, "rb") as f:
        source = f.read().decode("latin-1")
    try:
        code = compile_source(source, folder + "/" + name, "exec", 0)
    except SyntaxErr as e:
        return "error %s: %s line %s\n" % (e.type_name(), e.msg,
                                           e.lineno if e.lineno >= 0 else None)
    return disassemble(code)


def cases():
    result = []
    for folder in FOLDERS:
        if not os.path.isdir(os.path.join(CORPUS, folder)):
            continue
        for name in sorted(load_expected(folder)):
            result.append((folder, name))
    return result


@pytest.mark.parametrize("folder,name", cases())
def test_listing_matches_27(folder, name):
    expected = load_expected_cached(folder)[name]
    got = our_listing(folder, name)
    key = folder + "/" + name
    if key in KNOWN_DIFFERENCES:
        assert got != expected, "now matches: remove from KNOWN_DIFFERENCES"
        return
    assert got == expected


_cache = {}


def load_expected_cached(folder):
    if folder not in _cache:
        _cache[folder] = load_expected(folder)
    return _cache[folder]
