#!/usr/bin/env python3
"""Translated vs untranslated: the toy-language interpreter
(translator/examples/toylang) running bench.toy.

    python3 benchmarks/toylang/run.py [--translated build/toylang] [--repeat 3]

Runs the same interpreter code untranslated on the host CPython and
translated to C, checks both print the same checksum, and prints the ratio
of the best wall-clock times (measured in this one run).
"""
import argparse
import os
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "support"))
import importroot  # noqa: E402

PROGRAM = os.path.join(REPO, "translator", "examples", "toylang", "bench.toy")
TARGET = "pypy27.translator.examples.toylang.target"


def best_of(cmd: list[str], repeat: int, env: dict[str, str]) -> tuple[float, bytes]:
    best = float("inf")
    out = b""
    for _ in range(repeat):
        t = time.perf_counter()
        out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True, env=env).stdout
        best = min(best, time.perf_counter() - t)
    return best, out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--translated", default=os.path.join(REPO, "build", "toylang"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    root = importroot.ensure()
    if not os.path.exists(args.translated):
        subprocess.run([os.path.join(REPO, "bin", "translate"), TARGET, "-o", args.translated], check=True)
    env = dict(os.environ, PYTHONPATH=root)
    host_cmd = [sys.executable, "-m", TARGET, PROGRAM]
    t_host, out_host = best_of(host_cmd, 1, env)
    t_c, out_c = best_of([args.translated, PROGRAM], args.repeat, env)
    if out_host != out_c:
        print("output differs:\n%r\n%r" % (out_host, out_c))
        return 1
    print("toylang bench.toy: %s" % out_c.decode().strip())
    print("untranslated (CPython %d.%d): %.3fs" % (sys.version_info[0], sys.version_info[1], t_host))
    print("translated:                %.3fs" % t_c)
    print("ratio: translated is %.1fx faster" % (t_host / t_c))
    return 0


if __name__ == "__main__":
    sys.exit(main())
