"""__pypy__: the builders and the strategy introspection (PyPy-only, so no
CPython 2.7 recording: expected results are written here)."""
from pypy27.tests.interpreter.apptest import run_app, run_app_exc


def test_string_builder() -> None:
    assert run_app("import __pypy__\n"
                   "b = __pypy__.StringBuilder()\n"
                   "b.append('ab'); b.append_slice('wxyz', 1, 3)\n"
                   "print b.build(), len(b), b.getlength()\n"
                   "b.append('!'); print b.build()\n") == "abxy 4 4\nabxy!\n"


def test_unicode_builder_counts_code_points() -> None:
    assert run_app("import __pypy__\n"
                   "u = __pypy__.UnicodeBuilder(10)\n"
                   "u.append(u'\\xe9t\\xe9')\n"
                   "print repr(u.build()), len(u)\n") == "u'\\xe9t\\xe9' 3\n"


def test_builder_type_errors() -> None:
    assert run_app_exc("import __pypy__\n__pypy__.StringBuilder().append(u'x')\n")[1] == \
        "TypeError: str argument expected, got 'unicode'"
    assert run_app_exc("import __pypy__\n__pypy__.UnicodeBuilder().append('x')\n")[1] == \
        "TypeError: unicode argument expected, got 'str'"


def test_strategies_visible() -> None:
    assert run_app("import __pypy__\n"
                   "l = [1, 2]\n"
                   "print __pypy__.strategy(l), __pypy__.strategy({'a': 1}), __pypy__.strategy(set([1.5]))\n"
                   "l.append('x'); print __pypy__.strategy(l)\n"
                   "print __pypy__.strategy([]), __pypy__.strategy(range(3))\n") == \
        "int bytes object\nobject\nempty int\n"
