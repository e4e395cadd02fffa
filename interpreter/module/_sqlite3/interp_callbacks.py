"""App-level access to SQLite's callbacks (see sq_coro.h): start/resume a
library call, read the pending call's arguments, set its result."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._sqlite3 import capi, handles
from pypy27.interpreter.module._sqlite3.capi import (
    c_aggregate_context, c_result_double, c_result_error, c_result_int64, c_result_null,
    c_sqc_arg, c_sqc_call, c_sqc_create_collation, c_sqc_create_function, c_sqc_info,
    c_sqc_resume, c_sqc_set_ret, c_sqc_ctx_ok, c_value_double, c_value_int64, c_value_type)
from pypy27.support.rawmem import raw_load_i64, raw_mem_to_str, raw_store_i64

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


OP_FINALIZE = 2
OP_CLOSE = 3


def sq_co_call(space: "ObjSpace", w_op: W_Root, w_handle: W_Root) -> W_Root:
    """(op, handle): step, reset, finalize a statement or close a connection."""
    op = space.int_w(w_op)
    if 0 <= op <= OP_FINALIZE:
        target = handles.stmt_w(space, w_handle)
    else:
        op = OP_CLOSE
        target = handles.db_w(space, w_handle)
    if op == OP_FINALIZE:
        del handles.live.stmts[target]  # freed whatever the result code
    rc = c_sqc_call(op, target)
    if op == OP_CLOSE and rc == 0:
        del handles.live.dbs[target]
    return space.newint(rc)


def sq_co_resume(space: "ObjSpace") -> W_Root:
    return space.newint(c_sqc_resume())


def sq_cb_info(space: "ObjSpace") -> W_Root:
    """(kind, id, context) of the pending callback."""
    return space.newtuple([space.newint(c_sqc_info(0)), space.newint(c_sqc_info(1)),
                           space.newint(c_sqc_info(2))])


def sq_cb_args(space: "ObjSpace") -> W_Root:
    """The pending call's arguments, encoded like _sqlite3.row()."""
    n = c_sqc_info(3)
    items_w: list[W_Root] = []
    for i in range(n):
        v = c_sqc_arg(i)
        t = c_value_type(v)
        if t == capi.SQLITE_INTEGER:
            items_w.append(space.newint(c_value_int64(v)))
        elif t == capi.SQLITE_FLOAT:
            items_w.append(space.newfloat(c_value_double(v)))
        elif t == capi.SQLITE_TEXT:
            items_w.append(space.newstr(capi.value_bytes(v, False)))
        elif t == capi.SQLITE_BLOB:
            items_w.append(space.newtuple([space.newstr(capi.value_bytes(v, True))]))
        else:
            items_w.append(space.w_None)
    return space.newtuple(items_w)


def sq_cb_collation(space: "ObjSpace") -> W_Root:
    """The two strings a pending collation compares (UTF-8 bytes)."""
    n1 = c_sqc_info(4)
    p1 = c_sqc_info(5)
    n2 = c_sqc_info(6)
    p2 = c_sqc_info(7)
    s1 = raw_mem_to_str(p1, n1, 0) if p1 != 0 and n1 > 0 else ""
    s2 = raw_mem_to_str(p2, n2, 0) if p2 != 0 and n2 > 0 else ""
    return space.newtuple([space.newstr(s1), space.newstr(s2)])


def sq_cb_set_ret(space: "ObjSpace", w_v: W_Root) -> W_Root:
    c_sqc_set_ret(space.int_w(w_v))
    return space.w_None


def ctx_w(space: "ObjSpace", w_ctx: W_Root) -> int:
    """The pending callback's sqlite3_context; any other number would reach
    libsqlite3 as a wild pointer."""
    ctx = space.int_w(w_ctx)
    if c_sqc_ctx_ok(ctx) == 0:
        raise space.value_error("not the context of the pending SQLite callback")
    return ctx


def sq_result_null(space: "ObjSpace", w_ctx: W_Root) -> W_Root:
    c_result_null(ctx_w(space, w_ctx))
    return space.w_None


def sq_result_int(space: "ObjSpace", w_ctx: W_Root, w_v: W_Root) -> W_Root:
    ctx = ctx_w(space, w_ctx)
    v = space.int_w(w_v)
    c_result_int64(ctx, v)
    return space.w_None


def sq_result_float(space: "ObjSpace", w_ctx: W_Root, w_v: W_Root) -> W_Root:
    ctx = ctx_w(space, w_ctx)
    v = space.float_w(w_v)
    c_result_double(ctx, v)
    return space.w_None


def sq_result_text(space: "ObjSpace", w_ctx: W_Root, w_v: W_Root) -> W_Root:
    capi.result_bytes(ctx_w(space, w_ctx), space.str_w(w_v), False)
    return space.w_None


def sq_result_blob(space: "ObjSpace", w_ctx: W_Root, w_v: W_Root) -> W_Root:
    capi.result_bytes(ctx_w(space, w_ctx), space.str_w(w_v), True)
    return space.w_None


def sq_result_error(space: "ObjSpace", w_ctx: W_Root, w_msg: W_Root) -> W_Root:
    ctx = ctx_w(space, w_ctx)
    msg = space.str_w(w_msg)
    c_result_error(ctx, msg, -1)
    return space.w_None


def sq_agg_get(space: "ObjSpace", w_ctx: W_Root, w_alloc: W_Root) -> W_Root:
    """The id stored for this aggregate instance (0: none yet)."""
    ctx = ctx_w(space, w_ctx)
    alloc = 8 if space.is_true(w_alloc) else 0
    slot = c_aggregate_context(ctx, alloc)
    if slot == 0:
        return space.newint(0)
    return space.newint(raw_load_i64(slot, 0))


def sq_agg_set(space: "ObjSpace", w_ctx: W_Root, w_id: W_Root) -> W_Root:
    ctx = ctx_w(space, w_ctx)
    slot = c_aggregate_context(ctx, 8)
    if slot != 0:
        raw_store_i64(slot, 0, space.int_w(w_id))
    return space.w_None


def _arg(args_w: list[Optional[W_Root]], i: int) -> W_Root:
    w = args_w[i]
    assert w is not None
    return w


def sq_create_function(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """(db, name, nargs, id, is_aggregate) -> result code."""
    db = handles.db_w(space, _arg(args_w, 0))
    name = space.str_w(_arg(args_w, 1))
    nargs = space.int_w(_arg(args_w, 2))
    fid = space.int_w(_arg(args_w, 3))
    agg = 1 if space.is_true(_arg(args_w, 4)) else 0
    return space.newint(c_sqc_create_function(db, name, nargs, fid, agg))


def sq_create_collation(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """(db, name, id, remove) -> result code."""
    db = handles.db_w(space, _arg(args_w, 0))
    name = space.str_w(_arg(args_w, 1))
    cid = space.int_w(_arg(args_w, 2))
    remove = 1 if space.is_true(_arg(args_w, 3)) else 0
    return space.newint(c_sqc_create_collation(db, name, cid, remove))
