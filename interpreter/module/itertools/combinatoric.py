"""product, permutations, combinations and combinations_with_replacement:
each keeps a list of indices into its pools and advances it like an odometer."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.itertools.common import W_ItIter, index_w, parse_kw

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_Product(W_ItIter):
    pools: list[list[W_Root]]
    indices: list[int]
    started: bool
    done: bool

    def __init__(self, w_class: "W_TypeObject", pools: list[list[W_Root]]) -> None:
        self.w_class = w_class
        self.user = None
        self.pools = pools
        self.indices = [0] * len(pools)
        self.started = False
        self.done = False
        for pool in pools:
            if not pool:
                self.done = True

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        if self.done:
            return None
        pools = self.pools
        indices = self.indices
        if self.started:
            i = len(pools) - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                self.done = True
                return None
        self.started = True
        items_w: list[W_Root] = []
        for k in range(len(pools)):
            items_w.append(pools[k][indices[k]])
        return space.newtuple(items_w)


def product_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    args.unpack_stars(space, "product()")
    repeat = 1
    for kw, w_value in zip(args.keywords, args.keywords_w):
        if kw != "repeat":
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
        repeat = index_w(space, w_value)
        if repeat < 0:
            raise space.value_error("repeat argument cannot be negative")
    base: list[list[W_Root]] = [space.listview(w_x) for w_x in args.args_w]
    pools: list[list[W_Root]] = []
    if repeat > 0:
        for r in range(repeat):
            for pool in base:
                pools.append(pool)
    return W_Product(w_subtype, pools)


class W_Permutations(W_ItIter):
    pool: list[W_Root]
    r: int
    indices: list[int]
    cycles: list[int]
    started: bool
    done: bool

    def __init__(self, w_class: "W_TypeObject", pool: list[W_Root], r: int) -> None:
        n = len(pool)
        self.w_class = w_class
        self.user = None
        self.pool = pool
        self.r = r
        self.indices = [i for i in range(n)]
        self.cycles = [n - i for i in range(r)] if r <= n else []
        self.started = False
        self.done = r > n

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        if self.done:
            return None
        n = len(self.pool)
        r = self.r
        indices = self.indices
        cycles = self.cycles
        if self.started:
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    first = indices[i]
                    for k in range(i, n - 1):
                        indices[k] = indices[k + 1]
                    indices[n - 1] = first
                    cycles[i] = n - i
                    i -= 1
                else:
                    j = cycles[i]
                    tmp = indices[i]
                    indices[i] = indices[n - j]
                    indices[n - j] = tmp
                    break
            if i < 0:
                self.done = True
                return None
        self.started = True
        items_w: list[W_Root] = []
        for k in range(r):
            items_w.append(self.pool[indices[k]])
        return space.newtuple(items_w)


def permutations_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = parse_kw(space, args, "permutations()", ["iterable", "r"], 1)
    w_iterable = a[0]
    assert w_iterable is not None
    pool = space.listview(w_iterable)
    r = len(pool)
    w_r = a[1]
    if w_r is not None and not space.is_w(w_r, space.w_None):
        r = index_w(space, w_r)
        if r < 0:
            raise space.value_error("r must be non-negative")
    return W_Permutations(w_subtype, pool, r)


class W_Combinations(W_ItIter):
    """combinations, and with replacement=True combinations_with_replacement."""
    pool: list[W_Root]
    r: int
    indices: list[int]
    replacement: bool
    started: bool
    done: bool

    def __init__(self, w_class: "W_TypeObject", pool: list[W_Root], r: int, replacement: bool) -> None:
        self.w_class = w_class
        self.user = None
        self.pool = pool
        self.r = r
        self.replacement = replacement
        if replacement:
            self.indices = [0] * r
            self.done = r > 0 and not pool
        else:
            self.indices = [i for i in range(r)]
            self.done = r > len(pool)
        self.started = False

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        if self.done:
            return None
        n = len(self.pool)
        r = self.r
        indices = self.indices
        if self.started:
            i = r - 1
            if self.replacement:
                while i >= 0 and indices[i] == n - 1:
                    i -= 1
                if i < 0:
                    self.done = True
                    return None
                v = indices[i] + 1
                for k in range(i, r):
                    indices[k] = v
            else:
                while i >= 0 and indices[i] == i + n - r:
                    i -= 1
                if i < 0:
                    self.done = True
                    return None
                indices[i] += 1
                for k in range(i + 1, r):
                    indices[k] = indices[k - 1] + 1
        self.started = True
        items_w: list[W_Root] = []
        for k in range(r):
            items_w.append(self.pool[indices[k]])
        return space.newtuple(items_w)


def combinations_common(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments, fname: str,
                        replacement: bool) -> W_Root:
    a = parse_kw(space, args, fname, ["iterable", "r"], 2)
    w_iterable = a[0]
    w_r = a[1]
    assert w_iterable is not None and w_r is not None
    pool = space.listview(w_iterable)
    r = index_w(space, w_r)
    if r < 0:
        raise space.value_error("r must be non-negative")
    return W_Combinations(w_subtype, pool, r, replacement)


def combinations_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    return combinations_common(space, w_subtype, args, "combinations()", False)


def cwr_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    return combinations_common(space, w_subtype, args, "combinations_with_replacement()", True)
