"""Functions to convert between Python values and C structs represented
as Python strings (the _struct module behind struct.py).

A format is compiled once into a list of runs (code, count, offset, size),
where a negative count stands for -count consecutive numeric values;
Struct objects keep that list and module-level functions cache Structs."""

from _ieee import float_to_bits, bits_to_float

__doc__ = """Functions to convert between Python values and C structs represented
as Python strings. It uses format strings (explained below) as compact
descriptions of the lay-out of the C structs and the intended conversion
to/from Python values.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special case (only available in native format):
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C compiler):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
"""


class error(Exception):
    __module__ = 'struct'


# code -> size for the native (@) table; alignment equals size there
_NATIVE_SIZE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
                'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4,
                'd': 8, 's': 1, 'p': 1, 'P': 8}
_STD_SIZE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
             'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'f': 4,
             'd': 8, 's': 1, 'p': 1}
_INT_CODES = 'bBhHiIlLqQP'
_SIGNED = 'bhilq'
_MAXSIZE = (1 << 63) - 1
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1
# 2.7's special range messages for the small codes
_SMALL_MSG = {
    'b': "byte format requires -128 <= number <= 127",
    'B': "ubyte format requires 0 <= number <= 255",
    'h': "short format requires SHRT_MIN <= number <= SHRT_MAX",
    'H': "ushort format requires 0 <= number <= USHRT_MAX",
}


