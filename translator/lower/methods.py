"""Methods of str, list and dict, mapped onto the C runtime."""
from __future__ import annotations

from typing import TYPE_CHECKING

from mypy.nodes import CallExpr

from pypy27.translator import lltypes as L
from pypy27.translator.ir.model import Constant, Value

if TYPE_CHECKING:
    from pypy27.translator.lower.function import FunctionLowerer

BIG = 2**63 - 1
STR_PREDICATES = ("isdigit", "isalpha", "isspace", "isalnum")


def lower_builtin_method(fl: "FunctionLowerer", obj: Value, name: str, e: CallExpr) -> Value:
    if any(n is not None for n in e.arg_names):
        raise fl.error("keyword arguments to %s.%s are not in the subset" % (obj.type, name), e)
    args = [fl.expr(a) for a in e.args]
    t = obj.type
    if t == L.STR:
        return str_method(fl, obj, name, args, e)
    if isinstance(t, L.ListT):
        return list_method(fl, obj, t, name, args, e)
    assert isinstance(t, L.DictT)
    return dict_method(fl, obj, t, name, args, e)


def str_method(fl: "FunctionLowerer", s: Value, name: str, args: list[Value], e: CallExpr) -> Value:
    n = len(args)
    S = L.STR
    if name in ("find", "rfind") and 1 <= n <= 3:
        start = args[1] if n > 1 else Constant(0, L.Signed)
        end = args[2] if n > 2 else Constant(BIG, L.Signed)
        return fl.rtcall("rt_str_" + name, [s, args[0], start, end], L.Signed)
    if name == "count" and n == 1:
        return fl.rtcall("rt_str_count", [s, args[0]], L.Signed)
    if name in ("index", "rindex") and 1 <= n <= 3:
        start = args[1] if n > 1 else Constant(0, L.Signed)
        end = args[2] if n > 2 else Constant(BIG, L.Signed)
        idx = fl.rtcall("rt_str_rfind" if name == "rindex" else "rt_str_find",
                        [s, args[0], start, end], L.Signed)
        fl.rtcall("rt_str_check_found", [idx], L.Void, canraise=True)
        return idx
    if name in ("startswith", "endswith") and n == 1:
        return fl.rtcall("rt_str_" + name, [s, args[0]], L.Bool)
    if name in ("strip", "lstrip", "rstrip") and n <= 1:
        which = {"lstrip": 1, "rstrip": 2, "strip": 3}[name]
        chars = args[0] if n else Constant(None, S)
        return fl.rtcall("rt_str_strip", [s, chars, Constant(which, L.Signed)], S)
    if name in ("lower", "upper") and n == 0:
        return fl.rtcall("rt_str_" + name, [s], S)
    if name in STR_PREDICATES and n == 0:
        return fl.rtcall("rt_str_" + name, [s], L.Bool)
    if name == "replace" and n in (2, 3):
        count = args[2] if n == 3 else Constant(-1, L.Signed)
        return fl.rtcall("rt_str_replace", [s, args[0], args[1], count], S)
    if name == "split" and n <= 2:
        sep = args[0] if n else Constant(None, S)
        maxsplit = args[1] if n > 1 else Constant(-1, L.Signed)
        return fl.rtcall("rt_str_split", [s, sep, maxsplit], L.ListT(S), canraise=True)
    if name == "join" and n == 1:
        return fl.rtcall("rt_str_join", [s, args[0]], S)
    raise fl.error("str.%s with %d arguments is not in the subset" % (name, n), e)


def list_method(fl: "FunctionLowerer", l: Value, t: L.ListT, name: str, args: list[Value], e: CallExpr) -> Value:
    n = len(args)
    if name == "append" and n == 1:
        return fl.rtcall("rt_list_append", [l, fl.word(args[0], t.item)], L.Void)
    if name == "pop" and n <= 1:
        idx = args[0] if n else Constant(-1, L.Signed)
        return fl.unword(fl.rtcall("rt_list_pop", [l, idx], L.Word, canraise=True), t.item)
    if name == "insert" and n == 2:
        return fl.rtcall("rt_list_insert", [l, args[0], fl.word(args[1], t.item)], L.Void)
    if name == "extend" and n == 1:
        return fl.rtcall("rt_list_extend", [l, args[0]], L.Void)
    if name == "reverse" and n == 0:
        return fl.rtcall("rt_list_reverse", [l], L.Void)
    if name == "copy" and n == 0:
        return fl.rtcall("rt_list_slice", [l, Constant(0, L.Signed), Constant(BIG, L.Signed)], t)
    if name == "index" and n == 1:
        from pypy27.translator.lower.forloops import list_search
        idx = list_search(fl, "index", l, args[0], e)
        fl.rtcall("rt_check_found", [idx], L.Void, canraise=True)
        return idx
    if name == "clear" and n == 0:
        return fl.rtcall("rt_list_resize", [l, Constant(0, L.Signed)], L.Void)
    if name in ("remove", "count") and n == 1:
        from pypy27.translator.lower.forloops import list_search
        if name == "remove":
            idx = list_search(fl, "index", l, args[0], e)
            fl.rtcall("rt_check_found", [idx], L.Void, canraise=True)
            return fl.rtcall("rt_list_delitem", [l, idx], L.Void, canraise=True)
        return list_search(fl, "count", l, args[0], e)
    if name == "sort" and n == 0:
        kind = {"Signed": "int", "Bool": "int", "Float": "float", "str": "str"}.get(t.item.key())
        if kind is None:
            raise fl.error("sort() of a list of %s is not in the subset" % t.item, e)
        return fl.rtcall("rt_list_sort_" + kind, [l], L.Void)
    raise fl.error("list.%s with %d arguments is not in the subset" % (name, n), e)


def dict_method(fl: "FunctionLowerer", d: Value, t: L.DictT, name: str, args: list[Value], e: CallExpr) -> Value:
    n = len(args)
    if name == "get" and n in (1, 2):
        dflt = fl.word(args[1], t.v) if n == 2 else Constant(0, L.Word)
        w = fl.dict_call("rt_dict_get", d, [fl.word(args[0], t.k), dflt], L.Word)
        return fl.unword(w, t.v)
    if name == "pop" and n in (1, 2):
        if n == 2:
            w = fl.dict_call("rt_dict_pop_default", d, [fl.word(args[0], t.k), fl.word(args[1], t.v)], L.Word)
        else:
            w = fl.dict_call("rt_dict_pop", d, [fl.word(args[0], t.k)], L.Word)
        return fl.unword(w, t.v)
    if name == "setdefault" and n == 2:
        w = fl.dict_call("rt_dict_setdefault", d, [fl.word(args[0], t.k), fl.word(args[1], t.v)], L.Word)
        return fl.unword(w, t.v)
    if name == "keys" and n == 0:
        return fl.rtcall("rt_dict_keys", [d], L.ListT(t.k))
    if name == "values" and n == 0:
        return fl.rtcall("rt_dict_values", [d], L.ListT(t.v))
    if name == "copy" and n == 0:
        return fl.rtcall("rt_dict_copy", [d], t)
    if name == "clear" and n == 0:
        return fl.rtcall("rt_dict_clear", [d], L.Void)
    if name == "update" and n == 1 and args[0].type == t:
        return fl.rtcall("rt_dict_update", [d, args[0]], L.Void, canraise=True)
    if name == "items" and n == 0:
        raise fl.error("d.items() is only supported directly in a for loop", e)
    raise fl.error("dict.%s with %d arguments is not in the subset" % (name, n), e)

