"""Calls of Python built-in functions allowed at run time."""
from __future__ import annotations

from typing import TYPE_CHECKING

from mypy.nodes import CallExpr, Expression, IndexExpr, RefExpr, SliceExpr, TupleExpr, TypeInfo

from pypy27.translator import lltypes as L
from pypy27.translator.ir.model import Constant, Value

if TYPE_CHECKING:
    from pypy27.translator.lower.function import FunctionLowerer


def lower_builtin_call(fl: "FunctionLowerer", name: str, e: CallExpr) -> Value:
    args = e.args
    if name == "isinstance":
        return isinstance_(fl, e)
    if name == "print":
        return print_(fl, e)
    if name == "ord" and len(args) == 1 and isinstance(args[0], IndexExpr) \
            and not isinstance(args[0].index, SliceExpr) \
            and fl.prog.lltype(fl.prog.type_of(args[0].base), fl.path, e.line) == L.STR:
        # ord(s[i]): the byte itself, without the 1-char string in between
        base = fl.expr(args[0].base)
        c = fl.rtcall("rt_str_getitem", [base, fl.coerce(fl.expr(args[0].index), L.Signed)],
                      L.Char, canraise=True)
        return fl.rtcall("rt_char_ord", [c], L.Signed)
    vals = [fl.expr(a) for a in args]
    ts = [v.type for v in vals]
    if name == "len" and len(vals) == 1:
        t = ts[0]
        if t == L.STR:
            return fl.emit("str_len", vals, L.Signed)
        if isinstance(t, L.ListT):
            return fl.emit("list_len", vals, L.Signed)
        if isinstance(t, L.DictT):
            return fl.emit("dict_len", vals, L.Signed)
        if isinstance(t, L.TupleT):
            return Constant(len(t.items), L.Signed)
    if name == "ord" and ts == [L.STR]:
        return fl.rtcall("rt_str_ord", vals, L.Signed, canraise=True)
    if name == "chr" and len(vals) == 1:
        return fl.rtcall("rt_str_chr", [fl.coerce(vals[0], L.Signed)], L.STR, canraise=True)
    if name == "int":
        if len(vals) == 1 and ts[0] in (L.Signed, L.Bool):
            return fl.coerce(vals[0], L.Signed)
        if len(vals) == 1 and ts[0] == L.Float:
            return fl.rtcall("rt_float_to_int", vals, L.Signed, canraise=True)
        if ts[:1] == [L.STR]:
            base = fl.coerce(vals[1], L.Signed) if len(vals) > 1 else Constant(10, L.Signed)
            return fl.rtcall("rt_str_to_int", [vals[0], base], L.Signed, canraise=True)
    if name == "float" and len(vals) == 1:
        if ts[0] in (L.Signed, L.Bool, L.Float):
            return fl.coerce(vals[0], L.Float)
        if ts[0] == L.STR:
            return fl.rtcall("rt_str_to_float", vals, L.Float, canraise=True)
    if name == "bool" and len(vals) == 1:
        return fl.truth_value(vals[0], e)
    if name in ("str", "repr") and len(vals) == 1:
        return to_str(fl, vals[0], name == "repr", e)
    if name == "abs" and len(vals) == 1:
        if ts[0] == L.Float:
            return fl.rtcall("fabs", vals, L.Float)
        return fl.emit("int_abs", [fl.coerce(vals[0], L.Signed)], L.Signed)
    if name in ("min", "max") and len(vals) == 2:
        rt = fl.t(e)
        a, b = fl.coerce(vals[0], rt), fl.coerce(vals[1], rt)
        if rt not in (L.Signed, L.Float):
            raise fl.error("%s() of %s" % (name, rt), e)
        prefix = "int_" if rt == L.Signed else "float_"
        return fl.emit(prefix + name, [a, b], rt)
    if name == "list" and len(vals) == 1 and ts[0] == L.STR:
        return fl.rtcall("rt_str_to_list", vals, L.ListT(L.STR))
    if name == "list" and len(vals) == 1 and isinstance(ts[0], L.DictT):
        return fl.rtcall("rt_dict_keys", vals, L.ListT(ts[0].k))
    if name == "list" and len(vals) == 0:
        lt = fl.t(e)
        return fl.rtcall("rt_list_new", [Constant(0, L.Signed), Constant(L.is_ref(lt.item), L.Bool)], lt)  # type: ignore
    if name == "list" and len(vals) == 1 and isinstance(ts[0], L.ListT):
        return fl.rtcall("rt_list_slice", [vals[0], Constant(0, L.Signed), Constant(2**63 - 1, L.Signed)], ts[0])
    raise fl.error("built-in %s(%s) is not in the subset" % (name, ", ".join(map(str, ts))), e)


def to_str(fl: "FunctionLowerer", v: Value, is_repr: bool, ctx: Expression) -> Value:
    t = v.type
    if t == L.STR:
        return fl.rtcall("rt_str_repr", [v], L.STR) if is_repr else v
    if t == L.Bool:
        return fl.rtcall("rt_str_from_bool", [v], L.STR)
    if t == L.Signed:
        return fl.rtcall("rt_str_from_int", [v], L.STR)
    if t == L.Float:
        return fl.rtcall("rt_str_from_float", [v], L.STR)
    raise fl.error("str() of %s is not in the subset" % t, ctx)


def isinstance_(fl: "FunctionLowerer", e: CallExpr) -> Value:
    obj = fl.expr(e.args[0])
    spec = e.args[1]
    items = spec.items if isinstance(spec, TupleExpr) else [spec]
    result: Value = Constant(False, L.Bool)
    for it in items:
        if not (isinstance(it, RefExpr) and isinstance(it.node, TypeInfo)):
            raise fl.error("isinstance() needs classes", e)
        fn = it.node.fullname
        if fn in ("builtins.int", "builtins.str", "builtins.float", "builtins.bool"):
            raise fl.error("isinstance() on %s is known statically; not in the subset" % fn, e)
        test = fl.emit("instanceof", [obj], L.Bool, fl.prog.classdesc(it.node))
        result = test if isinstance(result, Constant) else fl.emit("bool_or", [result, test], L.Bool)
    return result


def print_(fl: "FunctionLowerer", e: CallExpr) -> Value:
    if any(n is not None for n in e.arg_names):
        raise fl.error("print() keyword arguments are not in the subset", e)
    parts = [to_str(fl, fl.expr(a), False, e) for a in e.args]
    if not parts:
        line: Value = Constant("", L.STR)
    else:
        line = parts[0]
        for p in parts[1:]:
            line = fl.rtcall("rt_str_concat", [fl.rtcall("rt_str_concat", [line, Constant(" ", L.STR)], L.STR), p], L.STR)
    fl.rtcall("rt_print_str", [line], L.Void)
    return Constant(None, L.NONE)
