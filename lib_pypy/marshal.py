"""Internal Python object serialization (2.7's marshal format, versions
0 to 2): dumps/loads/dump/load and version.

Type bytes: N None, T/F booleans, . Ellipsis, S StopIteration, i int32,
I int64, l long (15-bit digits), f/g float (text/binary), x/y complex,
s str, t interned str, R reference to an interned str, u unicode (UTF-8),
( tuple, [ list, { dict (ends with 0), < set, > frozenset, c code."""

from _ieee import float_to_bits, bits_to_float

version = 2

_MAX_DEPTH = 2000
_CodeType = type((lambda: 0).func_code)

try:
    from thread import get_ident as _get_ident
except ImportError:
    _get_ident = None
_MAIN_THREAD = _get_ident() if _get_ident is not None else None


def _nested(run, *args):
    """run(*args) with room for _MAX_DEPTH levels of nesting: the reader
    and writer recurse once per level, and 2.7 nests 2000 deep before its
    ValueError.  Only in the main thread, whose stack is large; elsewhere
    the usual recursion limit applies (a RuntimeError, never a crash)."""
    import sys
    old = sys.getrecursionlimit()
    if _get_ident is None or _get_ident() != _MAIN_THREAD:
        return run(*args)
    sys.setrecursionlimit(old + _MAX_DEPTH + 100)
    try:
        return run(*args)
    finally:
        sys.setrecursionlimit(old)


def _i32(v):
    return chr(v & 0xff) + chr((v >> 8) & 0xff) + chr((v >> 16) & 0xff) + chr((v >> 24) & 0xff)


def _i64(v):
    return _i32(v) + _i32(v >> 32)


def _is_identifier_chars(s):
    for c in s:
        if not (c.isalnum() or c == '_'):
            return False
    return True


class _Writer(object):

    def __init__(self, ver):
        self.version = ver
        self.out = []
        self.interned = {}
        self.depth = 0

    def write_str(self, s, intern):
        out = self.out
        if intern and self.version >= 1:
            index = self.interned.get(s)
            if index is not None:
                out.append('R' + _i32(index))
                return
            self.interned[s] = len(self.interned)
            out.append('t')
        else:
            out.append('s')
        out.append(_i32(len(s)))
        out.append(s)

    def write_float(self, x, binary_code, text_code):
        if self.version >= 2:
            self.out.append(binary_code + _i64(float_to_bits(x, 8)))
        else:
            text = '%.17g' % x
            self.out.append(text_code + chr(len(text)) + text)

    def write_long(self, v):
        sign = 1
        if v < 0:
            sign = -1
            v = -v
        digits = []
        while v:
            digits.append(v & 0x7fff)
            v >>= 15
        self.out.append('l' + _i32(sign * len(digits)))
        self.out.append(''.join([chr(d & 0xff) + chr(d >> 8) for d in digits]))

    def write(self, x):
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError("object too deeply nested to marshal")
        out = self.out
        t = type(x)
        if x is None:
            out.append('N')
        elif t is bool:
            out.append('T' if x else 'F')
        elif t is int:
            if -0x80000000 <= x <= 0x7fffffff:
                out.append('i' + _i32(x))
            else:
                out.append('I' + _i64(x))
        elif t is long:
            self.write_long(x)
        elif t is float:
            self.write_float(x, 'g', 'f')
        elif t is complex:
            if self.version >= 2:
                out.append('y' + _i64(float_to_bits(x.real, 8)) + _i64(float_to_bits(x.imag, 8)))
            else:
                re = '%.17g' % x.real
                im = '%.17g' % x.imag
                out.append('x' + chr(len(re)) + re + chr(len(im)) + im)
        elif t is str:
            self.write_str(x, False)
        elif t is unicode:
            data = x.encode('utf-8')
            out.append('u' + _i32(len(data)))
            out.append(data)
        elif t is tuple:
            out.append('(' + _i32(len(x)))
            for item in x:
                self.write(item)
        elif t is list:
            out.append('[' + _i32(len(x)))
            for item in x:
                self.write(item)
        elif t is dict:
            out.append('{')
            for key, value in x.items():
                self.write(key)
                self.write(value)
            out.append('0')
        elif t is set or t is frozenset:
            out.append(('<' if t is set else '>') + _i32(len(x)))
            for item in x:
                self.write(item)
        elif x is Ellipsis:
            out.append('.')
        elif x is StopIteration:
            out.append('S')
        elif t is _CodeType:
            self.write_code(x)
        elif t is buffer or t is bytearray or hasattr(t, '__buffer__'):
            # other read-buffers (buffer, array.array) go as their bytes
            self.write_str(str(buffer(x)), False)
        else:
            raise ValueError("unmarshallable object")
        self.depth -= 1

    def write_names(self, names):
        self.out.append('(' + _i32(len(names)))
        for name in names:
            self.write_str(name, True)

    def write_code(self, co):
        out = self.out
        out.append('c' + _i32(co.co_argcount) + _i32(co.co_nlocals)
                   + _i32(co.co_stacksize) + _i32(co.co_flags))
        self.write_str(co.co_code, False)
        out.append('(' + _i32(len(co.co_consts)))
        for c in co.co_consts:
            if type(c) is str and _is_identifier_chars(c):
                self.write_str(c, True)
            else:
                self.write(c)
        self.write_names(co.co_names)
        self.write_names(co.co_varnames)
        self.write_names(co.co_freevars)
        self.write_names(co.co_cellvars)
        self.write_str(co.co_filename, False)
        self.write_str(co.co_name, True)
        out.append(_i32(co.co_firstlineno))
        self.write_str(co.co_lnotab, False)


