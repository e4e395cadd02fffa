"""Persistent dictionaries of arbitrary picklable objects.

A shelf maps string keys to any object pickle can handle, storing the
pickles in a dbm-style database:

    d = shelve.open(filename)
    d[key] = data; data = d[key]; del d[key]; key in d; d.keys()
    d.close()

Mutating a stored object in place is not seen by the shelf (d[key] hands
back a fresh unpickled copy) unless the shelf was opened with
writeback=True: it then caches every entry read or written and writes
them all back on sync() and close() (at the cost of memory and time).
"""

import UserDict

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO
try:
    from cPickle import Pickler, Unpickler
except ImportError:
    from pickle import Pickler, Unpickler

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


def _refuse(self, *args):
    raise ValueError('invalid operation on closed shelf')


class _ClosedDict(UserDict.DictMixin):
    """Stands for the database of a closed shelf: any access raises
    ValueError."""
    __getitem__ = __setitem__ = __delitem__ = keys = _refuse
    __repr__ = lambda self: '<Closed Dictionary>'


def _dumps(value, protocol):
    buf = StringIO()
    Pickler(buf, protocol).dump(value)
    return buf.getvalue()


def _loads(data):
    return Unpickler(StringIO(data)).load()


class Shelf(UserDict.DictMixin):
    """A dictionary-like object over DICT (any mapping of strings to
    strings, typically a dbm database) whose values are pickled.

    PROTOCOL is the pickle protocol (0 by default); see the module for
    WRITEBACK.
    """

    def __init__(self, dict, protocol=None, writeback=False):
        self.dict = dict
        self._protocol = protocol or 0
        self.cache = {}
        self.writeback = writeback

    # the key operations go straight to the database
    def keys(self):
        return self.dict.keys()

    def __contains__(self, key):
        return key in self.dict
    has_key = __contains__

    def __len__(self):
        return len(self.dict)

    def get(self, key, default=None):
        return self[key] if key in self.dict else default

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = _loads(self.dict[key])
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        self.dict[key] = _dumps(value, self._protocol)

    def __delitem__(self, key):
        del self.dict[key]
        self.cache.pop(key, None)

    def sync(self):
        """Write back the cached entries (with writeback) and sync the
        database if it can."""
        pending, self.cache = self.cache, {}
        if self.writeback:
            for key, value in pending.iteritems():
                self.dict[key] = _dumps(value, self._protocol)
        if hasattr(self.dict, 'sync'):
            self.dict.sync()

    def close(self):
        self.sync()
        if hasattr(self.dict, 'close'):
            self.dict.close()
        # later use raises ValueError; during interpreter shutdown the
        # class may be gone already
        try:
            self.dict = _ClosedDict()
        except (NameError, TypeError):
            self.dict = None

    def __del__(self):
        # nothing to close when __init__ failed early
        if 'writeback' in self.__dict__:
            self.close()


class BsdDbShelf(Shelf):
    """A shelf over a bsddb hashopen/btopen/rnopen object, adding its
    cursor methods: set_location, next, previous, first and last, each
    returning a (key, value) pair."""

    def __init__(self, dict, protocol=None, writeback=False):
        Shelf.__init__(self, dict, protocol, writeback)

    def _pair(self, item):
        key, data = item
        return (key, _loads(data))

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(self.dict.next())

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A shelf over the database anydbm.open(FILENAME, FLAG) opens."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import anydbm
        Shelf.__init__(self, anydbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Open the shelf stored in the database FILENAME.

    FLAG is passed to anydbm.open ('c': create if needed, by default);
    PROTOCOL and WRITEBACK are those of Shelf.
    """
    return DbfilenameShelf(filename, flag, protocol, writeback)
