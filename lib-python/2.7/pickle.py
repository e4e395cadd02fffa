"""Serialize Python objects to byte strings and back (protocols 0, 1, 2).

    dumps(obj, protocol=0) -> string      loads(string) -> obj
    dump(obj, file, protocol=0)           load(file) -> obj
    Pickler(file, protocol).dump(obj)     Unpickler(file).load()

Protocol 0 is printable text, 1 is the old binary format and 2 (new in
2.3) adds efficient new-style class pickling.  The output is byte for byte
what CPython 2.7's pickle writes.  Packing is done by hand (no struct).
"""
import sys
from types import (ClassType, FunctionType, BuiltinFunctionType, TypeType, InstanceType,
                   NoneType, IntType, LongType, FloatType, BooleanType, StringType,
                   UnicodeType, TupleType, ListType, DictType)
from copy_reg import dispatch_table, reduce_object
from copy_reg import _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads"]

format_version = "2.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0"]
HIGHEST_PROTOCOL = 2


class PickleError(Exception):
    """The base of the pickling exceptions."""
    pass


class PicklingError(PickleError):
    """An object that cannot be pickled was passed to dump()."""
    pass


class UnpicklingError(PickleError):
    """The data given to load() is not a valid pickle."""
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes ---------------------------------------------------------------------------------

MARK = '('
STOP = '.'
POP = '0'
POP_MARK = '1'
DUP = '2'
FLOAT = 'F'
INT = 'I'
BININT = 'J'
BININT1 = 'K'
LONG = 'L'
BININT2 = 'M'
NONE = 'N'
PERSID = 'P'
BINPERSID = 'Q'
REDUCE = 'R'
STRING = 'S'
BINSTRING = 'T'
SHORT_BINSTRING = 'U'
UNICODE = 'V'
BINUNICODE = 'X'
APPEND = 'a'
BUILD = 'b'
GLOBAL = 'c'
DICT = 'd'
EMPTY_DICT = '}'
APPENDS = 'e'
GET = 'g'
BINGET = 'h'
INST = 'i'
LONG_BINGET = 'j'
LIST = 'l'
EMPTY_LIST = ']'
OBJ = 'o'
PUT = 'p'
BINPUT = 'q'
LONG_BINPUT = 'r'
SETITEM = 's'
TUPLE = 't'
EMPTY_TUPLE = ')'
SETITEMS = 'u'
BINFLOAT = 'G'
TRUE = 'I01\n'
FALSE = 'I00\n'
PROTO = '\x80'
NEWOBJ = '\x81'
EXT1 = '\x82'
EXT2 = '\x83'
EXT4 = '\x84'
TUPLE1 = '\x85'
TUPLE2 = '\x86'
TUPLE3 = '\x87'
NEWTRUE = '\x88'
NEWFALSE = '\x89'
LONG1 = '\x8a'
LONG4 = '\x8b'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

__all__.extend([x for x in dir() if x[0].isalpha() and x == x.upper()])


# ---- little-endian integers and IEEE doubles, by hand --------------------------------------

def _pack_i4(n):
    """n as a 4-byte little-endian signed integer."""
    n &= 0xffffffff
    return chr(n & 0xff) + chr((n >> 8) & 0xff) + chr((n >> 16) & 0xff) + chr(n >> 24)


def _unpack_i4(s):
    n = ord(s[0]) | (ord(s[1]) << 8) | (ord(s[2]) << 16) | (ord(s[3]) << 24)
    if n >= 0x80000000:
        n -= 0x100000000
    return int(n)


def _pack_double(x):
    """x as an 8-byte big-endian IEEE 754 double (from float.hex())."""
    text = x.hex()
    sign = 0
    if text[0] == '-':
        sign = 1
        text = text[1:]
    if text == 'inf':
        bits = 0x7ff << 52
    elif text == 'nan':
        bits = (0x7ff << 52) | (1 << 51)
    else:
        mantissa, exp = text[2:].split('p')
        lead, frac = mantissa.split('.') if '.' in mantissa else (mantissa, '0')
        frac_bits = int((frac + '0' * 13)[:13], 16)
        exp = int(exp)
        if lead == '0':                 # zero or subnormal
            bits = frac_bits
        else:
            bits = ((exp + 1023) << 52) | frac_bits
    bits |= sign << 63
    out = []
    for shift in range(56, -8, -8):
        out.append(chr((bits >> shift) & 0xff))
    return ''.join(out)


