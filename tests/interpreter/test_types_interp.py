"""Interpreter-level tests of the type system (typeobject.py, descroperation.py)."""
from pypy27.interpreter.objspace.typeobject import (MroError, W_TypeObject, compute_mro, is_identifier,
                                                    mangle)
from pypy27.tests.interpreter.apptest import get_space


def test_c3_mro() -> None:
    space = get_space()
    w_o = space.w_object
    w_a = W_TypeObject("A", [w_o], {}, is_heaptype=True)
    w_b = W_TypeObject("B", [w_a], {}, is_heaptype=True)
    w_c = W_TypeObject("C", [w_a], {}, is_heaptype=True)
    w_d = W_TypeObject("D", [w_b, w_c], {}, is_heaptype=True)
    assert [t.name for t in w_d.mro_w] == ["D", "B", "C", "A", "object"]
    try:
        compute_mro(W_TypeObject("E", [w_a, w_b], {}, is_heaptype=True))
    except MroError as e:
        assert e.msg == "Cannot create a consistent method resolution\norder (MRO) for bases A, B"
    else:
        assert False


def test_lookup_cache_invalidation() -> None:
    space = get_space()
    w_a = W_TypeObject("A", [space.w_object], {}, is_heaptype=True)
    w_b = W_TypeObject("B", [w_a], {}, is_heaptype=True)
    assert w_b.lookup("x") is None
    w_a.setdictvalue(space, "x", space.w_None)
    assert w_b.lookup("x") is space.w_None
    v = w_b.version
    w_a.deldictvalue(space, "x")
    assert w_b.lookup("x") is None and w_b.version > v


def test_mangle_and_identifiers() -> None:
    assert mangle("__x", "C") == "_C__x"
    assert mangle("__x", "_C") == "_C__x"
    assert mangle("__x__", "C") == "__x__"
    assert mangle("x", "C") == "x"
    assert is_identifier("a_1") and not is_identifier("1a") and not is_identifier("a-b")


def test_space_protocols() -> None:
    space = get_space()
    w_1 = space.newint(1)
    w_2 = space.newint(2)
    assert space.is_true(space.compare("lt", w_1, w_2))
    assert space.cmp_w(w_2, w_1) == 1
    assert space.cmp_w(space.w_None, w_1) == -1
    assert space.str_w(space.repr(space.w_None)) == "None"
    assert space.str_w(space.str_of(space.w_NotImplemented)) == "NotImplemented"
    assert space.is_true(w_1) and not space.is_true(space.newint(0))
    w_exc = space.call_function(space.w_KeyError, [space.newstr("k")])
    assert space.str_w(space.str_of(w_exc)) == "'k'"
    from pypy27.interpreter.error import OperationError
    try:
        space.add(w_1, space.newstr("a"))
    except OperationError as e:
        assert space.exception_str(e) == "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    else:
        assert False
    try:
        space.getattr_str(w_1, "nope")
    except OperationError as e:
        assert space.exception_str(e) == "AttributeError: 'int' object has no attribute 'nope'"
    else:
        assert False
