"""Turn Python objects into byte strings and back again (pickle protocols 0-2).

    dumps(obj[, protocol]) -> str        loads(str) -> obj
    dump(obj, file[, protocol])          load(file) -> obj
    Pickler(file[, protocol])            Unpickler(file)

Protocol 0 is line-oriented text, protocol 1 a compact binary form and
protocol 2 adds opcodes for new-style classes, short tuples, booleans and
long integers; a negative protocol means the highest one.  The bytes we
write are the bytes CPython 2.7 writes, so pickles travel both ways.
cPickle builds on the two classes here; copy_reg supplies the reduction
registry and the protocol 2 extension codes.
"""
import sys
from struct import pack as _pack, unpack as _unpack
from types import (ClassType, FunctionType, BuiltinFunctionType, TypeType, InstanceType,
                   NoneType, IntType, LongType, FloatType, BooleanType, StringType,
                   UnicodeType, TupleType, ListType, DictType)
from copy_reg import dispatch_table, reduce_object
from copy_reg import _extension_registry, _inverted_registry, _extension_cache

format_version = "2.0"                                  # of the format written
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0"]  # of the formats read
HIGHEST_PROTOCOL = 2


class PickleError(Exception):
    """Common base of PicklingError and UnpicklingError."""


class PicklingError(PickleError):
    """Raised by dump()/dumps() for an object that has no pickled form."""


class UnpicklingError(PickleError):
    """Raised by load()/loads() for data that is not a well-formed pickle."""


class _Stop(Exception):
    """Ends Unpickler.load(): the STOP opcode carries the finished object out."""

    def __init__(self, value):
        self.value = value


# ---- the opcodes ------------------------------------------------------------
# (name, byte(s), what the unpickler does).  Each becomes a module constant.

_OPCODES = (
    ('MARK', '(', 'push the mark that TUPLE, LIST, DICT, APPENDS, ... look back to'),
    ('STOP', '.', 'finish: the top of the stack is the result'),
    ('POP', '0', 'drop the top of the stack'),
    ('POP_MARK', '1', 'drop everything down to and including the last mark'),
    ('DUP', '2', 'push the top of the stack again'),
    ('FLOAT', 'F', 'float as repr() text up to a newline'),
    ('INT', 'I', 'int as decimal text up to a newline (I01/I00 are booleans)'),
    ('BININT', 'J', 'signed 4-byte little-endian int'),
    ('BININT1', 'K', 'unsigned 1-byte int'),
    ('LONG', 'L', 'long as decimal text up to a newline'),
    ('BININT2', 'M', 'unsigned 2-byte little-endian int'),
    ('NONE', 'N', 'push None'),
    ('PERSID', 'P', 'persistent id as text up to a newline'),
    ('BINPERSID', 'Q', 'persistent id taken from the stack'),
    ('REDUCE', 'R', 'call stack[-2] with the argument tuple stack[-1]'),
    ('STRING', 'S', 'str as a quoted repr() up to a newline'),
    ('BINSTRING', 'T', 'str with a 4-byte length'),
    ('SHORT_BINSTRING', 'U', 'str with a 1-byte length'),
    ('UNICODE', 'V', 'unicode in raw-unicode-escape up to a newline'),
    ('BINUNICODE', 'X', 'UTF-8 unicode with a 4-byte length'),
    ('APPEND', 'a', 'append stack[-1] to the list below it'),
    ('BUILD', 'b', 'apply the state on top to the object below it'),
    ('GLOBAL', 'c', 'push module.name, both as text lines'),
    ('DICT', 'd', 'make a dict of the key/value pairs above the mark'),
    ('EMPTY_DICT', '}', 'push {}'),
    ('APPENDS', 'e', 'extend the list below the mark with the items above it'),
    ('GET', 'g', 'push a memo entry, index as text'),
    ('BINGET', 'h', 'push a memo entry, 1-byte index'),
    ('INST', 'i', 'build a classic instance named by two text lines'),
    ('LONG_BINGET', 'j', 'push a memo entry, 4-byte index'),
    ('LIST', 'l', 'make a list of the items above the mark'),
    ('EMPTY_LIST', ']', 'push []'),
    ('OBJ', 'o', 'build a classic instance; the class is the first item after the mark'),
    ('PUT', 'p', 'store the top in the memo, index as text'),
    ('BINPUT', 'q', 'store the top in the memo, 1-byte index'),
    ('LONG_BINPUT', 'r', 'store the top in the memo, 4-byte index'),
    ('SETITEM', 's', 'set key stack[-2] to stack[-1] in the dict below them'),
    ('TUPLE', 't', 'make a tuple of the items above the mark'),
    ('EMPTY_TUPLE', ')', 'push ()'),
    ('SETITEMS', 'u', 'add the key/value pairs above the mark to the dict below it'),
    ('BINFLOAT', 'G', 'float as 8 big-endian IEEE 754 bytes'),
    ('TRUE', 'I01\n', 'True in protocols 0 and 1'),
    ('FALSE', 'I00\n', 'False in protocols 0 and 1'),
    # protocol 2
    ('PROTO', '\x80', 'protocol number follows in one byte'),
    ('NEWOBJ', '\x81', 'cls.__new__(cls, *args) for cls, args on the stack'),
    ('EXT1', '\x82', 'push the global registered under a 1-byte extension code'),
    ('EXT2', '\x83', 'the same, 2-byte code'),
    ('EXT4', '\x84', 'the same, 4-byte code'),
    ('TUPLE1', '\x85', 'make a 1-tuple of the top item'),
    ('TUPLE2', '\x86', 'make a 2-tuple of the top two items'),
    ('TUPLE3', '\x87', 'make a 3-tuple of the top three items'),
    ('NEWTRUE', '\x88', 'push True'),
    ('NEWFALSE', '\x89', 'push False'),
    ('LONG1', '\x8a', 'long as two\'s complement bytes with a 1-byte length'),
    ('LONG4', '\x8b', 'long as two\'s complement bytes with a 4-byte length'),
)