def _unpack_double(s):
    bits = 0
    for ch in s:
        bits = (bits << 8) | ord(ch)
    sign = '-' if bits >> 63 else ''
    exp = (bits >> 52) & 0x7ff
    frac = bits & ((1 << 52) - 1)
    if exp == 0x7ff:
        if frac:
            return float('nan')
        return float(sign + 'inf')
    if exp == 0:
        return float.fromhex('%s0x0.%013xp-1022' % (sign, frac))
    return float.fromhex('%s0x1.%013xp%d' % (sign, frac, exp - 1023))


def encode_long(x):
    """x as the shortest little-endian two's complement byte string ('' for 0)."""
    if x == 0:
        return ''
    # the fewest bytes that keep the sign bit right; hex does the conversion
    # in linear time (byte-by-byte shifting is quadratic for huge longs)
    magnitude = x if x > 0 else -x - 1
    nbytes = (magnitude.bit_length() >> 3) + 1
    if x < 0:
        x += 1L << (8 * nbytes)
    text = '%x' % x
    text = '0' * (2 * nbytes - len(text)) + text
    return text.decode('hex')[::-1]


def _long_from_hex(text):
    # halves combined by a shift: long(text, 16) is quadratic on huge texts
    if len(text) <= 2048:
        return long(text, 16)
    half = len(text) // 2
    return (_long_from_hex(text[:half]) << (4 * (len(text) - half))) | _long_from_hex(text[half:])


def decode_long(data):
    """The inverse of encode_long."""
    if not data:
        return 0L
    n = _long_from_hex(data[::-1].encode('hex'))
    if ord(data[-1]) >= 0x80:
        n -= 1L << (8 * len(data))
    return n


# ---- text escapes of protocol 0 ------------------------------------------------------------

def _raw_unicode_escape(u):
    """u in pickle's raw-unicode-escape form (backslash and newline escaped too)."""
    out = []
    for ch in u:
        o = ord(ch)
        if o >= 0x10000:
            out.append('\\U%08x' % o)
        elif o >= 0x100 or ch == u'\\' or ch == u'\n':
            out.append('\\u%04x' % o)
        else:
            out.append(chr(o))
    return ''.join(out)


def _raw_unicode_unescape(s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == '\\' and i + 1 < n and s[i + 1] in 'uU':
            # an odd run of backslashes escapes; an even one is literal
            j = i
            while j > 0 and s[j - 1] == '\\':
                j -= 1
            if (i - j) % 2 == 0:
                width = 4 if s[i + 1] == 'u' else 8
                digits = s[i + 2:i + 2 + width]
                if len(digits) != width:
                    raise UnicodeDecodeError('rawunicodeescape', s, i, n, 'truncated \\uXXXX')
                out.append(unichr(int(digits, 16)))
                i += 2 + width
                continue
        out.append(unichr(ord(ch)))
        i += 1
    return u''.join(out)


_SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"',
                   'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v', '\n': ''}


def _string_unescape(s):
    """Decode the body of a str literal (what repr() of a str produces)."""
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != '\\' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        nxt = s[i + 1]
        if nxt in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt == 'x':
            digits = s[i + 2:i + 4]
            try:
                out.append(chr(int(digits, 16)))
            except ValueError:
                raise ValueError("invalid \\x escape")
            i += 4
        elif nxt in '01234567':
            j = i + 1
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i + 1:j], 8) & 0xff))
            i = j
        else:
            out.append('\\')
            i += 1
    return ''.join(out)


# ---- pickling ------------------------------------------------------------------------------------

