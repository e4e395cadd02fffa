"""Classes: single inheritance, virtual methods, mixins, class attributes, isinstance, prebuilt state."""
from typing import Optional

from pypy27.support.objectmodel import compute_unique_id, mixin


@mixin
class Describe:
    def describe(self) -> str:
        return "<" + self.kind_name() + ">"

    def kind_name(self) -> str:
        return "?"


class Node(Describe):
    KIND = "node"
    next: Optional["Node"]
    value: int

    def __init__(self, value: int) -> None:
        self.value = value
        self.next = None

    def weight(self) -> int:
        return self.value

    def kind_name(self) -> str:
        return self.KIND


class Heavy(Node):
    KIND = "heavy"
    factor: int

    def __init__(self, value: int, factor: int) -> None:
        Node.__init__(self, value)
        self.factor = factor

    def weight(self) -> int:
        return self.value * self.factor


class Heaviest(Heavy):
    KIND = "heaviest"

    def weight(self) -> int:
        return Heavy.weight(self) * 10


class Counter:
    count: int

    def __init__(self) -> None:
        self.count = 0

    def bump(self) -> int:
        self.count += 1
        return self.count


COUNTER = Counter()
DEFAULT = Heavy(2, 3)


def chain(n: int) -> Optional[Node]:
    head: Optional[Node] = None
    for i in range(n):
        node: Node
        if i % 3 == 0:
            node = Node(i)
        elif i % 3 == 1:
            node = Heavy(i, 2)
        else:
            node = Heaviest(i, 3)
        node.next = head
        head = node
    return head


def entry_point(argv: list[str]) -> int:
    total = 0
    kinds = []
    n = chain(9)
    while n is not None:
        total += n.weight()
        kinds.append(n.describe())
        if isinstance(n, Heavy):
            total += n.factor
        n = n.next
    print(total, " ".join(kinds))
    print(COUNTER.bump(), COUNTER.bump(), DEFAULT.weight(), DEFAULT.KIND, Heaviest.KIND)
    x: Node = Heaviest(1, 1)
    print(isinstance(x, Node), isinstance(x, Heavy), isinstance(x, Heaviest), type(x) is Heaviest)
    y: Node = Node(5)
    print(isinstance(y, Heavy), isinstance(y, (Heavy, Node)), y.KIND, x.KIND)
    print(compute_unique_id(x) == compute_unique_id(x), compute_unique_id(x) != compute_unique_id(y))
    return 0
