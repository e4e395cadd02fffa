"""JSON output: JSONEncoder and the functions that quote strings.

Python      JSON
dict        object          (keys: strings; numbers, booleans and None are
list, tuple array            converted to strings; other keys are an error
str/unicode string           unless skipkeys)
int, long   number
float       number           (NaN and the infinities only with allow_nan)
True/False  true/false
None        null

Anything else goes through JSONEncoder.default(), which a subclass (or the
default= argument) replaces to turn other objects into encodable ones.
"""
import re

try:
    import _json
except ImportError:
    _json = None

__all__ = ['JSONEncoder']

INFINITY = float('inf')
# Floats are written with float's own repr even for subclasses overriding it.
FLOAT_REPR = float.__repr__

# How a JSON string spells the characters it cannot hold literally: the
# control characters as \u00XX unless JSON has a short form for them.
ESCAPE_DCT = dict([(chr(_code), '\\u%04x' % _code) for _code in range(0x20)])
ESCAPE_DCT.update({'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
                   '\b': '\\b', '\f': '\\f'})

# What must be escaped: in the plain form the quote, the backslash and the
# control characters; in the ASCII form also everything from DEL upwards.
_UNSAFE = re.compile(r'[\x00-\x1f"\\]')
_UNSAFE_ASCII = re.compile(r'[^ !#-\[\]-~]')
_HIGH_BYTE = re.compile(r'[\x80-\xff]')


def _spell(match):
    return ESCAPE_DCT[match.group(0)]


def _spell_ascii(match):
    ch = match.group(0)
    known = ESCAPE_DCT.get(ch)
    if known is not None:
        return known
    code = ord(ch)
    if code < 0x10000:
        return '\\u%04x' % code
    # outside the BMP: a UTF-16 surrogate pair, as JSON requires
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def encode_basestring(s):
    """s as a double-quoted JSON string; characters above ASCII are kept
    (the result is unicode when s is)."""
    return '"' + _UNSAFE.sub(_spell, s) + '"'


def py_encode_basestring_ascii(s):
    """s as a double-quoted JSON string of pure ASCII; a str holding bytes
    above 0x7f is taken to be UTF-8."""
    if isinstance(s, str) and _HIGH_BYTE.search(s) is not None:
        s = s.decode('utf-8')
    return '"' + str(_UNSAFE_ASCII.sub(_spell_ascii, s)) + '"'


encode_basestring_ascii = getattr(_json, 'encode_basestring_ascii', None) or \
    py_encode_basestring_ascii


