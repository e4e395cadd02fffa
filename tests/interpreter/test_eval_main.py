"""The evaluator's program-level behaviour: imports of .py files and
packages, tracebacks, exit codes (expected results recorded from CPython
2.7.18)."""
import os
import subprocess
import sys

from pypy27.tests.interpreter.apptest import app_traceback, run_app, run_app_exc

FILES = {
    "evpkg/__init__.py": 'print "pkg init", __name__\nx = 1\n',
    "evpkg/mod.py": ("from . import sib\nfrom .sub import deep\nimport sib as sib2\n"
                     'print "mod", __name__, sib.NAME, deep.D, sib2 is sib\n'),
    "evpkg/sib.py": 'NAME = "sib"\n__all__ = ["NAME"]\n',
    "evpkg/sub/__init__.py": "",
    "evpkg/sub/deep.py": 'from ..sib import NAME\nD = "deep" + NAME\n',
}

MAIN = '''import sys
sys.path.insert(0, %r)
import evpkg.mod
import evpkg
print evpkg.x, evpkg.mod.__name__, evpkg.__name__
from evpkg import sib, mod
from evpkg.sib import *
print NAME
print 'evpkg.sub.deep' in sys.modules, sys.modules['evpkg.sib'] is sib
try:
    import nonexistent_mod
except ImportError as e:
    print e
try:
    from evpkg import nothing
except ImportError as e:
    print e
try:
    import evpkg.nothing
except ImportError as e:
    print e
import evpkg.sub.deep as dd
print dd.D
print __name__
'''

MAIN_OUT = """pkg init evpkg
mod evpkg.mod sib deepsib True
1 evpkg.mod evpkg
sib
True True
No module named nonexistent_mod
cannot import name nothing
No module named nothing
deepsib
__main__
"""


def test_import_package(tmp_path: "os.PathLike[str]") -> None:
    for name, text in FILES.items():
        path = os.path.join(str(tmp_path), name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    assert run_app(MAIN % str(tmp_path)) == MAIN_OUT


TB_SOURCE = '''def f():
    raise ValueError("deep")
def g():
    f()
g()
'''

TB_OUT = '''Traceback (most recent call last):
  File "%s", line 5, in <module>
    g()
  File "%s", line 4, in g
    f()
  File "%s", line 2, in f
    raise ValueError("deep")
ValueError: deep
'''


def test_traceback(tmp_path: "os.PathLike[str]") -> None:
    path = os.path.join(str(tmp_path), "tb.py")
    with open(path, "w") as f:
        f.write(TB_SOURCE)
    assert app_traceback(TB_SOURCE, path) == TB_OUT % (path, path, path)


def test_traceback_reraise_and_finally() -> None:
    src = '''def f():
    try:
        1/0
    finally:
        pass
def g():
    try:
        f()
    except ZeroDivisionError:
        raise
g()
'''
    tb = app_traceback(src, "<x>")
    assert tb == ('Traceback (most recent call last):\n'
                  '  File "<x>", line 11, in <module>\n'
                  '  File "<x>", line 8, in g\n'
                  '  File "<x>", line 3, in f\n'
                  'ZeroDivisionError: integer division or modulo by zero\n')


def test_exc_messages() -> None:
    assert run_app_exc("print 1\nx\n") == ("1\n", "NameError: name 'x' is not defined")
    assert run_app_exc("raise KeyError\n") == ("", "KeyError")
    assert run_app_exc("def f():\n  y\n  y = 1\nf()\n") == (
        "", "UnboundLocalError: local variable 'y' referenced before assignment")


def run_launcher(args: list[str]) -> tuple[int, str, str]:
    here = os.path.dirname(os.path.abspath(__file__))
    launcher = os.path.join(here, "..", "..", "bin", "pypy-untranslated")
    p = subprocess.run([sys.executable, launcher] + args, capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def test_launcher_exit_codes() -> None:
    assert run_launcher(["-c", "import sys; print 1, ; sys.exit(3)"]) == (3, "1\n", "")
    assert run_launcher(["-c", "raise SystemExit('bye')"]) == (1, "", "bye\n")
    rc, out, err = run_launcher(["-c", "import sys; print sys.argv; 1/0", "a"])
    assert (rc, out) == (1, "['-c', 'a']\n")
    assert err == ('Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n'
                   'ZeroDivisionError: integer division or modulo by zero\n')
