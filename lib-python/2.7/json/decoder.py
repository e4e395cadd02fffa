"""The JSON decoder: a recursive-descent scanner over the document."""
import sys

__all__ = ['JSONDecoder']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

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


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_BACKSLASH = {
    '"': u'"', '\\': u'\\', '/': u'/',
    'b': u'\b', 'f': u'\f', 'n': u'\n', 'r': u'\r', 't': u'\t',
}

_HEXDIGITS = '0123456789abcdefABCDEF'


def _hex4(s, pos):
    """The value of the 4 hex digits at s[pos:pos+4], or -1."""
    digits = s[pos:pos + 4]
    if len(digits) != 4:
        return -1
    for ch in digits:
        if ch not in _HEXDIGITS:
            return -1
    return int(digits, 16)


def scanstring(s, end, encoding=None, strict=True):
    """The string whose body starts at s[end] (just after the opening quote):
    (unicode, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    chunks = []
    append = chunks.append
    while True:
        pos = end
        while pos < n:
            ch = s[pos]
            if ch == '"' or ch == '\\' or ch < ' ':
                break
            pos += 1
        else:
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        content = s[end:pos]
        if content:
            if not isinstance(content, unicode):
                content = unicode(content, encoding or 'utf-8')
            append(content)
        terminator = s[pos]
        end = pos + 1
        if terminator == '"':
            break
        if terminator != '\\':
            if strict:
                raise ValueError(errmsg("Invalid control character at", s, pos))
            append(unicode(terminator))
            continue
        if end >= n:
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        esc = s[end]
        if esc != 'u':
            try:
                append(_BACKSLASH[esc])
            except KeyError:
                raise ValueError(errmsg("Invalid \\escape", s, end - 1))
            end += 1
            continue
        uni = _hex4(s, end + 1)
        if uni < 0:
            raise ValueError(errmsg("Invalid \\uXXXX escape", s, end))
        end += 5
        # a high surrogate followed by an escaped low one is one character
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _hex4(s, end + 2)
            if uni2 < 0:
                raise ValueError(errmsg("Invalid \\uXXXX escape", s, end + 1))
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        append(unichr(uni))
    return u''.join(chunks), end


def _skip(s, idx):
    n = len(s)
    while idx < n and s[idx] in WHITESPACE:
        idx += 1
    return idx


class _Scanner(object):
    """Scans one JSON value at an index; raises StopIteration when no value
    starts there (the caller decides what error that is)."""

    def __init__(self, context):
        self.strict = context.strict
        self.encoding = context.encoding
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant

    def __call__(self, s, idx):
        return self.scan(s, idx)

    def scan(self, s, idx):
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        ch = s[idx]
        if ch == '"':
            return scanstring(s, idx + 1, self.encoding, self.strict)
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
                key, idx = scanstring(s, idx + 1, self.encoding, self.strict)
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


class JSONDecoder(object):
    """Simple JSON decoder: objects become dicts, arrays lists, strings
    unicode, numbers int/long/float, true/false/null True/False/None.

    object_hook(dict) and object_pairs_hook(list of pairs) replace decoded
    objects; parse_float, parse_int and parse_constant convert number texts
    and NaN/Infinity; strict=False allows control characters in strings.
    """

    def __init__(self, encoding=None, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.encoding = encoding
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.scan_once = _Scanner(self)

    def decode(self, s, _w=None):
        """The Python object of the JSON document s (whitespace around it allowed)."""
        obj, end = self.raw_decode(s, idx=_skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise ValueError(errmsg("Extra data", s, end, len(s)))
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value at s[idx:]: (object, index where it ends)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration:
            raise ValueError("No JSON object could be decoded")
        return obj, end
