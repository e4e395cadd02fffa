"""Generics: functions and classes over type variables, monomorphised."""
from typing import Generic, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    items: list[T]

    def __init__(self) -> None:
        self.items = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()

    def size(self) -> int:
        return len(self.items)


class Pair(Generic[K, T]):
    key: K
    value: T

    def __init__(self, key: K, value: T) -> None:
        self.key = key
        self.value = value


class IntStack(Stack[int]):
    def total(self) -> int:
        s = 0
        for x in self.items:
            s += x
        return s


def first(l: list[T]) -> T:
    return l[0]


def last_or(l: list[T], default: T) -> T:
    if len(l) == 0:
        return default
    return l[len(l) - 1]


def find(l: list[T], x: T) -> int:
    return l.index(x) if x in l else -1


def entry_point(argv: list[str]) -> int:
    s: Stack[str] = Stack()
    s.push("a")
    s.push("b")
    f: Stack[float] = Stack()
    f.push(1.5)
    print(s.pop(), s.size(), f.pop() * 2, f.size())
    p = Pair("k", 42)
    q = Pair(7, Pair(1.0, "x"))
    print(p.key, p.value, q.key, q.value.key, q.value.value)
    print(first([3, 4]), first(["x", "y"]), first([2.5]), last_or([], 9), last_or(["a"], "z"))
    print(find([1, 2, 3], 3), find(["a"], "b"))
    st = IntStack()
    for i in range(5):
        st.push(i)
    print(st.total(), st.pop(), st.size())
    maybe: Optional[Stack[int]] = None
    print(maybe is None)
    return 0
