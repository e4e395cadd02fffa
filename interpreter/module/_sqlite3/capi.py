"""Debian's libsqlite3 seen through support/ffi.py externals.

Handles (sqlite3*, sqlite3_stmt*) travel as plain ints.  SQL and text go to
the library as bytes copied into raw memory (so embedded NULs and the tail
offset of a multi-statement script survive); text and blobs come back as the
exact number of bytes the library reports."""
from pypy27.support.ffi import external
from pypy27.support.rawmem import (
    raw_alloc, raw_free, raw_load_i64, raw_mem_to_str, raw_str_to_mem)

H = "<sqlite3.h>"
L = "sqlite3"

SQLITE_TRANSIENT = -1      # destructor value: the library copies the bytes

c_open_v2 = external("sqlite3_open_v2", ["char*", "void*", "int", "void*"], "int", H, L)
c_close = external("sqlite3_close", ["void*"], "int", H, L)
c_prepare_v2 = external("sqlite3_prepare_v2", ["void*", "void*", "int", "void*", "void*"], "int", H, L)
c_step = external("sqlite3_step", ["void*"], "int", H, L)
c_finalize = external("sqlite3_finalize", ["void*"], "int", H, L)
c_reset = external("sqlite3_reset", ["void*"], "int", H, L)
c_clear_bindings = external("sqlite3_clear_bindings", ["void*"], "int", H, L)
c_bind_int64 = external("sqlite3_bind_int64", ["void*", "int", "int64_t"], "int", H, L)
c_bind_double = external("sqlite3_bind_double", ["void*", "int", "double"], "int", H, L)
c_bind_text = external("sqlite3_bind_text", ["void*", "int", "void*", "int", "void*"], "int", H, L)
c_bind_blob = external("sqlite3_bind_blob", ["void*", "int", "void*", "int", "void*"], "int", H, L)
c_bind_null = external("sqlite3_bind_null", ["void*", "int"], "int", H, L)
c_bind_parameter_count = external("sqlite3_bind_parameter_count", ["void*"], "int", H, L)
c_bind_parameter_name = external("sqlite3_bind_parameter_name", ["void*", "int"], "char*", H, L)
c_column_count = external("sqlite3_column_count", ["void*"], "int", H, L)
c_column_type = external("sqlite3_column_type", ["void*", "int"], "int", H, L)
c_column_name = external("sqlite3_column_name", ["void*", "int"], "char*", H, L)
c_column_decltype = external("sqlite3_column_decltype", ["void*", "int"], "char*", H, L)
c_column_int64 = external("sqlite3_column_int64", ["void*", "int"], "int64_t", H, L)
c_column_double = external("sqlite3_column_double", ["void*", "int"], "double", H, L)
c_column_text = external("sqlite3_column_text", ["void*", "int"], "void*", H, L)
c_column_blob = external("sqlite3_column_blob", ["void*", "int"], "void*", H, L)
c_column_bytes = external("sqlite3_column_bytes", ["void*", "int"], "int", H, L)
c_errmsg = external("sqlite3_errmsg", ["void*"], "char*", H, L)
c_errcode = external("sqlite3_errcode", ["void*"], "int", H, L)
c_changes = external("sqlite3_changes", ["void*"], "int", H, L)
c_total_changes = external("sqlite3_total_changes", ["void*"], "int", H, L)
c_last_insert_rowid = external("sqlite3_last_insert_rowid", ["void*"], "int64_t", H, L)
c_get_autocommit = external("sqlite3_get_autocommit", ["void*"], "int", H, L)
c_libversion = external("sqlite3_libversion", [], "char*", H, L)
c_complete = external("sqlite3_complete", ["char*"], "int", H, L)
c_busy_timeout = external("sqlite3_busy_timeout", ["void*", "int"], "int", H, L)
c_interrupt = external("sqlite3_interrupt", ["void*"], "void", H, L)
c_stmt_readonly = external("sqlite3_stmt_readonly", ["void*"], "int", H, L)

SQLITE_INTEGER = 1
SQLITE_FLOAT = 2
SQLITE_TEXT = 3
SQLITE_BLOB = 4
SQLITE_NULL = 5


def open_db(filename: str, flags: int) -> tuple[int, int]:
    """(result code, db handle); the handle may be non-zero even on error."""
    out = raw_alloc(8)
    try:
        rc = c_open_v2(filename, out, flags, 0)
        db = raw_load_i64(out, 0)
    finally:
        raw_free(out)
    return rc, db


def prepare(db: int, sql: str, start: int) -> tuple[int, int, int]:
    """Compile the first statement of sql[start:]: (result code, statement
    handle -- 0 for an empty one --, offset in sql where the rest begins)."""
    n = len(sql) - start
    assert n >= 0
    buf = raw_alloc(n + 1)
    out = raw_alloc(16)
    try:
        raw_str_to_mem(sql[start:], buf, 0)
        rc = c_prepare_v2(db, buf, n, out, out + 8)
        stmt = raw_load_i64(out, 0)
        tail = raw_load_i64(out, 8)
        used = tail - buf if tail != 0 else n
    finally:
        raw_free(out)
        raw_free(buf)
    return rc, stmt, start + used