class Pickler:

    def __init__(self, file, protocol=None):
        """Write pickles of the given protocol (0 when None; a negative
        number means HIGHEST_PROTOCOL) to file, which needs a write method."""
        if protocol is None:
            protocol = 0
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        self.write = file.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0

    def clear_memo(self):
        """Forget the objects pickled so far (they will be pickled again)."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickle of obj."""
        if self.proto >= 2:
            self.write(PROTO + chr(self.proto))
        self.save(obj)
        self.write(STOP)

    def memoize(self, obj):
        """Remember obj under the next memo index and write the PUT for it."""
        if self.fast:
            return
        key = _memo_key(obj)
        assert key not in self.memo
        index = len(self.memo)
        self.write(self.put(index))
        self.memo[key] = index, obj

    def put(self, i):
        if self.bin:
            if i < 256:
                return BINPUT + chr(i)
            return LONG_BINPUT + _pack_i4(i)
        return PUT + repr(i) + '\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + chr(i)
            return LONG_BINGET + _pack_i4(i)
        return GET + repr(i) + '\n'

    def save(self, obj):
        pid = self.persistent_id(obj)
        if pid is not None:
            self.save_pers(pid)
            return
        x = self.memo.get(_memo_key(obj))
        if x:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f:
            f(self, obj)
            return
        reduce = dispatch_table.get(t)
        if reduce:
            rv = reduce(obj)
        else:
            try:
                is_class = issubclass(t, TypeType)
            except TypeError:
                is_class = False
            if is_class:
                self.save_global(obj)
                return
            reduce = getattr(obj, "__reduce_ex__", None)
            if reduce:
                rv = reduce_object(obj, self.proto)
            else:
                reduce = getattr(obj, "__reduce__", None)
                if reduce:
                    rv = reduce()
                else:
                    raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
        if type(rv) is StringType:
            self.save_global(obj, rv)
            return
        if type(rv) is not TupleType:
            raise PicklingError("%s must return string or tuple" % reduce)
        n = len(rv)
        if not (2 <= n <= 5):
            raise PicklingError("Tuple returned by %s must have two to five elements" % reduce)
        self.save_reduce(obj=obj, *rv)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid)
            self.write(BINPERSID)
        else:
            self.write(PERSID + str(pid) + '\n')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, obj=None):
        if not isinstance(args, TupleType):
            raise PicklingError("args from reduce() should be a tuple")
        if not hasattr(func, '__call__'):
            raise PicklingError("func from reduce should be callable")
        save = self.save
        write = self.write
        if self.proto >= 2 and getattr(func, "__name__", "") == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            save(state)
            write(BUILD)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[NoneType] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[BooleanType] = save_bool

    def save_int(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + chr(obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + chr(obj & 0xff) + chr(obj >> 8))
                    return
            high = obj >> 31
            if high == 0 or high == -1:
                self.write(BININT + _pack_i4(obj))
                return
        self.write(INT + repr(obj) + '\n')
    dispatch[IntType] = save_int

    def save_long(self, obj):
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + chr(n) + data)
            else:
                self.write(LONG4 + _pack_i4(n) + data)
            return
        self.write(LONG + repr(obj) + '\n')
    dispatch[LongType] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack_double(obj))
        else:
            self.write(FLOAT + repr(obj) + '\n')
    dispatch[FloatType] = save_float

    def save_string(self, obj):
        if self.bin:
            n = len(obj)
            if n < 256:
                self.write(SHORT_BINSTRING + chr(n) + obj)
            else:
                self.write(BINSTRING + _pack_i4(n) + obj)
        else:
            self.write(STRING + repr(obj) + '\n')
        self.memoize(obj)
    dispatch[StringType] = save_string

    def save_unicode(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8')
            self.write(BINUNICODE + _pack_i4(len(encoded)) + encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + '\n')
        self.memoize(obj)
    dispatch[UnicodeType] = save_unicode

    def save_tuple(self, obj):
        write = self.write
        proto = self.proto
        n = len(obj)
        if n == 0:
            if proto:
                write(EMPTY_TUPLE)
            else:
                write(MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if n <= 3 and proto >= 2:
            for element in obj:
                save(element)
            # a recursive tuple was memoized while its items were saved
            if id(obj) in memo:
                write(POP * n + self.get(memo[id(obj)][0]))
            else:
                write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if proto:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[TupleType] = save_tuple

    def save_empty_tuple(self, obj):
        self.write(EMPTY_TUPLE)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(iter(obj))
    dispatch[ListType] = save_list

    _BATCHSIZE = 1000

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        while items is not None:
            batch = []
            for i in xrange(self._BATCHSIZE):
                try:
                    batch.append(items.next())
                except StopIteration:
                    items = None
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.iteritems())
    dispatch[DictType] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        while items is not None:
            batch = []
            for i in xrange(self._BATCHSIZE):
                try:
                    batch.append(items.next())
                except StopIteration:
                    items = None
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)

    def save_inst(self, obj):
        cls = obj.__class__
        memo = self.memo
        write = self.write
        save = self.save
        if hasattr(obj, '__getinitargs__'):
            args = obj.__getinitargs__()
            len(args)           # it must be a sequence
            _keep_alive(args, memo)
        else:
            args = ()
        write(MARK)
        if self.bin:
            save(cls)
            for arg in args:
                save(arg)
            write(OBJ)
        else:
            for arg in args:
                save(arg)
            write(INST + cls.__module__ + '\n' + cls.__name__ + '\n')
        self.memoize(obj)
        try:
            getstate = obj.__getstate__
        except AttributeError:
            stuff = obj.__dict__
        else:
            stuff = getstate()
            _keep_alive(stuff, memo)
        save(stuff)
        write(BUILD)
    dispatch[InstanceType] = save_inst

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = obj.__name__
        module = getattr(obj, "__module__", None)
        if module is None:
            module = whichmodule(obj, name)
        try:
            __import__(module)
            mod = sys.modules[module]
            klass = getattr(mod, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module, name))
        else:
            if klass is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                    % (obj, module, name))
        if self.proto >= 2:
            code = _extension_registry.get((module, name))
            if code:
                assert code > 0
                if code <= 0xff:
                    write(EXT1 + chr(code))
                elif code <= 0xffff:
                    write(EXT2 + chr(code & 0xff) + chr(code >> 8))
                else:
                    write(EXT4 + _pack_i4(code))
                return
        write(GLOBAL + module + '\n' + name + '\n')
        self.memoize(obj)
    dispatch[ClassType] = save_global
    dispatch[FunctionType] = save_global
    dispatch[BuiltinFunctionType] = save_global
    dispatch[TypeType] = save_global