def dumps(value, version=version):
    """dumps(value[, version])

Return the string that would be written to a file by dump(value, file).
The value must be a supported type. Raise a ValueError exception if
value has (or contains an object that has) an unsupported type."""
    w = _Writer(_c_int(version))
    _nested(w.write, value)
    return ''.join(w.out)


from _cargs import c_int as _c_int


def dump(value, f, version=version):
    """dump(value, file[, version])

Write the value on the open file. The value must be a supported type.
The file must be an open file object such as sys.stdout or returned by
open() or os.popen(). It must be opened in binary mode ('wb' or 'w+b')."""
    if not isinstance(f, file):
        raise TypeError("marshal.dump() 2nd arg must be file")
    data = dumps(value, version)
    if f.closed:
        return      # 2.7 writes nothing and says nothing
    f.write(data)


class _Reader(object):
    """Reads from a string (data) or from a file (f, one read per field)."""

    def __init__(self, data, f):
        self.data = data
        self.pos = 0
        self.f = f
        self.interned = []
        self.depth = 0

    def read(self, n):
        if self.f is not None:
            s = self.f.read(n)
            if len(s) < n:
                raise EOFError("EOF read where object expected")
            return s
        pos = self.pos
        if pos + n > len(self.data):
            raise EOFError("EOF read where object expected")
        self.pos = pos + n
        return self.data[pos:pos + n]

    def int32(self):
        s = self.read_int_bytes()
        v = ord(s[0]) | (ord(s[1]) << 8) | (ord(s[2]) << 16) | (ord(s[3]) << 24)
        if v & 0x80000000:
            v -= 0x100000000
        return v

    def read_int_bytes(self):
        return self.read_padded(4)

    def read_padded(self, n):
        """n bytes where, as in 2.7, running out is not an error yet (the
        missing bytes read as 0xff and fail the checks that follow)."""
        if self.f is not None:
            s = self.f.read(n)
        else:
            s = self.data[self.pos:self.pos + n]
            self.pos += len(s)
        return s + '\xff' * (n - len(s))

    def int64(self):
        lo = self.int32() & 0xffffffff
        hi = self.int32()
        return int((hi << 32) | lo)

    def uint64(self):
        lo = self.int32() & 0xffffffff
        hi = self.int32() & 0xffffffff
        return (hi << 32) | lo

    def string(self):
        n = self.int32()
        if n < 0:
            raise ValueError("bad marshal data (string size out of range)")
        return self.read(n)

    def text_float(self):
        n = ord(self.read(1))
        return float(self.read(n))

    def load(self):
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError("recursion limit exceeded")
        code = self.read(1)
        if code == 'N':
            result = None
        elif code == 'T':
            result = True
        elif code == 'F':
            result = False
        elif code == '.':
            result = Ellipsis
        elif code == 'S':
            result = StopIteration
        elif code == 'i':
            result = self.int32()
        elif code == 'I':
            result = self.int64()
        elif code == 'l':
            n = self.int32()
            size = -n if n < 0 else n
            v = 0L
            digits = self.read_padded(2 * size)
            for k in range(size - 1, -1, -1):
                d = ord(digits[2 * k]) | (ord(digits[2 * k + 1]) << 8)
                if d > 0x7fff:
                    raise ValueError("bad marshal data (digit out of range in long)")
                if k == size - 1 and d == 0:
                    # 2.7.18 refuses a zero top digit (issue 7019)
                    raise ValueError("bad marshal data (unnormalized long data)")
                v = (v << 15) | d
            result = -v if n < 0 else v
        elif code == 'g':
            result = bits_to_float(self.uint64(), 8)
        elif code == 'f':
            result = self.text_float()
        elif code == 'y':
            re = bits_to_float(self.uint64(), 8)
            im = bits_to_float(self.uint64(), 8)
            result = complex(re, im)
        elif code == 'x':
            re = self.text_float()
            im = self.text_float()
            result = complex(re, im)
        elif code == 's':
            result = self.string()
        elif code == 't':
            result = intern(self.string())
            self.interned.append(result)
        elif code == 'R':
            index = self.int32()
            if index < 0 or index >= len(self.interned):
                raise ValueError("bad marshal data (string ref out of range)")
            result = self.interned[index]
        elif code == 'u':
            result = self.string().decode('utf-8')
        elif code == '(' or code == '[' or code == '<' or code == '>':
            n = self.int32()
            if n < 0:
                kind = {'(': 'tuple', '[': 'list'}.get(code, 'set')
                raise ValueError("bad marshal data (%s size out of range)" % kind)
            # one by one: a corrupted count must end in EOFError, not in a
            # list of 2**31 slots made up front
            items = []
            while len(items) < n:
                items.append(self.load())
            if code == '(':
                result = tuple(items)
            elif code == '[':
                result = items
            elif code == '<':
                result = set(items)
            else:
                result = frozenset(items)
        elif code == '{':
            result = {}
            while True:
                if self.peek_null():
                    break
                key = self.load()
                result[key] = self.load()
        elif code == 'c':
            result = self.load_code()
        elif code == '0':
            raise TypeError("NULL object in marshal data for object")
        else:
            raise ValueError("bad marshal data (unknown type code)")
        self.depth -= 1
        return result

    def peek_null(self):
        """Consume the '0' that ends a dict, if it is next."""
        if self.pos < len(self.data) and self.data[self.pos] == '0':
            self.pos += 1
            return True
        return False

    def load_code(self):
        argcount = self.int32()
        nlocals = self.int32()
        stacksize = self.int32()
        flags = self.int32()
        code = self.load()
        consts = self.load()
        names = self.load()
        varnames = self.load()
        freevars = self.load()
        cellvars = self.load()
        filename = self.load()
        name = self.load()
        firstlineno = self.int32()
        lnotab = self.load()
        return _CodeType(argcount, nlocals, stacksize, flags, code, consts, names,
                         varnames, filename, name, firstlineno, lnotab, freevars,
                         cellvars)


