#!/usr/bin/env python3
"""Compares the outcome of every call of tests/modules/fuzz_badinput.py (the
exception type, or "ok") between our translated ./pypy and CPython 2.7.18, and
lists the calls that differ, grouped by module, largest groups first.
Run by hand (a full run takes several minutes per interpreter):

    python3 tests/modules/fuzz_compare.py [--exe PYPY] [--only PREFIX,...]
        [--step N] [--ref-cache FILE] [--show N]

--only keeps the calls whose text starts with one of the prefixes (for
example "posix.,closed_file."); --ref-cache keeps CPython's results in FILE so
that reruns only run ours.  Calls whose outcome depends on the machine (open
descriptors, process ids, the clock, the terminal) are listed apart and not
counted (only when both outcomes are a success or an OS error), and so are
the calls that crash CPython 2.7 itself.  Without CPython 2.7.18 it says so
and exits 0.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from test_fuzz_badinput import run_fuzz, call_texts  # noqa: E402

# Outcomes that legitimately depend on the environment rather than on the
# interpreter: a descriptor or pid that may or may not exist here, the
# terminal, the user database, the clock, memory limits.
ENVIRONMENT = [
    r"^posix\.(fstat|fstatvfs|fsync|fdatasync|isatty|ttyname|close|dup2?|lseek|"
    r"write|ftruncate|fpathconf|tcgetpgrp|getpgid|getsid|getpriority|setpriority|"
    r"sched_\w+|getlogin|ctermid|openpty|times|urandom|getloadavg|device_encoding|"
    r"fdopen|uname|getcwdu?|listdir|stat|lstat|access|statvfs|pathconf|readlink)\(",
    r"^(fcntl|termios)\.",
    r"^(pwd|grp)\.",
    r"^select\.(poll|epoll)\(",
    r"^signal\.(getsignal|siginterrupt|getitimer)\(",
    r"^resource\.(getrusage|getrlimit)\(",
    r"^time\.",
    r"^readline\.",
    r"^_socket\.(getservby\w+|getprotobyname|fromfd|socketpair|getdefaulttimeout|"
    r"sethostname|if_\w+)\(",
    r"^_locale\.",
]
ENV_RE = re.compile("|".join("(?:%s)" % r for r in ENVIRONMENT))
# ... and only when both outcomes are what the environment decides (success
# or an OS-level error); a TypeError against an OverflowError is ours.
ENV_OUTCOMES = {"ok", "OSError", "IOError", "error", "KeyError", "herror", "gaierror", "timeout"}


def environmental(text: str, ours: list[str], theirs: list[str]) -> bool:
    return bool(ENV_RE.search(text)) and all(k in ENV_OUTCOMES for k in ours + theirs)


def reference() -> str:
    try:
        root = subprocess.run(["pyenv", "root"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              text=True).stdout.strip()
    except OSError:     # no pyenv
        root = ""
    return os.path.join(root or os.path.expanduser("~/.pyenv"), "versions/2.7.18/bin/python2.7")


def outcomes(exe: str, step: int) -> dict[str, list[str]]:
    """{call text: [outcome, ...]} (a text may occur more than once)."""
    with tempfile.TemporaryDirectory() as tmp:
        texts = call_texts(exe, tmp)     # listed in a clean directory, like the run
    with tempfile.TemporaryDirectory() as tmp:
        results, _ = run_fuzz(exe, tmp, False, 0, step)
    out: dict[str, list[str]] = {}
    unknown = 0
    for n, kind in sorted(results.items()):
        if n >= len(texts):
            unknown += 1
            continue
        out.setdefault(texts[n], []).append(kind)
    if unknown:
        print("warning: %s reported %d calls past its list of %d" % (exe, unknown, len(texts)))
    return out


def group(text: str) -> str:
    """The module or object a call belongs to."""
    if text[:1] in "'\"" or text[:2] in ("u'", 'u"'):
        m = re.search(r"\.(?:de|en)code\('([^']*)'\)$", text)
        return "codec " + (m.group(1) if m else "?")
    return re.split(r"[.(]", text, 1)[0]


def function(text: str) -> str:
    return text.split("(", 1)[0]


def main() -> int:
    args = sys.argv[1:]

    def option(name: str, default: str) -> str:
        if name in args:
            i = args.index(name)
            value = args[i + 1]
            del args[i:i + 2]
            return value
        return default
    exe = os.path.abspath(option("--exe", os.path.join(HERE, "..", "..", "pypy")))
    only = option("--only", "")
    step = int(option("--step", "1"))
    cache = option("--ref-cache", "")
    show = int(option("--show", "1000000"))
    py27 = reference()
    if not os.path.exists(py27):
        print("SKIP: CPython 2.7.18 not found at %s" % py27)
        return 0
    if only:
        os.environ["FUZZ_ONLY"] = only
    else:
        os.environ.pop("FUZZ_ONLY", None)
    key = "%s|%d" % (only, step)
    ref = None
    if cache and os.path.exists(cache):
        with open(cache) as f:
            saved = json.load(f)
        if saved.get("key") == key:
            ref = saved["outcomes"]
    if ref is None:
        ref = outcomes(py27, step)
        if cache:
            with open(cache, "w") as f:
                json.dump({"key": key, "outcomes": ref}, f)
    ours = outcomes(exe, step)

    diffs: dict[str, list[str]] = {}
    env: list[str] = []
    ref_crashes: list[str] = []     # CPython 2.7 itself dies there: nothing to match
    for text, kinds in ours.items():
        # with --step the two lists may sample different calls: compare the common ones
        if text not in ref or ref[text] == kinds:
            continue
        line = "%s: ours %s, 2.7 %s" % (text, "/".join(kinds), "/".join(ref[text]))
        if "CRASH" in ref[text] and "CRASH" not in kinds:
            ref_crashes.append(line)
        elif environmental(text, kinds, ref[text]):
            env.append(line)
        else:
            diffs.setdefault(group(text), []).append(line)
    missing = sorted({function(t) for t in ref if t not in ours} -
                     {function(t) for t in ours})
    extra = sorted({function(t) for t in ours if t not in ref} -
                   {function(t) for t in ref})
    total = sum(len(v) for v in diffs.values())
    for name, lines in sorted(diffs.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print("== %s: %d" % (name, len(lines)))
        for line in lines[:show]:
            print("  " + line)
    if env:
        print("== depends on the environment (not counted): %d" % len(env))
        for line in env[:show]:
            print("  " + line)
    if ref_crashes:
        print("== CPython 2.7 crashes, ours raises (not counted): %d" % len(ref_crashes))
        for line in ref_crashes[:show]:
            print("  " + line)
    if missing:
        print("== only in 2.7: %s" % " ".join(missing))
    if extra:
        print("== only in ours: %s" % " ".join(extra))
    print("summary: %d differing calls of %d compared (not counted: %d environment-dependent, "
          "%d where 2.7 crashes); by module: %s"
          % (total, sum(1 for t in ours if t in ref), len(env), len(ref_crashes),
             ", ".join("%s %d" % (n, len(v)) for n, v in
                       sorted(diffs.items(), key=lambda kv: (-len(kv[1]), kv[0])))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
