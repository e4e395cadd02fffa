"""Interpreter-level tests of the containers: storage strategies, the 2.7
table layout of dicts and sets, module-dict cells, unpacking."""
import random

import pytest

from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace import celldict, dictobject, listobject, setobject, tupleobject
from pypy27.tests.interpreter.apptest import get_space


@pytest.fixture(scope="module")
def space():  # type: ignore[no-untyped-def]
    return get_space()


def ints(space, values):  # type: ignore[no-untyped-def]
    return [space.newint(v) for v in values]


def test_list_strategies(space) -> None:  # type: ignore[no-untyped-def]
    assert listobject.strategy_name(space.newlist([])) == "empty"
    assert listobject.strategy_name(space.newlist(ints(space, [1, 2]))) == "int"
    assert listobject.strategy_name(space.newlist([space.newfloat(1.5)])) == "float"
    assert listobject.strategy_name(space.newlist([space.newstr("a")])) == "bytes"
    assert listobject.strategy_name(space.newlist([space.newunicode("\xc3\xa9")])) == "unicode"
    assert listobject.strategy_name(space.newlist([space.newint(1), space.newstr("a")])) == "object"
    assert listobject.strategy_name(space.newlist([space.w_True])) == "object"


def test_list_switches_to_object(space) -> None:  # type: ignore[no-untyped-def]
    w_l = space.newlist(ints(space, [1, 2, 3]))
    listobject.list_append(space, w_l, space.newfloat(2.5))
    assert listobject.strategy_name(w_l) == "object"
    assert [space.float_w(w) if i == 3 else space.int_w(w)
            for i, w in enumerate(listobject.list_items(space, w_l))] == [1, 2, 3, 2.5]
    w_e = space.newlist([])
    listobject.list_append(space, w_e, space.newstr("x"))
    assert listobject.strategy_name(w_e) == "bytes"
    listobject.list_setitem_int(space, w_e, 0, space.newint(3))
    assert listobject.strategy_name(w_e) == "object"


def test_range_strategy_is_lazy(space) -> None:  # type: ignore[no-untyped-def]
    w_r = listobject.newlist_range(space, 5, 3, 4)
    assert listobject.strategy_name(w_r) == "range"
    assert [space.int_w(w) for w in listobject.list_items(space, w_r)] == [5, 8, 11, 14]
    assert listobject.list_contains(space, w_r, space.newint(11))
    assert not listobject.list_contains(space, w_r, space.newint(12))
    assert space.int_w(listobject.list_getitem_int(space, w_r, -1)) == 14
    listobject.list_append(space, w_r, space.newint(0))
    assert listobject.strategy_name(w_r) == "int"
    assert listobject.list_len(space, w_r) == 5


def test_list_sort_unboxed_and_stable(space) -> None:  # type: ignore[no-untyped-def]
    values = [random.Random(5).randrange(100) for _ in range(300)]
    w_l = space.newlist(ints(space, values))
    assert isinstance(w_l, listobject.W_ListObject)
    listobject.list_sort(space, w_l, None, None, False)
    assert w_l.intitems == sorted(values)
    pairs = [space.newtuple([space.newint(v % 7), space.newint(i)]) for i, v in enumerate(values)]
    w_p = space.newlist(pairs)
    assert isinstance(w_p, listobject.W_ListObject)
    w_key = space.getattr_str(space.builtin_types_w["tuple"], "__getitem__")
    # sort by the first item only (key=lambda t: t[0] at app level): stable
    keyed = sorted(range(len(values)), key=lambda i: values[i] % 7)
    items = listobject.list_items(space, w_p)
    keys_w = [tupleobject.tuple_items(space, w)[0] for w in items]
    order = list(range(len(items)))
    listobject.Sorter(space, None, keys_w).sort(order)
    assert order == keyed
    assert w_key is not None


