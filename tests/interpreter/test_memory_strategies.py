"""Storage strategies save memory.

Method: tracemalloc on the host measures the bytes allocated while a
container's storage is built. The unboxed int storage is a host list whose
items are shared small int objects (the host's model of a C array of
machine words: 8 bytes per item); the boxed storage holds one W_IntObject per
item, which is what the object strategy stores when ints come from
arithmetic. The int strategy must take at most a quarter of the memory.
The dict test checks the representation: a million str keys are stored as
host strs in the BYTES strategy, with no W_BytesObject per key.
"""
import tracemalloc

from pypy27.interpreter.objspace import listobject
from pypy27.interpreter.objspace.intobject import W_IntObject

N = 1000000


def _measure(build):  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        obj = build()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return obj, after - before


def test_int_list_quarter_of_boxed() -> None:
    small = list(range(100))     # shared values, as machine words would be

    def unboxed() -> listobject.W_ListObject:
        w_list = listobject.W_ListObject()
        w_list.strategy = listobject.INT
        w_list.intitems = [small[i % 100] for i in range(N)]
        return w_list

    def boxed() -> listobject.W_ListObject:
        w_list = listobject.W_ListObject()
        w_list.strategy = listobject.OBJECT
        w_list.objitems = [W_IntObject(small[i % 100]) for i in range(N)]
        return w_list

    w_a, size_unboxed = _measure(unboxed)
    w_b, size_boxed = _measure(boxed)
    assert w_a.length() == w_b.length() == N
    assert size_unboxed * 4 <= size_boxed, (size_unboxed, size_boxed)


def test_int_list_strategy_through_the_space() -> None:
    from pypy27.tests.interpreter.apptest import get_space
    space = get_space()
    w_list = space.newlist([space.newint(i) for i in range(1000)])
    assert listobject.strategy_name(w_list) == "int"
    assert isinstance(w_list, listobject.W_ListObject)
    assert w_list.objitems == [] and len(w_list.intitems) == 1000
    assert all(type(x) is int for x in w_list.intitems)
    listobject.list_append(space, w_list, space.newstr("x"))
    assert listobject.strategy_name(w_list) == "object"
    assert space.int_w(w_list.objitems[999]) == 999


def test_dict_of_a_million_str_keys_is_unboxed() -> None:
    from pypy27.interpreter.objspace import dictobject
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    from pypy27.tests.interpreter.apptest import get_space
    space = get_space()
    w_d = space.newdict()
    for i in range(N):
        dictobject.dict_setitem_str(space, w_d, "k%d" % i, space.newint(i))
    assert isinstance(w_d, dictobject.W_DictObject)
    assert dictobject.strategy_name(w_d) == "bytes"
    assert w_d.used == N
    assert len(w_d.strkeys) == N and w_d.objkeys == []
    assert all(type(k) is str for k in w_d.strkeys)
    assert not any(isinstance(k, W_BytesObject) for k in w_d.strkeys)
    assert space.int_w(dictobject.dict_getitem_str(space, w_d, "k123456")) == 123456
