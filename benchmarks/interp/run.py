#!/usr/bin/env python3
"""Time ./pypy against CPython 2.7.18 on small interpreter benchmarks.

Usage: python3 benchmarks/interp/run.py [--pypy PATH] [--repeat N] [--only NAME ...]

Runs the programs in this folder and, with reduced workload sizes, those of
/work/shared/bench that our interpreter can run.  Times are CPU seconds
(user + system) of the child process, the minimum over --repeat runs: the
build machine is shared, and CPU time is much less sensitive to load than
wall time.  Outputs of both interpreters must agree, else the row says WRONG.
Prints one row per benchmark with the ratio pypy/cpython and the geometric
mean of the ratios.
"""
import argparse
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = "/work/shared/bench"

# (name, path, argument): own programs use their defaults.
LOCAL = ["loop_dict", "method_calls", "func_calls", "list_str"]
# shared programs and reduced sizes (CPython 2.7 well under a second)
SHARED_SIZES = [
    ("richards_like", "10"), ("fannkuch", "8"), ("deltablue_like", "40"),
    ("dict_heavy", "150000"), ("generators", "150000"),
    ("interp_in_python", "4"), ("bigint", "1500"), ("str_building", "30000"),
    ("nbody", "40000"), ("spectral_norm", "120"), ("raytrace", "60"),
    ("chaos_like", "50000"), ("json_roundtrip", "150"), ("regex_mix", "2"),
]


def cpython27():
    try:
        root = subprocess.check_output(["pyenv", "root"]).decode().strip()
        return os.path.join(root, "versions", "2.7.18", "bin", "python2.7")
    except (OSError, subprocess.CalledProcessError):
        return "python2.7"


def timed(cmd, path, arg, timeout=120):
    """Return (cpu seconds, output or None on error)."""
    proc = subprocess.Popen([cmd, path] + ([arg] if arg else []),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, cwd=os.path.dirname(path))
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return None, "TIMEOUT"
    return proc.returncode, out.decode(errors="replace").strip()


def cpu_run(cmd, path, arg, timeout=120):
    before = os.times()
    code, out = timed(cmd, path, arg, timeout)
    after = os.times()
    cpu = (after.children_user - before.children_user
           + after.children_system - before.children_system)
    if code != 0:
        return None, out if code is None else "ERROR %s" % code
    return cpu, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pypy", default=os.path.join(ROOT, "pypy"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--local-only", action="store_true")
    args = ap.parse_args()
    cpy = cpython27()
    rows = [(n, os.path.join(HERE, n + ".py"), None) for n in LOCAL]
    if not args.local_only:
        rows += [(n, os.path.join(SHARED, n + ".py"), a) for n, a in SHARED_SIZES]
    if args.only:
        rows = [r for r in rows if r[0] in args.only]
    ratios = []
    print("%-18s %9s %9s %7s" % ("benchmark", "cpython27", "pypy", "ratio"))
    for name, path, arg in rows:
        best = {}
        outs = {}
        for _ in range(args.repeat):
            for label, cmd in (("c", cpy), ("p", args.pypy)):
                t, out = cpu_run(cmd, path, arg)
                outs[label] = out
                if t is None:
                    best[label] = None
                elif best.get(label, 0) is not None:
                    best[label] = min(best.get(label, t), t)
            if best.get("p") is None:
                break
        c, p = best.get("c"), best.get("p")
        if p is None:
            print("%-18s %9.3f %9s %7s  %s" % (name, c or 0, "-", "-",
                                               outs["p"].splitlines()[-1:] if outs["p"] else ""))
            continue
        if outs["c"] != outs["p"]:
            print("%-18s %9.3f %9.3f %7s" % (name, c, p, "WRONG"))
            continue
        ratio = p / c
        ratios.append(ratio)
        print("%-18s %9.3f %9.3f %7.2f" % (name, c, p, ratio))
        sys.stdout.flush()
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean of %d ratios: %.2f" % (len(ratios), gm))


if __name__ == "__main__":
    main()
