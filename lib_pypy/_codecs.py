"""The codec registry and the codec functions behind codecs.py and the
encodings package.

The object space encodes and decodes the common encodings natively; the
functions here use that (str.decode / unicode.encode with 'strict') and add
what it does not do: error handlers registered with register_error (the
native codec reports an error, the handler is called, the work resumes after
the position it returns), the incremental 'final' flag (an incomplete
sequence at the end is kept for the next call), charmap codecs with
arbitrary mappings, and UTF-7.  str.encode/unicode.decode come here for
encodings and error handlers they do not know (objspace/codecregistry.py)."""

import sys


_search_functions = []
_cache = {}


# ---- the registry -------------------------------------------------------------

def register(search_function):
    """register(search_function)

Register a codec search function. Search functions are expected to take
one argument, the encoding name in all lower case letters, and return
a tuple of functions (encoder, decoder, stream_reader, stream_writer)
(or a CodecInfo object)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def _normalize(encoding):
    return encoding.lower().replace(' ', '-')


def lookup(encoding):
    """lookup(encoding) -> CodecInfo

Looks up a codec tuple in the Python codec registry and returns
a CodecInfo object."""
    if isinstance(encoding, unicode):
        encoding = encoding.encode('ascii')
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument 1 must be string, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    result = _cache.get(key)
    if result is not None:
        return result
    if not _search_functions:
        import encodings
    for search in _search_functions:
        result = search(key)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = result
        return result
    raise LookupError("unknown encoding: %s" % encoding)


def _default_encoding():
    return sys.getdefaultencoding()


_NO_ARG = object()


def encode(obj, encoding=_NO_ARG, errors='strict'):
    """encode(obj, [encoding[,errors]]) -> object

Encodes obj using the codec registered for encoding. encoding defaults
to the default encoding. errors may be given to set a different error
handling scheme. Default is 'strict' meaning that encoding errors raise
a ValueError. Other possible values are 'ignore', 'replace' and
'xmlcharrefreplace' as well as any other name registered with
codecs.register_error that can handle ValueErrors."""
    if encoding is _NO_ARG:
        encoding = _default_encoding()
    else:
        encoding = _c_string(encoding, 'encode', 2, False)
    errors = _c_string(errors, 'encode', 3, False)
    result = lookup(encoding)[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding=_NO_ARG, errors='strict'):
    """decode(obj, [encoding[,errors]]) -> object

