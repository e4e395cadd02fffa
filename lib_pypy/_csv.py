"""CSV parsing and writing (the _csv module under csv.py), in Python:
Dialect validation, reader (a character state machine, as 2.7's C one),
writer, the dialect registry and field_size_limit."""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

__doc__ = "CSV parsing and writing."


class Error(Exception):
    pass

_dialects = {}
_field_limit = 128 * 1024

_DIALECT_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
                  'skipinitialspace', 'strict')
# Dialect(dialect, delimiter, doublequote, ...): the order of the positional arguments
_POSITIONAL_ATTRS = _DIALECT_ATTRS


def _char_attr(name, value, default):
    # as 2.7: only a str will do (not unicode); an empty one means unset
    if value is None:
        return default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if value == '':
        return default
    if len(value) != 1:
        raise TypeError('"%s" must be an 1-character string' % name)
    return value


def _same(v):
    return v


class _ReadOnly(object):
    """A dialect attribute: readable, never assigned or deleted (with the
    error 2.7's C member or getter gives)."""

    def __init__(self, slot, convert, error, message):
        self.slot = slot
        self.convert = convert
        self.error = error
        self.message = message

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return self.convert(getattr(obj, self.slot))

    def _refuse(self, obj, value=None):
        raise self.error(self.message)

    __set__ = _refuse

    def __delete__(self, obj):
        self._refuse(obj)


class Dialect(object):
    """The formatting parameters of a reader or writer, validated."""

    __slots__ = ['_delimiter', '_doublequote', '_escapechar', '_lineterminator', '_quotechar',
                 '_quoting', '_skipinitialspace', '_strict']

    def __new__(cls, dialect=None, *args, **kwargs):
        # the parameters may come positionally too, in 2.7's order
        if len(args) > len(_POSITIONAL_ATTRS):
            raise TypeError("function takes at most %d arguments (%d given)"
                            % (len(_POSITIONAL_ATTRS) + 1, len(args) + 1))
        for name, value in zip(_POSITIONAL_ATTRS, args):
            if name in kwargs:
                raise TypeError("Argument given by name ('%s') and position (%d)"
                                % (name, _POSITIONAL_ATTRS.index(name) + 2))
            kwargs[name] = value
        for name in kwargs:
            if name not in _DIALECT_ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if dialect is not None:
            if isinstance(dialect, basestring):
                dialect = get_dialect(dialect)
            if (isinstance(dialect, Dialect) and not kwargs and cls is Dialect):
                return dialect
        self = object.__new__(cls)

        def param(name, default):
            # a keyword wins over the dialect's attribute, which wins over the default
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        delimiter = param('delimiter', ',')
        if delimiter is None:
            raise TypeError('"delimiter" must be an 1-character string')
        delimiter = _char_attr('delimiter', delimiter, None)
        if delimiter is None:
            raise TypeError('"delimiter" must be an 1-character string')
        self._delimiter = delimiter
        self._doublequote = bool(param('doublequote', True))
        escapechar = param('escapechar', None)
        if escapechar is not None:
            escapechar = _char_attr('escapechar', escapechar, None)
        self._escapechar = escapechar
        lineterminator = param('lineterminator', '\r\n')
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        if not isinstance(lineterminator, basestring):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = str(lineterminator)
        quoting = param('quoting', QUOTE_MINIMAL)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE) or \
                not isinstance(quoting, (int, long)):
            raise TypeError('bad "quoting" value')
        self._quoting = quoting
        quotechar = param('quotechar', '"')
        given_empty = quotechar == ''
        if quotechar is not None:
            quotechar = _char_attr('quotechar', quotechar, None)
        # an explicit '' is refused unless nothing is quoted; None is "unset"
        if quotechar is None and (quoting not in (QUOTE_NONE, QUOTE_MINIMAL)
                                  or (given_empty and quoting != QUOTE_NONE)):
            raise TypeError("quotechar must be set if quoting enabled")
        self._quotechar = quotechar
        self._skipinitialspace = bool(param('skipinitialspace', False))
        self._strict = bool(param('strict', False))
        return self

    delimiter = _ReadOnly('_delimiter', _same, TypeError, 'readonly attribute')
    doublequote = _ReadOnly('_doublequote', int, TypeError, 'readonly attribute')
    escapechar = _ReadOnly('_escapechar', _same, AttributeError,
                           "attribute 'escapechar' of '_csv.Dialect' objects is not writable")
    lineterminator = _ReadOnly('_lineterminator', _same, AttributeError,
                               "attribute 'lineterminator' of '_csv.Dialect' objects is not writable")
    quotechar = _ReadOnly('_quotechar', _same, AttributeError,
                          "attribute 'quotechar' of '_csv.Dialect' objects is not writable")
    quoting = _ReadOnly('_quoting', _same, AttributeError,
                        "attribute 'quoting' of '_csv.Dialect' objects is not writable")
    skipinitialspace = _ReadOnly('_skipinitialspace', int, TypeError, 'readonly attribute')
    strict = _ReadOnly('_strict', int, TypeError, 'readonly attribute')


def _make_dialect(dialect, kwargs):
    return Dialect(dialect, **kwargs)


# ---- the registry ---------------------------------------------------------------

def register_dialect(name, dialect=None, **kwargs):
    """Register a dialect (object or class with the parameters, plus
    keyword overrides) under name."""
    if not isinstance(name, basestring):
        raise TypeError("dialect name must be a string or unicode")
    _dialects[name] = _make_dialect(dialect, kwargs)


