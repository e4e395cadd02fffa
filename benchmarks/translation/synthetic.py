"""Generate a synthetic translation target of a given size (default ~12,000 lines).

The modules are ordinary subset code — classes with virtual methods, loops,
lists, dicts, strings, exceptions, calls across modules — written to
build/gen/synth/ so that it imports as pypy27.build.gen.synth.
"""
import os

from pypy27.support import importroot

MODULE = '''"""Generated module {m}."""
from typing import Optional
{imports}


class Base{m}:
    value: int
    name: str

    def __init__(self, value: int, name: str) -> None:
        self.value = value
        self.name = name

    def score(self) -> int:
        return self.value

    def label(self) -> str:
        return "%s:%d" % (self.name, self.score())

{classes}
{functions}

def run{m}(n: int) -> int:
    total = 0
    objs: list[Base{m}] = []
    for i in range(n):
        objs.append(make{m}(i))
    for o in objs:
        total += o.score() + len(o.label())
{calls}
    return total


def make{m}(i: int) -> Base{m}:
{makes}
    return Base{m}(i, "base")
'''

CLASS = '''
class Kind{m}_{k}(Base{m}):
    extra: int
    tags: dict[str, int]
    link: Optional["Kind{m}_{k}"]

    def __init__(self, value: int) -> None:
        Base{m}.__init__(self, value, "kind{k}")
        self.extra = value * {k} + 1
        self.tags = {{}}
        self.link = None

    def score(self) -> int:
        s = self.extra
        for j in range(3):
            if j % 2 == 0:
                s += self.value * j
            else:
                s -= j
        key = "t%d" % (self.value % 5)
        self.tags[key] = self.tags.get(key, 0) + 1
        return s + len(self.tags)

    def walk(self, depth: int) -> int:
        node: Optional[Kind{m}_{k}] = self
        count = 0
        while node is not None and count < depth:
            count += 1
            node = node.link
        return count
'''

FUNCTION = '''
def helper{m}_{f}(xs: list[int], word: str) -> int:
    acc = 0
    parts = word.split(",")
    for p in parts:
        acc += len(p.strip())
    for i, x in enumerate(xs):
        try:
            if x % {d} == 0:
                raise ValueError("divisible")
            acc += x // {d} + i
        except ValueError:
            acc -= 1
    seen: dict[int, bool] = {{}}
    for x in xs:
        seen[x % 7] = True
    return acc + len(seen)
'''


def generate(modules: int = 28, classes: int = 6, functions: int = 8) -> tuple[str, int]:
    """Write the package; returns (target module name, total lines)."""
    base = os.path.join(importroot.REPO, "build", "gen", "synth")
    os.makedirs(base, exist_ok=True)
    for d in (os.path.join(importroot.REPO, "build"), os.path.join(importroot.REPO, "build", "gen"), base):
        open(os.path.join(d, "__init__.py"), "a").close()
    total = 0
    for m in range(modules):
        imports = "from pypy27.build.gen.synth.mod%d import run%d" % (m - 1, m - 1) if m else ""
        cls = "".join(CLASS.format(m=m, k=k) for k in range(classes))
        fns = "".join(FUNCTION.format(m=m, f=f, d=f + 2) for f in range(functions))
        calls = "".join("    total += helper%d_%d([1, 2, 3, n, %d], \"a, b,c\")\n" % (m, f, f)
                        for f in range(functions))
        if m:
            calls += "    total += run%d(n // 2)\n" % (m - 1)
        makes = "".join("    if i %% %d == %d:\n        return Kind%d_%d(i)\n" % (classes + 1, k, m, k)
                        for k in range(classes))
        text = MODULE.format(m=m, imports=imports, classes=cls, functions=fns, calls=calls, makes=makes)
        with open(os.path.join(base, "mod%d.py" % m), "w") as f:
            f.write(text)
        total += text.count("\n")
    last = modules - 1
    target = ('"""Entry point of the synthetic target."""\n'
              "from pypy27.build.gen.synth.mod%d import run%d\n\n\n"
              "def entry_point(argv: list[str]) -> int:\n"
              "    print(\"checksum\", run%d(40))\n"
              "    return 0\n" % (last, last, last))
    with open(os.path.join(base, "target.py"), "w") as f:
        f.write(target)
    total += target.count("\n")
    return "pypy27.build.gen.synth.target", total
