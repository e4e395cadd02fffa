"""Dictionary-like classes to subclass: UserDict wraps a real dict kept
in its 'data' attribute, and DictMixin derives the full dictionary API
from a handful of primitives."""


def _source_argument(name, args, kwargs):
    """Split the optional positional mapping off (self, [mapping]).

    2.7 still accepts the mapping as a keyword 'dict' (with a pending
    deprecation warning, reported at our caller's caller).
    """
    if not args:
        raise TypeError("descriptor '%s' of 'UserDict' object "
                        "needs an argument" % name)
    rest = args[1:]
    if len(rest) > 1:
        raise TypeError('expected at most 1 arguments, got %d' % len(rest))
    if rest:
        return args[0], rest[0]
    if 'dict' in kwargs:
        import warnings
        warnings.warn("Passing 'dict' as keyword argument is deprecated",
                      PendingDeprecationWarning, stacklevel=3)
        return args[0], kwargs.pop('dict')
    return args[0], None


class UserDict:
    """A more or less complete user-defined wrapper around dictionary objects."""

    # self comes through *args so that 'self' can also be a key
    def __init__(*args, **kwargs):
        self, initial = _source_argument('__init__', args, kwargs)
        self.data = {}
        if initial is not None:
            self.update(initial)
        if kwargs:
            self.update(kwargs)

    def __repr__(self):
        return repr(self.data)

    def __cmp__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        return cmp(self.data, other)

    __hash__ = None     # mutable, hence unhashable

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def has_key(self, key):
        return key in self.data

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        # like dict, let subclasses supply missing values
        cls = self.__class__
        if not hasattr(cls, "__missing__"):
            raise KeyError(key)
        return cls.__missing__(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def get(self, key, failobj=None):
        if key in self:
            return self[key]
        return failobj

    def setdefault(self, key, failobj=None):
        if key not in self:
            self[key] = failobj
        return self[key]

    def popitem(self):
        return self.data.popitem()

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def clear(self):
        self.data.clear()

    # the read-only views all come straight from the wrapped dict
    def keys(self):
        return self.data.keys()

    def values(self):
        return self.data.values()

    def items(self):
        return self.data.items()

    def iterkeys(self):
        return self.data.iterkeys()

    def itervalues(self):
        return self.data.itervalues()

    def iteritems(self):
        return self.data.iteritems()

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass may carry more state: shallow-copy the instance,
        # but give the copy its own (fresh) data dict.
        import copy
        saved = self.data
        self.data = {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = saved
        clone.update(self)
        return clone

    def update(*args, **kwargs):
        self, source = _source_argument('update', args, kwargs)
        if source is not None:
            if isinstance(source, UserDict):
                self.data.update(source.data)
            elif isinstance(source, dict) or not hasattr(source, 'items'):
                self.data.update(source)
            else:
                for key, value in source.items():
                    self[key] = value
        if kwargs:
            self.data.update(kwargs)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class IterableUserDict(UserDict):
    """A UserDict that can also be iterated over (yielding its keys)."""

    def __iter__(self):
        return iter(self.data)


import _abcoll
_abcoll.MutableMapping.register(IterableUserDict)


class DictMixin:
    """Completes the mapping interface of a class that defines
    __getitem__, __setitem__, __delitem__ and keys().

    Defining __contains__, __iter__ and iteritems() as well makes the
    derived methods faster.
    """

    # -- reading --------------------------------------------------------

    def __iter__(self):
        for key in self.keys():
            yield key

    def has_key(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    __contains__ = has_key

    def get(self, key, default=None):
        try:
            value = self[key]
        except KeyError:
            value = default
        return value

    def iterkeys(self):
        return self.__iter__()

    def iteritems(self):
        for key in self:
            yield (key, self[key])

    def itervalues(self):
        for pair in self.iteritems():
            yield pair[1]

    def items(self):
        return list(self.iteritems())

    def values(self):
        return [pair[1] for pair in self.iteritems()]

    def __repr__(self):
        return repr(dict(self.iteritems()))

    def __len__(self):
        return len(self.keys())

    def __cmp__(self, other):
        if other is None:
            return 1        # any mapping sorts after None
        mine = dict(self.iteritems())
        if isinstance(other, DictMixin):
            other = dict(other.iteritems())
        return cmp(mine, other)

    # -- writing --------------------------------------------------------

    def clear(self):
        for key in self.keys():
            del self[key]

    def setdefault(self, key, default=None):
        try:
            value = self[key]
        except KeyError:
            self[key] = value = default
        return value

    def pop(self, key, *args):
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got "
                            + repr(len(args) + 1))
        try:
            value = self[key]
        except KeyError:
            if not args:
                raise
            return args[0]
        del self[key]
        return value

    def popitem(self):
        for key, value in self.iteritems():
            break
        else:
            raise KeyError('container is empty')
        del self[key]
        return (key, value)

    def update(self, other=None, **kwargs):
        # prefer iteritems(), then keys(), else a sequence of pairs
        if other is None:
            pass
        elif hasattr(other, 'iteritems'):
            for key, value in other.iteritems():
                self[key] = value
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        if kwargs:
            self.update(kwargs)