globals().update([(_name, _code) for _name, _code, _doc in _OPCODES])

# The opcode that packs the n topmost items into a tuple, for n < 4.
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

__all__ = (["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
            "dump", "dumps", "load", "loads"] +
           sorted([_name for _name, _code, _doc in _OPCODES] + ["HIGHEST_PROTOCOL"]))


# ---- byte-level helpers -------------------------------------------------------

def _i4(n):
    """n as a signed 4-byte little-endian integer."""
    return _pack('<i', n)


def _read_i4(data):
    return _unpack('<i', data)[0]


def encode_long(x):
    """The shortest little-endian two's complement bytes holding x ('' for 0).

    >>> encode_long(255), encode_long(-256)
    ('\\xff\\x00', '\\x00\\xff')
    """
    if x == 0:
        return ''
    # one bit more than the magnitude needs, for the sign
    width = ((x if x > 0 else ~x).bit_length() + 8) // 8
    digits = '%0*x' % (2 * width, x & ((1 << (8 * width)) - 1))
    return digits.decode('hex')[::-1]


def decode_long(data):
    """Inverse of encode_long: the long held by little-endian two's complement data."""
    if not data:
        return 0L
    value = long(data[::-1].encode('hex'), 16)
    if ord(data[-1]) & 0x80:
        value -= 1L << (8 * len(data))
    return value


def _encode_raw_unicode(u):
    """Protocol 0's text for u: raw-unicode-escape, with backslash and newline
    escaped too so the result is a single line that decodes unambiguously."""
    return u.replace(u'\\', u'\\u005c').replace(u'\n', u'\\u000a').encode('raw-unicode-escape')


