import sys

import pytest

from pypy27.support.objectmodel import (
    StackOverflow, compute_hash, mixin, newlist_hint, not_rpython, r_dict, stack_guard,
    we_are_translated)
from pypy27.support.markers import is_not_rpython


def test_mixin_marks_and_returns_class():
    @mixin
    class M:
        LIMIT = 3

        def double(self) -> int:
            return 2 * self.LIMIT

    class A(M):
        pass

    assert M._mixin_ is True
    assert A().double() == 6


def test_mixin_rejects_instance_attributes():
    with pytest.raises(TypeError, match="instance attributes"):
        @mixin
        class Bad:
            x: int


def test_we_are_translated():
    assert we_are_translated() is False


def test_not_rpython():
    @not_rpython
    def helper(x: int) -> int:
        return x + 1

    assert helper(1) == 2
    assert is_not_rpython(helper)


def _recurse(n: int) -> int:
    return _recurse(n + 1) + 1


def test_stack_guard_maps_recursion_error():
    with pytest.raises(StackOverflow):
        with stack_guard():
            _recurse(0)
    assert issubclass(StackOverflow, Exception)


def test_stack_guard_passes_other_exceptions():
    with pytest.raises(KeyError):
        with stack_guard():
            raise KeyError(1)
    with stack_guard():
        x = 1
    assert x == 1


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def point_eq(a: Point, b: Point) -> bool:
    return a.x == b.x and a.y == b.y


def point_hash(p: Point) -> int:
    return p.x * 31 + p.y


def test_r_dict_custom_equality():
    d: r_dict[Point, str] = r_dict(point_eq, point_hash)
    d[Point(1, 2)] = "a"
    d[Point(3, 4)] = "b"
    assert d[Point(1, 2)] == "a"
    assert Point(3, 4) in d
    assert Point(4, 3) not in d
    d[Point(1, 2)] = "c"           # same key by eq_fn: replaces
    assert len(d) == 2
    assert d[Point(1, 2)] == "c"
    with pytest.raises(KeyError):
        d[Point(9, 9)]
    assert d.get(Point(9, 9)) is None
    assert d.get(Point(9, 9), "z") == "z"
    assert d.get(Point(3, 4)) == "b"


def test_r_dict_order_and_views():
    d: r_dict[Point, int] = r_dict(point_eq, point_hash)
    for i in range(5):
        d[Point(i, -i)] = i * 10
    del d[Point(2, -2)]
    assert [p.x for p in d.keys()] == [0, 1, 3, 4]
    assert d.values() == [0, 10, 30, 40]
    assert [(p.x, v) for p, v in d.items()] == [(0, 0), (1, 10), (3, 30), (4, 40)]
    assert [p.x for p in d] == [0, 1, 3, 4]
    with pytest.raises(KeyError):
        del d[Point(2, -2)]
    assert d.pop(Point(0, 0)) == 0
    assert d.pop(Point(0, 0), 7) == 7
    with pytest.raises(KeyError):
        d.pop(Point(0, 0))
    assert d.setdefault(Point(8, 8), 88) == 88
    assert d.setdefault(Point(8, 8), 99) == 88
    c = d.copy()
    d.clear()
    assert len(d) == 0 and len(c) == 4


def test_r_dict_hash_collisions():
    d: r_dict[Point, int] = r_dict(point_eq, lambda p: 0)
    for i in range(20):
        d[Point(i, i)] = i
    assert all(d[Point(i, i)] == i for i in range(20))


def test_compute_hash_is_deterministic_fnv1a():
    assert compute_hash("") == -3750763034362895579
    # known FNV-1a 64 value of "a": 0xaf63dc4c8601ec8c
    assert compute_hash("a") == 0xaf63dc4c8601ec8c - 2**64
    assert compute_hash("hello") == compute_hash("hel" + "lo")
    assert compute_hash("hello") != compute_hash("hellp")
    assert -2**63 <= compute_hash("x" * 1000) < 2**63
    assert compute_hash("\xff\x00") != -1


def test_newlist_hint():
    items: list[int] = newlist_hint(100)
    assert items == []
    items.append(3)
    assert items == [3]
