"""Each target in targets/ runs untranslated on the host and translated to C;
standard output and exit status must be identical."""
import pytest

from pypy27.tests.translator.translation import run_translated, run_untranslated

TARGETS = ["t_basic", "t_ints", "t_floats", "t_strings", "t_lists", "t_dicts", "t_classes",
           "t_exceptions", "t_functions", "t_lowlevel", "t_generics", "t_unicode"]


@pytest.mark.parametrize("name", TARGETS)
@pytest.mark.parametrize("debug", [False, True], ids=["opt", "debug"])
def test_same_behaviour(name: str, debug: bool) -> None:
    module = "pypy27.tests.translator.targets." + name
    host = run_untranslated(module, ["arg1"])
    c = run_translated(module, ["arg1"], debug)
    assert c.stdout.decode("latin-1") == host.stdout.decode("latin-1")
    assert c.returncode == host.returncode, c.stderr.decode()


def test_uncaught_exception_exit_status() -> None:
    c = run_translated("pypy27.tests.translator.targets.t_exceptions", [])
    assert c.returncode == 1
    assert b"AppError" in c.stderr


def test_toylang_translated_agrees() -> None:
    """The example target: the toy VM runs its test program identically."""
    import os
    from pypy27.support import importroot
    program = os.path.join(importroot.REPO, "translator", "examples", "toylang", "loop.toy")
    module = "pypy27.translator.examples.toylang.target"
    host = run_untranslated(module, [program])
    c = run_translated(module, [program])
    assert c.stdout == host.stdout and c.returncode == host.returncode == 0
