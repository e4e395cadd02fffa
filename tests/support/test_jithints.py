import pytest

from pypy27.support.jit import (
    JitDriver, JitHintError, dont_look_inside, elidable, hint, look_inside_iff, promote,
    unroll_safe, virtualizable, we_are_jitted)


def test_jitdriver_accepts_exact_livevars():
    d = JitDriver(greens=["pc", "code"], reds=["frame"], name="toy")
    d.jit_merge_point(pc=0, code="x", frame=None)
    d.can_enter_jit(code="x", frame=None, pc=3)


def test_jitdriver_rejects_missing_and_extra():
    d = JitDriver(greens=["pc", "code"], reds=["frame"], name="toy")
    with pytest.raises(JitHintError, match=r"missing \['frame'\]"):
        d.jit_merge_point(pc=0, code="x")
    with pytest.raises(JitHintError, match=r"unexpected \['extra'\]"):
        d.can_enter_jit(pc=0, code="x", frame=None, extra=1)


def test_jitdriver_declaration_errors():
    with pytest.raises(JitHintError, match="duplicate"):
        JitDriver(greens=["pc"], reds=["pc"])
    with pytest.raises(JitHintError, match="not a red"):
        JitDriver(greens=["pc"], reds=["frame"], virtualizables=["other"])
    with pytest.raises(JitHintError, match="not a variable name"):
        JitDriver(greens=["p c"], reds=[])
    d = JitDriver(greens=["pc"], reds=["frame"], virtualizables=["frame"])
    assert d.virtualizables == ["frame"]


def test_value_hints_are_identity():
    obj = object()
    assert promote(obj) is obj
    assert promote(5) == 5
    assert hint(obj, promote=True) is obj
    assert hint(7, access_directly=True, force_virtualizable=True) == 7
    with pytest.raises(JitHintError):
        hint(1, bogus=True)
    assert we_are_jitted() is False


def test_function_decorators_mark_and_preserve():
    @elidable
    def f(x: int) -> int:
        return x * 2

    @dont_look_inside
    def g(x: int) -> int:
        return x - 1

    @unroll_safe
    def h(n: int) -> int:
        return sum(range(n))

    def small(n: int) -> bool:
        return n < 4

    @look_inside_iff(small)
    def k(n: int) -> int:
        return n

    assert (f(3), g(3), h(4), k(9)) == (6, 2, 6, 9)
    assert f._jit_elidable_ and g._jit_dont_look_inside_ and h._jit_unroll_safe_
    assert k._jit_look_inside_iff_ is small


def test_virtualizable_validates_fields():
    @virtualizable("pc", "stack[*]")
    class Frame:
        pc: int
        stack: list[int]

    assert Frame._virtualizable_ == ("pc", "stack[*]")

    class Base:
        depth: int

    @virtualizable("depth")
    class Sub(Base):
        pass

    assert Sub._virtualizable_ == ("depth",)

    with pytest.raises(JitHintError, match="not declared"):
        @virtualizable("missing")
        class F1:
            pc: int

    with pytest.raises(JitHintError, match="not a list"):
        @virtualizable("pc[*]")
        class F2:
            pc: int


def test_virtualizable_with_string_annotations():
    ns: dict[str, object] = {}
    exec("from __future__ import annotations\n"
         "class F:\n    items: list[int]\n    n: int\n", ns)
    cls = ns["F"]
    assert virtualizable("items[*]", "n")(cls) is cls
    with pytest.raises(JitHintError):
        virtualizable("n[*]")(cls)
