"""The command line of the translated interpreter behaves like python2.7's:
options, what runs as __main__, sys.argv/flags/path, exit statuses, messages
on stderr and the interactive prompt (expected outputs checked against
CPython 2.7.18)."""
import os
import subprocess

import pytest

from pypy27.tests.translator.translation import translated


def run(args: list, stdin: str = "", env: dict = None, cwd: str = None) -> tuple:
    exe = translated("pypy27.goal.targetpypy")
    full_env = dict(os.environ)
    for name in list(full_env):
        if name.startswith("PYTHON"):
            del full_env[name]
    full_env.update(env or {})
    r = subprocess.run([exe] + args, input=stdin.encode("latin-1"), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=120, env=full_env, cwd=cwd)
    return r.returncode, r.stdout.decode("latin-1"), r.stderr.decode("latin-1")


def test_c_and_argv() -> None:
    assert run(["-c", "import sys; print sys.argv", "a", "-b"]) == (0, "['-c', 'a', '-b']\n", "")
    assert run(["-Sc", "print 7"]) == (0, "7\n", "")
    assert run(["-cprint 8"]) == (0, "8\n", "")


def test_version_and_help() -> None:
    assert run(["-V"]) == (0, "", "Python 2.7.18\n")
    assert run(["--version"]) == (0, "", "Python 2.7.18\n")
    rc, out, err = run(["-h"])
    assert rc == 0 and out.startswith("usage: ") and "-c cmd" in out and err == ""


def test_usage_errors() -> None:
    rc, out, err = run(["-z"])
    assert rc == 2 and out == ""
    assert err.startswith("Unknown option: -z\nusage: ")
    assert err.endswith("[-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n")
    rc, out, err = run(["-c"])
    assert rc == 2 and err.startswith("Argument expected for the -c option\n")
    rc, out, err = run(["-Qxx", "-c", "1"])
    assert rc == 2 and err.startswith("-Q option should be `-Qold', `-Qwarn', `-Qwarnall', or `-Qnew' only\n")
    rc, out, err = run(["nosuch.py"])
    assert rc == 2 and err.endswith(": can't open file 'nosuch.py': [Errno 2] No such file or directory\n")


def test_flags() -> None:
    src = ("import sys; f = sys.flags; print f.py3k_warning, f.dont_write_bytecode, f.no_user_site, "
           "f.hash_randomization, f.no_site, f.ignore_environment, f.optimize, f.division_new, "
           "sys.dont_write_bytecode, sys.py3kwarning")
    assert run(["-3", "-B", "-s", "-R", "-S", "-E", "-Qnew", "-c", src]) == (
        0, "1 1 1 1 1 1 0 1 True True\n", "")
    assert run(["-c", "import sys; print sys.flags.optimize, sys.flags.inspect, sys.flags.verbose"]) == (
        0, "0 0 0\n", "")
    assert run(["-W", "ignore", "-Wdefault::DeprecationWarning", "-c", "import sys; print sys.warnoptions"]) == (
        0, "['ignore', 'default::DeprecationWarning']\n", "")


def test_division_option() -> None:
    assert run(["-Qnew", "-c", "print 1/2; exec 'print 3/2'"]) == (0, "0.5\n1.5\n", "")
    assert run(["-Qold", "-c", "print 1/2"]) == (0, "0\n", "")


def test_optimize() -> None:
    assert run(["-O", "-c", "import sys; print sys.flags.optimize, __debug__; assert 0; print 'ok'"]) == (
        0, "1 False\nok\n", "")
    src = 'def f():\n  "doc"\nprint f.__doc__, __debug__\nassert 0, "x"\n'
    assert run(["-OO", "-c", src]) == (0, "None False\n", "")
    rc, out, err = run(["-c", "assert 0, 'x'"])
    assert rc == 1 and err.endswith("AssertionError: x\n")
    assert run(["-c", "import sys; print sys.flags.optimize"], env={"PYTHONOPTIMIZE": "2"}) == (0, "2\n", "")
    assert run(["-E", "-c", "import sys; print sys.flags.optimize"], env={"PYTHONOPTIMIZE": "2"}) == (0, "0\n", "")


