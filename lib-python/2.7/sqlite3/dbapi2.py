# The DB-API 2.0 interface to SQLite, written over the low-level built-in
# module _sqlite3 (connections and statements are integer handles there).
import datetime
import sys as _sys
import time as _time

import _sqlite3 as _lib

paramstyle = 'qmark'
threadsafety = 1
apilevel = '2.0'
version = '2.6.0'
version_info = (2, 6, 0)
sqlite_version = _lib.libversion()
sqlite_version_info = tuple([int(x) for x in sqlite_version.split('.')])

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

SQLITE_OK = 0
SQLITE_DENY = 1
SQLITE_IGNORE = 2
SQLITE_CREATE_INDEX = 1
SQLITE_CREATE_TABLE = 2
SQLITE_CREATE_TEMP_INDEX = 3
SQLITE_CREATE_TEMP_TABLE = 4
SQLITE_CREATE_TEMP_TRIGGER = 5
SQLITE_CREATE_TEMP_VIEW = 6
SQLITE_CREATE_TRIGGER = 7
SQLITE_CREATE_VIEW = 8
SQLITE_DELETE = 9
SQLITE_DROP_INDEX = 10
SQLITE_DROP_TABLE = 11
SQLITE_DROP_TEMP_INDEX = 12
SQLITE_DROP_TEMP_TABLE = 13
SQLITE_DROP_TEMP_TRIGGER = 14
SQLITE_DROP_TEMP_VIEW = 15
SQLITE_DROP_TRIGGER = 16
SQLITE_DROP_VIEW = 17
SQLITE_INSERT = 18
SQLITE_PRAGMA = 19
SQLITE_READ = 20
SQLITE_SELECT = 21
SQLITE_TRANSACTION = 22
SQLITE_UPDATE = 23
SQLITE_ATTACH = 24
SQLITE_DETACH = 25
SQLITE_ALTER_TABLE = 26
SQLITE_REINDEX = 27
SQLITE_ANALYZE = 28

# result codes of the C library that the cursor looks at
_SQLITE_ROW = 100
_SQLITE_DONE = 101
_OPEN_READWRITE_CREATE = 0x2 | 0x4


class Warning(StandardError):
    pass


class Error(StandardError):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class InternalError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class DataError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _cls in (Warning, Error, InterfaceError, DatabaseError, InternalError,
             OperationalError, ProgrammingError, IntegrityError, DataError,
             NotSupportedError):
    _cls.__module__ = 'sqlite3'
del _cls

# which exception a primary result code of the library becomes
_ERRORS = {
    2: InternalError, 12: InternalError,
    11: DatabaseError,
    18: DataError,
    19: IntegrityError, 20: IntegrityError,
    21: ProgrammingError,
}
for _code in (1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17):
    _ERRORS[_code] = OperationalError
del _code


def _error_for(db, rc):
    code = rc & 0xff
    if code == 7:
        return MemoryError()
    return _ERRORS.get(code, DatabaseError)(_lib.errmsg(db))


class OptimizedUnicode(object):
    """text_factory marker: ASCII text as str, other text as unicode."""


# ---------------------------------------------------------------- adapters

class PrepareProtocol(object):
    pass


adapters = {}
converters = {}


def register_adapter(typ, callable):
    adapters[(typ, PrepareProtocol)] = callable


def register_converter(name, callable):
    converters[name.upper()] = callable


def adapt(obj, proto=PrepareProtocol, alt=None):
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(obj, '__conform__', None)
    if conform is not None:
        r = conform(proto)
        if r is not None:
            return r
    if alt is not None:
        return alt
    raise ProgrammingError('can\'t adapt')


def complete_statement(statement):
    if isinstance(statement, unicode):
        statement = statement.encode('utf-8')
    return bool(_lib.complete(statement))


_tracebacks = [False]


def enable_callback_tracebacks(flag):
    _tracebacks[0] = bool(flag)


def enable_shared_cache(do_enable):
    pass


Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
Binary = buffer


def DateFromTicks(ticks):
    return Date(*_time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*_time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*_time.localtime(ticks)[:6])


def _adapt_date(val):
    return val.isoformat()


def _adapt_datetime(val):
    return val.isoformat(' ')


def _convert_date(val):
    return datetime.date(*map(int, val.split('-')))


