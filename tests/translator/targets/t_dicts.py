"""Dicts with int, str and instance keys; r_dict with custom hash and equality."""
from pypy27.support.objectmodel import r_dict


class Key:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name


def key_eq(a: str, b: str) -> bool:
    return a.lower() == b.lower()


def key_hash(a: str) -> int:
    return len(a)


def entry_point(argv: list[str]) -> int:
    d = {1: "one", 2: "two"}
    d[3] = "three"
    d[1] = "uno"
    print(d[1], d.get(4, "?"), len(d), 2 in d, 5 in d)
    for k, v in d.items():
        print(k, v)
    del d[2]
    print(len(list(d.keys())), d.pop(3), len(d), d.setdefault(7, "seven"), d[7])
    counts: dict[str, int] = {}
    for w in "the cat the dog the end".split():
        counts[w] = counts.get(w, 0) + 1
    for w in counts:
        print(w, counts[w])
    big: dict[int, int] = {}
    for i in range(20000):
        big[i * 7] = i
    for i in range(0, 20000, 2):
        del big[i * 7]
    s = 0
    for n in big.values():
        s += n
    print(len(big), s, big[7], 14 in big)
    k1 = Key("a")
    k2 = Key("a")
    byobj = {k1: 1}
    byobj[k2] = 2
    print(len(byobj), byobj[k1], byobj[k2])
    try:
        print(d[12345])
    except KeyError:
        print("KeyError")
    rd: r_dict[str, int] = r_dict(key_eq, key_hash)
    rd["Hello"] = 1
    rd["HELLO"] = 2
    rd["x"] = 3
    print(len(rd), rd["hello"], "X" in rd)
    c = counts.copy()
    c.clear()
    print(len(c), len(counts))
    return 0
