#!/usr/bin/env python3
"""Compilation speed: CPython 2.7.18's compile() against our translated 2.7
compiler, on every conformance program 2.7 compiles.

    python3 benchmarks/compile/run.py [-r REPS] [--build]

(a) python2.7 reads all programs, then calls compile(src, name, "exec") on
    each of them REPS times in one process; the time of those calls only.
(b) build/pycompile (translator/examples/pycompile/target.py, built with
    --build or when missing) compiles all programs in one process with
    `-q -n N`. Start-up and file reading are removed by difference: the
    time of `-n REPS+1` minus the time of `-n 1` is REPS compilations of
    every file. Each run is repeated 3 times and the best kept.

Prints both times per round (all files once) and the ratio ours / 2.7.
Exits 0 with a message when python2.7 is not available.
"""
import os
import shutil
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(REPO), "shared")
CONFORMANCE = os.path.join(SHARED, "conformance")
EXE = os.path.join(REPO, "build", "pycompile")
TARGET = "pypy27.translator.examples.pycompile.target"

PY27_TIMER = r'''
import sys, time, warnings
warnings.simplefilter("ignore")   # SyntaxWarnings: ours are collected, not printed
files = sys.argv[2:]
reps = int(sys.argv[1])
sources = []
for path in files:
    with open(path, "rb") as f:
        sources.append((f.read(), path))
ok = []
for src, path in sources:
    try:
        compile(src, path, "exec")
        ok.append((src, path))
    except SyntaxError:
        pass
best = None
for attempt in range(3):
    t = time.time()
    for r in range(reps):
        for src, path in ok:
            compile(src, path, "exec")
    dt = time.time() - t
    if best is None or dt < best:
        best = dt
print("%d %r" % (len(ok), best))
for src, path in ok:
    print(path)
'''


def find_python27():
    env = os.environ.get("PYTHON27")
    if env and os.path.exists(env):
        return env
    try:
        root = subprocess.run(["pyenv", "root"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True).stdout.strip()
    except OSError:
        root = ""
    if root:
        cand = os.path.join(root, "versions", "2.7.18", "bin", "python2.7")
        if os.path.exists(cand):
            return cand
    return shutil.which("python2.7")


def corpus_files():
    files = []
    for folder in ["lang", "builtins", "stdlib"]:
        d = os.path.join(CONFORMANCE, folder)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith(".py"):
                files.append(os.path.join(d, name))
    return files


def build():
    t = time.perf_counter()
    subprocess.run([os.path.join(REPO, "bin", "translate"), TARGET, "-o", EXE], check=True,
                   stdout=subprocess.DEVNULL)
    print("built %s in %.1fs" % (EXE, time.perf_counter() - t))


def run_ours(files, n):
    best = None
    for attempt in range(3):
        t = time.perf_counter()
        out = subprocess.run([EXE, "-q", "-n", str(n)] + files, stdout=subprocess.PIPE, text=True)
        dt = time.perf_counter() - t
        if best is None or dt < best:
            best = dt
    ok = out.stdout.count(": ok\n")
    if ok != len(files):
        raise SystemExit("pycompile compiled %d of %d files" % (ok, len(files)))
    return best


def main(argv):
    reps = 5
    want_build = False
    i = 0
    while i < len(argv):
        if argv[i] == "-r":
            reps = int(argv[i + 1])
            i += 1
        elif argv[i] == "--build":
            want_build = True
        i += 1
    py27 = find_python27()
    if py27 is None:
        print("python2.7 not found: benchmark skipped")
        return 0
    files = corpus_files()
    if not files:
        print("no conformance corpus at %s: benchmark skipped" % CONFORMANCE)
        return 0
    if want_build or not os.path.exists(EXE):
        build()
    out = subprocess.run([py27, "-c", PY27_TIMER, str(reps)] + files,
                         stdout=subprocess.PIPE, text=True, check=True).stdout.splitlines()
    count, t27 = out[0].split()
    t27 = float(t27)
    ok_files = out[1:]
    t1 = run_ours(ok_files, 1)
    tn = run_ours(ok_files, reps + 1)
    ours = tn - t1
    nbytes = sum(os.path.getsize(f) for f in ok_files)
    print("%s programs (%d KB), %d rounds" % (count, nbytes // 1024, reps))
    print("CPython 2.7.18 compile():     %7.1f ms per round" % (1000.0 * t27 / reps))
    print("our translated compiler:      %7.1f ms per round (start-up and reading %.1f ms excluded)"
          % (1000.0 * ours / reps, 1000.0 * (t1 - ours / reps)))
    print("ratio ours / CPython 2.7:     %7.2f" % (ours / t27))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