def test_stdin_program() -> None:
    assert run(["-", "x", "y"], stdin='import sys; print "stdin", sys.argv\n') == (0, "stdin ['-', 'x', 'y']\n", "")
    assert run([], stdin='import sys; print "piped", sys.argv\n') == (0, "piped ['']\n", "")


def test_exit_statuses() -> None:
    assert run(["-c", "import sys; sys.exit('bye')"]) == (1, "", "bye\n")
    assert run(["-c", "raise SystemExit"]) == (0, "", "")
    assert run(["-c", "raise SystemExit(None)"]) == (0, "", "")
    assert run(["-c", "import sys; sys.exit(256 + 7)"]) == (7, "", "")
    assert run(["-c", "import sys; sys.exit(True)"]) == (1, "", "")
    assert run(["-c", "import sys; print 1, ; sys.exit(3)"]) == (3, "1\n", "")
    assert run(["-c", "print 'out'; 1/0"]) == (
        1, "out\n", 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n'
                    'ZeroDivisionError: integer division or modulo by zero\n')


def test_excepthook_and_exitfunc() -> None:
    src = ("import sys\ndef hook(t, v, tb): print 'hooked', t.__name__, v\n"
           "sys.excepthook = hook\n1/0\n")
    assert run(["-c", src]) == (1, "hooked ZeroDivisionError integer division or modulo by zero\n", "")
    rc, out, err = run(["-c", "import sys\ndel sys.excepthook\n1/0\n"])
    assert rc == 1 and err.startswith("sys.excepthook is missing\nTraceback (most recent call last):\n")
    assert run(["-c", "import sys; sys.exitfunc = lambda: sys.stdout.write('exitfunc\\n')"]) == (
        0, "exitfunc\n", "")
    assert run(["-c", "import sys; sys.last_type"])[0] == 1


def test_script_options(tmp_path: "os.PathLike[str]") -> None:
    script = os.path.join(str(tmp_path), "prog.py")
    with open(script, "w") as f:
        f.write('garbage line\nimport sys\nprint "x-ok", sys.argv\nraise ValueError(1)\n')
    rc, out, err = run(["-x", script, "arg"])
    assert (rc, out) == (1, "x-ok ['%s', 'arg']\n" % script)
    assert err == ('Traceback (most recent call last):\n  File "%s", line 4, in <module>\n'
                   '    raise ValueError(1)\nValueError: 1\n' % script)


def test_syntax_error_in_script(tmp_path: "os.PathLike[str]") -> None:
    script = os.path.join(str(tmp_path), "bad.py")
    with open(script, "w") as f:
        f.write("x = 1\nx = = 2\n")
    assert run([script]) == (1, "", '  File "%s", line 2\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n'
                             % script)


