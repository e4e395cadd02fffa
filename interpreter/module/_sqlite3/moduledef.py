"""_sqlite3: the low-level calls into Debian's libsqlite3 behind
lib-python/2.7/sqlite3 (connections and statements as integer handles)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.module.builtin.moduleobject import W_Module

DOC = "Low-level access to the SQLite library; use the sqlite3 package."


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, Builtin3
    from pypy27.interpreter.module._sqlite3 import interp_sqlite3 as q
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "_sqlite3", DOC)
    one = [("close", q.sq_close), ("step", q.sq_step), ("finalize", q.sq_finalize),
           ("reset", q.sq_reset), ("clear_bindings", q.sq_clear_bindings),
           ("bind_parameter_count", q.sq_bind_parameter_count),
           ("column_count", q.sq_column_count), ("row", q.sq_row),
           ("errmsg", q.sq_errmsg), ("errcode", q.sq_errcode), ("changes", q.sq_changes),
           ("total_changes", q.sq_total_changes), ("last_insert_rowid", q.sq_last_insert_rowid),
           ("get_autocommit", q.sq_get_autocommit), ("stmt_readonly", q.sq_stmt_readonly),
           ("interrupt", q.sq_interrupt), ("complete", q.sq_complete)]
    for name, fn1 in one:
        w_mod.setattr_str(space, name, Builtin1(name, fn1))
    two = [("open", q.sq_open), ("bind_null", q.sq_bind_null),
           ("bind_parameter_name", q.sq_bind_parameter_name),
           ("column_name", q.sq_column_name), ("column_decltype", q.sq_column_decltype),
           ("busy_timeout", q.sq_busy_timeout), ("row_text", q.sq_row_text)]
    for name, fn2 in two:
        w_mod.setattr_str(space, name, Builtin2(name, fn2))
    three = [("prepare", q.sq_prepare), ("bind_int64", q.sq_bind_int64),
             ("bind_double", q.sq_bind_double), ("bind_text", q.sq_bind_text),
             ("bind_blob", q.sq_bind_blob), ("bind_fast", q.sq_bind_fast)]
    for name, fn3 in three:
        w_mod.setattr_str(space, name, Builtin3(name, fn3))
    w_mod.setattr_str(space, "libversion", Builtin0("libversion", q.sq_libversion))
    _setup_callbacks(space, w_mod)
    return [w_mod]


@not_rpython
def _setup_callbacks(space: "ObjSpace", w_mod: "W_Module") -> None:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, BuiltinOpt
    from pypy27.interpreter.module._sqlite3 import interp_callbacks as c
    w_mod.setattr_str(space, "co_resume", Builtin0("co_resume", c.sq_co_resume))
    w_mod.setattr_str(space, "cb_info", Builtin0("cb_info", c.sq_cb_info))
    w_mod.setattr_str(space, "cb_args", Builtin0("cb_args", c.sq_cb_args))
    w_mod.setattr_str(space, "cb_collation", Builtin0("cb_collation", c.sq_cb_collation))
    one = [("cb_set_ret", c.sq_cb_set_ret), ("result_null", c.sq_result_null)]
    for name, fn1 in one:
        w_mod.setattr_str(space, name, Builtin1(name, fn1))
    two = [("co_call", c.sq_co_call), ("result_int", c.sq_result_int),
           ("result_float", c.sq_result_float), ("result_text", c.sq_result_text),
           ("result_blob", c.sq_result_blob), ("result_error", c.sq_result_error),
           ("agg_get", c.sq_agg_get), ("agg_set", c.sq_agg_set)]
    for name, fn2 in two:
        w_mod.setattr_str(space, name, Builtin2(name, fn2))
    w_mod.setattr_str(space, "create_function", BuiltinOpt("create_function", c.sq_create_function, 5, 5))
    w_mod.setattr_str(space, "create_collation", BuiltinOpt("create_collation", c.sq_create_collation, 4, 4))