Decodes obj using the codec registered for encoding. encoding defaults
to the default encoding. errors may be given to set a different error
handling scheme. Default is 'strict' meaning that encoding errors raise
a ValueError. Other possible values are 'ignore' and 'replace'
as well as any other name registered with codecs.register_error that is
able to handle ValueErrors."""
    if encoding is _NO_ARG:
        encoding = _default_encoding()
    else:
        encoding = _c_string(encoding, 'decode', 2, False)
    errors = _c_string(errors, 'decode', 3, False)
    result = lookup(encoding)[1](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


# ---- error handlers -------------------------------------------------------------

def strict_errors(exc):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _check_exc(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def ignore_errors(exc):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    _check_exc(exc)
    return (u'', exc.end)


def replace_errors(exc):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement marker."""
    _check_exc(exc)
    if isinstance(exc, UnicodeEncodeError):
        return (u'?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return (u'\ufffd', exc.end)
    return (u'\ufffd' * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."""
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return (u''.join([u'&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]]), exc.end)


def backslashreplace_errors(exc):
    """Implements the 'backslashreplace' error handling, which replaces an unencodable character with a backslashed escape sequence."""
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    out = []
    for c in exc.object[exc.start:exc.end]:
        o = ord(c)
        if o < 0x100:
            out.append(u'\\x%02x' % o)
        elif o < 0x10000:
            out.append(u'\\u%04x' % o)
        else:
            out.append(u'\\U%08x' % o)
    return (u''.join(out), exc.end)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
}
_NATIVE_ERRORS = ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace')


def register_error(name, handler):
    """register_error(errors, handler)

Register the specified error handler under the name
errors. handler must be a callable object, that
will be called with an exception instance containing
information about the location of the encoding/decoding
error and must return a (replacement, new position) tuple."""
    name = _c_string(name, 'register_error', 1, False)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """lookup_error(errors) -> handler

Return the error handler for the specified error handling name
or raise a LookupError, if no handler exists under this name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name)


def _call_handler(handler, exc, length, encoding_side):
    result = handler(exc)
    if (not isinstance(result, tuple) or len(result) != 2
            or not isinstance(result[0], unicode) or not isinstance(result[1], (int, long))):
        if encoding_side:
            raise TypeError("encoding error handler must return (unicode, int) tuple")
        raise TypeError("decoding error handler must return (unicode, int) tuple")
    replacement, pos = result
    if pos < 0:
        pos += length
    if pos < 0 or pos > length:
        raise IndexError("position %d from error handler out of bounds" % pos)
    return replacement, pos


# ---- generic encoding and decoding on top of the native codecs ------------------

def _errors(errors):
    return 'strict' if errors is None else errors


def _unicode_arg(obj, what):
    if isinstance(obj, unicode):
        return obj
    if isinstance(obj, str):
        return obj.decode(_default_encoding())
    if isinstance(obj, (buffer, bytearray)):
        return str(obj).decode(_default_encoding())
    raise TypeError("%s() argument 1 must be unicode, not %s" % (what, type(obj).__name__))


def _bytes_arg(data, what):
    if isinstance(data, str):
        return data
    if isinstance(data, unicode):
        return data.encode(_default_encoding())
    if isinstance(data, (buffer, bytearray)):
        return str(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    if hasattr(type(data), '__buffer__'):
        return str(buffer(data))    # array.array and other library buffer types
    raise TypeError("%s() argument 1 must be string or buffer, not %s"
                    % (what, 'None' if data is None else type(data).__name__))


def native_encode(u, encoding, errors):
    """u.encode(encoding, errors), with registered handlers too."""
    if not isinstance(u, (unicode, str)):
        raise TypeError("coercing to Unicode: need string or buffer, %s found" % type(u).__name__)
    errors = _errors(errors)
    if errors in _NATIVE_ERRORS:
        return u.encode(encoding, errors)
    handler = None          # looked up at the first error, as in 2.7
    out = []
    pos = 0
    n = len(u)
    while True:
        try:
            out.append(u[pos:].encode(encoding, 'strict'))
            break
        except UnicodeEncodeError as e:
            if handler is None:
                handler = lookup_error(errors)
            start = pos + e.start
            end = pos + e.end
            out.append(u[pos:start].encode(encoding, 'strict'))
            exc = UnicodeEncodeError(e.encoding, u, start, end, e.reason)
            replacement, pos = _call_handler(handler, exc, n, True)
            out.append(replacement.encode(encoding, 'strict'))
    return ''.join(out)


def native_decode(s, encoding, errors):
    """s.decode(encoding, errors), with registered handlers too."""
    if not isinstance(s, (str, unicode)):
        s = _bytes_arg(s, encoding.replace('-', '_') + '_decode')
    errors = _errors(errors)
    if errors in _NATIVE_ERRORS:
        return s.decode(encoding, errors)
    # 2.7 looks the handler up only when there is an error to handle (an
    # unknown name does not matter for clean input: distlib passes
    # 'surrogateescape').
    handler = None
    out = []
    pos = 0
    n = len(s)
    while True:
        try:
            out.append(s[pos:].decode(encoding, 'strict'))
            break
        except UnicodeDecodeError as e:
            if handler is None:
                handler = lookup_error(errors)
            start = pos + e.start
            end = pos + e.end
            out.append(s[pos:start].decode(encoding, 'strict'))
            exc = UnicodeDecodeError(e.encoding, s, start, end, e.reason)
            replacement, pos = _call_handler(handler, exc, n, False)
            out.append(replacement)
    return u''.join(out)


def _utf8_incomplete_tail(s):
    """How many bytes at the end of s start a UTF-8 sequence that is valid
    so far but not complete."""
    n = len(s)
    for back in (1, 2, 3):
        if back > n:
            break
        c = ord(s[n - back])
        if c < 0x80:
            return 0
        if c < 0xC0:
            continue                 # a continuation byte: look further back
        need = 2 if c < 0xE0 else (3 if c < 0xF0 else 4)
        if c < 0xC2 or c > 0xF4 or back >= need:
            return 0
        if back >= 2:
            # the second byte must fit the lead (no overlong/surrogate/too big)
            c2 = ord(s[n - back + 1])
            if (c == 0xE0 and c2 < 0xA0) or (c == 0xED and c2 > 0x9F) \
                    or (c == 0xF0 and c2 < 0x90) or (c == 0xF4 and c2 > 0x8F):
                return 0
        return back
    return 0


# ---- the codec functions ------------------------------------------------------------

def utf_8_encode(obj, errors=None):
    u = _unicode_arg(obj, 'utf_8_encode')
    return (native_encode(u, 'utf-8', errors), len(u))


def utf_8_decode(data, errors=None, final=False):
    s = _bytes_arg(data, 'utf_8_decode')
    if not final:
        cut = _utf8_incomplete_tail(s)
        if cut:
            s = s[:len(s) - cut]
    return (native_decode(s, 'utf-8', errors), len(s))


def ascii_encode(obj, errors=None):
    u = _unicode_arg(obj, 'ascii_encode')
    return (native_encode(u, 'ascii', errors), len(u))


def ascii_decode(data, errors=None):
    s = _bytes_arg(data, 'ascii_decode')
    return (native_decode(s, 'ascii', errors), len(s))


def latin_1_encode(obj, errors=None):
    u = _unicode_arg(obj, 'latin_1_encode')
    return (native_encode(u, 'latin-1', errors), len(u))


def latin_1_decode(data, errors=None):
    s = _bytes_arg(data, 'latin_1_decode')
    return (s.decode('latin-1'), len(s))


def _wide_encode(obj, errors, byteorder, width, what):
    u = _unicode_arg(obj, what)
    base = 'utf-16' if width == 2 else 'utf-32'
    if byteorder == 0:
        bom = '\xff\xfe' if width == 2 else '\xff\xfe\x00\x00'
        return (bom + native_encode(u, base + '-le', errors), len(u))
    suffix = '-le' if byteorder < 0 else '-be'
    return (native_encode(u, base + suffix, errors), len(u))


def _wide_decode(s, errors, byteorder, final, width):
    """(unicode, consumed, byteorder) for UTF-16/32 data; byteorder 0 means
    'detect from a BOM' (little-endian without one)."""
    consumed = 0
    if byteorder == 0:
        if width == 2:
            if s[:2] == '\xff\xfe':
                byteorder = -1
                consumed = 2
            elif s[:2] == '\xfe\xff':
                byteorder = 1
                consumed = 2
            elif len(s) < 2 and not final:
                return (u'', 0, 0)
        else:
            if s[:4] == '\xff\xfe\x00\x00':
                byteorder = -1
                consumed = 4
            elif s[:4] == '\x00\x00\xfe\xff':
                byteorder = 1
                consumed = 4
            elif len(s) < 4 and not final:
                return (u'', 0, 0)
    body = s[consumed:]
    if not final:
        keep = len(body) % width
        if width == 2 and len(body) - keep >= 2:
            # a high surrogate at the end waits for its low half
            last = body[len(body) - keep - 2:len(body) - keep]
            unit = ord(last[1]) if byteorder != 1 else ord(last[0])
            if 0xD8 <= unit <= 0xDB:
                keep += 2
        body = body[:len(body) - keep]
    base = 'utf-16' if width == 2 else 'utf-32'
    order = byteorder if byteorder != 0 else -1
    text = native_decode(body, base + ('-le' if order < 0 else '-be'), errors)
    return (text, consumed + len(body), byteorder)


def utf_16_encode(obj, errors=None, byteorder=0):
    return _wide_encode(obj, errors, byteorder, 2, 'utf_16_encode')


def utf_16_le_encode(obj, errors=None):
    return _wide_encode(obj, errors, -1, 2, 'utf_16_le_encode')


def utf_16_be_encode(obj, errors=None):
    return _wide_encode(obj, errors, 1, 2, 'utf_16_be_encode')


def utf_16_decode(data, errors=None, final=False):
    r = _wide_decode(_bytes_arg(data, 'utf_16_decode'), errors, 0, final, 2)
    return (r[0], r[1])


def utf_16_le_decode(data, errors=None, final=False):
    r = _wide_decode(_bytes_arg(data, 'utf_16_le_decode'), errors, -1, final, 2)
    return (r[0], r[1])


def utf_16_be_decode(data, errors=None, final=False):
    r = _wide_decode(_bytes_arg(data, 'utf_16_be_decode'), errors, 1, final, 2)
    return (r[0], r[1])


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _wide_decode(_bytes_arg(data, 'utf_16_ex_decode'), errors, byteorder, final, 2)


def utf_32_encode(obj, errors=None, byteorder=0):
    return _wide_encode(obj, errors, byteorder, 4, 'utf_32_encode')


def utf_32_le_encode(obj, errors=None):
    return _wide_encode(obj, errors, -1, 4, 'utf_32_le_encode')


def utf_32_be_encode(obj, errors=None):
    return _wide_encode(obj, errors, 1, 4, 'utf_32_be_encode')


def utf_32_decode(data, errors=None, final=False):
    r = _wide_decode(_bytes_arg(data, 'utf_32_decode'), errors, 0, final, 4)
    return (r[0], r[1])


def utf_32_le_decode(data, errors=None, final=False):
    r = _wide_decode(_bytes_arg(data, 'utf_32_le_decode'), errors, -1, final, 4)
    return (r[0], r[1])


def utf_32_be_decode(data, errors=None, final=False):
    r = _wide_decode(_bytes_arg(data, 'utf_32_be_decode'), errors, 1, final, 4)
    return (r[0], r[1])


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _wide_decode(_bytes_arg(data, 'utf_32_ex_decode'), errors, byteorder, final, 4)


def unicode_escape_encode(obj, errors=None):
    u = _unicode_arg(obj, 'unicode_escape_encode')
    return (u.encode('unicode_escape'), len(u))


_SIMPLE_ESCAPES = {'\n': None, '\\': u'\\', "'": u"'", '"': u'"', 'b': u'\b', 'f': u'\f',
                   't': u'\t', 'n': u'\n', 'r': u'\r', 'v': u'\v', 'a': u'\x07'}
_HEXDIGITS = '0123456789abcdefABCDEF'


def _escape_decode_unicode(s, errors, raw):
    """The unicode_escape (raw: raw_unicode_escape) decoder, with error
    handlers and \\N{name} (through unicodedata)."""
    errors = _errors(errors)
    codec = 'rawunicodeescape' if raw else 'unicodeescape'
    out = []
    n = len(s)
    i = 0
    handler = None
    while i < n:
        c = s[i]
        if c != '\\':
            out.append(unichr(ord(c)))
            i += 1
            continue
        start = i
        if raw:
            # only \\uXXXX and \\UXXXXXXXX after an odd number of backslashes
            j = i
            while j < n and s[j] == '\\':
                j += 1
            count = j - i
            if count % 2 == 0 or j >= n or s[j] not in 'uU':
                out.append(u'\\' * count)
                i = j
                continue
            out.append(u'\\' * (count - 1))
            start = j - 1
            i = j
        else:
            i += 1
            if i >= n:
                reason = "\\ at end of string"
                end = n
                replacement = None
            else:
                c = s[i]
                if c in _SIMPLE_ESCAPES:
                    value = _SIMPLE_ESCAPES[c]
                    if value is not None:
                        out.append(value)
                    i += 1
                    continue
                if '0' <= c <= '7':
                    j = i
                    v = 0
                    while j < n and j < i + 3 and '0' <= s[j] <= '7':
                        v = v * 8 + ord(s[j]) - 48
                        j += 1
                    out.append(unichr(v))
                    i = j
                    continue
                if c == 'N':
                    reason = None
                    close = s.find('}', i)
                    if i + 1 < n and s[i + 1] == '{' and close > i + 2:
                        name = s[i + 2:close]
                        try:
                            import unicodedata
                            out.append(unicodedata.lookup(name))
                            i = close + 1
                            continue
                        except (ImportError, KeyError):
                            reason = "unknown Unicode character name"
                            end = close + 1
                    else:
                        reason = "malformed \\N character escape"
                        end = min(n, i + 1)
                    exc = UnicodeDecodeError(codec, s, start, end, reason)
                    if errors == 'strict':
                        raise exc
                    if handler is None:
                        handler = lookup_error(errors)
                    replacement, i = _call_handler(handler, exc, n, False)
                    out.append(replacement)
                    continue
                if c not in 'xuU':
                    out.append(u'\\' + unichr(ord(c)))
                    i += 1
                    continue
        if i < n and s[i] in 'xuU':
            c = s[i]
            digits = 2 if c == 'x' else (4 if c == 'u' else 8)
            j = i + 1
            while j < n and j < i + 1 + digits and s[j] in _HEXDIGITS:
                j += 1
            if j - (i + 1) == digits:
                v = int(s[i + 1:j], 16)
                if v <= 0x10FFFF:
                    out.append(unichr(v))
                    i = j
                    continue
                reason = "illegal Unicode character"
            elif c == 'x':
                reason = "truncated \\xXX escape"
            elif c == 'u':
                reason = "truncated \\uXXXX escape"
            else:
                reason = "truncated \\UXXXXXXXX escape"
            if raw:
                # 2.7's raw decoder says \uXXXX for a truncated \U escape too
                reason = ("\\Uxxxxxxxx out of range" if reason == "illegal Unicode character"
                          else "truncated \\uXXXX")
            end = j
        exc = UnicodeDecodeError(codec, s, start, end, reason)
        if errors == 'strict':
            raise exc
        if handler is None:
            handler = lookup_error(errors)
        replacement, i = _call_handler(handler, exc, n, False)
        out.append(replacement)
    return u''.join(out)


def unicode_escape_decode(data, errors=None):
    s = _bytes_arg(data, 'unicode_escape_decode')
    return (_escape_decode_unicode(s, errors, False), len(s))


def raw_unicode_escape_encode(obj, errors=None):
    u = _unicode_arg(obj, 'raw_unicode_escape_encode')
    return (u.encode('raw_unicode_escape'), len(u))


def raw_unicode_escape_decode(data, errors=None):
    s = _bytes_arg(data, 'raw_unicode_escape_decode')
    return (_escape_decode_unicode(s, errors, True), len(s))


def unicode_internal_encode(obj, errors=None):
    if isinstance(obj, unicode):
        return (obj.encode('unicode_internal'), len(obj))
    s = _bytes_arg(obj, 'unicode_internal_encode')
    return (s, len(s))


def unicode_internal_decode(data, errors=None):
    if isinstance(data, unicode):
        return (data, len(data))
    s = _bytes_arg(data, 'unicode_internal_decode')
    try:
        return (native_decode(s, 'unicode_internal', errors), len(s))
    except UnicodeDecodeError as e:
        if e.encoding == 'unicode_internal':
            raise
        # the object space decodes through its UTF-32 code
        raise UnicodeDecodeError('unicode_internal', e.object, e.start, e.end, e.reason)


def escape_encode(data, errors=None):
    if not isinstance(data, str):
        raise TypeError("escape_encode() argument 1 must be string, not %s" % type(data).__name__)
    return (data.encode('string_escape'), len(data))


def escape_decode(data, errors=None):
    s = _bytes_arg(data, 'escape_decode')
    try:
        return (s.decode('string_escape'), len(s))
    except ValueError:
        if errors is None or errors == 'strict':
            raise
    return (_escape_decode_lenient(s, errors), len(s))


_SIMPLE_ESCAPES = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'b': '\b', 'f': '\f',
                   't': '\t', 'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a'}
_HEXDIGITS = '0123456789abcdefABCDEF'


def _escape_decode_lenient(s, errors):
    """string_escape decoding where a bad \\x escape becomes '?' (replace)
    or nothing (ignore); as 2.7, the \\x and one hex digit after it are
    dropped."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c != '\\':
            out.append(c)
            continue
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = s[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif '0' <= c <= '7':
            value = ord(c) - 48
            for _ in range(2):
                if i < n and '0' <= s[i] <= '7':
                    value = value * 8 + ord(s[i]) - 48
                    i += 1
            out.append(chr(value & 0xff))
        elif c == 'x':
            if i + 1 < n and s[i] in _HEXDIGITS and s[i + 1] in _HEXDIGITS:
                out.append(chr(int(s[i:i + 2], 16)))
                i += 2
                continue
            if errors not in ('replace', 'ignore'):
                raise ValueError("decoding error; unknown error handling code: %s" % errors)
            if errors == 'replace':
                out.append('?')
            if i < n and s[i] in _HEXDIGITS:
                i += 1
        else:
            out.append('\\' + c)
    return ''.join(out)


def readbuffer_encode(data, errors=None):
    if hasattr(type(data), '__buffer__'):
        data = buffer(data)     # array.array and other library buffer types
    s = _bytes_arg(data, 'readbuffer_encode')
    return (s, len(s))


def charbuffer_encode(data, errors=None):
    s = _bytes_arg(data, 'charbuffer_encode')
    return (s, len(s))


# ---- charmap codecs ---------------------------------------------------------------

class EncodingMap(object):
    """The fast encoding map built by charmap_build: code point -> byte."""

    def __init__(self, table):
        self._map = table

    def get(self, key, default=None):
        return self._map.get(key, default)

    def size(self):
        return len(self._map)


def charmap_build(decoding_table):
    """The encoding map (code point -> byte value) of a 256-character
    decoding table."""
    if not isinstance(decoding_table, unicode):
        raise TypeError("charmap_build() argument 1 must be unicode, not %s"
                        % ('None' if decoding_table is None else type(decoding_table).__name__))
    table = {}
    for i in range(len(decoding_table)):
        c = decoding_table[i]
        if c != u'\ufffe':
            table[ord(c)] = i
    return EncodingMap(table)


def _charmap_lookup_encode(mapping, c):
    """The bytes for the character c, or None when it is unmapped."""
    if isinstance(mapping, EncodingMap):
        v = mapping.get(ord(c))
        return None if v is None else chr(v)
    try:
        v = mapping[ord(c)]
    except (KeyError, IndexError, LookupError):
        return None
    if v is None:
        return None
    if isinstance(v, (int, long)):
        if v < 0 or v > 255:
            raise TypeError("character mapping must be in range(256)")
        return chr(v)
    if isinstance(v, str):
        return v
    raise TypeError("character mapping must return integer, None or str")


def charmap_encode(obj, errors=None, mapping=None):
    u = _unicode_arg(obj, 'charmap_encode')
    if mapping is None:
        return latin_1_encode(u, errors)
    errors = _errors(errors)
    out = []
    pos = 0
    n = len(u)
    handler = None
    while pos < n:
        b = _charmap_lookup_encode(mapping, u[pos])
        if b is not None:
            out.append(b)
            pos += 1
            continue
        end = pos + 1
        while end < n and _charmap_lookup_encode(mapping, u[end]) is None:
            end += 1
        exc = UnicodeEncodeError('charmap', u, pos, end, 'character maps to <undefined>')
        if errors == 'strict':
            raise exc
        if handler is None:
            handler = lookup_error(errors)
        replacement, newpos = _call_handler(handler, exc, n, True)
        for c in replacement:
            b = _charmap_lookup_encode(mapping, c)
            if b is None:
                raise UnicodeEncodeError('charmap', u, pos, end, 'character maps to <undefined>')
            out.append(b)
        pos = newpos
    return (''.join(out), n)


def _charmap_lookup_decode(mapping, byte):
    """The unicode for a byte, or None when it is unmapped."""
    if isinstance(mapping, unicode):
        if byte < len(mapping):
            c = mapping[byte]
            return None if c == u'\ufffe' else c
        return None
    try:
        v = mapping[byte]
    except (KeyError, IndexError, LookupError):
        return None
    if v is None:
        return None
    if isinstance(v, (int, long)):
        if v < 0 or v > sys.maxunicode:
            raise TypeError("character mapping must be in range(0x%x)" % (sys.maxunicode + 1))
        if v == 0xfffe:
            return None     # U+FFFE marks an undefined byte
        return unichr(v)
    if isinstance(v, unicode):
        return None if v == u'\ufffe' else v
    if isinstance(v, str):
        return v.decode('latin-1')
    raise TypeError("character mapping must return integer, None or unicode")


def charmap_decode(data, errors=None, mapping=None):
    s = _bytes_arg(data, 'charmap_decode')
    if mapping is None:
        return latin_1_decode(s, errors)
    errors = _errors(errors)
    out = []
    pos = 0
    n = len(s)
    handler = None
    while pos < n:
        c = _charmap_lookup_decode(mapping, ord(s[pos]))
        if c is not None:
            out.append(c)
            pos += 1
            continue
        exc = UnicodeDecodeError('charmap', s, pos, pos + 1, 'character maps to <undefined>')
        if errors == 'strict':
            raise exc
        if handler is None:
            handler = lookup_error(errors)
        replacement, pos = _call_handler(handler, exc, n, False)
        out.append(replacement)
    return (u''.join(out), n)


# ---- UTF-7 (RFC 2152) -----------------------------------------------------------

_B64CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64VALUES = dict([(_B64CHARS[_i], _i) for _i in range(64)])
# characters written as themselves: RFC 2152's set D, set O minus ~ and \,
# and white space
_UTF7_DIRECT = dict([(_c, True) for _c in
                     "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                     "'(),-./:? \t\r\n!\"#$%&*;<=>@[]^_`{|}"])


def utf_7_encode(obj, errors=None):
    u = _unicode_arg(obj, 'utf_7_encode')
    out = []
    in_shift = False
    bits = 0
    nbits = 0
    n = len(u)
    for i in range(n):
        c = u[i]
        if c < u'\x80' and str(c) in _UTF7_DIRECT:
            if in_shift:
                if nbits:
                    out.append(_B64CHARS[(bits << (6 - nbits)) & 63])
                    bits = 0
                    nbits = 0
                if str(c) in _B64VALUES or c == u'-':
                    out.append('-')
                in_shift = False
            out.append(str(c))
            continue
        if c == u'+' and not in_shift:
            out.append('+-')
            continue
        if not in_shift:
            out.append('+')
            in_shift = True
        o = ord(c)
        if o > 0xffff:
            o -= 0x10000
            units = [0xD800 | (o >> 10), 0xDC00 | (o & 0x3ff)]
        else:
            units = [o]
        for unit in units:
            bits = (bits << 16) | unit
            nbits += 16
            while nbits >= 6:
                nbits -= 6
                out.append(_B64CHARS[(bits >> nbits) & 63])
            bits &= (1 << nbits) - 1
    if in_shift:
        if nbits:
            out.append(_B64CHARS[(bits << (6 - nbits)) & 63])
        out.append('-')
    return (''.join(out), n)


def utf_7_decode(data, errors=None, final=False):
    s = _bytes_arg(data, 'utf_7_decode')
    errors = _errors(errors)
    out = []
    n = len(s)
    i = 0
    in_shift = False
    shift_start = 0
    bits = 0
    nbits = 0
    high = 0            # a pending high surrogate
    consumed = 0
    out_at_shift = 0

    def fail(start, end, reason):
        exc = UnicodeDecodeError('utf7', s, start, end, reason)
        if errors == 'strict':
            raise exc
        return _call_handler(lookup_error(errors), exc, n, False)

    while i < n:
        c = s[i]
        if in_shift:
            v = _B64VALUES.get(c)
            if v is not None:
                bits = (bits << 6) | v
                nbits += 6
                if nbits >= 16:
                    nbits -= 16
                    unit = (bits >> nbits) & 0xffff
                    bits &= (1 << nbits) - 1
                    if high:
                        if 0xDC00 <= unit <= 0xDFFF:
                            out.append(unichr(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)))
                            high = 0
                            i += 1
                            continue
                        out.append(unichr(high))
                        high = 0
                    if 0xD800 <= unit <= 0xDBFF:
                        high = unit
                    else:
                        out.append(unichr(unit))
                i += 1
                continue
            # the shift sequence ends here
            in_shift = False
            if high:
                out.append(unichr(high))
                high = 0
            if nbits >= 6:
                replacement, i = fail(shift_start, i, "partial character in shift sequence")
                out.append(replacement)
                continue
            if bits:
                replacement, i = fail(shift_start, i, "non-zero padding bits in shift sequence")
                out.append(replacement)
                continue
            bits = 0
            nbits = 0
            if c == '-':
                i += 1
            consumed = i
            continue
        if c == '+':
            if i + 1 < n and s[i + 1] == '-':
                out.append(u'+')
                i += 2
                consumed = i
                continue
            if i + 1 >= n and not final:
                break
            in_shift = True
            shift_start = i
            out_at_shift = len(out)
            bits = 0
            nbits = 0
            i += 1
            continue
        if ord(c) >= 0x80:
            replacement, i = fail(i, i + 1, "unexpected special character")
            out.append(replacement)
            consumed = i
            continue
        out.append(c.decode('ascii'))
        i += 1
        consumed = i
    if in_shift:
        if not final:
            # keep the unfinished shift sequence for the next call
            return (u''.join(out[:out_at_shift]), shift_start)
        if high or nbits >= 6 or bits:
            replacement, i = fail(shift_start, n, "unterminated shift sequence")
            out.append(replacement)
        consumed = n
    elif final:
        consumed = n
    return (u''.join(out), consumed)


# ---- 2.7's argument conversions --------------------------------------------------
# The C codec functions convert all their arguments before they look at the
# data: errors is a string or None ("z"), final and byteorder C ints ("i").

from _cargs import c_int as _c_int


def _c_string(value, what, pos, none_ok):
    """A "s" (or with none_ok "z") argument: a str without NULs; unicode is
    encoded with the default encoding."""
    if value is None and none_ok:
        return None
    if isinstance(value, unicode):
        value = value.encode(_default_encoding())
    orz = " or None" if none_ok else ""
    if not isinstance(value, str):
        raise TypeError("%s() argument %d must be string%s, not %s"
                        % (what, pos, orz, 'None' if value is None else type(value).__name__))
    if '\0' in value:
        raise TypeError("%s() argument %d must be string without null bytes%s, not str"
                        % (what, pos, orz))
    return value


def _converting(fn):
    names = fn.func_code.co_varnames[:fn.func_code.co_argcount]
    what = fn.__name__

    bytes_first = ((what.endswith('_decode') or what in ('readbuffer_encode', 'charbuffer_encode'))
                   and what not in ('unicode_internal_decode', 'native_decode'))
    str_first = what == 'escape_encode'     # "S": a str and nothing else

    def converted(*args):
        args = list(args)
        if bytes_first and args:
            args[0] = _bytes_arg(args[0], what)     # "s*", the first one parsed
        if str_first and args and not isinstance(args[0], str):
            raise TypeError("%s() argument 1 must be string, not %s"
                            % (what, 'None' if args[0] is None else type(args[0]).__name__))
        for i in range(1, min(len(args), len(names))):
            if names[i] == 'errors':
                args[i] = _c_string(args[i], what, i + 1, True)
            elif names[i] in ('final', 'byteorder'):
                args[i] = _c_int(args[i])
        return fn(*args)
    converted.__name__ = what
    converted.__doc__ = fn.__doc__
    return converted


for _name, _fn in globals().items():
    if (_name.endswith(('_encode', '_decode')) and not _name.startswith('_')
            and callable(_fn) and getattr(_fn, 'func_code', None) is not None
            and 'errors' in _fn.func_code.co_varnames[:_fn.func_code.co_argcount]):
        globals()[_name] = _converting(_fn)
del _name, _fn


def _check_lookup_error(fn):
    def lookup_error(name):
        return fn(_c_string(name, 'lookup_error', 1, False))
    lookup_error.__doc__ = fn.__doc__
    return lookup_error

lookup_error = _check_lookup_error(lookup_error)