def test_run_module(tmp_path: "os.PathLike[str]") -> None:
    d = str(tmp_path)
    os.makedirs(os.path.join(d, "pkg"))
    with open(os.path.join(d, "hello.py"), "w") as f:
        f.write('import sys; print "hello from", __name__, sys.argv\n')
    with open(os.path.join(d, "pkg", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(d, "pkg", "__main__.py"), "w") as f:
        f.write('print "pkg main", __name__, __package__\n')
    with open(os.path.join(d, "pkg", "sub.py"), "w") as f:
        f.write('print "sub", __name__, __package__\n')
    # argv[0] is the module's absolute path: runpy asks os (or posix) for the current directory
    hello = os.path.join(os.path.realpath(d), "hello.py")
    has_getcwd = run(["-c", "import posix; posix.getcwd()"])[0] == 0
    assert run(["-m", "hello", "a", "b"], cwd=d) == (
        0, "hello from __main__ ['%s', 'a', 'b']\n" % (hello if has_getcwd else "hello.py"), "")
    assert run(["-m", "pkg"], cwd=d) == (0, "pkg main __main__ pkg\n", "")
    assert run(["-m", "pkg.sub"], cwd=d) == (0, "sub __main__ pkg\n", "")
    rc, out, err = run(["-m", "nosuch"], cwd=d)
    assert rc == 1 and err.endswith(": No module named nosuch\n")
    rc, out, err = run([d])
    assert rc == 1 and err.endswith(": can't find '__main__' module in '%s'\n" % d)


def test_environment(tmp_path: "os.PathLike[str]") -> None:
    d = str(tmp_path)
    with open(os.path.join(d, "envmod.py"), "w") as f:
        f.write("X = 42\n")
    assert run(["-c", "import sys, envmod; print sys.path[:3], envmod.X"], env={"PYTHONPATH": d + ":/nonexist"}) == (
        0, "['', '%s', '/nonexist'] 42\n" % d, "")
    assert run(["-E", "-c", "import sys; print sys.path[1] == '/nonexist'"], env={"PYTHONPATH": "/nonexist"}) == (
        0, "False\n", "")
    src = 'import sys; sys.stdout.write("a"); sys.stderr.write("b"); sys.stdout.write("c")'
    exe = translated("pypy27.goal.targetpypy")
    r = subprocess.run([exe, "-u", "-c", src], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    assert r.stdout == b"abc"
    startup = os.path.join(d, "startup.py")
    with open(startup, "w") as f:
        f.write('print "startup ran"; S = 1\n')
    rc, out, err = run(["-i"], stdin="print S\n", env={"PYTHONSTARTUP": startup})
    assert (rc, out) == (0, "startup ran\n1\n")
    assert run([], stdin="print 'no startup'\n", env={"PYTHONSTARTUP": startup}) == (0, "no startup\n", "")


def test_interactive_session() -> None:
    session = ('print 1+1\nx = 5\nx\nif x:\n  print "yes"\n\ndef f():\n  return 3\n\nf()\n'
               '1/0\n)\nprint "after"\nprint 1,\nprint 2\n_\nNone\n_\n')
    rc, out, err = run(["-i", "-c", "print 'cmd'"], stdin=session)
    assert rc == 0
    assert out == "cmd\n2\n5\nyes\n3\nafter\n1\n2\n3\n3\n"
    assert err == (">>> >>> >>> >>> ... ... >>> ... ... >>> >>> Traceback (most recent call last):\n"
                   '  File "<stdin>", line 1, in <module>\n'
                   "ZeroDivisionError: integer division or modulo by zero\n"
                   '>>>   File "<stdin>", line 1\n    )\n    ^\nSyntaxError: invalid syntax\n'
                   ">>> >>> >>> >>> >>> >>> >>> \n")


def test_interactive_banner_and_exit() -> None:
    rc, out, err = run(["-i"], stdin='print "hello"\nimport sys; sys.exit(4)\nprint "no"\n')
    assert (rc, out) == (4, "hello\n")
    assert err.startswith("Python 2.7.18 ") and err.endswith(
        'Type "help", "copyright", "credits" or "license" for more information.\n>>> >>> ')
    rc, out, err = run(["-i"], stdin="from __future__ import division\n1/2\n")
    assert out == "0.5\n"
    rc, out, err = run(["-i", "-c", "x = 1"], stdin="")
    assert (rc, out, err) == (0, "", ">>> \n")


@pytest.mark.parametrize("flag", ["-i", "-c"])
def test_uncaught_with_inspect(flag: str) -> None:
    # -i reports the exception and still gives the prompt; SystemExit ends at once
    args = ["-i", "-c", "1/0"] if flag == "-i" else ["-c", "1/0"]
    rc, out, err = run(args, stdin="print 'later'\n")
    if flag == "-i":
        assert (rc, out) == (0, "later\n")
        assert err.endswith("ZeroDivisionError: integer division or modulo by zero\n>>> >>> \n")
    else:
        assert (rc, out) == (1, "")
