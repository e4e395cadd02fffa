"""The connection and statement handles given out to app level (raw sqlite3*
and sqlite3_stmt* addresses as ints).  Every handle coming back is checked
here, so a closed, finalized or made-up one raises ValueError instead of
reaching libsqlite3 as a wild pointer."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


class _Live:
    def __init__(self) -> None:
        self.dbs: dict[int, bool] = {}
        self.stmts: dict[int, bool] = {}


live = _Live()


def db_w(space: "ObjSpace", w_db: W_Root) -> int:
    db = space.int_w(w_db)
    if db not in live.dbs:
        raise OperationError(space.w_ValueError, space.newstr("invalid sqlite3 connection handle"))
    return db


def stmt_w(space: "ObjSpace", w_stmt: W_Root) -> int:
    stmt = space.int_w(w_stmt)
    if stmt not in live.stmts:
        raise OperationError(space.w_ValueError, space.newstr("invalid sqlite3 statement handle"))
    return stmt