def _quick_range(code, size):
    """The values an integer code accepts without further checks."""
    if code == 'P':
        return (0, (1 << 64) - 1)
    if code in _SIGNED:
        return (-(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1)
    return (0, (1 << (size * 8)) - 1)


_QUICK_RANGE = {}
for _c in 'bBhHiIlLqQP':
    _QUICK_RANGE[_c] = {}
    for _size in (1, 2, 4, 8):
        _QUICK_RANGE[_c][_size] = _quick_range(_c, _size)
del _c, _size


def _compile(fmt):
    """(little_endian, native, items, size) for a format string."""
    order = '@'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    native = order == '@'
    little = order in '@=<'
    table = _NATIVE_SIZE if native else _STD_SIZE
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c.isspace():
            continue
        count = 1
        if '0' <= c <= '9':
            count = ord(c) - 48
            while i < n and '0' <= fmt[i] <= '9':
                count = count * 10 + ord(fmt[i]) - 48
                if count > _MAXSIZE:
                    raise error("total struct size too long")
                i += 1
            if i >= n:
                break
            c = fmt[i]
            i += 1
        size = table.get(c)
        if size is None:
            raise error("bad char in struct format")
        if native and size > 1:
            offset = (offset + size - 1) // size * size
        if c in 'sp':
            items.append((c, count, offset, count))
            offset += count
        elif c == 'x':
            offset += count
        elif count:
            # a run of `count` values, expanded only when packing or
            # unpacking: calcsize('4611686018427387903b') must not allocate
            items.append((c, -count, offset, size))
            offset += count * size
        if offset > _MAXSIZE:
            raise error("total struct size too long")
    return little, native, items, offset


class _Classic:
    pass


_InstanceType = type(_Classic())


def _warn(message):
    """A DeprecationWarning attributed to the first caller outside this module."""
    import sys
    import warnings
    level = 2
    f = sys._getframe(1)
    while f is not None and f.f_globals is _GLOBALS:
        level += 1
        f = f.f_back
    warnings.warn(message, DeprecationWarning, level)


def _to_int(v):
    """The integer for an integer code, with 2.7's conversions."""
    if isinstance(v, (int, long)):
        return v
    if isinstance(v, float):
        _warn("integer argument expected, got float")
        return int(v)
    # special methods are looked up on the type, except for classic instances
    t = v if type(v) is _InstanceType else type(v)
    if hasattr(t, '__index__'):
        try:
            return v.__index__()
        except TypeError:
            pass    # 2.7 then tries __int__, with a warning
    if hasattr(t, '__int__'):
        _warn("integer argument expected, got non-integer "
              "(implicit conversion using __int__ is deprecated)")
        r = int(v)
        if isinstance(r, (int, long)):
            return r
    raise error("cannot convert argument to integer")


def _out_of_range(code):
    return error("integer out of range for '%s' format code" % code)


def _check_int(code, size, native, v):
    """Range-check v for an integer code; returns v (P wraps negatives)."""
    if code == 'P':
        if v < _LONG_MIN or v > _ULONG_MAX:
            raise _out_of_range(code)
        return v & _ULONG_MAX
    if code in _SIGNED:
        if v < _LONG_MIN or v > _LONG_MAX:
            raise _out_of_range(code)
        lo = -(1 << (size * 8 - 1))
        hi = (1 << (size * 8 - 1)) - 1
    else:
        if code in 'BH':
            if v < _LONG_MIN or v > _LONG_MAX:
                raise _out_of_range(code)
        elif v < 0 or v > _ULONG_MAX:
            raise _out_of_range(code)
        lo = 0
        hi = (1 << (size * 8)) - 1
    if v < lo or v > hi:
        msg = _SMALL_MSG.get(code)
        if msg is not None:
            raise error(msg)
        if size == 8:
            raise _out_of_range(code)
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    return v


def _int_bytes(v, size, little):
    """v (already range-checked) as size bytes."""
    if size == 1:
        return chr(v & 0xff)
    if size == 2:
        if little:
            return chr(v & 0xff) + chr((v >> 8) & 0xff)
        return chr((v >> 8) & 0xff) + chr(v & 0xff)
    if size == 4:
        s = chr(v & 0xff) + chr((v >> 8) & 0xff) + chr((v >> 16) & 0xff) + chr((v >> 24) & 0xff)
    else:
        lo = v & 0xffffffff
        hi = (v >> 32) & 0xffffffff
        s = (chr(lo & 0xff) + chr((lo >> 8) & 0xff) + chr((lo >> 16) & 0xff) + chr(lo >> 24)
             + chr(hi & 0xff) + chr((hi >> 8) & 0xff) + chr((hi >> 16) & 0xff) + chr(hi >> 24))
    if little:
        return s
    return s[::-1]


def _bytes_int(s, signed, little):
    """The integer in the bytes s."""
    if not little:
        s = s[::-1]
    n = len(s)
    if n == 1:
        v = ord(s)
    elif n == 2:
        v = ord(s[0]) | (ord(s[1]) << 8)
    elif n == 4:
        v = ord(s[0]) | (ord(s[1]) << 8) | (ord(s[2]) << 16) | (ord(s[3]) << 24)
    else:
        lo = ord(s[0]) | (ord(s[1]) << 8) | (ord(s[2]) << 16) | (ord(s[3]) << 24)
        hi = ord(s[4]) | (ord(s[5]) << 8) | (ord(s[6]) << 16) | (ord(s[7]) << 24)
        v = (hi << 32) | lo
    if signed and v >> (n * 8 - 1):
        v -= 1 << (n * 8)
    return int(v)


def _to_float(v):
    if isinstance(v, float):
        return v
    if isinstance(v, (int, long)) or hasattr(type(v), '__float__'):
        return float(v)
    raise error("required argument is not a float")


def _has_buffer(data):
    return (isinstance(data, (str, buffer, bytearray, memoryview))
            or getattr(data, 'tostring', None) is not None)


def _as_bytes(data):
    """The bytes of a str or a buffer-like object (for unpacking)."""
    if isinstance(data, str):
        return data
    if isinstance(data, (buffer, bytearray)):
        return str(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    if isinstance(data, unicode):
        return data.encode('ascii')
    tostring = getattr(data, 'tostring', None)
    if tostring is not None:
        return tostring()
    raise TypeError("Struct() argument 1 must be string or read-only buffer, not %s"
                    % type(data).__name__)


class Struct(object):
    """Struct(fmt) --> compiled struct object

Return a new Struct object which writes and reads binary data according to
the format string fmt.  See help(struct) for more on format strings."""

    def __init__(self, format):
        if isinstance(format, unicode):
            format = format.encode('ascii')
        if not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be string, not %s"
                            % type(format).__name__)
        self.format = format
        self._little, self._native, self._runs, self.size = _compile(format)
        self._expanded = None

    @property
    def _items(self):
        """One (code, count, offset, size) per packed value."""
        if self._expanded is None:
            items = []
            for code, count, offset, size in self._runs:
                if count >= 0:
                    items.append((code, count, offset, size))
                    continue
                for k in range(-count):
                    items.append((code, 1, offset + k * size, size))
            self._expanded = items
        return self._expanded

    def _pack_parts(self, args, what):
        items = self._items
        if len(args) != len(items):
            raise error("%s expected %d items for packing (got %d)"
                        % (what, len(items), len(args)))
        little = self._little
        native = self._native
        parts = []
        pos = 0
        for k in range(len(items)):
            code, count, offset, size = items[k]
            v = args[k]
            if offset > pos:
                parts.append('\x00' * (offset - pos))
            pos = offset + size
            if code in _INT_CODES:
                if type(v) is not int:
                    v = _to_int(v)
                lo, hi = _QUICK_RANGE[code][size]
                if v < lo or v > hi:
                    v = _check_int(code, size, native, v)
                parts.append(_int_bytes(v, size, little))
            elif code == 'f' or code == 'd':
                bits = float_to_bits(_to_float(v), size)
                parts.append(_int_bytes(bits, size, little))
            elif code == 's' or code == 'p':
                if not isinstance(v, str):
                    raise error("argument for '%s' must be a string" % code)
                if code == 's':
                    data = v[:count]
                elif count == 0:
                    data = ''
                else:
                    n = min(len(v), count - 1)
                    data = chr(min(n, 255)) + v[:n]
                parts.append(data + '\x00' * (count - len(data)))
            elif code == 'c':
                if not isinstance(v, str) or len(v) != 1:
                    raise error("char format require string of length 1")
                parts.append(v)
            elif code == '?':
                parts.append('\x01' if v else '\x00')
        if self.size > pos:
            parts.append('\x00' * (self.size - pos))
        return ''.join(parts)

    def pack(self, *args):
        """S.pack(v1, v2, ...) -> string

Return a string containing values v1, v2, ... packed according to this
Struct's format. See struct.__doc__ for more on format strings."""
        return self._pack_parts(args, 'pack')

    def pack_into(self, *args):
        """S.pack_into(buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to this Struct's format, write
the packed bytes into the writable buffer buf starting at offset.  Note
that the offset is not an optional argument.  See struct.__doc__ for
more on format strings."""
        # 2.7 counts the arguments itself: too few is struct.error
        if not args:
            raise error("pack_into expected buffer argument")
        if len(args) == 1:
            raise error("pack_into expected offset argument")
        buffer, offset, args = args[0], args[1], args[2:]
        data = self._pack_parts(args, 'pack_into')
        if not isinstance(offset, (int, long)) and not hasattr(offset, '__index__'):
            raise TypeError("an integer is required")
        writer = getattr(buffer, '_struct_write', None)
        if isinstance(buffer, memoryview) and not buffer.readonly:
            pass
        elif not isinstance(buffer, bytearray) and writer is None:
            raise TypeError("argument must be read-write buffer, not %s"
                            % ('None' if buffer is None else type(buffer).__name__))
        offset = _to_int(offset)
        n = len(buffer)
        if offset < 0:
            offset += n
        if n - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes" % self.size)
        if writer is not None:
            writer(offset, data)
        else:
            buffer[offset:offset + len(data)] = data

    def _unpack_at(self, s, base):
        little = self._little
        out = []
        for code, count, offset, size in self._items:
            start = base + offset
            chunk = s[start:start + size]
            if code in _INT_CODES:
                out.append(_bytes_int(chunk, code in _SIGNED, little))
            elif code == 'f' or code == 'd':
                out.append(bits_to_float(_bytes_int(chunk, False, little), size))
            elif code == 's' or code == 'c':
                out.append(chunk)
            elif code == 'p':
                if count == 0:
                    out.append('')
                else:
                    n = min(ord(chunk[0]), count - 1)
                    out.append(chunk[1:1 + n])
            elif code == '?':
                out.append(chunk != '\x00')
        return tuple(out)

    def unpack(self, string):
        """S.unpack(str) -> (v1, v2, ...)

Return tuple containing values unpacked according to this Struct's format.
Requires len(str) == self.size. See struct.__doc__ for more on format
strings."""
        # 2.7 reads any object's buffer: what has none is a wrong length too
        if isinstance(string, unicode) or not _has_buffer(string):
            raise error("unpack requires a string argument of length %d" % self.size)
        s = _as_bytes(string)
        if len(s) != self.size:
            raise error("unpack requires a string argument of length %d" % self.size)
        return self._unpack_at(s, 0)

    def unpack_from(self, buffer, offset=0):
        """S.unpack_from(buffer[, offset=0]) -> (v1, v2, ...)

Return tuple containing values unpacked according to this Struct's format.
Unlike unpack, unpack_from can unpack values from any object supporting
the buffer API, not just str. Requires len(buffer[offset:]) >= self.size.
See struct.__doc__ for more on format strings."""
        # 2.7's order ("z*|n"): the buffer's type (None passes, unicode is
        # encoded in ASCII), the offset, then None is refused
        if isinstance(buffer, unicode):
            buffer = buffer.encode('ascii')
        if buffer is not None and not _has_buffer(buffer):
            raise TypeError("unpack_from() argument 1 must be string or buffer, not %s"
                            % type(buffer).__name__)
        if isinstance(offset, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(offset, (int, long)):
            if not hasattr(offset, '__index__'):
                raise TypeError("an integer is required")
            offset = offset.__index__()
        if not -0x8000000000000000 <= offset <= 0x7fffffffffffffff:
            raise OverflowError("Python int too large to convert to C long")
        if buffer is None:
            raise error("unpack_from requires a buffer argument")
        s = _as_bytes(buffer)
        offset = _to_int(offset)
        n = len(s)
        if offset < 0:
            offset += n
        if n - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes" % self.size)
        return self._unpack_at(s, offset)


_cache = {}
_MAXCACHE = 100


def _getstruct(fmt):
    try:
        return _cache[fmt]
    except (KeyError, TypeError):
        pass
    s = Struct(fmt)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    try:
        _cache[fmt] = s
    except TypeError:
        pass
    return s


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()


def calcsize(fmt):
    """Return size of C struct described by format string fmt."""
    return _getstruct(fmt).size


def pack(*args):
    """Return string containing values v1, v2, ... packed according to fmt."""
    if not args:
        raise TypeError("missing format argument")
    return _getstruct(args[0])._pack_parts(args[1:], 'pack')


def pack_into(*args):
    """Pack the values v1, v2, ... according to fmt.
Write the packed bytes into the writable buffer buf starting at offset."""
    if not args:
        raise TypeError("missing format argument")
    return _getstruct(args[0]).pack_into(*args[1:])


def unpack(*args):
    """Unpack the string containing packed C structure data, according to fmt.
Requires len(string) == calcsize(fmt)."""
    if len(args) != 2:
        raise TypeError("unpack expected 2 arguments, got %d" % len(args))
    return _getstruct(args[0]).unpack(args[1])


def unpack_from(fmt, buffer, offset=0):
    """Unpack the buffer, containing packed C structure data, according to
fmt, starting at offset. Requires len(buffer[offset:]) >= calcsize(fmt)."""
    return _getstruct(fmt).unpack_from(buffer, offset)


_GLOBALS = globals()
