import sqlite3

conn = sqlite3.connect(':memory:')
conn.execute('create table n (v)')
conn.executemany('insert into n values (?)', [(i,) for i in range(1, 201)])
conn.create_function('ident', 1, lambda x: x)
print conn.execute('select ident(1), ident(2.5), ident(?), ident(?), ident(NULL), ident(?)',
                   ('s', u'\xe9', 2 ** 40)).fetchone()
print repr(str(conn.execute("select ident(x'00ff')").fetchone()[0]))
print conn.execute('select typeof(ident(?))', (buffer('ab'),)).fetchone()
conn.create_function('kinds', -1, lambda *a: ','.join(type(x).__name__ for x in a))
print conn.execute("select kinds(1, 1.0, 'a', x'01', NULL)").fetchone()
conn.create_function('big', 0, lambda: ''.join(str(i) for i in range(2000)))
print len(conn.execute('select big()').fetchone()[0])
# a callback that allocates a lot, many times (the collector runs meanwhile)
conn.create_function('junk', 1, lambda x: len([str(i) * 3 for i in range(x % 50)]))
print conn.execute('select sum(junk(v)) from n').fetchone()
def boom(x):
    raise ValueError(x)
conn.create_function('boom', 1, boom)
for sql in ['select boom(1)', 'select ident()', 'select nosuch(1)']:
    try:
        conn.execute(sql)
    except sqlite3.OperationalError as e:
        print 'OperationalError', e
conn.create_function('bad', 0, lambda: object())
try:
    conn.execute('select bad()')
except sqlite3.OperationalError as e:
    print 'OperationalError', e

class Stats(object):
    def __init__(self):
        self.vals = []
    def step(self, v):
        self.vals.append(v)
    def finalize(self):
        if not self.vals:
            return None
        return float(sum(self.vals)) / len(self.vals)
conn.create_aggregate('mean', 1, Stats)
print conn.execute('select mean(v) from n').fetchone()
print conn.execute('select mean(v) from n where v < 0').fetchone()
print conn.execute('select v % 3, mean(v) from n group by v % 3 order by 1').fetchall()
class BadStep(Stats):
    def step(self, v):
        raise KeyError(v)
class BadFinal(Stats):
    def finalize(self):
        return 1 / 0
class BadInit(object):
    def __init__(self):
        raise TypeError
conn.create_aggregate('badstep', 1, BadStep)
conn.create_aggregate('badfinal', 1, BadFinal)
conn.create_aggregate('badinit', 1, BadInit)
for name in ['badstep', 'badfinal', 'badinit']:
    try:
        conn.execute('select %s(v) from n' % name).fetchone()
    except sqlite3.OperationalError as e:
        print 'OperationalError', e

def bylen(a, b):
    return cmp(len(a), len(b)) or cmp(a, b)
conn.create_collation('bylen', bylen)
conn.execute('create table w (s)')
conn.executemany('insert into w values (?)', [(s,) for s in ['ccc', 'a', 'bb', 'aaa', 'b']])
print conn.execute('select s from w order by s collate bylen').fetchall()
print conn.execute('select s from w order by s collate BYLEN desc').fetchall()
conn.create_collation('bylen', None)
try:
    conn.execute('select s from w order by s collate bylen')
except sqlite3.OperationalError as e:
    print 'OperationalError', e
for args in [('bad name', bylen), ('ok', 5)]:
    try:
        conn.create_collation(*args)
    except Exception as e:
        print type(e).__name__, e

# a function that itself queries another connection
other = sqlite3.connect(':memory:')
other.execute('create table k (a, b)')
other.execute("insert into k values (1, 'one')")
other.execute("insert into k values (2, 'two')")
conn.create_function('lookup', 1, lambda a: other.execute('select b from k where a = ?', (a,)).fetchone()[0])
print conn.execute('select lookup(2), lookup(1)').fetchone()
# callbacks that run statements with callbacks on the same connection
conn.create_function('inc', 1, lambda x: x + 1)
conn.create_function('wrap', 1, lambda x: conn.execute('select inc(?) * 10', (x,)).fetchone()[0])
print conn.execute('select wrap(v) from n where v < 4').fetchall()
import sys
conn.create_function('leave', 0, lambda: sys.exit(3))
try:
    conn.execute('select leave()')
except BaseException as e:
    print type(e).__name__, e
print conn.execute('select inc(41)').fetchone()
conn.close()
other.close()
