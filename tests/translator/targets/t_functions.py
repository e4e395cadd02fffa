"""Functions: defaults, keywords, first-class functions, recursion, prebuilt tables."""
from typing import Callable

TABLE = [1, 2, 3, 5, 8]
NAMES = {"a": 1, "b": 2}
PAIRS = [(1, "one"), (2, "two")]
POINT = (3, 4.5, "p")


def add(a: int, b: int = 10, c: int = 100) -> int:
    return a + b + c


def double(x: int) -> int:
    return x * 2


def square(x: int) -> int:
    return x * x


OPS: list[Callable[[int], int]] = [double, square]


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def divmod_(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def entry_point(argv: list[str]) -> int:
    print(add(1), add(1, 2), add(1, c=3), add(a=5, b=6, c=7))
    print(apply(double, 21), apply(square, 12), " ".join([str(f(3)) for f in OPS]))
    print(ackermann(2, 3), sum_table(), NAMES["b"], PAIRS[1][1], POINT[1], POINT[2])
    q, r = divmod_(17, 5)
    print(q, r)
    t = divmod_(-17, 5)
    print(t[0], t[1])
    run_handlers()
    return 0


def sum_table() -> int:
    s = 0
    for x in TABLE:
        s += x
    return s


class Accumulator:
    total: int

    def __init__(self) -> None:
        self.total = 0

    def add(self, x: int) -> int:
        self.total += x
        return self.total


ACC = Accumulator()
HANDLERS: dict[str, Callable[[int], int]] = {"double": double, "acc": ACC.add}


def run_handlers() -> None:
    f = ACC.add
    f(5)
    print(HANDLERS["acc"](10), HANDLERS["double"](4), ACC.total)
