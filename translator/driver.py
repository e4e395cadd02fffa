"""The translation driver: type-check, lower, generate C, compile.

    python3 -m pypy27.translator.driver TARGET_MODULE -o OUTPUT [--debug] [-j N]

TARGET_MODULE (e.g. pypy27.translator.examples.toylang.target) defines
`entry_point(argv: list[str]) -> int`. Each step prints its time.
"""
from __future__ import annotations

import argparse
import importlib
import os
import shutil
import subprocess
import sys
import time
from typing import Optional

from pypy27.support import importroot


class Progress:
    def __init__(self, quiet: bool = False) -> None:
        self.t0 = time.time()
        self.quiet = quiet

    def step(self, what: str) -> "Step":
        return Step(self, what)


class Step:
    def __init__(self, p: Progress, what: str) -> None:
        self.p = p
        self.what = what

    def __enter__(self) -> "Step":
        self.t = time.time()
        self.info = ""
        if not self.p.quiet:
            print("[translate] %-28s ..." % self.what, end="", flush=True)
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.p.quiet:
            print(" %6.2fs%s" % (time.time() - self.t, ("  (%s)" % self.info) if self.info else ""), flush=True)


def translate(target: str, output: str, debug: bool = False, jobs: int = 2,
              builddir: Optional[str] = None, quiet: bool = False) -> str:
    """Translate module `target` into the executable `output`; returns its path."""
    importroot.ensure()
    from mypy.nodes import FuncDef

    from pypy27.translator.c.emit import write_sources
    from pypy27.translator.classes import SubsetError
    from pypy27.translator.frontend.mypybuild import typecheck
    from pypy27.translator.lower.function import lower_function
    from pypy27.translator.program import Program

    p = Progress(quiet)
    with p.step("import (build time)"):
        importlib.import_module(target)
    # every module the build-time code loaded (some through importlib) is checked
    modules = sorted({target} | {m for m in sys.modules if m.startswith("pypy27.")
                                 and not m.startswith(("pypy27.translator.", "pypy27.tests."))
                                 and getattr(sys.modules[m], "__file__", None)})
    with p.step("type-check (mypy)") as st:
        typed = typecheck(modules)
        if typed.errors:
            raise SubsetError("mypy:\n" + "\n".join(typed.errors))
        st.info = "%d modules" % len(modules)
    prog = Program(typed)
    prog.lowerer_factory = lower_function
    node = typed.files[target].names.get("entry_point")
    if node is None or not isinstance(node.node, FuncDef):
        raise SubsetError("%s has no function entry_point" % target)
    entry = prog.funcdesc(node.node, None)
    # optional: what a thread started by the runtime runs (rt_thread.c)
    tnode = typed.files[target].names.get("thread_entry")
    thread_entry = prog.funcdesc(tnode.node, None) if tnode is not None and isinstance(tnode.node, FuncDef) else None
    with p.step("lower to graphs") as st:
        prog.lower_all()
        st.info = "%d functions, %d classes" % (len(prog.funcs), len(prog.classes))
    if builddir is None:
        builddir = os.path.join(importroot.REPO, "build", "c", target.replace(".", "_") + ("_debug" if debug else ""))
    rtdir = os.path.join(importroot.REPO, "build", "runtime-debug" if debug else "runtime")
    with p.step("compile runtime"):
        build_runtime(rtdir, debug, jobs)
    with p.step("generate C") as st:
        files = write_sources(prog, entry, builddir, rtdir, debug, thread_entry)
        st.info = "%d C files" % len(files)
    with p.step("compile C (make -j%d)" % jobs) as st:
        out = run_make(builddir, jobs, [f for f in files if f.endswith(".c")], quiet)
        st.info = out
    # copy then rename: the old executable may be running ("text file busy")
    shutil.copy(os.path.join(builddir, "program"), output + ".tmp")
    os.replace(output + ".tmp", output)
    if not quiet:
        print("[translate] %d functions, %d classes; total %.2fs; peak memory %s -> %s"
              % (len(prog.funcs), len(prog.classes), time.time() - p.t0, peak_memory(), output))
    return output


def run_make(builddir: str, jobs: int, cfiles: list[str], quiet: bool) -> str:
    """make, showing how many object files are done while it runs (on a terminal)."""
    import tempfile
    log = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen(["make", "-s", "-j%d" % jobs, "program"], cwd=builddir,
                            stdout=log, stderr=subprocess.STDOUT, text=True)
    show = not quiet and sys.stdout.isatty()
    while proc.poll() is None:
        time.sleep(0.5)
        if show:
            done = sum(1 for f in cfiles if newer(os.path.join(builddir, f[:-2] + ".o"),
                                                   os.path.join(builddir, f)))
            print("\r[translate] %-28s ... %d/%d objects" % ("compile C", done, len(cfiles)),
                  end="", flush=True)
    if show:
        print("\r[translate] %-28s ...        " % "compile C (make)", end="", flush=True)
    log.seek(0)
    if proc.returncode != 0:
        raise RuntimeError("C compilation failed:\n" + log.read()[-6000:])
    return "%d C files" % len(cfiles)


def newer(a: str, b: str) -> bool:
    return os.path.exists(a) and os.path.getmtime(a) >= os.path.getmtime(b)


def peak_memory() -> str:
    """Peak resident size of the translator process.  (Children's ru_maxrss is
    not reported: a forked child inherits the parent's resident pages until it
    execs, so it would only repeat this number; gcc's own peak is far smaller.)"""
    import resource
    return "%d MiB" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)


def build_runtime(rtdir: str, debug: bool, jobs: int) -> None:
    import fcntl

    from pypy27.translator.c.emit import _write, runtime_makefile
    os.makedirs(rtdir, exist_ok=True)
    with open(os.path.join(rtdir, ".lock"), "w") as lock:     # parallel test runs share it
        fcntl.flock(lock, fcntl.LOCK_EX)
        _write(rtdir, "Makefile", runtime_makefile(debug))
        r = subprocess.run(["make", "-s", "-j%d" % jobs, "librt.a"], cwd=rtdir,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            raise RuntimeError("runtime compilation failed:\n" + r.stdout[-6000:])


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("target")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--debug", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    from pypy27.translator.classes import SubsetError
    try:
        translate(args.target, args.output, args.debug, args.jobs)
    except SubsetError as e:
        print("\nerror: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