class JSONEncoder(object):
    """Turns Python data into JSON text (see the module docstring for the
    mapping of types).  Subclasses override default() for other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, encoding='utf-8', default=None):
        """skipkeys: leave out dict items whose key is not a basic type
        (instead of TypeError).  ensure_ascii: escape all non-ASCII text
        (else unicode input gives unicode output).  check_circular: detect
        reference cycles (else they recurse until RuntimeError).  allow_nan:
        write NaN/Infinity (else ValueError).  sort_keys: order objects by
        key.  indent: pretty-print with that many spaces per level.
        separators: an (item, key) pair replacing (', ', ': ').  encoding:
        how str input is decoded.  default: replaces the default() method."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        self.encoding = encoding
        if separators is not None:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable stand-in for o, or raise TypeError (the base
        class knows no stand-ins)."""
        raise TypeError(repr(o) + " is not JSON serializable")

    def encode(self, o):
        """The JSON text of o, as one string."""
        if isinstance(o, basestring):
            if isinstance(o, str) and self.encoding is not None and self.encoding != 'utf-8':
                o = o.decode(self.encoding)
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        pieces = self.iterencode(o, _one_shot=True)
        if not isinstance(pieces, (list, tuple)):
            pieces = list(pieces)
        return ''.join(pieces)

    def iterencode(self, o, _one_shot=False):
        """Generate the JSON text of o piece by piece (json.dump writes each
        piece as it comes)."""
        return _Emitter(self, _one_shot).pieces(o, 0)


class _Emitter(object):
    """One iterencode() run: the encoder's settings, read once, and the ids
    of the containers currently open (to report reference cycles).

    A one-shot run without indent or sort_keys is the case CPython hands to
    its C accelerator, whose results differ in small ways: boolean keys read
    "True"/"False", floats ignore a replaced FLOAT_REPR and two error
    messages are shorter.  `native` marks that case."""

    def __init__(self, encoder, one_shot):
        self.native = one_shot and encoder.indent is None and not encoder.sort_keys
        self.open = {} if encoder.check_circular else None
        self.default = encoder.default
        self.indent = encoder.indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan
        self.float_repr = float.__repr__ if self.native else FLOAT_REPR
        quote = encoder.ensure_ascii and encode_basestring_ascii or encode_basestring
        if encoder.encoding != 'utf-8':
            self.quote = _decoding_first(quote, encoder.encoding)
        else:
            self.quote = quote

    def number(self, x):
        if x != x:
            word = 'NaN'
        elif x == INFINITY:
            word = 'Infinity'
        elif x == -INFINITY:
            word = '-Infinity'
        else:
            return self.float_repr(x)
        if not self.allow_nan:
            message = "Out of range float values are not JSON compliant"
            if not self.native:
                message += ": " + repr(x)
            raise ValueError(message)
        return word

    def scalar(self, o):
        """The JSON text of o when it is a string, number, boolean or None;
        None for anything else."""
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
            return self.number(o)
        return None

    def key(self, k):
        """The string a dict key is written as; None to leave the item out."""
        if isinstance(k, basestring):
            return k
        if isinstance(k, float):
            return self.number(k)
        if isinstance(k, (int, long)):
            if not self.native and (k is True or k is False):
                return k and 'true' or 'false'
            return str(k)
        if k is None:
            return 'null'
        if self.skipkeys:
            return None
        if self.native:
            raise TypeError("keys must be a string")
        raise TypeError("key " + repr(k) + " is not a string")

    def enter(self, o):
        if self.open is None:
            return None
        ident = id(o)
        if ident in self.open:
            raise ValueError("Circular reference detected")
        self.open[ident] = o
        return ident

    def leave(self, ident):
        if ident is not None:
            del self.open[ident]

    def layout(self, depth):
        """(after the opening bracket, between members, before the closing
        bracket) for a container at the given nesting depth."""
        if self.indent is None:
            return '', self.item_separator, ''
        inner = '\n' + ' ' * (self.indent * (depth + 1))
        return inner, self.item_separator + inner, '\n' + ' ' * (self.indent * depth)

    def pieces(self, o, depth):
        text = self.scalar(o)
        if text is not None:
            yield text
            return
        if isinstance(o, (list, tuple)):
            nested = self.array(o, depth)
        elif isinstance(o, dict):
            nested = self.mapping(o, depth)
        else:
            ident = self.enter(o)
            for piece in self.pieces(self.default(o), depth):
                yield piece
            self.leave(ident)
            return
        for piece in nested:
            yield piece

    def array(self, seq, depth):
        if not seq:
            yield '[]'
            return
        ident = self.enter(seq)
        lead, between, tail = self.layout(depth)
        before = '[' + lead
        for item in seq:
            text = self.scalar(item)
            if text is None:
                yield before
                for piece in self.pieces(item, depth + 1):
                    yield piece
            else:
                yield before + text
            before = between
        if tail:
            yield tail
        yield ']'
        self.leave(ident)

    def mapping(self, d, depth):
        if not d:
            yield '{}'
            return
        ident = self.enter(d)
        lead, between, tail = self.layout(depth)
        yield '{'
        if lead:
            yield lead
        if self.sort_keys:
            items = sorted(d.items(), key=lambda pair: pair[0])
        else:
            items = d.iteritems()
        started = False
        for k, value in items:
            name = self.key(k)
            if name is None:
                continue
            if started:
                yield between
            started = True
            yield self.quote(name)
            yield self.key_separator
            text = self.scalar(value)
            if text is None:
                for piece in self.pieces(value, depth + 1):
                    yield piece
            else:
                yield text
        if tail:
            yield tail
        yield '}'
        self.leave(ident)


def _decoding_first(quote, charset):
    """quote() for an encoder whose str input is in charset, not UTF-8."""
    def quote_decoded(s):
        if isinstance(s, str):
            s = s.decode(charset)
        return quote(s)
    return quote_decoded