def _decode_raw_unicode(s):
    """Decode raw-unicode-escape text: only a \\u or \\U that follows an odd
    run of backslashes is an escape; every other byte stands for itself."""
    pieces = []
    pos = 0
    end = len(s)
    while True:
        first = s.find('\\', pos)
        if first < 0:
            break
        after = first
        while after < end and s[after] == '\\':
            after += 1
        if (after - first) % 2 == 1 and after < end and s[after] in 'uU':
            size = 4 if s[after] == 'u' else 8
            hexdigits = s[after + 1:after + 1 + size]
            if len(hexdigits) < size:
                raise UnicodeDecodeError('rawunicodeescape', s, after - 1, end,
                                         'truncated \\uXXXX')
            pieces.append(s[pos:after - 1].decode('latin-1'))
            pieces.append(unichr(int(hexdigits, 16)))
            pos = after + 1 + size
        else:
            pieces.append(s[pos:after].decode('latin-1'))
            pos = after
    pieces.append(s[pos:].decode('latin-1'))
    return u''.join(pieces)


def _memo_key(obj):
    """Where obj lives in a Pickler's memo.  Objects are keyed by id(); strings
    by type and value, because this interpreter may hand out distinct string
    objects for what the program saw as one, and CPython shares those."""
    kind = type(obj)
    if kind is StringType or kind is UnicodeType:
        return (kind, obj)
    return id(obj)


def _keep_alive(x, memo):
    """Hold a reference to x for as long as memo lives: x was pickled by
    value only, and its id() must not be reused while it could be a memo key."""
    memo.setdefault(id(memo), []).append(x)


def _take(next_item, count):
    """Up to count items from an iterator's next method."""
    chunk = []
    try:
        while len(chunk) < count:
            chunk.append(next_item())
    except StopIteration:
        pass
    return chunk


def _is_metaclass(kind):
    try:
        return issubclass(kind, TypeType)
    except TypeError:
        return False


classmap = {}     # whichmodule()'s answers: object -> module name


def whichmodule(func, funcname):
    """Name of the module holding func as funcname, for objects that carry
    no __module__ (sys.modules is searched; '__main__' when nothing has it).
    Answers are cached in classmap."""
    known = getattr(func, "__module__", None)
    if known is not None:
        return known
    if func in classmap:
        return classmap[func]
    found = '__main__'
    for modname, module in sys.modules.items():
        if module is not None and modname != '__main__' and \
                getattr(module, funcname, None) is func:
            found = modname
            break
    classmap[func] = found
    return found


# ---- writing ------------------------------------------------------------------