def _memo_key(obj):
    """The memo key of obj: its id(), except for strings, which are keyed by
    value (lists store strings unboxed here, so equal strings that were one
    object in the program may come back as different objects)."""
    t = type(obj)
    if t is StringType or t is UnicodeType:
        return (t, obj)
    return id(obj)


def _keep_alive(x, memo):
    """Keep x alive while the memo is (its id() is a memo key)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


classmap = {}     # cache of whichmodule(): object -> module name


def whichmodule(func, funcname):
    """The name of a module holding func as funcname (for objects without
    __module__); '__main__' when none does."""
    mod = getattr(func, "__module__", None)
    if mod is not None:
        return mod
    if func in classmap:
        return classmap[func]
    for name, module in sys.modules.items():
        if module is None:
            continue
        if name != '__main__' and getattr(module, funcname, None) is func:
            break
    else:
        name = '__main__'
    classmap[func] = name
    return name


# ---- unpickling ----------------------------------------------------------------------------------

class _EmptyClass:
    pass


class Unpickler:

    def __init__(self, file):
        """Read pickles from file (needs read(n) and readline())."""
        self.readline = file.readline
        self.read = file.read
        self.memo = {}

    def _read(self, n):
        data = self.read(n)
        if len(data) < n:
            raise EOFError
        return data

    def _readline(self):
        line = self.readline()
        if not line.endswith('\n'):
            raise EOFError
        return line

    def load(self):
        """Read one pickle and return the object it holds."""
        self.mark = object()
        self.stack = []
        self.append = self.stack.append
        read = self.read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError
                dispatch[key](self)
        except _Stop, stopinst:
            return stopinst.value

    def marker(self):
        stack = self.stack
        mark = self.mark
        k = len(stack) - 1
        while k >= 0 and stack[k] is not mark:
            k -= 1
        if k < 0:
            raise UnpicklingError("could not find MARK")
        return k

    dispatch = {}

    def load_eof(self):
        raise EOFError
    dispatch[''] = load_eof

    def load_proto(self):
        proto = ord(self._read(1))
        if not 0 <= proto <= 2:
            raise ValueError("unsupported pickle protocol: %d" % proto)
    dispatch[PROTO] = load_proto

    def load_persid(self):
        pid = self._readline()[:-1]
        self.append(self.persistent_load(pid))
    dispatch[PERSID] = load_persid

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID] = load_binpersid

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def load_none(self):
        self.append(None)
    dispatch[NONE] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE] = load_true

    def load_int(self):
        data = self._readline()
        if data == FALSE[1:]:
            val = False
        elif data == TRUE[1:]:
            val = True
        else:
            try:
                val = int(data)
            except ValueError:
                val = long(data)
        self.append(val)
    dispatch[INT] = load_int

    def load_binint(self):
        self.append(_unpack_i4(self._read(4)))
    dispatch[BININT] = load_binint

    def load_binint1(self):
        self.append(ord(self._read(1)))
    dispatch[BININT1] = load_binint1

    def load_binint2(self):
        data = self._read(2)
        self.append(ord(data[0]) | (ord(data[1]) << 8))
    dispatch[BININT2] = load_binint2

    def load_long(self):
        self.append(long(self._readline()[:-1], 0))
    dispatch[LONG] = load_long

    def load_long1(self):
        n = ord(self._read(1))
        self.append(decode_long(self._read(n)))
    dispatch[LONG1] = load_long1

    def load_long4(self):
        n = _unpack_i4(self._read(4))
        self.append(decode_long(self._read(n)))
    dispatch[LONG4] = load_long4

    def load_float(self):
        self.append(float(self._readline()[:-1]))
    dispatch[FLOAT] = load_float

    def load_binfloat(self):
        self.append(_unpack_double(self._read(8)))
    dispatch[BINFLOAT] = load_binfloat

    def load_string(self):
        rep = self._readline()[:-1]
        for q in "\"'":
            if rep.startswith(q):
                if len(rep) < 2 or not rep.endswith(q):
                    raise ValueError("insecure string pickle")
                rep = rep[len(q):-len(q)]
                break
        else:
            raise ValueError("insecure string pickle")
        self.append(_string_unescape(rep))
    dispatch[STRING] = load_string

    def load_binstring(self):
        n = _unpack_i4(self._read(4))
        self.append(self._read(n))
    dispatch[BINSTRING] = load_binstring

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))
    dispatch[UNICODE] = load_unicode

    def load_binunicode(self):
        n = _unpack_i4(self._read(4))
        self.append(unicode(self._read(n), 'utf-8'))
    dispatch[BINUNICODE] = load_binunicode

    def load_short_binstring(self):
        n = ord(self._read(1))
        self.append(self._read(n))
    dispatch[SHORT_BINSTRING] = load_short_binstring

    def load_tuple(self):
        k = self.marker()
        self.stack[k:] = [tuple(self.stack[k + 1:])]
    dispatch[TUPLE] = load_tuple

    def load_empty_tuple(self):
        self.stack.append(())
    dispatch[EMPTY_TUPLE] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3] = load_tuple3

    def load_empty_list(self):
        self.stack.append([])
    dispatch[EMPTY_LIST] = load_empty_list

    def load_empty_dictionary(self):
        self.stack.append({})
    dispatch[EMPTY_DICT] = load_empty_dictionary

    def load_list(self):
        k = self.marker()
        self.stack[k:] = [self.stack[k + 1:]]
    dispatch[LIST] = load_list

    def load_dict(self):
        k = self.marker()
        d = {}
        items = self.stack[k + 1:]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.stack[k:] = [d]
    dispatch[DICT] = load_dict

    def _instantiate(self, klass, k):
        args = tuple(self.stack[k + 1:])
        del self.stack[k:]
        if not args and type(klass) is ClassType and not hasattr(klass, "__getinitargs__"):
            value = _EmptyClass()
            value.__class__ = klass
        else:
            try:
                value = klass(*args)
            except TypeError, err:
                raise TypeError, "in constructor for %s: %s" % (klass.__name__, str(err)), \
                    sys.exc_info()[2]
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1]
        name = self._readline()[:-1]
        klass = self.find_class(module, name)
        self._instantiate(klass, self.marker())
    dispatch[INST] = load_inst

    def load_obj(self):
        k = self.marker()
        klass = self.stack.pop(k + 1)
        self._instantiate(klass, k)
    dispatch[OBJ] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack[-1]
        self.stack[-1] = cls.__new__(cls, *args)
    dispatch[NEWOBJ] = load_newobj

    def load_global(self):
        module = self._readline()[:-1]
        name = self._readline()[:-1]
        self.append(self.find_class(module, name))
    dispatch[GLOBAL] = load_global

    def load_ext1(self):
        self.get_extension(ord(self._read(1)))
    dispatch[EXT1] = load_ext1

    def load_ext2(self):
        data = self._read(2)
        self.get_extension(ord(data[0]) | (ord(data[1]) << 8))
    dispatch[EXT2] = load_ext2

    def load_ext4(self):
        self.get_extension(_unpack_i4(self._read(4)))
    dispatch[EXT4] = load_ext4

    def get_extension(self, code):
        nil = []
        obj = _extension_cache.get(code, nil)
        if obj is not nil:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        __import__(module)
        mod = sys.modules[module]
        return getattr(mod, name)

    def load_reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)
    dispatch[REDUCE] = load_reduce

    def load_pop(self):
        del self.stack[-1]
    dispatch[POP] = load_pop

    def load_pop_mark(self):
        k = self.marker()
        del self.stack[k:]
    dispatch[POP_MARK] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    dispatch[DUP] = load_dup

    def load_get(self):
        self.append(self.memo[self._readline()[:-1]])
    dispatch[GET] = load_get

    def load_binget(self):
        self.append(self.memo[repr(ord(self._read(1)))])
    dispatch[BINGET] = load_binget

    def load_long_binget(self):
        self.append(self.memo[repr(_unpack_i4(self._read(4)))])
    dispatch[LONG_BINGET] = load_long_binget

    def load_put(self):
        self.memo[self._readline()[:-1]] = self.stack[-1]
    dispatch[PUT] = load_put

    def load_binput(self):
        self.memo[repr(ord(self._read(1)))] = self.stack[-1]
    dispatch[BINPUT] = load_binput

    def load_long_binput(self):
        self.memo[repr(_unpack_i4(self._read(4)))] = self.stack[-1]
    dispatch[LONG_BINPUT] = load_long_binput

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)
    dispatch[APPEND] = load_append

    def load_appends(self):
        k = self.marker()
        target = self.stack[k - 1]
        target.extend(self.stack[k + 1:])
        del self.stack[k:]
    dispatch[APPENDS] = load_appends

    def load_setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value
    dispatch[SETITEM] = load_setitem

    def load_setitems(self):
        k = self.marker()
        target = self.stack[k - 1]
        for i in range(k + 1, len(self.stack), 2):
            target[self.stack[i]] = self.stack[i + 1]
        del self.stack[k:]
    dispatch[SETITEMS] = load_setitems

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            try:
                d = inst.__dict__
                for k, v in state.iteritems():
                    d[intern(k)] = v
            except (RuntimeError, AttributeError):
                for k, v in state.items():
                    setattr(inst, k, v)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD] = load_build

    def load_mark(self):
        self.append(self.mark)
    dispatch[MARK] = load_mark

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)
    dispatch[STOP] = load_stop


# ---- shorthands ------------------------------------------------------------------------------------

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO


def dump(obj, file, protocol=None):
    Pickler(file, protocol).dump(obj)


def dumps(obj, protocol=None):
    f = StringIO()
    Pickler(f, protocol).dump(obj)
    return f.getvalue()


def load(file):
    return Unpickler(file).load()


def loads(data):
    return Unpickler(StringIO(data)).load()
