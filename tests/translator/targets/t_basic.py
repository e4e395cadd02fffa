"""A small target exercising ints, floats, loops, calls, classes, lists, dicts, strings, exceptions."""
from typing import Optional


class Shape:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0


class Square(Shape):
    side: float

    def __init__(self, side: float) -> None:
        Shape.__init__(self, "square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape):
    r: float

    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class MyError(Exception):
    code: int

    def __init__(self, code: int) -> None:
        self.code = code


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fails(x: int) -> int:
    if x > 3:
        raise MyError(x)
    return x


def entry_point(argv: list[str]) -> int:
    print("fib", fib(20))
    shapes: list[Shape] = [Square(2.0), Circle(1.0)]
    total = 0.0
    for s in shapes:
        total += s.area()
        print(s.name, s.area())
    print("total %s" % total)
    d: dict[str, int] = {}
    for w in "a b c a b a".split(" "):
        d[w] = d.get(w, 0) + 1
    for k, v in d.items():
        print(k, v)
    try:
        fails(5)
    except MyError as e:
        print("caught", e.code)
    try:
        l = [1, 2, 3]
        print(l[5])
    except IndexError:
        print("index error")
    x: Optional[Shape] = None
    if x is None:
        print("none")
    print(7 // 2, -7 // 2, 7 % -3, 1.5 / 2)
    print(len(argv) > 0, "%d-%s" % (42, "x"))
    return 0
