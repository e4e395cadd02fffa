"""The subset checker names file, line and reason for code outside the subset,
and accepts the constructs docs/subset.md allows."""
import os

from pypy27.support import importroot
from pypy27.translator.check import run

GOOD = '''
from typing import Optional


class A:
    x: int

    def __init__(self, x: int) -> None:
        self.x = x


def f(items: list[int], a: Optional[A]) -> int:
    squares = [i * i for i in items if i > 0]
    total = 0
    for i, v in zip(items, squares):
        total += i + v
    if a is not None and type(a) is A:
        total += a.x
    try:
        total //= len(items)
    except ZeroDivisionError:
        raise
    return total
'''

BAD = '''
def gen(n: int) -> int:
    def inner(k: int) -> int:
        return k
    g = (i for i in range(n))
    s = {1, 2}
    return inner(n) + len(s) + int(hasattr(n, "real")) + sum(g)


def star(*args: int) -> int:
    return len(args)
'''


def write_package(name: str, source: str) -> str:
    base = os.path.join(importroot.REPO, "build", "gen", name)
    os.makedirs(base, exist_ok=True)
    for d in (os.path.join(importroot.REPO, "build"), os.path.join(importroot.REPO, "build", "gen"), base):
        open(os.path.join(d, "__init__.py"), "a").close()
    with open(os.path.join(base, "mod.py"), "w") as f:
        f.write(source)
    return "build.gen." + name


def test_accepts_subset_code() -> None:
    problems = run([write_package("check_good", GOOD)])
    assert [str(p) for p in problems] == []


def test_rejects_with_file_line_and_reason() -> None:
    problems = [str(p) for p in run([write_package("check_bad", BAD)])]
    path = "build/gen/check_bad/mod.py"
    expected = [
        (path + ":3:", "nested functions"),
        (path + ":5:", "generator expressions"),
        (path + ":6:", "sets"),
        (path + ":7:", "hasattr()"),
        (path + ":10:", "*args/**kwargs in definitions"),
    ]
    for where, why in expected:
        assert any(p.startswith(where) and why in p for p in problems), (where, why, problems)
