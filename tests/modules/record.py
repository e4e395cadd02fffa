#!/usr/bin/env python3
"""Record the expected output of tests/modules/cases/NAME.py from CPython
2.7.18 (developers only; the tests never need python2.7):
    python3 tests/modules/record.py NAME [NAME ...]     # or --all
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PY27 = os.path.expanduser(os.environ.get("PY27", "~/.pyenv/versions/2.7.18/bin/python2.7"))


def record(name: str) -> None:
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([PY27, os.path.join(CASES, name + ".py")], stdout=subprocess.PIPE, cwd=tmp,
                           timeout=120)
    with open(os.path.join(CASES, name + ".out"), "wb") as f:
        f.write(r.stdout)
    print("%s: %d bytes, exit %d" % (name, len(r.stdout), r.returncode))


if __name__ == "__main__":
    if not os.path.exists(PY27):
        PY27 = subprocess.run(["pyenv", "root"], stdout=subprocess.PIPE, text=True).stdout.strip() \
            + "/versions/2.7.18/bin/python2.7"
    names = sys.argv[1:]
    if names == ["--all"]:
        names = sorted(n[:-3] for n in os.listdir(CASES) if n.endswith(".py"))
    for n in names:
        record(n)