def unregister_dialect(name):
    try:
        known = name in _dialects
    except TypeError:       # unhashable: not a registered name either
        known = False
    if not known:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    """field_size_limit([limit]): the largest field the reader accepts; sets
    a new one and returns the old."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 arguments, got %d" % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, (int, long)):
            raise TypeError("limit must be an integer")
        if not -0x8000000000000000 <= limit <= 0x7fffffffffffffff:
            raise OverflowError("Python int too large to convert to C long")
        _field_limit = limit
    return old


# ---- reading --------------------------------------------------------------------

(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL) = range(8)


class Reader(object):
    """Iterates over the records (lists of fields) of the lines an iterator
    yields."""

    def __init__(self, iterator, dialect):
        self.input_iter = iterator
        self.dialect = dialect
        self.line_num = 0
        self._reset()

    def _reset(self):
        self.fields = []
        self.field = []
        self.state = START_RECORD
        self.numeric_field = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self.field)
        self.field = []
        if self.numeric_field:
            self.numeric_field = False
            field = float(field)
        self.fields.append(field)

    def _add_char(self, c):
        if len(self.field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self.field.append(c)

    def _process_char(self, c):
        d = self.dialect
        state = self.state
        if state == START_RECORD:
            if c == '\0':
                return
            if c == '\n' or c == '\r':
                self.state = EAT_CRNL
                return
            state = self.state = START_FIELD
        if state == START_FIELD:
            if c in '\n\r\0':
                self._save_field()
                self.state = START_RECORD if c == '\0' else EAT_CRNL
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self.state = IN_QUOTED_FIELD
            elif c == d._escapechar:
                self.state = ESCAPED_CHAR
            elif c == ' ' and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save_field()
            else:
                if d._quoting == QUOTE_NONNUMERIC:
                    self.numeric_field = True
                self._add_char(c)
                self.state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == '\0':
                c = '\n'
            self._add_char(c)
            self.state = IN_FIELD
        elif state == IN_FIELD:
            if c in '\n\r\0':
                self._save_field()
                self.state = START_RECORD if c == '\0' else EAT_CRNL
            elif c == d._escapechar:
                self.state = ESCAPED_CHAR
            elif c == d._delimiter:
                self._save_field()
                self.state = START_FIELD
            else:
                self._add_char(c)
        elif state == IN_QUOTED_FIELD:
            if c == '\0':
                pass
            elif c == d._escapechar:
                self.state = ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self.state = QUOTE_IN_QUOTED_FIELD if d._doublequote else IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            if c == '\0':
                c = '\n'
            self._add_char(c)
            self.state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add_char(c)
                self.state = IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save_field()
                self.state = START_FIELD
            elif c in '\n\r\0':
                self._save_field()
                self.state = START_RECORD if c == '\0' else EAT_CRNL
            elif not d._strict:
                self._add_char(c)
                self.state = IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d._delimiter, d._quotechar))
        elif state == EAT_CRNL:
            if c in '\n\r':
                pass
            elif c == '\0':
                self.state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file "
                            "in universal-newline mode?")

    def next(self):
        self._reset()
        while True:
            try:
                line = next(self.input_iter)
            except StopIteration:
                if self.field or self.state == IN_QUOTED_FIELD:
                    if self.dialect._strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            self.line_num += 1
            if isinstance(line, unicode):
                line = str(line)
            elif not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (did you open the file in text "
                            "mode?)" % type(line).__name__)
            for c in line:
                if c == '\0':
                    raise Error("line contains NUL")
                self._process_char(c)
            self._process_char('\0')
            if self.state == START_RECORD:
                break
        fields = self.fields
        self.fields = []
        return fields


def reader(csvfile, dialect=None, **kwargs):
    """A reader over the lines of csvfile (any iterable of strings)."""
    # (without a dialect, the defaults: 'excel' need not be registered)
    try:
        it = iter(csvfile)
    except Exception:
        # whatever iter() raised, as 2.7 (a closed file's ValueError too)
        raise TypeError("argument 1 must be an iterator")
    return Reader(it, _make_dialect(dialect, kwargs))

Reader.__name__ = 'reader'


# ---- writing --------------------------------------------------------------------

class Writer(object):
    """Writes records as delimited lines to a file-like object."""

    def __init__(self, fileobj, dialect):
        self.writeline = fileobj.write
        self.dialect = dialect

    def _join_field(self, field, quoted, quote_empty):
        d = self.dialect
        out = []
        for c in field:
            want_escape = False
            if c == d._delimiter or c == d._escapechar or c == d._quotechar or c in d._lineterminator:
                if d._quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d._quotechar:
                        if d._doublequote:
                            out.append(d._quotechar)
                        else:
                            want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if not d._escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d._escapechar)
            out.append(c)
        if not field and quote_empty:
            if d._quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        text = ''.join(out)
        if quoted:
            text = d._quotechar + text + d._quotechar
        return text

    def writerow(self, row):
        d = self.dialect
        try:
            fields = list(row) if not isinstance(row, basestring) else None
        except TypeError:
            fields = None
        if fields is None:
            raise Error("sequence expected")
        parts = []
        for field in fields:
            if d._quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, long, float, complex))
            elif d._quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                text = ''
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            parts.append(self._join_field(text, quoted, len(fields) == 1))
        return self.writeline(d._delimiter.join(parts) + d._lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect=None, **kwargs):
    """A writer of records to fileobj (anything with write())."""
    if not hasattr(fileobj, 'write'):
        raise TypeError("argument 1 must have a \"write\" method")
    return Writer(fileobj, _make_dialect(dialect, kwargs))

Writer.__name__ = 'writer'