def _bind_bytes(stmt: int, i: int, data: str, blob: bool) -> int:
    n = len(data)
    buf = raw_alloc(n + 1)
    try:
        raw_str_to_mem(data, buf, 0)
        if blob:
            rc = c_bind_blob(stmt, i, buf, n, SQLITE_TRANSIENT)
        else:
            rc = c_bind_text(stmt, i, buf, n, SQLITE_TRANSIENT)
    finally:
        raw_free(buf)
    return rc


def bind_text(stmt: int, i: int, data: str) -> int:
    return _bind_bytes(stmt, i, data, False)


def bind_blob(stmt: int, i: int, data: str) -> int:
    return _bind_bytes(stmt, i, data, True)


def column_text(stmt: int, i: int) -> str:
    addr = c_column_text(stmt, i)
    n = c_column_bytes(stmt, i)
    if addr == 0 or n <= 0:
        return ""
    return raw_mem_to_str(addr, n, 0)


def column_blob(stmt: int, i: int) -> str:
    addr = c_column_blob(stmt, i)
    n = c_column_bytes(stmt, i)
    if addr == 0 or n <= 0:
        return ""
    return raw_mem_to_str(addr, n, 0)


def errmsg(db: int) -> str:
    s = c_errmsg(db)
    return s if s is not None else ""


def libversion() -> str:
    s = c_libversion()
    return s if s is not None else ""


# ---- callbacks (sq_coro.h): SQLite calls run on their own C stack --------
# The quoted path is found through the translator's -I of its runtime folder.
HC = '"../../../interpreter/module/_sqlite3/sq_coro.h"'
SQC_PENDING = -2

c_sqc_call = external("sqc_call", ["Signed", "Signed"], "Signed", HC, L)
c_sqc_resume = external("sqc_resume", [], "Signed", HC, L)
c_sqc_info = external("sqc_info", ["Signed"], "Signed", HC, L)
c_sqc_arg = external("sqc_arg", ["Signed"], "Signed", HC, L)
c_sqc_set_ret = external("sqc_set_ret", ["Signed"], "void", HC, L)
c_sqc_ctx_ok = external("sqc_ctx_ok", ["Signed"], "Signed", HC, L)
c_sqc_create_function = external("sqc_create_function",
                                 ["Signed", "char*", "Signed", "Signed", "Signed"], "Signed", HC, L)
c_sqc_create_collation = external("sqc_create_collation",
                                  ["Signed", "char*", "Signed", "Signed"], "Signed", HC, L)

c_value_type = external("sqlite3_value_type", ["void*"], "int", H, L)
c_value_int64 = external("sqlite3_value_int64", ["void*"], "int64_t", H, L)
c_value_double = external("sqlite3_value_double", ["void*"], "double", H, L)
c_value_text = external("sqlite3_value_text", ["void*"], "void*", H, L)
c_value_blob = external("sqlite3_value_blob", ["void*"], "void*", H, L)
c_value_bytes = external("sqlite3_value_bytes", ["void*"], "int", H, L)
c_result_int64 = external("sqlite3_result_int64", ["void*", "int64_t"], "void", H, L)
c_result_double = external("sqlite3_result_double", ["void*", "double"], "void", H, L)
c_result_null = external("sqlite3_result_null", ["void*"], "void", H, L)
c_result_text = external("sqlite3_result_text", ["void*", "void*", "int", "void*"], "void", H, L)
c_result_blob = external("sqlite3_result_blob", ["void*", "void*", "int", "void*"], "void", H, L)
c_result_error = external("sqlite3_result_error", ["void*", "char*", "int"], "void", H, L)
c_aggregate_context = external("sqlite3_aggregate_context", ["void*", "int"], "void*", H, L)


def value_bytes(v: int, blob: bool) -> str:
    addr = c_value_blob(v) if blob else c_value_text(v)
    n = c_value_bytes(v)
    if addr == 0 or n <= 0:
        return ""
    return raw_mem_to_str(addr, n, 0)


def result_bytes(ctx: int, data: str, blob: bool) -> None:
    n = len(data)
    buf = raw_alloc(n + 1)
    try:
        raw_str_to_mem(data, buf, 0)
        if blob:
            c_result_blob(ctx, buf, n, SQLITE_TRANSIENT)
        else:
            c_result_text(ctx, buf, n, SQLITE_TRANSIENT)
    finally:
        raw_free(buf)


def agg_slot(ctx: int, alloc: bool) -> int:
    """The address of this aggregate instance's 8-byte slot (0 if none)."""
    return c_aggregate_context(ctx, 8 if alloc else 0)
