import sqlite3
import datetime
import os

path = '/tmp/_sqlite3_transactions_case.db'
if os.path.exists(path):
    os.remove(path)
a = sqlite3.connect(path)
b = sqlite3.connect(path, timeout=0.1)
print a.isolation_level == '', a.total_changes
a.execute('create table t (v)')
a.execute('insert into t values (1)')
print b.execute('select count(*) from t').fetchone()
a.commit()
print b.execute('select count(*) from t').fetchone()
a.execute('insert into t values (2)')
a.rollback()
print a.execute('select v from t').fetchall()
a.isolation_level = None
a.execute('insert into t values (3)')
print b.execute('select v from t order by v').fetchall()
a.isolation_level = 'IMMEDIATE'
a.execute('insert into t values (4)')
a.execute('create table u (x)')
print b.execute('select v from t order by v').fetchall()
with a:
    a.execute('insert into u values (5)')
print b.execute('select x from u').fetchall()
a.close()
b.close()
os.remove(path)

conn = sqlite3.connect(':memory:')
conn.executescript('''
    create table p (id integer primary key, name text, born date, seen timestamp);
    insert into p (name) values ('Zed');
    -- a comment
    insert into p (name) values ("O'Neil");
''')
print conn.execute('select * from p').fetchall()
conn.row_factory = sqlite3.Row
r = conn.execute('select id, name as Label from p').fetchone()
print r.keys(), r['label'], r['LABEL'], r[0], r[-1], len(r), list(r)
try:
    r[0:1]
except ValueError as e:
    print 'ValueError', e
try:
    r['nope']
except IndexError as e:
    print 'IndexError', e
r2 = conn.execute('select id, name as Label from p').fetchone()
print r == r2, r != r2, hash(r) == hash(r2)
conn.row_factory = lambda cur, row: dict(zip([d[0] for d in cur.description], row))
print sorted(conn.execute('select id, name from p where id = 1').fetchone().items())
conn.row_factory = None
conn.text_factory = str
print conn.execute('select name from p').fetchall()
conn.text_factory = lambda s: s.upper()
print conn.execute('select name from p').fetchall()
conn.text_factory = unicode
try:
    conn.execute("insert into p (name) values (?)", ('\xff\xfe',))
except sqlite3.ProgrammingError as e:
    print 'ProgrammingError', e
conn.execute("insert into p (name) values ('\xff\xfe')")
try:
    conn.execute("select name from p where id = 3").fetchone()
except sqlite3.OperationalError as e:
    print 'OperationalError', e
conn.execute('delete from p where id = 3')

d = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
d.execute('create table e (day date, at timestamp, n integer)')
d.execute('insert into e values (?, ?, ?)',
          (datetime.date(2020, 2, 29), datetime.datetime(2021, 3, 4, 5, 6, 7, 800), 7))
print d.execute('select * from e').fetchone()
print d.execute('select at as "d [timestamp]", day as "e [date]" from e').fetchone()
print d.execute('select at as "d [timestamp]" from e').description
class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
sqlite3.register_adapter(Point, lambda p: '%s;%s' % (p.x, p.y))
sqlite3.register_converter('point', lambda s: Point(*map(float, s.split(';'))))
d.execute('create table pts (p point)')
d.execute('insert into pts values (?)', (Point(1, 2.5),))
print d.execute('select p from pts').fetchone()
print d.execute('select p as "q [point]" from pts').fetchone()
print d.execute('select n as "n [foo]", 1 as "bare [", 2 as "x [y] z", 3 as "[q]" from e').description
class Conform(object):
    def __conform__(self, proto):
        if proto is sqlite3.PrepareProtocol:
            return 'conformed'
print d.execute('select ?', (Conform(),)).fetchone()

print '\n'.join(conn.iterdump())
print sqlite3.version, sqlite3.version_info, sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES
print sqlite3.Binary is buffer, sqlite3.Date is datetime.date, sqlite3.SQLITE_DENY
print isinstance(sqlite3.sqlite_version, str), len(sqlite3.sqlite_version_info)
import sqlite3
r = sqlite3.connect(':memory:')
r.execute('create table t (v)')
r.executemany('insert into t values (?)', [(i,) for i in range(5)])
cur = r.execute('select v from t')
print cur.fetchone()
r.commit()
try:
    print cur.fetchone(), cur.fetchall()
except Exception as e:
    print type(e).__name__, e
cur = r.execute('select v from t')
print cur.fetchone()
r.execute('insert into t values (9)')
r.rollback()
try:
    print cur.fetchone(), cur.fetchall()
except Exception as e:
    print type(e).__name__, e
