#!/usr/bin/env python3
"""Run CPython 2.7.18's own regression tests against ./pypy, module by module.

The tests are used in place, from the reference installation on this machine
(pyenv's 2.7.18); nothing of them is copied into the repository.  A temporary
folder holding only a symlink `test` -> <reference>/lib/python2.7/test goes in
front of sys.path, so `from test import test_support` finds the reference
test package while every other import uses our own library.

    python3 tests/cpython/run_regrtests.py [--interp ./pypy] [--timeout 300] [MODULE ...]

MODULE is e.g. `math` or `test_math`; the default is the list below (the
modules of issue 6).  Prints one line per module and a summary; exits 0 when
no reference installation exists ("skipped"), whatever the results otherwise
(this is a report, not a gate).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

DEFAULT_MODULES = [
    "abc", "argparse", "array", "ast", "base64", "binascii", "bisect", "calendar", "cmath",
    "codecs", "collections", "contextlib", "copy", "copy_reg", "cpickle", "csv", "datetime",
    "decimal", "difflib", "dis", "doctest", "errno", "fnmatch", "fractions", "functools", "gc",
    "getopt", "glob", "grp", "gzip", "hashlib", "heapq", "hmac", "htmlparser", "inspect", "io",
    "itertools", "json", "linecache", "logging", "marshal", "math", "md5", "operator",
    "optparse", "os", "pickle", "posix", "posixpath", "pprint", "pwd", "queue", "random", "re",
    "select", "shlex", "shutil", "signal", "stat", "string", "StringIO", "struct", "subprocess",
    "tarfile", "tempfile", "textwrap", "thread", "threading", "time", "tokenize", "traceback",
    "types", "unittest", "urlparse", "userdict", "warnings", "weakref", "zipfile", "zlib",
    "_locale", "locale", "sets", "sha", "py_compile", "compileall", "pickletools", "cgi", "mmap", "socketserver",
    # session 4: the network, developer-tool and small modules, ctypes, multiprocessing
    "rfc822", "mimetools", "mimetypes", "httplib", "urllib", "urllib2", "cookielib", "httpservers",
    "ssl", "xmlrpc", "smtplib", "ftplib", "poplib", "imaplib", "telnetlib", "asyncore", "asynchat",
    "robotparser", "netrc", "code", "codeop", "timeit", "cmd", "bdb", "pdb", "profile", "cprofile",
    "pstats", "trace", "uuid", "pydoc", "doctest2", "filecmp", "fileinput", "colorsys", "commands",
    "mutex", "future_builtins", "dumbdbm", "whichdb", "anydbm", "shelve", "pty", "openpty", "crypt",
    "imghdr", "dircache", "macpath", "popen2", "wave", "binhex", "audioop", "sunau", "aifc",
    "stringprep", "mhlib", "multifile", "ctypes", "multiprocessing",
    # session 5: core types and the language
    "builtin", "str", "unicode", "list", "dict", "set", "tuple", "int", "long", "float",
    "complex", "bool", "class", "descr", "descrtut", "generators", "exceptions", "scope",
    "grammar", "compile", "syntax", "userlist", "userstring", "index", "slice", "augassign",
    "opcodes", "unary", "binop", "pow", "format", "iter", "enumerate", "xrange", "funcattrs",
    "dictviews", "with", "property", "isinstance", "richcmp", "sort", "hash", "repr", "print",
    "file", "fileio", "extcall", "unpack", "global", "coercion", "new", "weakset", "bytes",
    "int_literal", "long_future", "strop",
]

# tests whose cases live in a library package's own tests subpackage
PACKAGE_TESTS = {"test_json": "json", "test_ctypes": "ctypes"}

RAN = re.compile(r"^Ran (\d+) tests? in", re.M)
FAILED = re.compile(r"^FAILED \(([^)]*)\)", re.M)
# test_support.run_doctest's verdicts: it prints the first line after a clean
# run and raises TestFailed with the second message otherwise (doctest-only
# modules report nothing else)
DOCTEST_OK = re.compile(r"^doctest \(\S+\) \.\.\. (\d+) tests with zero failures", re.M)
DOCTEST_FAILED = re.compile(r"(\d+) of +(\d+) doctests failed")


def reference_test_dir() -> str:
    explicit = os.environ.get("CPYTHON27_TEST_DIR")
    if explicit:
        return explicit
    try:
        root = subprocess.run(["pyenv", "root"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        root = os.path.expanduser("~/.pyenv")
    return os.path.join(root or os.path.expanduser("~/.pyenv"), "versions", "2.7.18", "lib", "python2.7", "test")


def run_one(interp: str, shim: str, name: str, timeout: int) -> tuple[str, str]:
    """(status, detail) for test.<name>."""
    prelude = ""
    if name in PACKAGE_TESTS:
        # the test lives in a subpackage of a library package (json.tests):
        # let our package find it in the reference installation
        pkg = PACKAGE_TESTS[name]
        prelude = "import %s; %s.__path__.append(%r)\n" % (
            pkg, pkg, os.path.join(os.path.dirname(os.path.realpath(os.path.join(shim, "test"))), pkg))
    code = ("import sys; sys.path.insert(0, %r); sys.argv = [%r]\n" % (shim, name) + prelude +
            "from test import %s as m\n"
            "m.test_main()\n" % name)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    try:
        r = subprocess.run([interp, "-B", "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, env=env, cwd=tempfile.gettempdir())
    except subprocess.TimeoutExpired:
        return "TIMEOUT", "more than %d s" % timeout
    out = r.stdout.decode("latin-1") + r.stderr.decode("latin-1")
    ran = RAN.findall(out) + DOCTEST_OK.findall(out)
    total = sum(int(n) for n in ran)
    failed = FAILED.findall(out)
    doc_bad = DOCTEST_FAILED.search(out)       # the first verdict only: it may be printed twice
    if doc_bad:
        ran.append(doc_bad.group(2))
        total += int(doc_bad.group(2))
        failed.append("doctest failures=%s" % doc_bad.group(1))
    if r.returncode == 0 and ran:
        return "ok", "%d tests" % total
    if ran:
        return "FAIL", "%d tests, %s" % (total, "; ".join(failed) or "exit %d" % r.returncode)
    if r.returncode == 0 and not out.strip():
        # a plain test_main (asserts, no unittest runner): silence and exit 0
        # is its pass, as regrtest counts it
        return "ok", "test_main passed (not a unittest suite)"
    last = [line for line in out.strip().splitlines() if line.strip()][-1:] or ["exit %d" % r.returncode]
    return "ERROR", last[0][:150]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", default=os.path.join(REPO, "pypy"))
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("modules", nargs="*")
    args = ap.parse_args()
    testdir = reference_test_dir()
    if not os.path.isfile(os.path.join(testdir, "test_support.py")):
        print("skipped: no CPython 2.7.18 reference installation (looked in %s)" % testdir)
        return 0
    names = [m if m.startswith("test_") else "test_" + m for m in (args.modules or DEFAULT_MODULES)]
    counts = {"ok": 0, "FAIL": 0, "ERROR": 0, "TIMEOUT": 0, "missing": 0}
    with tempfile.TemporaryDirectory() as shim:
        os.symlink(testdir, os.path.join(shim, "test"))
        for name in names:
            if not os.path.exists(os.path.join(testdir, name + ".py")):
                status, detail = "missing", "no such test in the reference installation"
            else:
                status, detail = run_one(args.interp, shim, name, args.timeout)
            counts[status] += 1
            print("%-22s %-8s %s" % (name, status, detail), flush=True)
    print("modules: " + ", ".join("%d %s" % (n, s) for s, n in counts.items() if n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