def _convert_timestamp(val):
    datepart, timepart = val.split(' ')
    year, month, day = map(int, datepart.split('-'))
    timepart_full = timepart.split('.')
    hours, minutes, seconds = map(int, timepart_full[0].split(':'))
    if len(timepart_full) == 2:
        microseconds = int('{:0<6.6}'.format(timepart_full[1].decode()))
    else:
        microseconds = 0
    return datetime.datetime(year, month, day, hours, minutes, seconds, microseconds)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter('date', _convert_date)
register_converter('timestamp', _convert_timestamp)


# ---------------------------------------------------------------- statements

def _statement_kind(sql):
    """The first keyword of sql, lower-cased (2.7 looks only at that)."""
    i = 0
    n = len(sql)
    while i < n and sql[i] in ' \t\n\r\f\v':
        i += 1
    j = i
    while j < n and sql[j].isalnum():
        j += 1
    word = sql[i:j].lower()
    if word in ('select', 'insert', 'update', 'delete', 'replace'):
        return word
    return 'other'


def _only_blanks_and_comments(sql, pos):
    n = len(sql)
    while pos < n:
        c = sql[pos]
        if c in ' \t\n\r\f\v':
            pos += 1
        elif sql.startswith('--', pos):
            end = sql.find('\n', pos)
            if end < 0:
                return True
            pos = end + 1
        elif sql.startswith('/*', pos):
            end = sql.find('*/', pos + 2)
            if end < 0:
                return True
            pos = end + 2
        elif c == ';':
            pos += 1
        else:
            return False
    return True


def _sql_bytes(sql, what):
    if isinstance(sql, unicode):
        return sql.encode('utf-8')
    if isinstance(sql, str):
        return sql
    raise ValueError(what)


_8BIT_MSG = ('You must not use 8-bit bytestrings unless you use a text_factory that can '
             'interpret 8-bit bytestrings (like text_factory = str). It is highly '
             'recommended that you instead just switch your application to Unicode strings.')


def _has_8bit(s):
    for c in s:
        if c >= '\x80':
            return True
    return False


def _bind_one(stmt, i, value, label, strict_text):
    if type(value) not in (int, long, float, str, unicode, buffer) and value is not None:
        value = adapt(value, PrepareProtocol, value)
    if value is None:
        rc = _lib.bind_null(stmt, i)
    elif isinstance(value, (int, long)):
        if not -0x8000000000000000 <= value <= 0x7fffffffffffffff:
            raise OverflowError('Python int too large to convert to SQLite INTEGER')
        rc = _lib.bind_int64(stmt, i, int(value))
    elif isinstance(value, float):
        rc = _lib.bind_double(stmt, i, value)
    elif isinstance(value, unicode):
        rc = _lib.bind_text(stmt, i, value.encode('utf-8'))
    elif isinstance(value, str):
        if strict_text and _has_8bit(value):
            raise ProgrammingError(_8BIT_MSG)
        rc = _lib.bind_text(stmt, i, value)
    elif isinstance(value, buffer):
        rc = _lib.bind_blob(stmt, i, str(value))
    else:
        rc = -1
    if rc != 0:
        raise InterfaceError('Error binding parameter %s - probably unsupported type.' % label)


def _bind_all(stmt, params, strict_text):
    count = _lib.bind_parameter_count(stmt)
    if isinstance(params, dict):
        for i in range(1, count + 1):
            name = _lib.bind_parameter_name(stmt, i)
            if name is None:
                raise ProgrammingError('Binding %d has no name, but you supplied a '
                                       'dictionary (which has only names).' % i)
            key = name[1:]
            try:
                value = params[key]
            except KeyError:
                raise ProgrammingError('You did not supply a value for binding %d.' % i)
            _bind_one(stmt, i, value, name, strict_text)
        return
    if not isinstance(params, (tuple, list)):
        try:
            len(params)
            params[0:0]
        except Exception:
            raise ValueError('parameters are of unsupported type')
    if len(params) != count:
        raise ProgrammingError('Incorrect number of bindings supplied. The current statement '
                               'uses %d, and there are %d supplied.' % (count, len(params)))
    start = 0
    if type(params) is tuple or type(params) is list:
        start = _lib.bind_fast(stmt, params, strict_text)
    for i in range(start, count):
        _bind_one(stmt, i + 1, params[i], i, strict_text)


# ---------------------------------------------------------------- callbacks
# The library's step/reset/finalize/close run on their own C stack; when
# SQLite wants a user function, aggregate or collation, the call returns
# _PENDING, we serve the callback here and resume it (see _sqlite3).

_PENDING = -2
_callbacks = {}         # id given to the library -> Python callable or class
_aggregates = {}        # id of a running aggregate instance -> the instance
_ids = [0]


