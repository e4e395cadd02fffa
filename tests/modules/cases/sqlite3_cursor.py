import sqlite3

conn = sqlite3.connect(':memory:')
cur = conn.cursor()
print cur.rowcount, cur.lastrowid, cur.description, cur.arraysize
cur.execute('create table t (a integer, b text, c real, d blob)')
print cur.rowcount, cur.lastrowid, cur.description
cur.execute('insert into t values (?, ?, ?, ?)', (1, 'one', 1.0, buffer('x\x00y')))
print cur.rowcount, cur.lastrowid
cur.execute('insert into t values (:a, :b, :c, :d)', {'a': 2, 'b': u'two\u20ac', 'c': None, 'd': None})
print cur.rowcount, cur.lastrowid
cur.executemany('insert into t (a, b) values (?, ?)', iter([(3, 'x'), (4, 'y'), (5, 'z')]))
print cur.rowcount, cur.lastrowid
cur.execute('update t set c = 9.5 where a > 2')
print cur.rowcount, cur.lastrowid
cur.execute('select a, b AS bee, c, d from t order by a')
print cur.description
print cur.rowcount
print [(a, b, c, str(d)) for a, b, c, d in cur.fetchmany()]
cur.arraysize = 2
print cur.fetchmany()
print cur.fetchmany(5)
print cur.fetchmany(), cur.fetchone(), cur.fetchall()
print conn.total_changes
print list(conn.execute('select a * 2 from t where a in (?, ?)', [1, 5]))
print conn.execute('select count(*) from t where b is null').fetchone()
print conn.execute('select typeof(?), typeof(?), typeof(?), typeof(?), typeof(?)',
                   (1, 1L, 1.5, 'a', None)).fetchone()
print conn.execute('select ?', (True,)).fetchone()
print conn.execute('select ?', (-2 ** 63,)).fetchone()
print repr(conn.execute('select ?', ('',)).fetchone()[0])
print repr(str(conn.execute("select x''").fetchone()[0]))
print conn.execute("select 'a' || ?", (u'\xe9',)).fetchone()
for bad in [(2 ** 63,), (object(),), ([1],)]:
    try:
        conn.execute('select ?', bad)
    except Exception as e:
        print type(e).__name__, e
for args in [('select ?, ?', (1,)), ('select :x', {'y': 1}), ('select ?', 5),
             ('select 1; select 2', ()), (5, ())]:
    try:
        conn.execute(*args)
    except Exception as e:
        print type(e).__name__, e
try:
    conn.executemany('select ?', [(1,)])
except Exception as e:
    print type(e).__name__, e
cur.close()
try:
    cur.execute('select 1')
except Exception as e:
    print type(e).__name__, e
try:
    cur.fetchone()
except Exception as e:
    print type(e).__name__, e
c2 = conn.execute('select 1 union select 2')
print c2.next(), c2.next()
try:
    c2.next()
except StopIteration:
    print 'stop'
print conn.execute('select 1 -- trailing comment').fetchall()
print conn.execute('  /* lead */ select 3;  ').fetchall()
print sqlite3.complete_statement('select 1;'), sqlite3.complete_statement('select 1')
print issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.Warning, StandardError)
print conn.Error is sqlite3.Error, sqlite3.Error.__bases__, sqlite3.InterfaceError.__bases__
print [c.__name__ for c in sqlite3.ProgrammingError.__mro__]
conn.close()
conn.close()
try:
    conn.cursor()
except sqlite3.ProgrammingError as e:
    print e
