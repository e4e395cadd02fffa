"""The app-level functions of _sqlite3: integer handles and byte strings in,
ints, floats, strs and tuples out.  The DB-API classes are Python on top
(lib-python/2.7/sqlite3/dbapi2.py)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._sqlite3 import capi, handles
from pypy27.support.utf8 import utf8_check
from pypy27.interpreter.module._sqlite3.capi import (
    c_bind_double, c_bind_int64, c_bind_null, c_bind_parameter_count,
    c_bind_parameter_name, c_busy_timeout, c_changes, c_clear_bindings, c_close,
    c_column_count, c_column_decltype, c_column_double, c_column_int64, c_column_name,
    c_column_type, c_complete, c_errcode, c_finalize, c_get_autocommit, c_interrupt,
    c_last_insert_rowid, c_reset, c_step, c_stmt_readonly, c_total_changes)

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _opt_str(space: "ObjSpace", s: Optional[str]) -> W_Root:
    if s is None:
        return space.w_None
    return space.newstr(s)


def sq_open(space: "ObjSpace", w_name: W_Root, w_flags: W_Root) -> W_Root:
    rc, db = capi.open_db(space.str_w(w_name), space.int_w(w_flags))
    if db != 0:
        handles.live.dbs[db] = True
    return space.newtuple([space.newint(rc), space.newint(db)])


def sq_prepare(space: "ObjSpace", w_db: W_Root, w_sql: W_Root, w_start: W_Root) -> W_Root:
    sql = space.str_w(w_sql)
    start = space.int_w(w_start)
    if start < 0 or start > len(sql):
        raise space.value_error("bad start offset")
    rc, stmt, nxt = capi.prepare(handles.db_w(space, w_db), sql, start)
    if stmt != 0:
        handles.live.stmts[stmt] = True
    return space.newtuple([space.newint(rc), space.newint(stmt), space.newint(nxt)])


def sq_close(space: "ObjSpace", w_db: W_Root) -> W_Root:
    db = handles.db_w(space, w_db)
    rc = c_close(db)
    if rc == 0:
        del handles.live.dbs[db]
    return space.newint(rc)


def sq_step(space: "ObjSpace", w_stmt: W_Root) -> W_Root:
    return space.newint(c_step(handles.stmt_w(space, w_stmt)))


def sq_finalize(space: "ObjSpace", w_stmt: W_Root) -> W_Root:
    stmt = handles.stmt_w(space, w_stmt)
    del handles.live.stmts[stmt]  # freed whatever the result code
    return space.newint(c_finalize(stmt))


def sq_reset(space: "ObjSpace", w_stmt: W_Root) -> W_Root:
    return space.newint(c_reset(handles.stmt_w(space, w_stmt)))


def sq_clear_bindings(space: "ObjSpace", w_stmt: W_Root) -> W_Root:
    return space.newint(c_clear_bindings(handles.stmt_w(space, w_stmt)))


def sq_bind_int64(space: "ObjSpace", w_stmt: W_Root, w_i: W_Root, w_v: W_Root) -> W_Root:
    return space.newint(c_bind_int64(handles.stmt_w(space, w_stmt), space.int_w(w_i), space.int_w(w_v)))


def sq_bind_double(space: "ObjSpace", w_stmt: W_Root, w_i: W_Root, w_v: W_Root) -> W_Root:
    stmt = handles.stmt_w(space, w_stmt)
    i = space.int_w(w_i)
    v = space.float_w(w_v)
    rc = c_bind_double(stmt, i, v)
    return space.newint(rc)


def sq_bind_text(space: "ObjSpace", w_stmt: W_Root, w_i: W_Root, w_v: W_Root) -> W_Root:
    return space.newint(capi.bind_text(handles.stmt_w(space, w_stmt), space.int_w(w_i), space.str_w(w_v)))


def sq_bind_blob(space: "ObjSpace", w_stmt: W_Root, w_i: W_Root, w_v: W_Root) -> W_Root:
    return space.newint(capi.bind_blob(handles.stmt_w(space, w_stmt), space.int_w(w_i), space.str_w(w_v)))


def sq_bind_null(space: "ObjSpace", w_stmt: W_Root, w_i: W_Root) -> W_Root:
    return space.newint(c_bind_null(handles.stmt_w(space, w_stmt), space.int_w(w_i)))


def sq_bind_parameter_count(space: "ObjSpace", w_stmt: W_Root) -> W_Root:
    return space.newint(c_bind_parameter_count(handles.stmt_w(space, w_stmt)))


def sq_bind_parameter_name(space: "ObjSpace", w_stmt: W_Root, w_i: W_Root) -> W_Root:
    return _opt_str(space, c_bind_parameter_name(handles.stmt_w(space, w_stmt), space.int_w(w_i)))


def sq_column_count(space: "ObjSpace", w_stmt: W_Root) -> W_Root:
    return space.newint(c_column_count(handles.stmt_w(space, w_stmt)))


def sq_column_name(space: "ObjSpace", w_stmt: W_Root, w_i: W_Root) -> W_Root:
    return _opt_str(space, c_column_name(handles.stmt_w(space, w_stmt), space.int_w(w_i)))


def sq_column_decltype(space: "ObjSpace", w_stmt: W_Root, w_i: W_Root) -> W_Root:
    return _opt_str(space, c_column_decltype(handles.stmt_w(space, w_stmt), space.int_w(w_i)))


def sq_row(space: "ObjSpace", w_stmt: W_Root) -> W_Root:
    """The current row: ints, floats, None; text as a str of UTF-8 bytes;
    a blob as a 1-tuple holding its bytes (the caller makes the buffer)."""
    stmt = handles.stmt_w(space, w_stmt)
    n = c_column_count(stmt)
    items_w: list[W_Root] = []
    for i in range(n):
        t = c_column_type(stmt, i)
        if t == capi.SQLITE_INTEGER:
            items_w.append(space.newint(c_column_int64(stmt, i)))
        elif t == capi.SQLITE_FLOAT:
            items_w.append(space.newfloat(c_column_double(stmt, i)))
        elif t == capi.SQLITE_TEXT:
            items_w.append(space.newstr(capi.column_text(stmt, i)))
        elif t == capi.SQLITE_BLOB:
            items_w.append(space.newtuple([space.newstr(capi.column_blob(stmt, i))]))
        else:
            items_w.append(space.w_None)
    return space.newtuple(items_w)


def sq_errmsg(space: "ObjSpace", w_db: W_Root) -> W_Root:
    return space.newstr(capi.errmsg(handles.db_w(space, w_db)))


def sq_errcode(space: "ObjSpace", w_db: W_Root) -> W_Root:
    return space.newint(c_errcode(handles.db_w(space, w_db)))


def sq_changes(space: "ObjSpace", w_db: W_Root) -> W_Root:
    return space.newint(c_changes(handles.db_w(space, w_db)))


def sq_total_changes(space: "ObjSpace", w_db: W_Root) -> W_Root:
    return space.newint(c_total_changes(handles.db_w(space, w_db)))


def sq_last_insert_rowid(space: "ObjSpace", w_db: W_Root) -> W_Root:
    return space.newint(c_last_insert_rowid(handles.db_w(space, w_db)))


def sq_get_autocommit(space: "ObjSpace", w_db: W_Root) -> W_Root:
    return space.newint(c_get_autocommit(handles.db_w(space, w_db)))


def sq_stmt_readonly(space: "ObjSpace", w_stmt: W_Root) -> W_Root:
    return space.newint(c_stmt_readonly(handles.stmt_w(space, w_stmt)))


def sq_busy_timeout(space: "ObjSpace", w_db: W_Root, w_ms: W_Root) -> W_Root:
    return space.newint(c_busy_timeout(handles.db_w(space, w_db), space.int_w(w_ms)))


def sq_interrupt(space: "ObjSpace", w_db: W_Root) -> W_Root:
    c_interrupt(handles.db_w(space, w_db))
    return space.w_None


def sq_complete(space: "ObjSpace", w_sql: W_Root) -> W_Root:
    return space.newint(c_complete(space.str_w(w_sql)))


def sq_libversion(space: "ObjSpace") -> W_Root:
    return space.newstr(capi.libversion())


def _has_8bit(s: str) -> bool:
    for c in s:
        if ord(c) >= 0x80:
            return True
    return False


def sq_bind_fast(space: "ObjSpace", w_stmt: W_Root, w_params: W_Root, w_strict: W_Root) -> W_Root:
    """Bind the leading parameters of plain types (int, float, str, unicode,
    None); returns how many were bound -- the caller does the rest, with
    2.7's adaptation and error messages."""
    stmt = handles.stmt_w(space, w_stmt)
    strict = space.is_true(w_strict)
    items_w = space.listview(w_params)
    for i in range(len(items_w)):
        w_v = items_w[i]
        w_t = space.type(w_v)
        if w_t is space.w_int:
            rc = c_bind_int64(stmt, i + 1, space.int_w(w_v))
        elif w_t is space.w_float:
            rc = c_bind_double(stmt, i + 1, space.float_w(w_v))
        elif w_t is space.w_str:
            s = space.str_w(w_v)
            if strict and _has_8bit(s):
                return space.newint(i)
            rc = capi.bind_text(stmt, i + 1, s)
        elif w_t is space.w_unicode:
            rc = capi.bind_text(stmt, i + 1, space.unicode_w(w_v))
        elif w_v is space.w_None:
            rc = c_bind_null(stmt, i + 1)
        else:
            return space.newint(i)
        if rc != 0:
            return space.newint(i)
    return space.newint(len(items_w))