def _new_id():
    _ids[0] += 1
    return _ids[0]


def _call_c(op, handle):
    rc = _lib.co_call(op, handle)
    escaped = None
    while rc == _PENDING:
        try:
            _serve_callback()
        except BaseException:
            # e.g. SystemExit from a callback: the library call must still
            # be finished before the exception goes on
            if escaped is None:
                escaped = _sys.exc_info()
            kind, fid, ctx = _lib.cb_info()
            if kind != 4:
                _lib.result_error(ctx, 'user-defined function raised exception')
        rc = _lib.co_resume()
    if escaped is not None:
        raise escaped[0], escaped[1], escaped[2]
    return rc


def _from_sql(v):
    if isinstance(v, str):
        try:
            return v.decode('utf-8')
        except UnicodeDecodeError:
            return v
    if isinstance(v, tuple):
        return buffer(v[0])
    return v


def _set_result(ctx, r):
    if r is None:
        _lib.result_null(ctx)
    elif isinstance(r, (int, long)):
        if not -0x8000000000000000 <= r <= 0x7fffffffffffffff:
            raise OverflowError('Python int too large to convert to SQLite INTEGER')
        _lib.result_int(ctx, int(r))
    elif isinstance(r, float):
        _lib.result_float(ctx, r)
    elif isinstance(r, unicode):
        _lib.result_text(ctx, r.encode('utf-8'))
    elif isinstance(r, str):
        _lib.result_text(ctx, r)
    elif isinstance(r, buffer):
        _lib.result_blob(ctx, str(r))
    else:
        raise TypeError('unsupported result type')


def _report(msg):
    if _tracebacks[0]:
        import traceback
        traceback.print_exc()


def _serve_callback():
    kind, fid, ctx = _lib.cb_info()
    if kind == 4:
        a, b = _lib.cb_collation()
        try:
            r = _callbacks[fid](a, b)
            r = int(r)
        except BaseException:
            _report('collation')
            r = 0
        _lib.cb_set_ret(1 if r > 0 else (-1 if r < 0 else 0))
        return
    if kind == 1:
        try:
            _set_result(ctx, _callbacks[fid](*[_from_sql(v) for v in _lib.cb_args()]))
        except BaseException:
            _report('function')
            _lib.result_error(ctx, 'user-defined function raised exception')
        return
    iid = _lib.agg_get(ctx, kind == 2)
    inst = _aggregates.get(iid) if iid else None
    if inst is None:
        try:
            inst = _callbacks[fid]()
        except BaseException:
            _report('__init__')
            _lib.result_error(ctx, "user-defined aggregate's '__init__' method raised error")
            return
        iid = _new_id()
        _aggregates[iid] = inst
        if kind == 2:
            _lib.agg_set(ctx, iid)
    if kind == 2:
        try:
            inst.step(*[_from_sql(v) for v in _lib.cb_args()])
        except BaseException:
            _report('step')
            _lib.result_error(ctx, "user-defined aggregate's 'step' method raised error")
        return
    del _aggregates[iid]
    try:
        _set_result(ctx, inst.finalize())
    except BaseException:
        _report('finalize')
        _lib.result_error(ctx, "user-defined aggregate's 'finalize' method raised error")


# ---------------------------------------------------------------- connection

