"""In-memory byte files: StringIO() makes a writable one (OutputType),
StringIO(s) a read-only one over s (InputType)."""


def _as_bytes(s, what):
    if isinstance(s, str):
        return s
    if isinstance(s, unicode):
        return s.encode('ascii')
    if isinstance(s, (buffer, bytearray)):
        return str(s)
    if isinstance(s, memoryview):
        return s.tobytes()
    if hasattr(type(s), '__buffer__'):
        return str(buffer(s))       # array.array
    raise TypeError("%s argument 1 must be string or buffer, not %s"
                    % (what, type(s).__name__))


_NO_SIZE = object()


from _cargs import c_int as _c_int, c_long as _c_long


class _Base(object):
    """What both kinds share: reading, seeking, closing."""

    def _init(self, data):
        self._buf = data
        self._tail = []           # appended pieces not yet joined into _buf
        self._taillen = 0
        self._pos = 0
        self.closed = False

    def _value(self):
        if self._tail:
            self._buf = self._buf + ''.join(self._tail)
            self._tail = []
            self._taillen = 0
        return self._buf

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def __iter__(self):
        self._check()
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        """close(): explicitly release resources held."""
        self.closed = True
        self._buf = ''
        self._tail = []
        self._taillen = 0

    def flush(self):
        """flush(): does nothing."""
        self._check()

    def isatty(self):
        """isatty(): always returns 0"""
        self._check()
        return False

    def getvalue(self, use_pos=False):
        """getvalue([use_pos]) -- Get the string value.
If use_pos is specified and is a true value, then the string returned
will include only the text up to the current file position."""
        self._check()
        data = self._value()
        if use_pos:
            return data[:self._pos]
        return data

    def read(self, n=-1):
        """read([s]) -- Read s characters, or the rest of the string"""
        self._check()
        n = _c_long(n)
        data = self._value()
        pos = self._pos
        if n is None or n < 0:
            end = len(data)
        else:
            end = min(len(data), pos + n)
        if end <= pos:
            return ''
        self._pos = end
        return data[pos:end]

    def readline(self, size=-1):
        """readline() -- Read one line"""
        self._check()
        size = _c_int(size)
        data = self._value()
        pos = self._pos
        if pos >= len(data):
            return ''
        nl = data.find('\n', pos)
        end = len(data) if nl < 0 else nl + 1
        if size is not None and size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return data[pos:end]

    def readlines(self, sizehint=0):
        """readlines() -- Read all lines"""
        self._check()
        sizehint = _c_int(sizehint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
        return lines

    def reset(self):
        """reset() -- Reset the file position to the beginning"""
        self._check()
        self._pos = 0

    def tell(self):
        """tell() -- get the current position."""
        self._check()
        return self._pos

    def seek(self, position, mode=0):
        """seek(position)       -- set the current position
seek(position, mode) -- mode 0: absolute; 1: relative; 2: relative to EOF"""
        self._check()
        position = _c_long(position)
        mode = _c_int(mode)
        if mode == 1:
            position += self._pos
        elif mode == 2:
            position += len(self._buf) + self._taillen
        self._pos = max(0, position)

    def truncate(self, size=_NO_SIZE):
        """truncate(): truncate the file at the current position."""
        self._check()
        if size is _NO_SIZE:
            size = self._pos
        size = _c_long(size)
        if size < 0:
            raise IOError(22, "Invalid argument")
        data = self._value()
        if size < len(data):
            self._buf = data[:size]
        if self._pos > size:
            self._pos = size


class StringO(_Base):
    """Simple type for output to strings."""
    __module__ = 'cStringIO'

    # made by StringIO() only; like 2.7's C objects they take any arguments
    # to __init__ and ignore them
    def __new__(cls):
        self = _Base.__new__(cls)
        self._init('')
        self.softspace = 0
        return self

    def __init__(self, *args, **kwargs):
        pass

    def write(self, s):
        """write(s) -- Write a string to the file

Note (hack:) writing None resets the buffer"""
        self._check()
        s = _as_bytes(s, 'write()')
        pos = self._pos
        end = len(self._buf) + self._taillen
        if pos == end:
            self._tail.append(s)
            self._taillen += len(s)
        else:
            data = self._value()
            if pos > end:
                data = data + '\x00' * (pos - end)
            self._buf = data[:pos] + s + data[pos + len(s):]
        self._pos = pos + len(s)

    def writelines(self, lines):
        """writelines(sequence_of_strings) -> None.  Write the strings to the file."""
        for line in lines:
            self.write(line)


class StringI(_Base):
    """Simple type for treating strings as input file streams"""
    __module__ = 'cStringIO'

    def __new__(cls, s):
        self = _Base.__new__(cls)
        self._init(_as_bytes(s, 'StringIO()'))
        return self

    def __init__(self, *args, **kwargs):
        pass


def StringIO(*args):
    """StringIO([s]) -- Return a StringIO-like stream for reading or writing"""
    if len(args) > 1:
        raise TypeError("StringIO() takes at most 1 argument (%d given)" % len(args))
    if args:
        return StringI(args[0])
    return StringO()


# a C function in 2.7: stored in a class it stays a plain function
try:
    from __pypy__ import builtinify as _builtinify
    StringIO = _builtinify(StringIO)
except ImportError:
    pass

InputType = StringI
OutputType = StringO