def loads(string):
    """loads(string)

Convert the string to a value. If no valid value is found, raise
EOFError, ValueError or TypeError. Extra characters in the string are
ignored."""
    if isinstance(string, (buffer, bytearray)):
        string = str(string)
    if not isinstance(string, str):
        raise TypeError("loads() argument 1 must be string or read-only buffer, not %s"
                        % type(string).__name__)
    return _nested(_Reader(string, None).load)


class _FileSource(object):
    """A file seen through read(n), with one byte of look-ahead pushed back."""

    def __init__(self, f):
        self.f = f
        self.back = ''

    def read(self, n):
        if self.back and n > 0:
            s = self.back
            self.back = ''
            return s + self.f.read(n - 1)
        return self.f.read(n)


class _FileReader(_Reader):

    def __init__(self, f):
        _Reader.__init__(self, '', _FileSource(f))

    def peek_null(self):
        c = self.read(1)
        if c == '0':
            return True
        self.f.back = c
        return False


def load(f):
    """load(file)

Read one value from the open file and return it. If no valid value is
read, raise EOFError, ValueError or TypeError. The file must be an open
file object opened in binary mode ('rb' or 'r+b')."""
    if not hasattr(f, 'read'):
        raise TypeError("marshal.load() arg must be file")
    return _nested(_FileReader(f).load)