class Connection(object):

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    InternalError = InternalError
    OperationalError = OperationalError
    ProgrammingError = ProgrammingError
    IntegrityError = IntegrityError
    DataError = DataError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level='',
                 check_same_thread=True, factory=None, cached_statements=100):
        self._db = 0
        self._stmts = {}
        if isinstance(database, unicode):
            database = database.encode('utf-8')
        rc, db = _lib.open(database, _OPEN_READWRITE_CREATE)
        if rc != 0:
            err = _error_for(db, rc)
            if db:
                _lib.close(db)
            raise err
        self._db = db
        _lib.busy_timeout(db, int(timeout * 1000))
        self.detect_types = detect_types
        self.row_factory = None
        self.text_factory = unicode
        self._isolation_level = None
        self._begin = None
        self.isolation_level = isolation_level

    # state checks and low-level helpers
    def _check(self):
        if not self._db:
            raise ProgrammingError('Cannot operate on a closed database.')

    def _prepare(self, sql, start=0):
        rc, stmt, nxt = _lib.prepare(self._db, sql, start)
        if rc != 0:
            raise _error_for(self._db, rc)
        if stmt:
            self._stmts[stmt] = None
        return stmt, nxt

    def _finalize(self, stmt):
        if stmt in self._stmts:
            del self._stmts[stmt]
            _call_c(2, stmt)

    def _run(self, sql):
        stmt, nxt = self._prepare(sql)
        if not stmt:
            return
        try:
            rc = _call_c(0, stmt)
            if rc not in (_SQLITE_ROW, _SQLITE_DONE):
                _call_c(1, stmt)
                raise _error_for(self._db, rc)
        finally:
            self._finalize(stmt)

    def _in_transaction(self):
        return not _lib.get_autocommit(self._db)

    def _reset_cursors(self):
        # 2.7: after a rollback, cursors with unfinished results refuse to go on
        for stmt, cur in self._stmts.items():
            _call_c(1, stmt)
            if cur is not None:
                cur._reset = True

    # public API
    def _get_isolation_level(self):
        return self._isolation_level

    def _set_isolation_level(self, level):
        if level is None:
            if self._db and self._in_transaction():
                self.commit()
            self._begin = None
        else:
            if not isinstance(level, basestring):
                raise TypeError('isolation_level must be a string or None')
            self._begin = 'BEGIN ' + level
        self._isolation_level = level

    isolation_level = property(_get_isolation_level, _set_isolation_level)

    @property
    def total_changes(self):
        self._check()
        return _lib.total_changes(self._db)

    def cursor(self, factory=None):
        self._check()
        if factory is None:
            factory = Cursor
        cur = factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError('factory must return a cursor, not %s' % type(cur).__name__)
        if self.row_factory is not None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, *args):
        return self.cursor().execute(*args)

    def executemany(self, *args):
        return self.cursor().executemany(*args)

    def executescript(self, *args):
        return self.cursor().executescript(*args)

    def commit(self):
        self._check()
        if self._in_transaction():
            self._run('COMMIT')

    def rollback(self):
        self._check()
        if self._in_transaction():
            self._reset_cursors()
            self._run('ROLLBACK')

    def close(self):
        if self._db:
            for stmt in self._stmts.keys():
                _call_c(2, stmt)
            self._stmts.clear()
            rc = _call_c(3, self._db)
            if rc != 0:
                raise _error_for(self._db, rc)
            self._db = 0

    def interrupt(self):
        self._check()
        _lib.interrupt(self._db)

    def iterdump(self):
        from sqlite3.dump import _iterdump
        return _iterdump(self)

    def _no_callbacks(self, what):
        self._check()
        raise NotSupportedError('%s() is not supported by this interpreter' % what)

    def _create(self, name, num_params, obj, aggregate):
        self._check()
        # 2.7 parses (name, num_params) with "si": its wording, per method
        where = 'create_aggregate() ' if aggregate else ''
        if not isinstance(name, basestring):
            kind = 'None' if name is None else type(name).__name__
            raise TypeError('%sargument 1 must be string, not %s' % (where, kind))
        if isinstance(name, unicode):
            name = name.encode('ascii')
        if '\0' in name:
            raise TypeError('%sargument 1 must be string without null bytes, not str' % where)
        if isinstance(num_params, float):
            raise TypeError('integer argument expected, got float')
        if not isinstance(num_params, (int, long)):
            raise TypeError('an integer is required')
        if not -2 ** 63 <= num_params < 2 ** 63:
            raise OverflowError('Python int too large to convert to C long')
        fid = _new_id()
        _callbacks[fid] = obj
        if _lib.create_function(self._db, name, num_params, fid, aggregate) != 0:
            raise OperationalError('Error creating %s' % ('aggregate' if aggregate else 'function'))

    def create_function(self, name, num_params, func):
        self._create(name, num_params, func, False)

    def create_aggregate(self, name, num_params, aggregate_class):
        self._create(name, num_params, aggregate_class, True)

    def create_collation(self, name, callable):
        self._check()
        if not isinstance(name, basestring):
            raise TypeError('argument 1 must be string, not %s' % type(name).__name__)
        for c in name:
            if not (c.isalnum() or c == '_'):
                raise ProgrammingError('invalid character in collation name')
        name = str(name).upper()
        if callable is not None and not hasattr(callable, '__call__'):
            raise TypeError('parameter must be callable')
        cid = _new_id()
        _callbacks[cid] = callable
        if _lib.create_collation(self._db, name, cid, callable is None) != 0:
            raise ProgrammingError(_lib.errmsg(self._db))

    def set_authorizer(self, authorizer_callback):
        self._no_callbacks('set_authorizer')

    def set_progress_handler(self, handler, n):
        self._no_callbacks('set_progress_handler')

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        return False