class Pickler:
    """Writes pickles to a file-like object (anything with a write method)."""

    _BATCHSIZE = 1000   # items per APPENDS/SETITEMS group in binary protocols
    _FIRST_MEMO_INDEX = 0       # cPickle numbers its memo from 1

    def __init__(self, file, protocol=None):
        """Pickle to file.write with the given protocol: 0 (the default, also
        for None), 1 or 2; a negative number picks HIGHEST_PROTOCOL.  Binary
        protocols need files opened in binary mode."""
        if protocol is None:
            protocol = 0
        elif protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        self.proto = int(protocol)
        self.bin = self.proto >= 1
        self.write = file.write
        self.memo = {}
        self.fast = 0

    def clear_memo(self):
        """Forget which objects were written: later dumps write them again
        in full instead of referring back to them."""
        self.memo.clear()

    def dump(self, obj):
        """Write one complete pickle of obj."""
        if self.proto >= 2:
            self.write(PROTO + chr(self.proto))
        self.save(obj)
        self.write(STOP)

    # -- the memo: objects already written, so shared and recursive structure survives

    def memoize(self, obj):
        """Give obj the next memo index and emit the PUT that records it."""
        if self.fast:
            return
        key = _memo_key(obj)
        assert key not in self.memo
        index = len(self.memo) + self._FIRST_MEMO_INDEX
        self.write(self.put(index))
        self.memo[key] = index, obj

    def put(self, i):
        return self._memo_op(i, PUT, BINPUT, LONG_BINPUT)

    def get(self, i):
        return self._memo_op(i, GET, BINGET, LONG_BINGET)

    def _memo_op(self, i, text_op, byte_op, word_op):
        if not self.bin:
            return '%s%r\n' % (text_op, i)
        if i < 256:
            return byte_op + chr(i)
        return word_op + _i4(i)

    # -- the generic path

    def save(self, obj):
        pid = self.persistent_id(obj)
        if pid is not None:
            self.save_pers(pid)
            return
        seen = self.memo.get(_memo_key(obj))
        if seen:
            self.write(self.get(seen[0]))
            return
        kind = type(obj)
        writer = self.dispatch.get(kind)
        if writer:
            writer(self, obj)
        else:
            self._save_reduced(obj, kind)

    def _save_reduced(self, obj, kind):
        """Pickle obj through its reduction: copy_reg's table first, then
        __reduce_ex__, then __reduce__ (classes with a metaclass are globals)."""
        reducer = dispatch_table.get(kind)
        if reducer:
            value = reducer(obj)
        elif _is_metaclass(kind):
            self.save_global(obj)
            return
        else:
            reducer = getattr(obj, "__reduce_ex__", None)
            if reducer:
                value = reduce_object(obj, self.proto)
            else:
                reducer = getattr(obj, "__reduce__", None)
                if not reducer:
                    raise PicklingError("Can't pickle %r object: %r" % (kind.__name__, obj))
                value = reducer()
        if type(value) is StringType:
            # a string names the global that obj is
            self.save_global(obj, value)
            return
        if type(value) is not TupleType:
            raise PicklingError("%s must return string or tuple" % reducer)
        if len(value) < 2 or len(value) > 5:
            raise PicklingError("Tuple returned by %s must have two to five elements" % reducer)
        self.save_reduce(obj=obj, *value)

    def _save_call_args(self, args):
        self.save(args)

    def persistent_id(self, obj):
        """Override to pickle some objects by reference: return their id
        (anything but None), which persistent_load maps back on loading."""
        return None

    def save_pers(self, pid):
        if not self.bin:
            self.write(PERSID + str(pid) + '\n')
            return
        self.save(pid)
        self.write(BINPERSID)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, obj=None):
        """Write the parts of a reduce tuple: the call, then the memo entry,
        then the items and the state applied to the result."""
        if not isinstance(args, TupleType):
            raise PicklingError("args from reduce() should be a tuple")
        if not hasattr(func, '__call__'):
            raise PicklingError("func from reduce should be callable")
        if self.proto >= 2 and getattr(func, "__name__", "") == "__newobj__":
            # copy_reg.__newobj__(cls, *args) is cls.__new__(cls, *args): NEWOBJ says that directly
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and obj.__class__ is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            call = (cls, args[1:], NEWOBJ)
        else:
            call = (func, args, REDUCE)
        self.save(call[0])
        self._save_call_args(call[1])
        self.write(call[2])
        if obj is not None:
            seen = self.memo.get(_memo_key(obj))
            if seen is None:
                self.memoize(obj)
            else:
                # the arguments led back to obj (a recursive structure): drop
                # the object just built and use the one already in the memo
                self.write(POP)
                self.write(self.get(seen[0]))
        for items, writer in ((listitems, self._batch_appends),
                              (dictitems, self._batch_setitems)):
            if items is not None:
                writer(items)
        if state is not None:
            self.save(state)
            self.write(BUILD)

    # -- one writer per built-in type (Pickler.dispatch maps types to them)

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(obj and NEWTRUE or NEWFALSE)
        else:
            self.write(obj and TRUE or FALSE)

    def save_int(self, obj):
        if self.bin:
            if 0 <= obj < 0x100:
                self.write(BININT1 + chr(obj))
                return
            if 0 <= obj < 0x10000:
                self.write(BININT2 + _pack('<H', obj))
                return
            if -0x80000000 <= obj < 0x80000000:
                self.write(BININT + _i4(obj))
                return
        # text, and ints beyond 32 bits in any protocol
        self.write('%s%r\n' % (INT, obj))

    def save_long(self, obj):
        if self.proto < 2:
            self.write('%s%r\n' % (LONG, obj))
            return
        data = encode_long(obj)
        if len(data) < 256:
            self.write(LONG1 + chr(len(data)) + data)
        else:
            self.write(LONG4 + _i4(len(data)) + data)

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack('>d', obj))
        else:
            self.write('%s%r\n' % (FLOAT, obj))

    def save_string(self, obj):
        if not self.bin:
            self.write('%s%r\n' % (STRING, obj))
        elif len(obj) < 256:
            self.write(SHORT_BINSTRING + chr(len(obj)) + obj)
        else:
            self.write(BINSTRING + _i4(len(obj)) + obj)
        self.memoize(obj)

    def save_unicode(self, obj):
        if self.bin:
            data = obj.encode('utf-8')
            self.write(BINUNICODE + _i4(len(data)) + data)
        else:
            self.write(UNICODE + _encode_raw_unicode(obj) + '\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        size = len(obj)
        if size == 0:
            self.write(self.proto and EMPTY_TUPLE or MARK + TUPLE)
            return
        compact = self.proto >= 2 and size <= 3
        if not compact:
            self.write(MARK)
        for item in obj:
            self.save(item)
        entry = self.memo.get(_memo_key(obj))
        if entry is None:
            self.write(compact and _tuplesize2code[size] or TUPLE)
            self.memoize(obj)
            return
        # One of the items led back to this tuple, which is therefore in the
        # memo already: discard the items just written and fetch it instead.
        if compact:
            discard = POP * size
        elif self.proto:
            discard = POP_MARK
        else:
            discard = POP * (size + 1)
        self.write(discard)
        self.write(self.get(entry[0]))     # (a write of its own: cPickle's getvalue sees GETs)

    def save_empty_tuple(self, obj):
        self.write(EMPTY_TUPLE)

    def save_list(self, obj):
        self.write(self.bin and EMPTY_LIST or MARK + LIST)
        self.memoize(obj)
        self._batch_appends(iter(obj))

    def save_dict(self, obj):
        self.write(self.bin and EMPTY_DICT or MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.iteritems())

    def _batch_appends(self, items):
        self._write_batches(items, self.save, APPEND, APPENDS)

    def _batch_setitems(self, items):
        save = self.save

        def save_pair(pair):
            key, value = pair
            save(key)
            save(value)
        self._write_batches(items, save_pair, SETITEM, SETITEMS)

    def _write_batches(self, items, save_one, single_op, group_op):
        """Protocol 0 follows every item with single_op; binary protocols
        group up to _BATCHSIZE items between MARK and group_op."""
        if not self.bin:
            for item in items:
                save_one(item)
                self.write(single_op)
            return
        next_item = items.next
        size = self._BATCHSIZE
        while True:
            chunk = _take(next_item, size)
            if len(chunk) == 1:
                save_one(chunk[0])
                self.write(single_op)
            elif chunk:
                self.write(MARK)
                for item in chunk:
                    save_one(item)
                self.write(group_op)
            if len(chunk) < size:
                return

    def save_inst(self, obj):
        """A classic instance: its class and __getinitargs__() build it, then
        __getstate__() (or the __dict__) is applied with BUILD."""
        cls = obj.__class__
        if hasattr(obj, '__getinitargs__'):
            args = obj.__getinitargs__()
            len(args)               # a TypeError unless it is a sequence
            _keep_alive(args, self.memo)
        else:
            args = ()
        self.write(MARK)
        if self.bin:
            self.save(cls)
        for arg in args:
            self.save(arg)
        if self.bin:
            self.write(OBJ)
        else:
            self.write('%s%s\n%s\n' % (INST, cls.__module__, cls.__name__))
        self.memoize(obj)
        try:
            getstate = obj.__getstate__
        except AttributeError:
            state = obj.__dict__
        else:
            state = getstate()
            _keep_alive(state, self.memo)
        self.save(state)
        self.write(BUILD)

    def save_global(self, obj, name=None):
        """obj by name: module and name as text, or its protocol 2 extension code."""
        if name is None:
            name = obj.__name__
        module = getattr(obj, "__module__", None)
        if module is None:
            module = whichmodule(obj, name)
        try:
            __import__(module)
            found = getattr(sys.modules[module], name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module, name))
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module, name))
        code = self.proto >= 2 and _extension_registry.get((module, name))
        if code:
            assert code > 0
            if code < 0x100:
                self.write(EXT1 + chr(code))
            elif code < 0x10000:
                self.write(EXT2 + _pack('<H', code))
            else:
                self.write(EXT4 + _i4(code))
            return
        self.write('%s%s\n%s\n' % (GLOBAL, module, name))
        self.memoize(obj)