def test_dict_strategies(space) -> None:  # type: ignore[no-untyped-def]
    w_d = space.newdict()
    assert dictobject.strategy_name(w_d) == "empty"
    dictobject.dict_setitem_w(space, w_d, space.newstr("a"), space.newint(1))
    assert dictobject.strategy_name(w_d) == "bytes"
    # an ascii unicode key finds the str entry
    assert space.int_w(dictobject.dict_getitem_w(space, w_d, space.newunicode("a"))) == 1
    dictobject.dict_setitem_w(space, w_d, space.newint(1), space.newint(2))
    assert dictobject.strategy_name(w_d) == "object"
    assert space.int_w(dictobject.dict_getitem_str(space, w_d, "a")) == 1
    w_i = space.newdict()
    dictobject.dict_setitem_w(space, w_i, space.newint(1), space.newstr("one"))
    assert dictobject.strategy_name(w_i) == "int"
    for w_k in [space.newfloat(1.0), space.w_True]:
        assert space.str_w(dictobject.dict_getitem_w(space, w_i, w_k)) == "one"
    assert dictobject.strategy_name(w_i) == "int"
    assert dictobject.dict_getitem_w(space, w_i, space.newstr("1")) is None
    w_u = space.newdict()
    dictobject.dict_setitem_w(space, w_u, space.newunicode("\xc3\xa9"), space.newint(1))
    assert dictobject.strategy_name(w_u) == "unicode"


def test_dict_int_key_found_by_long(space) -> None:  # type: ignore[no-untyped-def]
    w_i = space.newdict()
    dictobject.dict_setitem_w(space, w_i, space.newint(1), space.newstr("one"))
    assert space.str_w(dictobject.dict_getitem_w(space, w_i, space.newlong_from_int(1))) == "one"


def test_dict_hashes_are_27s() -> None:
    # recorded from CPython 2.7.18 (64-bit)
    assert dictobject.str_hash("abc") == 1453079729188098211
    assert dictobject.str_hash("") == 0
    assert dictobject.unicode_hash("abc") == 1453079729188098211
    assert dictobject.unicode_hash("\xc3\xa9") == 29824089448
    assert dictobject.str_hash("\xe9") == 29824089448
    assert dictobject.unicode_hash("\xf0\x92\x8d\x85") == 9544348705988


def test_dict_many_inserts_and_deletes(space) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(42)
    w_d = space.newdict()
    model: dict = {}
    for step in range(3000):
        k = rnd.randrange(200)
        if rnd.random() < 0.6:
            dictobject.dict_setitem_w(space, w_d, space.newint(k), space.newint(step))
            model[k] = step
        else:
            assert dictobject.dict_delitem_w(space, w_d, space.newint(k)) == (k in model)
            model.pop(k, None)
    assert dictobject.dict_len(space, w_d) == len(model)
    got = {space.int_w(w_k): space.int_w(w_v) for w_k, w_v in dictobject.dict_items_w(space, w_d)}
    assert got == model
    assert isinstance(w_d, dictobject.W_DictObject)
    assert len(w_d.hashes) <= 2 * len(w_d.indices) + 8


def test_module_cells(space) -> None:  # type: ignore[no-untyped-def]
    w_g = celldict.new_module_dict(space)
    assert celldict.is_module_dict(w_g)
    cell = celldict.get_global_cell(space, w_g, "x")
    assert cell is not None and cell.w_value is None
    dictobject.dict_setitem_str(space, w_g, "x", space.newint(1))
    assert space.int_w(cell.w_value) == 1
    dictobject.dict_setitem_w(space, w_g, space.newstr("x"), space.newint(2))
    assert space.int_w(cell.w_value) == 2
    assert celldict.get_global_cell(space, w_g, "x") is cell
    dictobject.dict_delitem_w(space, w_g, space.newstr("x"))
    assert cell.w_value is None
    dictobject.dict_setitem_str(space, w_g, "x", space.newint(3))
    dictobject.dict_setitem_w(space, w_g, space.newint(5), space.newint(5))   # switch to object keys
    assert space.int_w(cell.w_value) == 3
    dictobject.dict_setitem_str(space, w_g, "x", space.newint(4))
    assert space.int_w(cell.w_value) == 4
    space.call_method(w_g, "clear", [])
    assert cell.w_value is None
    assert celldict.get_global_cell(space, space.newdict(), "x") is None


