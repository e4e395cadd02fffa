# Misuse of connections, cursors and callbacks raises 2.7's exceptions (the
# low-level handles behind them are checked before reaching libsqlite3).
import sqlite3


def show(label, f, *args):
    try:
        r = f(*args)
        print label, "->", repr(r)[:60]
    except Exception as e:
        print label, "->", type(e).__name__, str(e)[:70]


con = sqlite3.connect(":memory:")
cur = con.cursor()
show("create", lambda: cur.execute("create table t (a, b)") is cur)
show("bad sql", cur.execute, "selec 1")
show("bad params", cur.execute, "insert into t values (?, ?)", (1,))
show("bad param type", cur.execute, "insert into t values (?, ?)", (1, object()))
show("two statements", cur.execute, "select 1; select 2")
show("executemany", lambda: cur.executemany("insert into t values (?, ?)", [(1, 2), (3, 4)]).rowcount)


class Agg(object):
    def __init__(self):
        self.n = 0

    def step(self, v):
        self.n += 1 / v

    def finalize(self):
        return self.n


con.create_function("boom", 1, lambda v: 1 / v)
con.create_aggregate("agg", 1, Agg)
con.create_collation("rev", lambda a, b: -cmp(a, b))
show("function", lambda: cur.execute("select boom(a) from t").fetchall())
show("function raises", lambda: cur.execute("select boom(0)").fetchall())
show("aggregate", lambda: cur.execute("select agg(a) from t").fetchall())
show("aggregate raises", lambda: cur.execute("select agg(0)").fetchall())
show("collation", lambda: cur.execute("select a from t order by a collate rev").fetchall())
show("no collation", lambda: cur.execute("select a from t order by a collate nosuch").fetchall())
show("create_function bad", con.create_function, None, 1, len)
stale = con.cursor()
stale.execute("select * from t")
con.close()
show("closed execute", con.execute, "select 1")
show("closed cursor", cur.execute, "select 1")
show("closed fetch", stale.fetchone)
show("closed commit", con.commit)
show("closed close", con.close)
show("closed function", con.create_function, "f", 1, len)
show("bad connect", sqlite3.connect, "/nonexistent/dir/db")
con = sqlite3.connect(":memory:")
for args in [(None, 1, len), (1, 1, len), ("f", "x", len), ("f", 1.5, len), ("f", 2 ** 70, len),
             (u"\xe9", 1, len), ("a\0b", 1, len)]:
    show("create_function%r" % (args[:2],), con.create_function, *args)
    show("create_aggregate%r" % (args[:2],), con.create_aggregate, *args)
