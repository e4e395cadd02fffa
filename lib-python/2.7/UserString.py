"""UserString: a class that behaves like str (or unicode) by holding one in
self.data, meant to be subclassed; and MutableString, its deprecated
variant whose characters can be assigned in place.

The string methods are delegated to self.data: those that produce a new
string give back an instance of the same class, the others (searching,
testing, splitting) return str's own results.
"""
import sys
import collections

__all__ = ["UserString", "MutableString"]


def _text_of(value):
    """The string value stands for when combined with a UserString."""
    if isinstance(value, UserString):
        return value.data
    if isinstance(value, basestring):
        return value
    return str(value)


class UserString(collections.Sequence):

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        elif not isinstance(seq, basestring):
            seq = str(seq)
        self.data = seq

    def __cmp__(self, string):
        if isinstance(string, UserString):
            string = string.data
        return cmp(self.data, string)

    def __contains__(self, char):
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __getslice__(self, start, end):
        return self.__class__(self.data[max(start, 0):max(end, 0)])

    def __add__(self, other):
        return self.__class__(self.data + _text_of(other))

    def __radd__(self, other):
        if not isinstance(other, basestring):
            other = str(other)
        return self.__class__(other + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def decode(self, encoding=None, errors=None):
        return self.__class__(self.data.decode(*_codec_args(encoding, errors)))

    def encode(self, encoding=None, errors=None):
        return self.__class__(self.data.encode(*_codec_args(encoding, errors)))


def _codec_args(encoding, errors):
    # an errors argument only counts together with an encoding
    if not encoding:
        return ()
    if not errors:
        return (encoding,)
    return (encoding, errors)


# Conversions: the built-in applied to the wrapped string.
for _name, _convert in (('__str__', str), ('__repr__', repr), ('__int__', int),
                        ('__long__', long), ('__float__', float),
                        ('__complex__', complex), ('__hash__', hash)):
    def _conversion(self, _convert=_convert):
        return _convert(self.data)
    _conversion.__name__ = _name
    setattr(UserString, _name, _conversion)
del _name, _convert, _conversion


# The delegated string methods: name, parameters (as in the signature),
# and whether the result is a new string to be wrapped in self.__class__.
_MAXINT = sys.maxint
_DELEGATED = (
    ('capitalize', '', True),
    ('center', 'width, *args', True),
    ('count', 'sub, start=0, end=_MAXINT', False),
    ('endswith', 'suffix, start=0, end=_MAXINT', False),
    ('expandtabs', 'tabsize=8', True),
    ('find', 'sub, start=0, end=_MAXINT', False),
    ('index', 'sub, start=0, end=_MAXINT', False),
    ('isalpha', '', False),
    ('isalnum', '', False),
    ('isdecimal', '', False),
    ('isdigit', '', False),
    ('islower', '', False),
    ('isnumeric', '', False),
    ('isspace', '', False),
    ('istitle', '', False),
    ('isupper', '', False),
    ('join', 'seq', False),
    ('ljust', 'width, *args', True),
    ('lower', '', True),
    ('lstrip', 'chars=None', True),
    ('partition', 'sep', False),
    ('replace', 'old, new, maxsplit=-1', True),
    ('rfind', 'sub, start=0, end=_MAXINT', False),
    ('rindex', 'sub, start=0, end=_MAXINT', False),
    ('rjust', 'width, *args', True),
    ('rpartition', 'sep', False),
    ('rsplit', 'sep=None, maxsplit=-1', False),
    ('rstrip', 'chars=None', True),
    ('split', 'sep=None, maxsplit=-1', False),
    ('splitlines', 'keepends=0', False),
    ('startswith', 'prefix, start=0, end=_MAXINT', False),
    ('strip', 'chars=None', True),
    ('swapcase', '', True),
    ('title', '', True),
    ('translate', '*args', True),
    ('upper', '', True),
    ('zfill', 'width', True),
)


def _define_delegates(cls, table):
    """Give cls one method per table row, keeping each row's signature (so
    keyword arguments and defaults work as documented)."""
    lines = []
    for name, params, wrap in table:
        passed = ', '.join([p.split('=')[0].strip() for p in params.split(',') if p.strip()])
        call = 'self.data.%s(%s)' % (name, passed)
        if wrap:
            call = 'self.__class__(%s)' % call
        lines.append('def %s(self%s):\n    return %s\n'
                     % (name, params and ', ' + params, call))
    namespace = {'_MAXINT': _MAXINT}
    exec compile(''.join(lines), '<UserString delegates>', 'exec') in namespace
    for name, params, wrap in table:
        setattr(cls, name, namespace[name])

_define_delegates(UserString, _DELEGATED)


class MutableString(UserString, collections.MutableSequence):
    """A UserString whose contents can be changed through item and slice
    assignment, deletion, += and *= (removed in Python 3; unhashable)."""

    def __init__(self, string=""):
        from warnings import warnpy3k
        warnpy3k('the class UserString.MutableString has been removed in Python 3.0',
                 stacklevel=2)
        self.data = string

    __hash__ = None     # mutable, so not hashable

    def _splice(self, start, stop, text):
        """Replace data[start:stop] by text."""
        self.data = self.data[:start] + text + self.data[stop:]

    def _position(self, index):
        """A valid non-negative index for a single character."""
        if index < 0:
            index += len(self.data)
        if not 0 <= index < len(self.data):
            raise IndexError
        return index

    def _span(self, index):
        """(start, stop, reversed) for a slice object; only steps of 1 and
        -1 are allowed."""
        start, stop, step = index.indices(len(self.data))
        if step == -1:
            return min(stop + 1, start + 1), start + 1, True
        if step != 1:
            raise TypeError("invalid step in slicing assignment")
        return min(start, stop), stop, False

    def __setitem__(self, index, sub):
        if isinstance(index, slice):
            sub = _text_of(sub)
            start, stop, backwards = self._span(index)
            self._splice(start, stop, backwards and sub[::-1] or sub)
        else:
            position = self._position(index)
            self._splice(position, position + 1, sub)

    def __delitem__(self, index):
        if isinstance(index, slice):
            start, stop, backwards = self._span(index)
            self._splice(start, stop, '')
        else:
            position = self._position(index)
            self._splice(position, position + 1, '')

    def __setslice__(self, start, end, sub):
        self._splice(max(start, 0), max(end, 0), _text_of(sub))

    def __delslice__(self, start, end):
        self._splice(max(start, 0), max(end, 0), '')

    def immutable(self):
        """A plain UserString with the current contents."""
        return UserString(self.data)

    def __iadd__(self, other):
        self.data += _text_of(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    def insert(self, index, value):
        self[index:index] = value