Pickler.dispatch = dict([(_kind, Pickler.__dict__[_method]) for _kind, _method in (
    (NoneType, 'save_none'), (BooleanType, 'save_bool'), (IntType, 'save_int'),
    (LongType, 'save_long'), (FloatType, 'save_float'), (StringType, 'save_string'),
    (UnicodeType, 'save_unicode'), (TupleType, 'save_tuple'), (ListType, 'save_list'),
    (DictType, 'save_dict'), (InstanceType, 'save_inst'), (ClassType, 'save_global'),
    (FunctionType, 'save_global'), (BuiltinFunctionType, 'save_global'),
    (TypeType, 'save_global'))])


# ---- reading ------------------------------------------------------------------

class _EmptyClass:
    """Its instances are re-classed to build classic instances without __init__."""


class Unpickler:
    """Reads pickles from a file-like object with read(n) and readline()."""

    def __init__(self, file):
        """Unpickle from file; the protocol is recognised from the data."""
        self.read = file.read
        self.readline = file.readline
        self.memo = {}

    def load(self):
        """Read one pickle and return the object it describes."""
        self.mark = object()        # a fresh marker no pickle can contain
        self.stack = []
        self.append = self.stack.append
        read = self.read
        table = self.dispatch
        try:
            while 1:
                table[read(1)](self)
        except _Stop, finished:
            return finished.value

    def marker(self):
        """Index of the topmost mark on the stack."""
        stack = self.stack
        for k in xrange(len(stack) - 1, -1, -1):
            if stack[k] is self.mark:
                return k
        raise IndexError("could not find MARK")      # (2.7's pickle runs off the stack)

    def _exactly(self, n):
        data = self.read(n)
        if len(data) < n:
            raise EOFError
        return data

    def _line(self):
        """The next line without its last character, as 2.7 reads lines: a
        pickle cut inside a line loses one character of it and fails (or
        not) on what remains."""
        return self.readline()[:-1]

    def _above_mark(self):
        """Remove the topmost mark and what lies above it; return the latter."""
        k = self.marker()
        items = self.stack[k + 1:]
        del self.stack[k:]
        return items

    # -- control

    def load_eof(self):
        raise EOFError

    def load_proto(self):
        version = ord(self._exactly(1))
        if version > 2:
            raise ValueError("unsupported pickle protocol: %d" % version)

    def load_stop(self):
        raise _Stop(self.stack.pop())

    def load_mark(self):
        self.append(self.mark)

    def load_pop(self):
        del self.stack[-1]

    def load_pop_mark(self):
        self._above_mark()

    def load_dup(self):
        self.append(self.stack[-1])

    # -- persistent ids

    def load_persid(self):
        self.append(self.persistent_load(self._line()))

    def load_binpersid(self):
        self.append(self.persistent_load(self.stack.pop()))

    def persistent_load(self, pid):
        """Override to map the ids from Pickler.persistent_id back to objects."""
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    # -- scalars

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        text = self._line()
        if text == '00':
            self.append(False)
        elif text == '01':
            self.append(True)
        else:
            try:
                self.append(int(text))
            except ValueError:
                self.append(long(text + '\n'))

    def load_binint(self):
        self.append(_read_i4(self._exactly(4)))

    def load_binint1(self):
        self.append(ord(self._exactly(1)))

    def load_binint2(self):
        self.append(_unpack('<H', self._exactly(2))[0])

    def load_long(self):
        self.append(long(self._line(), 0))

    def load_long1(self):
        self.append(decode_long(self._exactly(ord(self._exactly(1)))))

    def load_long4(self):
        self.append(decode_long(self._exactly(_read_i4(self._exactly(4)))))

    def load_float(self):
        self.append(float(self._line()))

    def load_binfloat(self):
        self.append(_unpack('>d', self._exactly(8))[0])

    def load_string(self):
        text = self._line()
        quote = text[:1]
        if quote not in ('"', "'") or len(text) < 2 or text[-1] != quote:
            raise ValueError("insecure string pickle")
        self.append(text[1:-1].decode('string-escape'))

    def load_binstring(self):
        self.append(self._exactly(_read_i4(self._exactly(4))))

    def load_short_binstring(self):
        self.append(self._exactly(ord(self._exactly(1))))

    def load_unicode(self):
        self.append(_decode_raw_unicode(self._line()))

    def load_binunicode(self):
        self.append(unicode(self._exactly(_read_i4(self._exactly(4))), 'utf-8'))

    # -- containers

    def load_tuple(self):
        self.append(tuple(self._above_mark()))

    def load_empty_tuple(self):
        self.append(())

    def _pack_top(self, n):
        """Replace the n topmost items by a tuple of them."""
        stack = self.stack
        if len(stack) < n:
            raise IndexError("list index out of range")
        packed = tuple(stack[len(stack) - n:])
        del stack[len(stack) - n:]
        stack.append(packed)

    def load_tuple1(self):
        self._pack_top(1)

    def load_tuple2(self):
        self._pack_top(2)

    def load_tuple3(self):
        self._pack_top(3)

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_list(self):
        self.append(self._above_mark())

    def load_dict(self):
        flat = self._above_mark()
        result = {}
        for i in xrange(0, len(flat), 2):
            result[flat[i]] = flat[i + 1]
        self.append(result)

    def load_append(self):
        item = self.stack.pop()
        self.stack[-1].append(item)

    def _owner_and_items(self):
        """For APPENDS and SETITEMS: the container just below the topmost mark
        and the items above it (mark and items leave the stack)."""
        k = self.marker()
        owner = self.stack[k - 1]
        return owner, self._above_mark()

    def load_appends(self):
        owner, items = self._owner_and_items()
        owner.extend(items)

    def load_setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def load_setitems(self):
        owner, flat = self._owner_and_items()
        for i in xrange(0, len(flat), 2):
            owner[flat[i]] = flat[i + 1]

    # -- the memo (keys are the indexes as decimal text)

    def load_get(self):
        # like 2.7, the last character is taken for the newline unchecked
        self.append(self.memo[self.readline()[:-1]])

    def load_binget(self):
        self.append(self.memo[str(ord(self._exactly(1)))])

    def load_long_binget(self):
        self.append(self.memo[str(_read_i4(self._exactly(4)))])

    def load_put(self):
        self.memo[self._line()] = self.stack[-1]

    def load_binput(self):
        self.memo[str(ord(self._exactly(1)))] = self.stack[-1]

    def load_long_binput(self):
        self.memo[str(_read_i4(self._exactly(4)))] = self.stack[-1]

    # -- globals, calls and objects

    def find_class(self, module, name):
        """The object pickled as module.name (override to restrict what loads)."""
        __import__(module)
        return getattr(sys.modules[module], name)

    def load_global(self):
        module = self._line()
        name = self._line()
        self.append(self.find_class(module, name))

    def get_extension(self, code):
        missing = []
        found = _extension_cache.get(code, missing)
        if found is missing:
            key = _inverted_registry.get(code)
            if not key:
                raise ValueError("unregistered extension code %d" % code)
            found = _extension_cache[code] = self.find_class(*key)
        self.append(found)

    def load_ext1(self):
        self.get_extension(ord(self._exactly(1)))

    def load_ext2(self):
        self.get_extension(_unpack('<H', self._exactly(2))[0])

    def load_ext4(self):
        self.get_extension(_read_i4(self._exactly(4)))

    def load_reduce(self):
        args = self.stack.pop()
        self.stack[-1] = self.stack[-1](*args)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack[-1]
        self.stack[-1] = cls.__new__(cls, *args)

    def _instantiate(self, klass, args):
        """A classic class without __getinitargs__ is built without calling
        __init__; anything else is called with args."""
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
        module = self._line()
        name = self._line()
        klass = self.find_class(module, name)
        self._instantiate(klass, tuple(self._above_mark()))

    def load_obj(self):
        items = self._above_mark()
        self._instantiate(items[0], tuple(items[1:]))

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate:
            setstate(state)
            return
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            try:
                namespace = inst.__dict__
                for key, value in state.iteritems():
                    namespace[intern(key)] = value
            except (RuntimeError, AttributeError):
                for key, value in state.items():
                    setattr(inst, key, value)
        if slots:
            for key, value in slots.items():
                setattr(inst, key, value)


