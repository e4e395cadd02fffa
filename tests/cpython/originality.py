#!/usr/bin/env python3
"""How much of our library repeats CPython 2.7.18's source line for line.

For every file of lib-python/2.7 (or the paths given) that has a namesake in
the reference installation, count our non-comment lines that belong to runs
of at least RUN consecutive lines identical to the reference file's (after
stripping indentation).  Independent code that keeps the same API shares
scattered lines (signatures, messages); long identical runs mean copying.

    python3 tests/cpython/originality.py [--run 6] [--limit 0.25] [PATH ...]

Prints the ratio per file (worst first) and exits 1 when a file's ratio is
above --limit; prints "skipped" and exits 0 without a reference installation.
"""
import argparse
import difflib
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LIB = os.path.join(REPO, "lib-python", "2.7")


def reference_lib() -> str:
    return os.environ.get("CPYTHON27_LIB", os.path.expanduser("~/.pyenv/versions/2.7.18/lib/python2.7"))


def code_lines(path: str) -> list[str]:
    with open(path, errors="replace") as f:
        return [s for s in (line.strip() for line in f) if s and not s.startswith("#")]


def copied_lines(ours: list[str], theirs: list[str], run: int) -> int:
    sm = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks() if b.size >= run)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", type=int, default=6)
    ap.add_argument("--limit", type=float, default=0.25)
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    ref = reference_lib()
    if not os.path.isdir(ref):
        print("skipped: no reference installation at %s" % ref)
        return 0
    files = []
    for p in args.paths or [LIB]:
        p = os.path.abspath(p)
        if os.path.isfile(p):
            files.append(p)
        for root, dirs, names in os.walk(p):
            files.extend(os.path.join(root, n) for n in names if n.endswith(".py"))
    rows = []
    for path in files:
        rel = os.path.relpath(path, LIB)
        refpath = os.path.join(ref, rel)
        if rel.startswith("..") or not os.path.exists(refpath):
            continue
        ours = code_lines(path)
        n = copied_lines(ours, code_lines(refpath), args.run)
        rows.append((n / max(len(ours), 1), n, len(ours), rel))
    rows.sort(reverse=True)
    bad = 0
    for ratio, n, total, rel in rows:
        flag = "TOO CLOSE" if ratio > args.limit else ""
        bad += bool(flag)
        print("%.2f %5d/%5d %-40s %s" % (ratio, n, total, rel, flag))
    print("%d of %d files above %.2f; %d of %d lines in identical runs of %d+"
          % (bad, len(rows), args.limit, sum(r[1] for r in rows), sum(r[2] for r in rows), args.run))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