def sq_row_text(space: "ObjSpace", w_stmt: W_Root, w_decode: W_Root) -> W_Root:
    """Like row(), but text is decoded from UTF-8 when decode is true.  The
    result is a tuple when every value is final, else a list in which blobs
    are 1-tuples and undecodable text is a str (the caller finishes it)."""
    stmt = handles.stmt_w(space, w_stmt)
    decode = space.is_true(w_decode)
    n = c_column_count(stmt)
    items_w: list[W_Root] = []
    final = True
    for i in range(n):
        t = c_column_type(stmt, i)
        if t == capi.SQLITE_INTEGER:
            items_w.append(space.newint(c_column_int64(stmt, i)))
        elif t == capi.SQLITE_FLOAT:
            items_w.append(space.newfloat(c_column_double(stmt, i)))
        elif t == capi.SQLITE_TEXT:
            s = capi.column_text(stmt, i)
            if decode and utf8_check(s, True) < 0:
                items_w.append(space.newunicode(s))
            else:
                items_w.append(space.newstr(s))
                if decode:
                    final = False
        elif t == capi.SQLITE_BLOB:
            items_w.append(space.newtuple([space.newstr(capi.column_blob(stmt, i))]))
            final = False
        else:
            items_w.append(space.w_None)
    if final:
        return space.newtuple(items_w)
    return space.newlist(items_w)
