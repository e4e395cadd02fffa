"""The JSON decoder: a recursive-descent scanner over the document."""
import sys

from json.scanner import make_scanner, linecol, errmsg, _skip, WHITESPACE

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


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


def py_scanstring(s, end, encoding=None, strict=True):
    """The string whose body starts at s[end] (just after the opening quote):
    (unicode, index after the closing quote)."""
    if end > sys.maxsize:
        raise OverflowError("Python int too large to convert to C ssize_t")
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


scanstring = c_scanstring or py_scanstring


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
        self.parse_string = scanstring
        self.scan_once = make_scanner(self)

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
