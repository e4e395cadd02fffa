"""The `itertools` module: fast iterator building blocks, at interpreter
level because loops in benchmarks run through them."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import NewFn, W_TypeObject

DOC = ("Functional tools for creating and using iterators.\n\n"
       "Infinite iterators:\n"
       "count([n]) --> n, n+1, n+2, ...\n"
       "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
       "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n")


@not_rpython
def make_type(space: "ObjSpace", name: str, new_fn: "NewFn", extra: dict[str, W_Root]) -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin1
    from pypy27.interpreter.objspace import iterobject as I
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {
        "__iter__": Builtin1("__iter__", I.descr_iter_self, method=True),
        "next": Builtin1("next", I.descr_next, method=True),
        "__module__": space.newstr("itertools"),
    }
    dict_w.update(extra)
    return W_TypeObject("itertools." + name, [space.w_object], dict_w, new_fn=new_fn)


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin1, Builtin2, BuiltinOpt
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.itertools import combinatoric as C
    from pypy27.interpreter.module.itertools import filtering as F
    from pypy27.interpreter.module.itertools import grouping as G
    from pypy27.interpreter.module.itertools import infinite as N
    from pypy27.interpreter.module.itertools import mapping as M
    from pypy27.interpreter.module.itertools.types import it_types as T
    from pypy27.interpreter.objspace.dictobject import W_BuiltinClassMethod
    from pypy27.interpreter.objspace.typeobject import no_new_fn

    def m1(name: str, fn: object) -> W_Root:
        return Builtin1(name, fn, method=True)  # type: ignore[arg-type]

    T.w_count = make_type(space, "count", N.count_new, {
        "__repr__": m1("__repr__", N.count_repr), "__reduce__": m1("__reduce__", N.count_reduce)})
    T.w_cycle = make_type(space, "cycle", N.cycle_new, {})
    T.w_repeat = make_type(space, "repeat", N.repeat_new, {
        "__repr__": m1("__repr__", N.repeat_repr), "__reduce__": m1("__reduce__", N.repeat_reduce),
        "__length_hint__": m1("__length_hint__", N.repeat_length_hint)})
    from_iterable = Builtin2("from_iterable", M.chain_from_iterable, method=True)
    T.w_chain = make_type(space, "chain", M.chain_new, {"from_iterable": W_BuiltinClassMethod(from_iterable)})
    T.w_compress = make_type(space, "compress", F.compress_new, {})
    T.w_dropwhile = make_type(space, "dropwhile", F.dropwhile_new, {})
    T.w_takewhile = make_type(space, "takewhile", F.takewhile_new, {})
    T.w_ifilter = make_type(space, "ifilter", F.ifilter_new, {})
    T.w_ifilterfalse = make_type(space, "ifilterfalse", F.ifilterfalse_new, {})
    T.w_islice = make_type(space, "islice", F.islice_new, {})
    T.w_imap = make_type(space, "imap", M.imap_new, {})
    T.w_izip = make_type(space, "izip", M.izip_new, {})
    T.w_izip_longest = make_type(space, "izip_longest", M.izip_longest_new, {})
    T.w_starmap = make_type(space, "starmap", M.starmap_new, {})
    T.w_groupby = make_type(space, "groupby", G.groupby_new, {})
    T.w_grouper = make_type(space, "_grouper", no_new_fn, {})
    T.w_tee = make_type(space, "tee", G.tee_new, {"__copy__": m1("__copy__", G.tee_copy)})
    T.w_product = make_type(space, "product", C.product_new, {})
    T.w_permutations = make_type(space, "permutations", C.permutations_new, {})
    T.w_combinations = make_type(space, "combinations", C.combinations_new, {})
    T.w_cwr = make_type(space, "combinations_with_replacement", C.cwr_new, {})

    w_mod = new_builtin_module(space, "itertools", DOC)
    for w_type in [T.w_count, T.w_cycle, T.w_repeat, T.w_chain, T.w_compress, T.w_dropwhile, T.w_takewhile,
                   T.w_ifilter, T.w_ifilterfalse, T.w_islice, T.w_imap, T.w_izip, T.w_izip_longest,
                   T.w_starmap, T.w_groupby, T.w_product, T.w_permutations, T.w_combinations, T.w_cwr]:
        w_mod.setattr_str(space, w_type.name[len("itertools."):], w_type)
    w_mod.setattr_str(space, "tee", BuiltinOpt("tee", G.tee, 1, 2))
    return [w_mod]
