"""csv -- reading and writing comma-separated values.

The parser and the writer are implemented in _csv; this module re-exports
them and adds the Dialect base class with the standard excel and
excel-tab dialects, DictReader/DictWriter (rows as dictionaries) and
Sniffer, which guesses the dialect of a sample and whether it begins with
a header row."""

from _csv import Error, __version__, writer, reader, register_dialect, \
    unregister_dialect, get_dialect, list_dialects, field_size_limit, \
    QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, __doc__
from _csv import Dialect as _Dialect

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "__doc__",
           "excel", "excel_tab", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "Sniffer", "unregister_dialect", "__version__", "DictReader", "DictWriter"]


class Dialect:
    """Base class of dialects: the formatting parameters are class
    attributes.  Instantiating a subclass checks them (through _csv's
    own validation) and raises csv.Error when they are inconsistent."""
    _name = ""
    _valid = False
    # the parameters; None means "not given"
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as problem:
            raise Error(str(problem))


class excel(Dialect):
    """What Excel writes: comma separated, double quotes, CRLF."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated variant."""
    delimiter = '\t'


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)


class DictReader:
    """Iterates over the rows of f as dictionaries.

    Keys come from fieldnames, or from the first row when fieldnames is
    None.  Surplus values of a long row are listed under restkey; keys a
    short row lacks get restval.  Empty rows are skipped."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.dialect = dialect
        self.reader = reader(f, dialect, *args, **kwds)
        self.line_num = 0

    def __iter__(self):
        return self

    def _get_fieldnames(self):
        # read lazily so that creating the reader consumes nothing
        if self._fieldnames is None:
            try:
                self._fieldnames = self.reader.next()
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    def _set_fieldnames(self, value):
        self._fieldnames = value

    fieldnames = property(_get_fieldnames, _set_fieldnames)

    def next(self):
        if self.line_num == 0:
            # first call: make sure the header row has been consumed
            self._get_fieldnames()
        row = self.reader.next()
        self.line_num = self.reader.line_num
        while row == []:
            row = self.reader.next()
        keys = self.fieldnames
        record = dict(zip(keys, row))
        if len(row) > len(keys):
            record[self.restkey] = row[len(keys):]
        else:
            for key in keys[len(row):]:
                record[key] = self.restval
        return record


class DictWriter:
    """Writes dictionaries as rows with the values in fieldnames order.

    Missing keys are written as restval.  Keys not in fieldnames raise
    ValueError, unless extrasaction is 'ignore'."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Write a row holding the field names themselves."""
        self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = [key for key in rowdict if key not in self.fieldnames]
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(map(repr, unknown)))
        fill = self.restval
        return [rowdict.get(name, fill) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


_QUOTES = '"\''


def _glued(ch):
    # a character that cannot sit right next to a quote of a quoted field
    return ch.isalnum() or ch == '_' or ch in _QUOTES


def _count(table, key):
    table[key] = table.get(key, 0) + 1


def _most_common(table):
    # the key with the highest count; the first one seen among equals
    return max(table.items(), key=lambda pair: pair[1])[0]


def _spaced_after(line, delim):
    # does every occurrence of delim on the line come with a following blank?
    return line.count(delim) == line.count("%c " % delim)


class Sniffer:
    """Guesses the dialect of a CSV sample (sniff) and whether the sample
    starts with a header row (has_header)."""

    def __init__(self):
        # candidates tried in this order when several fit equally well
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing sample; delimiters, when
        given, limits the characters considered as separators."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = \
                self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """First strategy: find quoted fields.  A quoted field opens after
        the start of a line or a delimiter (perhaps plus one blank) and
        closes before a delimiter or the end of the line; the most common
        quote character and neighbouring delimiter are the answer.
        Returns (quotechar, doublequote, delimiter, skipinitialspace)."""
        quote_counts = {}
        delim_counts = {}
        blanks = 0
        for line in data.split('\n'):
            pos = 0
            size = len(line)
            while pos < size:
                mark = line[pos]
                if mark not in _QUOTES:
                    pos += 1
                    continue
                left = pos - 1
                blank = left >= 0 and line[left] == ' '
                if blank:
                    left -= 1
                opener = line[left] if left >= 0 else None
                if opener is not None and _glued(opener):
                    pos += 1
                    continue
                close = line.find(mark, pos + 1)
                if close < 0:
                    break
                pos = close + 1
                closer = line[pos] if pos < size else None
                if closer is not None and _glued(closer):
                    continue
                _count(quote_counts, mark)
                if opener is None and closer is None:
                    # a line that is one quoted field shows the quote
                    # character but no delimiter
                    continue
                delim = closer if opener is None else opener
                if delimiters is None or delim in delimiters:
                    _count(delim_counts, delim)
                if blank:
                    blanks += 1
        if not quote_counts:
            return ('', False, None, 0)
        quotechar = _most_common(quote_counts)
        if delim_counts:
            delim = _most_common(delim_counts)
            skipinitialspace = delim_counts[delim] == blanks
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        return (quotechar, (quotechar * 2) in data, delim, skipinitialspace)

    # -- second strategy: character frequencies --------------------------------

    def _tally(self, lines, table):
        # table[char][n] counts the lines holding char exactly n times
        for line in lines:
            for code in range(127):
                char = chr(code)
                per_count = table.get(char, {})
                found = line.count(char)
                per_count[found] = per_count.get(found, 0) + 1
                table[char] = per_count

    def _update_modes(self, table, modes):
        # modes[char] = (usual count per line, lines with it minus the rest)
        for char in table.keys():
            pairs = table[char].items()
            if len(pairs) == 1:
                if pairs[0][0] == 0:
                    continue
                modes[char] = pairs[0]
                continue
            usual = max(pairs, key=lambda pair: pair[1])
            pairs.remove(usual)
            others = sum([lines for _, lines in pairs])
            modes[char] = (usual[0], usual[1] - others)

    def _consistent(self, modes, total, delimiters):
        # characters whose usual count holds on enough lines; the bar
        # starts at every line and is lowered step by step down to 90%
        found = {}
        level = 1.0
        while not found and level >= 0.9:
            for char, (usual, agreeing) in modes.items():
                if usual <= 0 or agreeing <= 0:
                    continue
                if agreeing / total < level:
                    continue
                if delimiters is None or char in delimiters:
                    found[char] = (usual, agreeing)
            level -= 0.01
        return found

    def _guess_delimiter(self, data, delimiters):
        """Second strategy: a delimiter occurs the same number of times on
        (nearly) every line.  Lines are examined ten at a time until a
        single candidate stands out.  Returns (delimiter,
        skipinitialspace), or ('', 0) when nothing fits."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        table = {}
        modes = {}
        found = {}
        rounds = 0
        start = 0
        while start < len(lines):
            rounds += 1
            self._tally(lines[start:start + chunk], table)
            self._update_modes(table, modes)
            if not found:
                # once candidates exist they are kept for later chunks
                found = self._consistent(modes, float(chunk * rounds),
                                         delimiters)
            if len(found) == 1:
                delim = found.keys()[0]
                return (delim, _spaced_after(lines[0], delim))
            start += chunk
        if not found:
            return ('', 0)
        if len(found) > 1:
            for delim in self.preferred:
                if delim in found:
                    return (delim, _spaced_after(lines[0], delim))
        ranked = sorted([(stats, char) for char, stats in found.items()])
        delim = ranked[-1][1]
        return (delim, _spaced_after(lines[0], delim))

    # -- header detection ----------------------------------------------------------

    def has_header(self, sample):
        """Guess whether the first row of sample is a header.

        Up to about twenty following rows are examined; a column is typed
        (int, float, complex, or the length of its strings) only when all
        those rows agree.  Each typed column votes for a header when the
        first row's value does not fit the type."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = rows.next()
        width = len(header)
        kinds = dict.fromkeys(range(width))
        examined = 0
        for row in rows:
            if examined > 20:
                break
            examined += 1
            if len(row) != width:
                continue
            for column in kinds.keys():
                kind = _value_kind(row[column])
                if kind != kinds[column]:
                    if kinds[column] is None:
                        kinds[column] = kind
                    else:
                        del kinds[column]
        votes = 0
        for column, kind in kinds.items():
            if _fits(header[column], kind):
                votes -= 1
            else:
                votes += 1
        return votes > 0


def _value_kind(text):
    # the first numeric type that accepts text (long counts as int), or
    # else the length of the text
    for kind in (int, long, float, complex):
        try:
            kind(text)
        except (ValueError, OverflowError):
            continue
        if kind is long:
            return int
        return kind
    return len(text)


def _fits(value, kind):
    if type(kind) == type(0):
        return len(value) == kind
    try:
        kind(value)
    except (ValueError, TypeError):
        return False
    return True
