"""`for` loops, list comprehensions and list searches, lowered to index loops."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from mypy.nodes import CallExpr, Context, Expression, ForStmt, ListComprehension, MemberExpr, NameExpr, TupleExpr

from pypy27.translator import lltypes as L
from pypy27.translator.ir.model import Block, Constant, Value, Variable

if TYPE_CHECKING:
    from pypy27.translator.lower.function import FunctionLowerer

# A loop source: emits the loop head (given body/exit blocks) and returns a
# callable that stores the current item(s) into the loop target.


def lower_for(fl: "FunctionLowerer", s: ForStmt) -> None:
    head = fl.new_block("for")
    body = fl.new_block("fbody")
    step = fl.new_block("fstep")
    orelse = fl.new_block("felse")
    after = fl.new_block("fend")
    bind, advance = loop_source(fl, s.expr, s.index, head, body, step, orelse)
    fl.start(body)
    bind()
    fl.loop_body(s, step, after)
    fl.goto(step)
    fl.start(step)
    advance()
    fl.goto(head)
    fl.start(orelse)
    if s.else_body is not None:
        fl.stmts(s.else_body.body)
    fl.goto(after)
    fl.start(after)


def loop_source(fl: "FunctionLowerer", it: Expression, target: Expression, head: Block,
                body: Block, step: Block, exit: Block) -> tuple[Callable[[], None], Callable[[], None]]:
    """Emit the set-up and the loop test; return (bind-target, advance) emitters."""
    if isinstance(it, CallExpr) and isinstance(it.callee, NameExpr):
        name = it.callee.fullname
        if name == "builtins.range":
            return range_source(fl, it, target, head, body, exit)
        if name == "builtins.enumerate":
            return enumerate_source(fl, it, target, head, body, exit)
        if name == "builtins.zip":
            return zip_source(fl, it, target, head, body, exit)
    if isinstance(it, CallExpr) and isinstance(it.callee, MemberExpr) and not it.args:
        obj_t = fl.t(it.callee.expr)
        if isinstance(obj_t, L.DictT) and it.callee.name in ("items", "keys", "values"):
            return dict_source(fl, fl.expr(it.callee.expr), it.callee.name, target, head, body, exit)
    seq = fl.expr(it)
    st = seq.type
    if isinstance(st, L.TupleT) and st.items and all(x == st.items[0] for x in st.items):
        seq = tuple_as_list(fl, seq, st)        # `for x in (a, b, c)`
        st = seq.type
    if isinstance(st, L.DictT):
        return dict_source(fl, seq, "keys", target, head, body, exit)
    if isinstance(st, L.ListT) or st == L.STR:
        return seq_source(fl, seq, target, head, body, exit)
    raise fl.error("cannot iterate over %s" % st, it)


def tuple_as_list(fl: "FunctionLowerer", tup: Value, tt: L.TupleT) -> Value:
    lt = L.ListT(tt.items[0])
    lst = fl.rtcall("rt_list_new", [Constant(len(tt.items), L.Signed), Constant(L.is_ref(lt.item), L.Bool)], lt)
    for i, t in enumerate(tt.items):
        item = fl.emit("getfield", [tup], t, ("tuple", i))
        fl.emit("list_setitem", [lst, Constant(i, L.Signed), fl.word(item, t)], L.Void)
    return lst


def seq_source(fl: "FunctionLowerer", seq: Value, target: Expression, head: Block, body: Block,
               exit: Block) -> tuple[Callable[[], None], Callable[[], None]]:
    i = fl.newvar(L.Signed, "i")
    fl.assign(i, Constant(0, L.Signed))
    fl.goto(head)
    fl.start(head)
    n = fl.emit("str_len" if seq.type == L.STR else "list_len", [seq], L.Signed)
    fl.branch(fl.emit("int_lt", [i, n], L.Bool), body, exit)

    def bind() -> None:
        fl.store(target, item_at(fl, seq, i))

    def advance() -> None:
        fl.assign(i, fl.emit("int_add", [i, Constant(1, L.Signed)], L.Signed))
    return bind, advance


def item_at(fl: "FunctionLowerer", seq: Value, i: Value) -> Value:
    st = seq.type
    if st == L.STR:
        c = fl.emit("str_getchar", [seq, i], L.Char)
        return fl.rtcall("rt_str_from_char", [c], L.STR)
    assert isinstance(st, L.ListT)
    return fl.unword(fl.emit("list_getitem", [seq, i], L.Word), st.item)


def range_source(fl: "FunctionLowerer", call: CallExpr, target: Expression, head: Block, body: Block,
                 exit: Block) -> tuple[Callable[[], None], Callable[[], None]]:
    args = [fl.coerce(fl.expr(a), L.Signed) for a in call.args]
    if len(args) == 1:
        start: Value = Constant(0, L.Signed)
        stop, stepv = args[0], Constant(1, L.Signed)
    elif len(args) == 2:
        start, stop, stepv = args[0], args[1], Constant(1, L.Signed)
    else:
        start, stop, stepv = args
    i = fl.newvar(L.Signed, "r")
    fl.assign(i, start)
    if isinstance(stop, Variable):
        s2 = fl.newvar(L.Signed, "rstop")
        fl.assign(s2, stop)
        stop = s2
    if isinstance(stepv, Constant):
        if stepv.value == 0:
            raise fl.error("range() step must not be zero", call)
        cmp = "int_lt" if stepv.value > 0 else "int_gt"   # type: ignore[operator]
        fl.goto(head)
        fl.start(head)
        fl.branch(fl.emit(cmp, [i, stop], L.Bool), body, exit)
    else:
        st = fl.newvar(L.Signed, "rstep")
        fl.assign(st, stepv)
        fl.rtcall("rt_range_check_step", [st], L.Void, canraise=True)
        stepv = st
        fl.goto(head)
        fl.start(head)
        fl.branch(fl.rtcall("rt_range_continues", [i, stop, st], L.Bool), body, exit)
    target_var = target

    def bind() -> None:
        fl.store(target_var, i)

    def advance() -> None:
        fl.assign(i, fl.emit("int_add", [i, stepv], L.Signed))
    return bind, advance


def enumerate_source(fl: "FunctionLowerer", call: CallExpr, target: Expression, head: Block, body: Block,
                     exit: Block) -> tuple[Callable[[], None], Callable[[], None]]:
    if not isinstance(target, TupleExpr) or len(target.items) != 2 or len(call.args) != 1:
        raise fl.error("use `for i, x in enumerate(seq)`", call)
    seq = fl.expr(call.args[0])
    idx_target, item_target = target.items
    i = fl.newvar(L.Signed, "e")
    fl.assign(i, Constant(0, L.Signed))
    bind_item, advance = seq_source(fl, seq, item_target, head, body, exit)

    def bind() -> None:
        fl.store(idx_target, i)
        bind_item()

    def adv() -> None:
        fl.assign(i, fl.emit("int_add", [i, Constant(1, L.Signed)], L.Signed))
        advance()
    return bind, adv


def zip_source(fl: "FunctionLowerer", call: CallExpr, target: Expression, head: Block, body: Block,
               exit: Block) -> tuple[Callable[[], None], Callable[[], None]]:
    """`for a, b in zip(xs, ys)`: one index over the shorter sequence."""
    if not isinstance(target, TupleExpr) or len(target.items) != len(call.args) or len(call.args) < 2:
        raise fl.error("use `for a, b in zip(xs, ys)` with one name per sequence", call)
    seqs = [fl.expr(a) for a in call.args]
    for sq in seqs:
        if not (isinstance(sq.type, L.ListT) or sq.type == L.STR):
            raise fl.error("zip() over %s" % sq.type, call)
    i = fl.newvar(L.Signed, "z")
    fl.assign(i, Constant(0, L.Signed))
    fl.goto(head)
    fl.start(head)
    cond: Value = Constant(True, L.Bool)
    for sq in seqs:
        n = fl.emit("str_len" if sq.type == L.STR else "list_len", [sq], L.Signed)
        c = fl.emit("int_lt", [i, n], L.Bool)
        cond = c if isinstance(cond, Constant) else fl.emit("bool_and", [cond, c], L.Bool)
    fl.branch(cond, body, exit)

    def bind() -> None:
        for t, sq in zip(target.items, seqs):  # type: ignore[union-attr]
            fl.store(t, item_at(fl, sq, i))

    def advance() -> None:
        fl.assign(i, fl.emit("int_add", [i, Constant(1, L.Signed)], L.Signed))
    return bind, advance


def dict_source(fl: "FunctionLowerer", d: Value, kind: str, target: Expression, head: Block, body: Block,
                exit: Block) -> tuple[Callable[[], None], Callable[[], None]]:
    dt = d.type
    assert isinstance(dt, L.DictT)
    pos = fl.newvar(L.Signed, "dpos")
    fl.assign(pos, fl.rtcall("rt_dict_next", [d, Constant(0, L.Signed)], L.Signed, canraise=True))
    fl.goto(head)
    fl.start(head)
    fl.branch(fl.emit("int_ge", [pos, Constant(0, L.Signed)], L.Bool), body, exit)

    def bind() -> None:
        if kind == "items":
            k = fl.unword(fl.emit("dict_key", [d, pos], L.Word), dt.k)
            v = fl.unword(fl.emit("dict_value", [d, pos], L.Word), dt.v)
            if isinstance(target, TupleExpr) and len(target.items) == 2:
                fl.store(target.items[0], k)
                fl.store(target.items[1], v)
            else:
                tt = fl.t(target)
                assert isinstance(tt, L.TupleT)
                fl.store(target, fl.make_tuple(tt, [k, v]))
        elif kind == "values":
            fl.store(target, fl.unword(fl.emit("dict_value", [d, pos], L.Word), dt.v))
        else:
            fl.store(target, fl.unword(fl.emit("dict_key", [d, pos], L.Word), dt.k))

    def advance() -> None:
        nxt = fl.emit("int_add", [pos, Constant(1, L.Signed)], L.Signed)
        fl.assign(pos, fl.rtcall("rt_dict_next", [d, nxt], L.Signed, canraise=True))
    return bind, advance


def list_search(fl: "FunctionLowerer", what: str, lst: Value, item: Value, ctx: Context) -> Value:
    """Index of the first item equal to `item` (-1 if none), or with what="count"
    the number of such items: the runtime scans with the item type's equality
    (word identity for ints, bools and instances; == for floats and strings)."""
    lt = lst.type
    assert isinstance(lt, L.ListT)
    kind = {"Float": "float", "str": "str"}.get(lt.item.key(), "word")
    if kind == "word":
        arg = fl.word(item, lt.item)
    else:
        arg = fl.coerce(item, lt.item)
    fname = ("rt_list_find_" if what == "index" else "rt_list_count_") + kind
    return fl.rtcall(fname, [lst, arg], L.Signed)


def lower_listcomp(fl: "FunctionLowerer", e: ListComprehension) -> Value:
    g = e.generator
    lt = fl.t(e)
    assert isinstance(lt, L.ListT)
    result = fl.rtcall("rt_list_new", [Constant(0, L.Signed), Constant(L.is_ref(lt.item), L.Bool)], lt)
    res = fl.newvar(lt, "comp")
    fl.assign(res, result)
    if len(g.sequences) != 1 or g.is_async[0]:
        raise fl.error("list comprehensions with several `for` are not in the subset", e)
    head = fl.new_block("comp")
    body = fl.new_block("comp_body")
    step = fl.new_block("comp_step")
    after = fl.new_block("comp_end")
    bind, advance = loop_source(fl, g.sequences[0], g.indices[0], head, body, step, after)
    fl.start(body)
    bind()
    for cond in g.condlists[0]:
        ok = fl.new_block("comp_if")
        fl.branch(fl.truth(cond), ok, step)
        fl.start(ok)
    fl.rtcall("rt_list_append", [res, fl.word(fl.expr(g.left_expr), lt.item)], L.Void)
    fl.goto(step)
    fl.start(step)
    advance()
    fl.goto(head)
    fl.start(after)
    return res
