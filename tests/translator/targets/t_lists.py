"""Lists of ints, floats, strings, instances and lists."""
from typing import Optional


class Item:
    v: int

    def __init__(self, v: int) -> None:
        self.v = v


def show(l: list[int]) -> str:
    return "[" + ", ".join([str(x) for x in l]) + "]"


def entry_point(argv: list[str]) -> int:
    l = [3, 1, 4, 1, 5]
    l.append(9)
    l.insert(0, 2)
    l.insert(-1, 6)
    print(show(l), len(l), l[0], l[-1], l.pop(), l.pop(0), show(l))
    l.extend([7, 8])
    l.reverse()
    print(show(l), show(l[1:3]), show(l[:2]), show(l[5:]), show(l[-2:]), 4 in l, 42 in l, l.index(1))
    del l[0]
    l[1] = 100
    l[-1] += 5
    print(show(l), show(l + [0]), show([1, 2] * 3), show([x * x for x in l if x % 2 == 1]))
    fl = [1.5, 2.5]
    fl.append(3)
    print(fl[0] + fl[1] + fl[2], len(fl))
    items = [Item(i) for i in range(4)]
    items.append(Item(10))
    total = 0
    for it in items:
        total += it.v
    print(total)
    grid = [[0] * 3 for i in range(3)]
    grid[1][2] = 5
    print(show(grid[1]), show(grid[0]))
    strs = ["b", "a"]
    strs.append("c")
    print(",".join(strs), "a" in strs, strs.index("c"))
    maybe: list[Optional[Item]] = [None, Item(1)]
    print(maybe[0] is None, maybe[1] is not None)
    empty: list[int] = []
    print(len(empty), bool(empty), bool(l))
    try:
        empty.pop()
    except IndexError:
        print("pop IndexError")
    try:
        print(l[100])
    except IndexError:
        print("IndexError")
    try:
        l.index(12345)
    except ValueError:
        print("ValueError")
    for i, x in enumerate(["x", "y"]):
        print(i, x)
    sl = [0, 1, 2, 3, 4, 5]
    sl[1:3] = [9, 9, 9]
    del sl[4:]
    sl.remove(9)
    print(show(sl), sl.count(9), [1, 2, 1].count(1), ["a", "b", "a"].count("a"))
    copy = list(l)
    copy.append(1)
    print(len(copy) == len(l) + 1)
    return 0
