"""The JSON encoder: JSONEncoder, and the string escaping functions."""

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None
try:
    # the interpreter's encoder with this module's semantics (indent, sort_keys)
    from _json import _full_encoder
except ImportError:
    _full_encoder = None

__all__ = ['JSONEncoder']

INFINITY = float('inf')
FLOAT_REPR = float.__repr__
_FLOAT_REPR = FLOAT_REPR

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


def py_encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept as they are."""
    out = []
    for ch in s:
        esc = _escape_char(ch, False)
        out.append(ch if esc is None else esc)
    return u'"' + u''.join(out) + u'"' if isinstance(s, unicode) else '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
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

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


def _sorted_items(dct):
    return sorted(dct.items(), key=lambda kv: kv[0])


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
        if default is not None:
            self.default = default
        if separators is not None:
            self.item_separator, self.key_separator = separators
        self.encoding = encoding
        self.indent = indent
        self.sort_keys = sort_keys
        self.allow_nan = allow_nan
        self.check_circular = check_circular
        self.ensure_ascii = ensure_ascii
        self.skipkeys = skipkeys

    def default(self, o):
        """Called for objects the encoder does not know: return something
        serializable or raise TypeError."""
        raise TypeError(repr(o) + " is not JSON serializable")

    def _string_encoder(self):
        """The function writing one string literal, decoding str objects
        from self.encoding first when it is not UTF-8."""
        quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        charset = self.encoding
        if charset == 'utf-8':
            return quote

        def quote_decoded(s):
            if isinstance(s, str):
                s = s.decode(charset)
            return quote(s)
        return quote_decoded

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, basestring):
            if isinstance(o, str) and self.encoding is not None and self.encoding != 'utf-8':
                o = o.decode(self.encoding)
            return (encode_basestring_ascii if self.ensure_ascii else encode_basestring)(o)
        chunks = self.iterencode(o, _one_shot=True)
        if type(chunks) not in (list, tuple):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text of o in chunks."""
        markers = {} if self.check_circular else None
        quote = self._string_encoder()
        if _one_shot and self.indent is None and not self.sort_keys and c_make_encoder is not None:
            # 2.7's C encoder, with its own wording of some errors
            return c_make_encoder(markers, self.default, quote, self.indent,
                                  self.key_separator, self.item_separator, self.sort_keys,
                                  self.skipkeys, self.allow_nan)(o, 0)
        if (_one_shot and _full_encoder is not None and FLOAT_REPR is _FLOAT_REPR
                and (self.indent is None or type(self.indent) in (int, long))):
            # (2.7 takes this path in Python, where a patched FLOAT_REPR counts)
            # the interpreter's encoder, with exactly the semantics of _Walker
            return _full_encoder(markers, self.default, quote, self.indent,
                                 self.key_separator, self.item_separator,
                                 _sorted_items if self.sort_keys else None,
                                 self.skipkeys, self.allow_nan)(o, 0)
        return _Walker(self, markers, quote).chunks(o, 0)


def _number_text(f, allow_nan):
    """The JSON text of a float; NaN and the infinities only if allowed."""
    if f != f:
        special = 'NaN'
    elif f == INFINITY:
        special = 'Infinity'
    elif f == -INFINITY:
        special = '-Infinity'
    else:
        return FLOAT_REPR(f)
    if allow_nan:
        return special
    raise ValueError("Out of range float values are not JSON compliant: " + repr(f))


class _Walker(object):
    """Produces the chunks of a document lazily, depth first."""

    def __init__(self, encoder, markers, quote):
        self.markers = markers
        self.quote = quote
        self.default = encoder.default
        self.indent = encoder.indent
        self.item_sep = encoder.item_separator
        self.key_sep = encoder.key_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan

    def _enter(self, o):
        if self.markers is None:
            return None
        key = id(o)
        if key in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[key] = o
        return key

    def _leave(self, key):
        if key is not None:
            del self.markers[key]

    def _scalar(self, o):
        """The text of a string, None, bool, number; None for containers
        and unknown objects."""
        if isinstance(o, basestring):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, (int, long)):
            return str(o)
        if isinstance(o, float):
            return _number_text(o, self.allow_nan)
        return None

    def chunks(self, o, level):
        text = self._scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            for piece in self._array(o, level):
                yield piece
        elif isinstance(o, dict):
            for piece in self._object(o, level):
                yield piece
        else:
            key = self._enter(o)
            for piece in self.chunks(self.default(o), level):
                yield piece
            self._leave(key)

    def _layout(self, level):
        """(separator between items, text before the first item, text
        before the closing bracket) at nesting level `level`."""
        if self.indent is None:
            return self.item_sep, '', ''
        inner = '\n' + ' ' * (self.indent * (level + 1))
        outer = '\n' + ' ' * (self.indent * level)
        return self.item_sep + inner, inner, outer

    def _array(self, items, level):
        if not items:
            yield '[]'
            return
        key = self._enter(items)
        sep, first, last = self._layout(level)
        prefix = '[' + first
        for value in items:
            text = self._scalar(value)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                for piece in self.chunks(value, level + 1):
                    yield piece
            prefix = sep
        if last:
            yield last
        yield ']'
        self._leave(key)

    def _key(self, key):
        """The string a dict key is written as (None: leave the item out)."""
        if isinstance(key, basestring):
            return key
        if isinstance(key, float):
            return _number_text(key, self.allow_nan)
        for const, text in ((True, 'true'), (False, 'false'), (None, 'null')):
            if key is const:
                return text
        if isinstance(key, (int, long)):
            return str(key)
        if self.skipkeys:
            return None
        raise TypeError("key " + repr(key) + " is not a string")

    def _object(self, dct, level):
        if not dct:
            yield '{}'
            return
        marker = self._enter(dct)
        yield '{'
        sep, first, last = self._layout(level)
        if first:
            yield first
        pairs = _sorted_items(dct) if self.sort_keys else dct.iteritems()
        started = False
        for key, value in pairs:
            key = self._key(key)
            if key is None:
                continue
            if started:
                yield sep
            started = True
            yield self.quote(key)
            yield self.key_sep
            for piece in self.chunks(value, level + 1):
                yield piece
        if last:
            yield last
        yield '}'
        self._leave(marker)
