# Connection.iterdump(): the database as a script of SQL statements.


def _quote_value(v):
    if v is None:
        return 'NULL'
    if isinstance(v, (int, long, float)):
        return repr(v)
    if isinstance(v, buffer):
        return "X'%s'" % str(v).encode('hex').upper()
    if isinstance(v, unicode):
        v = v.encode('utf-8')
    return "'%s'" % v.replace("'", "''")


def _iterdump(connection):
    yield 'BEGIN TRANSACTION;'
    cu = connection.cursor()
    tables = cu.execute(
        "SELECT name, type, sql FROM sqlite_master "
        "WHERE sql NOT NULL AND type == 'table' ORDER BY name").fetchall()
    for name, kind, sql in tables:
        if name == 'sqlite_sequence':
            yield 'DELETE FROM "sqlite_sequence";'
        elif name == 'sqlite_stat1':
            yield 'ANALYZE "sqlite_master";'
        elif name.startswith('sqlite_'):
            continue
        else:
            yield '%s;' % sql
        qname = name.replace('"', '""')
        cols = [r[1] for r in cu.execute('PRAGMA table_info("%s")' % qname).fetchall()]
        rows = connection.cursor().execute('SELECT * FROM "%s"' % qname)
        for row in rows:
            yield 'INSERT INTO "%s" VALUES(%s);' % (
                qname, ','.join([_quote_value(v) for v in row]))
    others = cu.execute(
        "SELECT name, type, sql FROM sqlite_master "
        "WHERE sql NOT NULL AND type IN ('index', 'trigger', 'view') ORDER BY name").fetchall()
    for name, kind, sql in others:
        yield '%s;' % sql
    yield 'COMMIT;'
