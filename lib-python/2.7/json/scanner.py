"""The JSON scanner: make_scanner(decoder) returns scan_once(string, idx),
which parses the value starting at idx; the interpreter's _json module
provides it when importable, the Python version is below."""

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

WHITESPACE = ' \t\n\r'


def linecol(doc, pos):
    lineno = doc.count('\n', 0, pos) + 1
    if lineno == 1:
        colno = pos + 1
    else:
        colno = pos - doc.rindex('\n', 0, pos)
    return lineno, colno


def errmsg(msg, doc, pos, end=None):
    """msg with the line and column of pos (and of end, for a range)."""
    lineno, colno = linecol(doc, pos)
    if end is None:
        return '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
    endlineno, endcolno = linecol(doc, end)
    return '%s: line %d column %d - line %d column %d (char %d - %d)' % (
        msg, lineno, colno, endlineno, endcolno, pos, end)


def _skip(s, idx):
    n = len(s)
    while idx < n and s[idx] in WHITESPACE:
        idx += 1
    return idx


class PyScanner(object):
    """Scans one JSON value at an index; raises StopIteration when no value
    starts there (the caller decides what error that is)."""

    def __init__(self, context):
        self.strict = context.strict
        self.parse_string = context.parse_string
        self.encoding = context.encoding
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant

    def __call__(self, s, idx):
        return self.scan(s, idx)

    def scan(self, s, idx):
        try:
            ch = s[idx]
        except IndexError:
            raise StopIteration(idx)
        if ch == '"':
            return self.parse_string(s, idx + 1, self.encoding, self.strict)
        if ch == '{':
            return self.parse_object(s, idx + 1)
        if ch == '[':
            return self.parse_array(s, idx + 1)
        if ch == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if ch == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if ch == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if ch == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if ch == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if ch == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        return self.parse_number(s, idx)

    def parse_number(self, s, idx):
        n = len(s)
        start = idx
        if idx < n and s[idx] == '-':
            idx += 1
        if idx < n and s[idx] == '0':
            idx += 1
        elif idx < n and '1' <= s[idx] <= '9':
            idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx + 1 < n and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            idx += 2
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
            is_float = True
        if idx < n and s[idx] in 'eE':
            e = idx + 1
            if e < n and s[e] in '+-':
                e += 1
            if e < n and '0' <= s[e] <= '9':
                e += 1
                while e < n and '0' <= s[e] <= '9':
                    e += 1
                idx = e
                is_float = True
        text = s[start:idx]
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def parse_object(self, s, idx):
        end_idx = len(s) - 1
        pairs = []
        idx = _skip(s, idx)
        if idx <= end_idx and s[idx] != '}':
            while idx <= end_idx:
                if s[idx] != '"':
                    raise ValueError(errmsg("Expecting property name", s, idx))
                key, idx = self.parse_string(s, idx + 1, self.encoding, self.strict)
                idx = _skip(s, idx)
                if idx > end_idx or s[idx] != ':':
                    raise ValueError(errmsg("Expecting : delimiter", s, idx))
                idx = _skip(s, idx + 1)
                value, idx = self.scan(s, idx)
                pairs.append((key, value))
                idx = _skip(s, idx)
                if idx <= end_idx and s[idx] == '}':
                    break
                if idx <= end_idx and s[idx] != ',':
                    raise ValueError(errmsg("Expecting , delimiter", s, idx))
                idx = _skip(s, idx + 1)
        if idx > end_idx or s[idx] != '}':
            raise ValueError(errmsg("Expecting object", s, end_idx))
        idx += 1
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx

    def parse_array(self, s, idx):
        end_idx = len(s) - 1
        values = []
        idx = _skip(s, idx)
        if idx <= end_idx and s[idx] != ']':
            while idx <= end_idx:
                value, idx = self.scan(s, idx)
                values.append(value)
                idx = _skip(s, idx)
                if idx <= end_idx and s[idx] == ']':
                    break
                if idx <= end_idx and s[idx] != ',':
                    raise ValueError(errmsg("Expecting , delimiter", s, idx))
                idx = _skip(s, idx + 1)
        if idx > end_idx or s[idx] != ']':
            raise ValueError(errmsg("Expecting object", s, end_idx))
        return values, idx + 1



def py_make_scanner(context):
    """A callable scan_once(string, idx) -> (value, end) for a decoder."""
    return PyScanner(context)


make_scanner = c_make_scanner or py_make_scanner
