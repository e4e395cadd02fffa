"""The JSON encoder: JSONEncoder, and the string escaping functions."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')
FLOAT_REPR = repr

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _escape_char(ch, ascii_only):
    """The JSON text of one character (None: the character itself)."""
    esc = _ESCAPES.get(ch)
    if esc is not None:
        return esc
    n = ord(ch)
    if n < 0x20 or (ascii_only and n >= 0x7f):
        if n < 0x10000:
            return '\\u%04x' % n
        n -= 0x10000
        return '\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))
    return None


def encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept as they are."""
    out = []
    for ch in s:
        esc = _escape_char(ch, False)
        out.append(ch if esc is None else esc)
    return u'"' + u''.join(out) + u'"' if isinstance(s, unicode) else '"' + ''.join(out) + '"'


def encode_basestring_ascii(s):
    """s as a JSON string literal in pure ASCII (\\uXXXX escapes)."""
    if isinstance(s, str):
        for ch in s:
            if ch >= '\x80':
                s = s.decode('utf-8')
                break
    out = []
    for ch in s:
        esc = _escape_char(ch, True)
        out.append(str(ch) if esc is None else esc)
    return '"' + ''.join(out) + '"'

py_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures.

    dict -> object, list/tuple -> array, str/unicode -> string,
    int/long/float -> number, True/False -> true/false, None -> null.
    Override default(o) to serialize other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, encoding='utf-8', default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default
        self.encoding = encoding

    def default(self, o):
        """Called for objects the encoder does not know: return something
        serializable or raise TypeError."""
        raise TypeError(repr(o) + " is not JSON serializable")

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, basestring):
            if isinstance(o, str):
                _encoding = self.encoding
                if _encoding is not None and not (_encoding == 'utf-8'):
                    o = o.decode(_encoding)
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text of o in chunks."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        if self.encoding != 'utf-8':
            def _encoder(o, _orig_encoder=_encoder, _encoding=self.encoding):
                if isinstance(o, str):
                    o = o.decode(_encoding)
                return _orig_encoder(o)
        # the one-shot path of CPython (its C encoder) words two errors differently
        c_style = _one_shot and self.indent is None and not self.sort_keys

        def floatstr(o, allow_nan=self.allow_nan):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return FLOAT_REPR(o)
            if not allow_nan:
                if c_style:
                    raise ValueError("Out of range float values are not JSON compliant")
                raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
            return text

        return _make_iterencode(markers, self.default, _encoder, self.indent, floatstr,
                                self.key_separator, self.item_separator, self.sort_keys,
                                self.skipkeys, c_style)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator,
                     _item_separator, _sort_keys, _skipkeys, _c_style):

    def enter(o):
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = o
            return markerid
        return None

    def leave(markerid):
        if markerid is not None:
            del markers[markerid]

    def _iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        markerid = enter(lst)
        buf = '['
        if _indent is not None:
            level += 1
            newline_indent = '\n' + (' ' * (_indent * level))
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, basestring):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, (int, long)):
                yield buf + str(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                for chunk in _iterencode(value, level):
                    yield chunk
        if newline_indent is not None:
            level -= 1
            yield '\n' + (' ' * (_indent * level))
        yield ']'
        leave(markerid)

    def _key_text(key):
        """A dict key as a JSON string's content source (None: skip it)."""
        if isinstance(key, basestring):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, (int, long)):
            return str(key)
        if _skipkeys:
            return None
        if _c_style:
            raise TypeError("keys must be a string")
        raise TypeError("key " + repr(key) + " is not a string")

    def _iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        markerid = enter(dct)
        yield '{'
        if _indent is not None:
            level += 1
            newline_indent = '\n' + (' ' * (_indent * level))
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items(), key=lambda kv: kv[0])
        else:
            items = dct.iteritems()
        for key, value in items:
            key = _key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, basestring):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, (int, long)):
                yield str(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                for chunk in _iterencode(value, level):
                    yield chunk
        if newline_indent is not None:
            level -= 1
            yield '\n' + (' ' * (_indent * level))
        yield '}'
        leave(markerid)

    def _iterencode(o, level):
        if isinstance(o, basestring):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, (int, long)):
            yield str(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            for chunk in _iterencode_list(o, level):
                yield chunk
        elif isinstance(o, dict):
            for chunk in _iterencode_dict(o, level):
                yield chunk
        else:
            markerid = enter(o)
            o = _default(o)
            for chunk in _iterencode(o, level):
                yield chunk
            leave(markerid)

    return _iterencode