def test_fixedview_messages(space) -> None:  # type: ignore[no-untyped-def]
    w_t = space.newtuple(ints(space, [1, 2, 3]))
    assert len(space.fixedview(w_t, 3)) == 3
    assert len(space.fixedview(w_t, -1)) == 3
    for expected, msg in [(2, "too many values to unpack"), (4, "need more than 3 values to unpack")]:
        with pytest.raises(OperationError) as e:
            space.fixedview(w_t, expected)
        assert space.str_w(space.str_of(e.value.normalize(space))) == msg
    with pytest.raises(OperationError) as e:
        space.fixedview(space.newlist(ints(space, [1])), 2)
    assert space.str_w(space.str_of(e.value.normalize(space))) == "need more than 1 value to unpack"
    w_it = space.iter(space.newlist(ints(space, [1, 2])))
    assert len(space.fixedview(w_it, 2)) == 2


def test_set_strategies_and_order(space) -> None:  # type: ignore[no-untyped-def]
    w_s = setobject.newset(space, ints(space, [3, 1, 2, 10, 9, 33]))
    assert isinstance(w_s, setobject.W_SetObject)
    assert dictobject.strategy_name(w_s.table) == "int"
    # the order of set([3, 1, 2, 10, 9, 33]) in CPython 2.7.18
    assert [space.int_w(w) for w in setobject.set_items(space, w_s)] == [33, 2, 3, 1, 9, 10]
    setobject.set_add(space, w_s, space.newstr("x"))
    assert dictobject.strategy_name(w_s.table) == "object"
    w_f = setobject.newfrozenset(space, ints(space, [1, 2, 3]))
    assert space.int_w(space.newint(space.hash_w(w_f))) == -7699079583225461316


def test_tuple_hash(space) -> None:  # type: ignore[no-untyped-def]
    # recorded from CPython 2.7.18
    assert tupleobject.tuple_hash(space, ints(space, [1, 2])) == 3713081631934410656
    assert tupleobject.tuple_hash(space, []) == 3527539


def test_presized_dict_display_order(space) -> None:  # type: ignore[no-untyped-def]
    # print {1: 1, 9: 9, 17: 17, 25: 25, 33: 33, 41: 41, 2: 2, 10: 10} in 2.7.18
    keys = [1, 9, 17, 25, 33, 41, 2, 10]
    w_d = space.newdict_sized(len(keys))
    for k in keys:
        dictobject.dict_setitem_w(space, w_d, space.newint(k), space.newint(k))
    assert [space.int_w(w) for w in dictobject.dict_keys_w(space, w_d)] == [1, 2, 25, 33, 17, 9, 41, 10]


def test_list_item_fast_paths_keep_strategies(space) -> None:  # type: ignore[no-untyped-def]
    """list_getitem_int/list_setitem_int read and store unboxed items
    directly; foreign items, NaNs and bad indexes still take the slow path."""
    w_f = space.newlist([space.newfloat(1.5), space.newfloat(2.5)])
    assert space.float_w(listobject.list_getitem_int(space, w_f, -1)) == 2.5
    listobject.list_setitem_int(space, w_f, -2, space.newfloat(7.0))
    assert listobject.strategy_name(w_f) == "float"
    assert space.float_w(listobject.list_getitem_int(space, w_f, 0)) == 7.0
    for i in (2, -3):
        with pytest.raises(OperationError):
            listobject.list_getitem_int(space, w_f, i)
        with pytest.raises(OperationError):
            listobject.list_setitem_int(space, w_f, i, space.newfloat(1.0))
    listobject.list_setitem_int(space, w_f, -1, space.newfloat(float("nan")))
    assert listobject.strategy_name(w_f) == "object"
    assert space.float_w(listobject.list_getitem_int(space, w_f, 0)) == 7.0
    w_g = space.newlist([space.newfloat(1.5), space.newfloat(2.5)])
    listobject.list_setitem_int(space, w_g, -1, space.newint(3))
    assert listobject.strategy_name(w_g) == "object"
    assert space.int_w(listobject.list_getitem_int(space, w_g, 1)) == 3
    w_i = space.newlist(ints(space, [1, 2, 3]))
    listobject.list_setitem_int(space, w_i, -1, space.newint(9))
    assert listobject.strategy_name(w_i) == "int"
    assert space.int_w(listobject.list_getitem_int(space, w_i, 2)) == 9
    listobject.list_setitem_int(space, w_i, 0, space.w_True)
    assert listobject.strategy_name(w_i) == "object"
    assert listobject.list_getitem_int(space, w_i, 0) is space.w_True