Unpickler.dispatch = dict([(_code, Unpickler.__dict__[_method]) for _code, _method in (
    ('', 'load_eof'), (PROTO, 'load_proto'), (STOP, 'load_stop'), (MARK, 'load_mark'),
    (POP, 'load_pop'), (POP_MARK, 'load_pop_mark'), (DUP, 'load_dup'),
    (PERSID, 'load_persid'), (BINPERSID, 'load_binpersid'),
    (NONE, 'load_none'), (NEWFALSE, 'load_false'), (NEWTRUE, 'load_true'),
    (INT, 'load_int'), (BININT, 'load_binint'), (BININT1, 'load_binint1'),
    (BININT2, 'load_binint2'), (LONG, 'load_long'), (LONG1, 'load_long1'),
    (LONG4, 'load_long4'), (FLOAT, 'load_float'), (BINFLOAT, 'load_binfloat'),
    (STRING, 'load_string'), (BINSTRING, 'load_binstring'),
    (SHORT_BINSTRING, 'load_short_binstring'), (UNICODE, 'load_unicode'),
    (BINUNICODE, 'load_binunicode'), (TUPLE, 'load_tuple'), (EMPTY_TUPLE, 'load_empty_tuple'),
    (TUPLE1, 'load_tuple1'), (TUPLE2, 'load_tuple2'), (TUPLE3, 'load_tuple3'),
    (EMPTY_LIST, 'load_empty_list'), (EMPTY_DICT, 'load_empty_dictionary'),
    (LIST, 'load_list'), (DICT, 'load_dict'), (APPEND, 'load_append'),
    (APPENDS, 'load_appends'), (SETITEM, 'load_setitem'), (SETITEMS, 'load_setitems'),
    (GET, 'load_get'), (BINGET, 'load_binget'), (LONG_BINGET, 'load_long_binget'),
    (PUT, 'load_put'), (BINPUT, 'load_binput'), (LONG_BINPUT, 'load_long_binput'),
    (GLOBAL, 'load_global'), (EXT1, 'load_ext1'), (EXT2, 'load_ext2'), (EXT4, 'load_ext4'),
    (REDUCE, 'load_reduce'), (NEWOBJ, 'load_newobj'), (INST, 'load_inst'),
    (OBJ, 'load_obj'), (BUILD, 'load_build'))])


# ---- shorthands -----------------------------------------------------------------

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO


def dump(obj, file, protocol=None):
    """Write a pickle of obj to file."""
    Pickler(file, protocol).dump(obj)


def dumps(obj, protocol=None):
    """A pickle of obj, as a string."""
    buf = StringIO()
    Pickler(buf, protocol).dump(obj)
    return buf.getvalue()


def load(file):
    """The object of the next pickle in file."""
    return Unpickler(file).load()


def loads(data):
    """The object pickled in the string data."""
    return Unpickler(StringIO(data)).load()
