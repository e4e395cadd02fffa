"""Efficient arrays of basic values: array(typecode[, initializer]).

The items are kept as Python values, checked and converted on the way in
exactly as 2.7's C type does (ranges, float32 rounding); the machine
representation (tostring, byteswap, files) is produced with _struct."""

import _struct
from _ieee import float_to_bits, bits_to_float

__doc__ = """This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.  The
type is specified at object creation time by using a type code, which
is a single character.  The following type codes are defined:

    Type code   C Type             Minimum size in bytes 
    'c'         character          1 
    'b'         signed integer     1 
    'B'         unsigned integer   1 
    'u'         Unicode character  2 (see note) 
    'h'         signed integer     2 
    'H'         unsigned integer   2 
    'i'         signed integer     2 
    'I'         unsigned integer   2 
    'l'         signed integer     4 
    'L'         unsigned integer   4 
    'f'         floating point     4 
    'd'         floating point     8 

NOTE: The 'u' typecode corresponds to Python's unicode character. On 
narrow builds this is 2-bytes on wide builds this is 4-bytes.

The constructor is:

array(typecode [, initializer]) -- create a new array
"""

_ITEMSIZE = {'c': 1, 'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'f': 4, 'd': 8}
# the little-endian struct code of each type code's machine representation
_STRUCT_CODE = {'c': 'c', 'b': 'b', 'B': 'B', 'u': 'I', 'h': 'h', 'H': 'H', 'i': 'i',
                'I': 'I', 'l': 'q', 'L': 'Q', 'f': 'f', 'd': 'd'}
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1


def _range_check(v, lo, hi, what):
    if v < lo:
        raise OverflowError("%s is less than minimum" % what)
    if v > hi:
        raise OverflowError("%s is greater than maximum" % what)


def _check_long(v):
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")


def _int_item(code, v):
    if not isinstance(v, (int, long)):
        if isinstance(v, float):
            raise TypeError("integer argument expected, got float")
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise TypeError("an integer is required")
    if code == 'I' or code == 'L':
        if v < _LONG_MIN:
            raise OverflowError("can't convert negative value to unsigned long")
        what = 'unsigned int' if code == 'I' else 'unsigned long'
        if v < 0:
            raise OverflowError("%s is less than minimum" % what)
        if v > (1 << 64) - 1:
            raise OverflowError("long int too large to convert")
        if code == 'I':
            _range_check(v, 0, (1 << 32) - 1, what)
        return long(v)
    _check_long(v)
    if code == 'b':
        _range_check(v, -32768, 32767, 'signed short integer')
        _range_check(v, -128, 127, 'signed char')
    elif code == 'B':
        _range_check(v, 0, 255, 'unsigned byte integer')
    elif code == 'h':
        _range_check(v, -32768, 32767, 'signed short integer')
    elif code == 'H':
        _range_check(v, -(1 << 31), (1 << 31) - 1, 'signed integer')
        _range_check(v, 0, 65535, 'unsigned short')
    elif code == 'i':
        _range_check(v, -(1 << 31), (1 << 31) - 1, 'signed integer')
    return int(v)


def _to_float32(x):
    try:
        return bits_to_float(float_to_bits(x, 4), 4)
    except OverflowError:
        return float('-inf') if x < 0 else float('inf')


def _c_long(v):
    """A C long argument (2.7's "n" and "l" formats)."""
    if isinstance(v, float):
        raise TypeError("integer argument expected, got float")
    if not isinstance(v, (int, long)):
        if hasattr(v, '__index__'):
            v = v.__index__()
        else:
            raise TypeError("an integer is required")
    if not -0x8000000000000000 <= v <= 0x7fffffffffffffff:
        raise OverflowError("Python int too large to convert to C long")
    return v


def _item(code, v):
    """v checked and converted for an array of this type code."""
    if code == 'c':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be char")
        return v
    if code == 'u':
        if not isinstance(v, unicode) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if code == 'f' or code == 'd':
        if not isinstance(v, (float, int, long)) and not hasattr(type(v), '__float__'):
            raise TypeError("a float is required")
        v = float(v)
        if code == 'f':
            return _to_float32(v)
        return v
    return _int_item(code, v)


def _typecode_of(typecode):
    if isinstance(typecode, unicode) and len(typecode) == 1:
        if ord(typecode) >= 128:
            typecode = '?'      # a character, but no type code
        else:
            typecode = typecode.encode('ascii')
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError("array() argument 1 or typecode must be char (string or "
                        "ascii-unicode with length 1), not %s" % type(typecode).__name__)
    if typecode not in _ITEMSIZE:
        raise ValueError("bad typecode (must be c, b, B, u, h, H, i, I, l, L, f or d)")
    return typecode


_NO_ITEMS = object()


class array(object):
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type."""
    __module__ = 'array'
    __hash__ = None
    # the items live in slots, not in an instance dict: a plain array takes
    # no attributes, and a subclass's __dict__ holds only its own
    __slots__ = ('_code', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=_NO_ITEMS, **kwargs):
        # subclasses may take keyword arguments for their own __init__
        if kwargs and cls is array:
            raise TypeError("array.array() does not take keyword arguments")
        code = _typecode_of(typecode)
        self = object.__new__(cls)
        self._code = code
        self._items = []
        if initializer is _NO_ITEMS:
            pass
        elif isinstance(initializer, str) and code != 'c':
            self.fromstring(initializer)
        elif isinstance(initializer, unicode) and code == 'u':
            self.fromunicode(initializer)
        elif isinstance(initializer, array):
            self._extend_values(list(initializer._items))
        else:
            self._extend_values(initializer)
        return self

    # 2.7's array type has no attribute setters at all; subclasses have the
    # usual ones
    def __setattr__(self, name, value):
        if type(self) is array and name not in array.__slots__:
            raise TypeError("'array.array' object has only read-only attributes "
                            "(assign to .%s)" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is array:
            raise TypeError("'array.array' object has only read-only attributes "
                            "(del .%s)" % name)
        object.__delattr__(self, name)

    # ---- attributes -------------------------------------------------------
    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _ITEMSIZE[self._code]

    def _new(self, items):
        a = array.__new__(type(self) if type(self) is array else array, self._code)
        a._items = items
        return a

    def _extend_values(self, iterable):
        code = self._code
        self._items.extend([_item(code, v) for v in iterable])

    def _same_kind(self, other):
        return isinstance(other, array) and other._code == self._code

    # ---- the sequence protocol ---------------------------------------------
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range")

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            start, stop, step = index.indices(len(self._items))
            if step != 1:
                n = len(range(start, stop, step))
                if n != len(value._items):
                    raise ValueError("attempt to assign array of size %d to extended "
                                     "slice of size %d" % (len(value._items), n))
            self._items[index] = list(value._items)
            return
        # the index is checked before the value is converted, as in 2.7
        if not isinstance(index, (int, long)):
            if not hasattr(index, '__index__'):
                raise TypeError("array indices must be integer")
            index = index.__index__()
        if not -0x8000000000000000 <= index <= 0x7fffffffffffffff:
            raise IndexError("cannot fit '%s' into an index-sized integer" % type(index).__name__)
        n = len(self._items)
        if not -n <= index < n:
            raise IndexError("array assignment index out of range")
        self._items[index] = _item(self._code, value)

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range")

    # 2.7's sequence slots: simple slices with the bounds already adjusted
    # by len() for negative values; what is still negative counts as 0
    def __getslice__(self, i, j):
        return self.__getitem__(slice(max(i, 0), max(j, 0)))

    def __setslice__(self, i, j, value):
        self.__setitem__(slice(max(i, 0), max(j, 0)), value)

    def __delslice__(self, i, j):
        self.__delitem__(slice(max(i, 0), max(j, 0)))

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not isinstance(n, (int, long)):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, (int, long)):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        self._items *= n
        return self

    # comparisons: item by item against any array; other objects are not equal
    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        a = self._items
        b = other._items
        if op == 'eq':
            return len(a) == len(b) and a == b
        if op == 'ne':
            return not (len(a) == len(b) and a == b)
        if op == 'lt':
            return a < b
        if op == 'le':
            return a <= b
        if op == 'gt':
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._cmp(other, 'eq')

    def __ne__(self, other):
        return self._cmp(other, 'ne')

    def __lt__(self, other):
        return self._cmp(other, 'lt')

    def __le__(self, other):
        return self._cmp(other, 'le')

    def __gt__(self, other):
        return self._cmp(other, 'gt')

    def __ge__(self, other):
        return self._cmp(other, 'ge')

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._code
        if self._code == 'c':
            return "array('c', %r)" % self.tostring()
        if self._code == 'u':
            return "array('u', %r)" % self.tounicode()
        return "array('%s', %r)" % (self._code, self.tolist())

    __str__ = __repr__

    def __copy__(self):
        """Return a copy of the array."""
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        """Return a copy of the array."""
        return self._new(list(self._items))

    def __reduce__(self):
        """Return state information for pickling."""
        d = getattr(self, '__dict__', None)
        state = dict(d) if d else None
        if state is not None:
            state.pop('_code', None)
            state.pop('_items', None)
            if not state:
                state = None
        return (type(self), (self._code, list(self._items)), state)

    # ---- list-like methods -------------------------------------------------
    def append(self, x):
        """Append new value x to the end of the array."""
        self._items.append(_item(self._code, x))

    def extend(self, iterable):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        self._extend_values(iterable)

    def insert(self, i, x):
        """Insert a new item x into the array before position i."""
        i = _c_long(i)
        self._items.insert(i, _item(self._code, x))

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array. i defaults to -1."""
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range")

    def remove(self, x):
        """Remove the first occurrence of x in the array."""
        for k in range(len(self._items)):
            if self._items[k] == x:
                del self._items[k]
                return
        raise ValueError("array.remove(x): x not in list")

    def index(self, x):
        """Return index of first occurrence of x in the array."""
        for k in range(len(self._items)):
            if self._items[k] == x:
                return k
        raise ValueError("array.index(x): x not in list")

    def count(self, x):
        """Return number of occurrences of x in the array."""
        n = 0
        for v in self._items:
            if v == x:
                n += 1
        return n

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, lst):
        """Append items to array from list."""
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self._extend_values(lst)

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and
the length in items of the buffer used to hold array's contents."""
        return (id(self), len(self._items))

    # ---- machine representation -----------------------------------------------
    def _struct(self, n):
        return _struct.Struct('<%d%s' % (n, _STRUCT_CODE[self._code]))

    def tostring(self):
        """Convert the array to an array of machine values and return the string
representation."""
        items = self._items
        if self._code == 'c':
            return ''.join(items)
        if self._code == 'u':
            items = [ord(c) for c in items]
        return self._struct(len(items)).pack(*items)

    def fromstring(self, s):
        """Appends items from the string, interpreting it as an array of machine
values, as if it had been read from a file using the fromfile() method)."""
        if s is self:
            raise ValueError("array.fromstring(x): x cannot be self")
        if isinstance(s, array):
            s = s.tostring()    # any array is a read-only buffer
        elif isinstance(s, (buffer, bytearray)):
            s = str(s)
        if not isinstance(s, str):
            raise TypeError("fromstring() argument 1 must be string or read-only "
                            "buffer, not %s" % type(s).__name__)
        size = _ITEMSIZE[self._code]
        if len(s) % size:
            raise ValueError("string length not a multiple of item size")
        n = len(s) // size
        if self._code == 'c':
            self._items.extend(list(s))
            return
        values = list(self._struct(n).unpack(s))
        if self._code == 'u':
            values = [unichr(v) for v in values]
        elif self._code in 'IL':
            values = [long(v) for v in values]
        self._items.extend(values)

    def __buffer__(self):
        # the interpreter's buffer interface for types written in Python:
        # buffer(a), file.write(a) and the like see these bytes
        return self.tostring()

    def _struct_write(self, offset, data):
        """Overwrite bytes from offset (struct.pack_into)."""
        s = self.tostring()
        s = s[:offset] + data + s[offset + len(data):]
        del self._items[:]
        self.fromstring(s)

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _ITEMSIZE[self._code]
        if size == 1:
            return
        s = self.tostring()
        swapped = ''.join([s[k:k + size][::-1] for k in range(0, len(s), size)])
        del self._items[:]
        self.fromstring(swapped)

    def fromunicode(self, ustr):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, unicode):
            # 2.7's own wording (its "u#" converter's message is garbled)
            raise TypeError("fromunicode() argument 1 must be cannot convert raw buffers, not %s"
                            % ('None' if ustr is None else type(ustr).__name__))
        if self._code != 'u':
            raise ValueError("fromunicode() may only be called on type 'u' arrays")
        self._items.extend(list(ustr))

    def tounicode(self):
        """Convert the array to a unicode string."""
        if self._code != 'u':
            raise ValueError("tounicode() may only be called on type 'u' arrays")
        return u''.join(self._items)

    def fromfile(self, f, n):
        """Read n objects from the file object f and append them to the end of the
array."""
        n = _c_long(n)      # converted before the file is looked at
        if not isinstance(f, file):
            raise TypeError("arg1 must be open file")
        size = _ITEMSIZE[self._code]
        data = f.read(n * size)
        whole = len(data) - len(data) % size
        self.fromstring(data[:whole])
        if len(data) < n * size:
            raise EOFError("not enough items in file")

    def tofile(self, f):
        """Write all items (as machine values) to the file object f."""
        if not isinstance(f, file):
            raise TypeError("arg must be open file")
        f.write(self.tostring())

    read = fromfile
    write = tofile


ArrayType = array