# ---------------------------------------------------------------- cursor

class Cursor(object):

    def __init__(self, connection):
        if not isinstance(connection, Connection):
            raise TypeError('argument 1 must be sqlite3.Connection, not %s'
                            % type(connection).__name__)
        self.connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.rowcount = -1
        self.lastrowid = None
        self.description = None
        self._stmt = 0
        self._next_row = None
        self._closed = False
        self._reset = False
        self._converters = None

    def _check(self):
        if self._closed:
            raise ProgrammingError('Cannot operate on a closed cursor.')
        self.connection._check()

    def _drop_statement(self):
        if self._stmt:
            self.connection._finalize(self._stmt)
            self._stmt = 0
        self._next_row = None

    def _column_converters(self, stmt, ncols):
        detect = self.connection.detect_types
        if not detect:
            return None
        convs = []
        for i in range(ncols):
            conv = None
            if detect & PARSE_COLNAMES:
                name = _lib.column_name(stmt, i) or ''
                lb = name.find('[')
                rb = name.find(']', lb + 1)
                if lb >= 0 and rb > lb:
                    conv = converters.get(name[lb + 1:rb].upper())
            if conv is None and detect & PARSE_DECLTYPES:
                decl = _lib.column_decltype(stmt, i)
                if decl:
                    word = decl.strip().split(' ')[0].split('(')[0]
                    conv = converters.get(word.upper())
            convs.append(conv)
        return convs

    def _column_name(self, stmt, i):
        name = _lib.column_name(stmt, i)
        if self.connection.detect_types & PARSE_COLNAMES:
            lb = name.find('[')
            if lb >= 0:
                if lb > 0 and name[lb - 1] == ' ':
                    lb -= 1
                name = name[:lb]
        return name

    def _build_row(self, stmt):
        tf = self.connection.text_factory
        convs = self._converters
        if convs is None and (tf is unicode or tf is str):
            raw = _lib.row_text(stmt, tf is unicode)
            if type(raw) is tuple:
                row = raw
            else:
                row = tuple([self._finish_value(stmt, i, raw[i]) for i in range(len(raw))])
            if self.row_factory is not None:
                row = self.row_factory(self, row)
            return row
        raw = _lib.row(stmt)
        out = []
        for i in range(len(raw)):
            v = raw[i]
            if convs is not None and convs[i] is not None and v is not None:
                if isinstance(v, tuple):
                    v = v[0]
                elif not isinstance(v, str):
                    v = repr(v) if isinstance(v, float) else str(v)
                v = convs[i](v)
            elif isinstance(v, str):
                if tf is unicode:
                    try:
                        v = v.decode('utf-8')
                    except UnicodeDecodeError:
                        raise OperationalError("Could not decode to UTF-8 column '%s' with text '%s'"
                                               % (_lib.column_name(stmt, i), v))
                elif tf is OptimizedUnicode:
                    try:
                        v.decode('ascii')
                    except UnicodeDecodeError:
                        v = v.decode('utf-8')
                elif tf is not str:
                    v = tf(v)
            elif isinstance(v, tuple):
                v = buffer(v[0])
            out.append(v)
        row = tuple(out)
        if self.row_factory is not None:
            row = self.row_factory(self, row)
        return row

    def _finish_value(self, stmt, i, v):
        # row_text left blobs as 1-tuples and undecodable text as str
        if isinstance(v, tuple):
            return buffer(v[0])
        if isinstance(v, str) and self.connection.text_factory is unicode:
            raise OperationalError("Could not decode to UTF-8 column '%s' with text '%s'"
                                   % (_lib.column_name(stmt, i), v))
        return v

    def _step(self, keep=False):
        """Advance to the next row; keeps it in _next_row (None at the end,
        where the statement is finalized unless keep is set)."""
        stmt = self._stmt
        rc = _call_c(0, stmt)
        if rc == _SQLITE_ROW:
            self._next_row = self._build_row(stmt)
        elif rc == _SQLITE_DONE:
            self._next_row = None
            if not keep:
                self._drop_statement()
        else:
            _call_c(1, stmt)
            err = _error_for(self.connection._db, rc)
            self._drop_statement()
            raise err

    def _execute(self, sql, params_seq, many):
        self._check()
        self._drop_statement()
        self._reset = False
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        sql = _sql_bytes(sql, 'operation parameter must be str or unicode')
        conn = self.connection
        kind = _statement_kind(sql)
        if conn._begin is not None:
            if kind in ('insert', 'update', 'delete', 'replace'):
                if not conn._in_transaction():
                    conn._run(conn._begin)
            elif kind == 'other':
                if conn._in_transaction():
                    conn.commit()
            elif many:
                raise ProgrammingError('You cannot execute SELECT statements in executemany().')
        stmt, nxt = conn._prepare(sql)
        if stmt and not _only_blanks_and_comments(sql, nxt):
            conn._finalize(stmt)
            raise Warning('You can only execute one statement at a time.')
        if not stmt:
            return self
        self._stmt = stmt
        conn._stmts[stmt] = self
        dml = kind in ('insert', 'update', 'delete', 'replace')
        for params in params_seq:
            _call_c(1, stmt)
            try:
                _bind_all(stmt, params, conn.text_factory in (unicode, OptimizedUnicode))
            except:
                self._drop_statement()
                raise
            ncols = _lib.column_count(stmt)
            if ncols and self.description is None:
                self.description = tuple([(self._column_name(stmt, i), None, None, None,
                                           None, None, None) for i in range(ncols)])
            self._converters = self._column_converters(stmt, ncols)
            self._step(many)
            if dml:
                if self.rowcount == -1:
                    self.rowcount = 0
                self.rowcount += _lib.changes(conn._db)
            if not many and kind == 'insert':
                self.lastrowid = _lib.last_insert_rowid(conn._db)
            if many:
                while self._next_row is not None:
                    self._step(True)
        if many:
            self._drop_statement()
        return self

    def execute(self, sql, parameters=()):
        return self._execute(sql, [parameters], False)

    def executemany(self, sql, seq_of_parameters):
        try:
            it = iter(seq_of_parameters)
        except TypeError:
            self._check()
            raise ProgrammingError('executemany() arg 2 must be an iterable')
        return self._execute(sql, it, True)

    def executescript(self, sql_script):
        self._check()
        if not isinstance(sql_script, basestring):
            raise ValueError('script argument must be unicode or string.')
        sql = _sql_bytes(sql_script, 'script argument must be unicode or string.')
        conn = self.connection
        conn.commit()
        pos = 0
        while pos < len(sql):
            stmt, pos = conn._prepare(sql, pos)
            if not stmt:
                continue
            try:
                while True:
                    rc = _call_c(0, stmt)
                    if rc == _SQLITE_DONE:
                        break
                    if rc != _SQLITE_ROW:
                        _call_c(1, stmt)
                        raise _error_for(conn._db, rc)
            finally:
                conn._finalize(stmt)
        return self

    def fetchone(self):
        self._check()
        if self._reset:
            raise InterfaceError('Cursor needed to be reset because of commit/rollback '
                                 'and can no longer be fetched from.')
        row = self._next_row
        if row is None:
            return None
        self._next_row = None
        if self._stmt:
            self._step()
        return row

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        rows = []
        while size > 0:
            row = self.fetchone()
            if row is None:
                break
            rows.append(row)
            size -= 1
        return rows

    def fetchall(self):
        rows = []
        while True:
            row = self.fetchone()
            if row is None:
                return rows
            rows.append(row)

    def __iter__(self):
        return self

    def next(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        self.connection._check()
        self._drop_statement()
        self._closed = True

    def setinputsizes(self, *args):
        pass

    def setoutputsize(self, *args):
        pass


# ---------------------------------------------------------------- Row

class Row(object):

    def __init__(self, cursor, data):
        if not isinstance(cursor, Cursor):
            raise TypeError('argument 1 must be sqlite3.Cursor, not %s' % type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError('argument 2 must be tuple, not %s' % type(data).__name__)
        self._data = data
        self._description = cursor.description

    def __getitem__(self, key):
        if isinstance(key, basestring):
            low = key.lower()
            for i, d in enumerate(self._description):
                if d[0].lower() == low:
                    return self._data[i]
            raise IndexError('No item with that key')
        if isinstance(key, slice):
            raise ValueError('slices not implemented, yet')
        return self._data[key]

    def keys(self):
        return [d[0] for d in self._description]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


def connect(database, timeout=5.0, detect_types=0, isolation_level='',
            check_same_thread=True, factory=Connection, cached_statements=100):
    return factory(database, timeout, detect_types, isolation_level,
                   check_same_thread, factory, cached_statements)


for _cls in (Connection, Cursor, Row, PrepareProtocol, OptimizedUnicode):
    _cls.__module__ = 'sqlite3'
del _cls
