"""Interpreter-level tests of the built-in modules: the module objects, sys
start-up helpers and files, through the space."""
import os
import tempfile

from pypy27.interpreter.module.builtin import io
from pypy27.interpreter.module.builtin.moduleobject import W_Module, new_builtin_module
from pypy27.interpreter.module.sys import state
from pypy27.tests.interpreter.apptest import get_space, run_app


def test_module_objects() -> None:
    space = get_space()
    w_mod = new_builtin_module(space, "foo")
    assert isinstance(w_mod, W_Module)
    assert space.str_w(space.repr(w_mod)) == "<module 'foo' (built-in)>"
    w_mod.setattr_str(space, "__file__", space.newstr("/x/foo.py"))
    assert space.str_w(space.repr(w_mod)) == "<module 'foo' from '/x/foo.py'>"
    assert w_mod.getname(space) == "foo"
    assert w_mod.getdictvalue(space, "nope") is None
    assert space.builtin_modules_w["sys"] is space.w_sys
    assert space.builtin_modules_w["__builtin__"] is space.w_builtin
    assert space.type(space.w_sys) is space.w_module


def test_builtin_module_contents() -> None:
    space = get_space()
    w_b = space.w_builtin
    assert isinstance(w_b, W_Module)
    for name in ["len", "range", "isinstance", "open", "None", "True", "int", "ValueError",
                 "__import__", "file", "enumerate", "Ellipsis", "__debug__", "bytes"]:
        assert w_b.getdictvalue(space, name) is not None, name
    w_exc = space.builtin_modules_w["exceptions"]
    assert isinstance(w_exc, W_Module)
    assert w_exc.getdictvalue(space, "ValueError") is space.w_ValueError


def test_sys_startup_helpers() -> None:
    space = get_space()
    w_sys = space.w_sys
    assert isinstance(w_sys, W_Module)
    saved = [(name, w_sys.get(space, name)) for name in ["argv", "path", "prefix", "exec_prefix", "executable"]]
    try:
        check_startup_helpers()
    finally:
        for name, w_value in saved:
            w_sys.setattr_str(space, name, w_value)


def check_startup_helpers() -> None:
    space = get_space()
    state.set_argv(space, ["prog.py", "a"])
    w_argv = state.sys_get(space, "argv")
    assert w_argv is not None
    assert [space.str_w(w) for w in space.listview(w_argv)] == ["prog.py", "a"]
    state.set_executable(space, "/opt/pypy/bin/pypy", "/opt/pypy")
    w_path = state.sys_get(space, "path")
    assert w_path is not None
    assert space.str_w(space.listview(w_path)[1]) == "/opt/pypy/lib_pypy"
    w_prefix = state.sys_get(space, "prefix")
    assert w_prefix is not None and space.str_w(w_prefix) == "/opt/pypy"


def test_capture_file() -> None:
    space = get_space()
    f = io.new_capture_file()
    f.write_str(space, "abc")
    f.write_str(space, "def\n")
    assert io.captured_text(space, f) == "abcdef\n"


def test_file_read_write_through_externals() -> None:
    space = get_space()
    fd, path = tempfile.mkstemp()
    os.close(fd)
    try:
        f = io.open_file(space, path, "w")
        f.write_str(space, "hello\nworld\n")
        f.close_w(space)
        f = io.open_file(space, path, "r")
        assert f.readline_n(space, -1) == "hello\n"
        assert f.read_n(space, 3) == "wor"
        assert f.read_n(space, -1) == "ld\n"
        assert f.read_n(space, -1) == ""
        f.close_w(space)
        assert f.closed
    finally:
        os.remove(path)
