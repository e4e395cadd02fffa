"""Weak references, plus mappings that hold their keys or values weakly.

ref, proxy and friends are the built-in ones from _weakref; this module
adds WeakValueDictionary and WeakKeyDictionary (and re-exports WeakSet)."""

import UserDict

from _weakref import (getweakrefcount, getweakrefs, ref, proxy,
                      CallableProxyType, ProxyType, ReferenceType)
from _weakrefset import WeakSet
from exceptions import ReferenceError

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceError", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet"]


def _split_self(args, method, cls_name):
    # __init__/update take *args so that 'self' can also be a keyword key.
    if not args:
        raise TypeError("descriptor '%s' of '%s' object needs an argument"
                        % (method, cls_name))
    if len(args) > 2:
        raise TypeError('expected at most 1 arguments, got %d'
                        % (len(args) - 1))
    return args[0], args[1:]


def _as_pairs(source):
    """The (key, value) pairs of a mapping or of a sequence of pairs."""
    if not hasattr(source, "items"):
        source = dict(source)
    return source.items()


class _DeferredRemovals:
    """Bookkeeping shared by the weak mappings.  While some iterator is
    walking the underlying dict, entries whose referent dies are only
    queued (changing the dict would break the iteration); the queue is
    applied once the last iterator finishes."""

    def _setup_removals(self, discard):
        self._pending_removals = []
        self._iterating = 0

        def on_death(wr, selfref=ref(self)):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(discard(wr))
            else:
                owner._drop(discard(wr))
        return on_death

    def _drop(self, entry_key):
        self.data.pop(entry_key, None)

    def _commit_removals(self):
        queue = self._pending_removals
        while queue:
            self._drop(queue.pop())

    def _flush(self):
        if self._pending_removals:
            self._commit_removals()

    def _guarded(self, source):
        """Yield from a snapshot of source with removals deferred."""
        self._iterating += 1
        try:
            for item in list(source):
                yield item
        finally:
            self._iterating -= 1
            if self._iterating == 0:
                self._commit_removals()


class KeyedRef(ref):
    """A weak reference carrying an extra `key` attribute, so that the
    death callback of a WeakValueDictionary value knows which entry to
    delete."""

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        wr = ref.__new__(type, ob, callback)
        wr.key = key
        return wr

    def __init__(self, ob, callback, key):
        super(KeyedRef, self).__init__(ob, callback)


class WeakValueDictionary(UserDict.UserDict, _DeferredRemovals):
    """Mapping that refers to its values only weakly; an entry disappears
    as soon as its value is garbage collected."""

    def __init__(*args, **kw):
        self, rest = _split_self(args, '__init__', 'WeakValueDictionary')
        self._remove = self._setup_removals(lambda wr: wr.key)
        self.data = {}
        self.update(*rest, **kw)

    def _wrap(self, key, value):
        return KeyedRef(value, self._remove, key)

    def _live(self, key):
        """The value stored under key, or None if missing or dead."""
        wr = self.data.get(key)
        if wr is None:
            return None
        return wr()

    def __repr__(self):
        return "<WeakValueDictionary at %s>" % id(self)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._flush()
        self.data[key] = self._wrap(key, value)

    def __delitem__(self, key):
        self._flush()
        del self.data[key]

    def __contains__(self, key):
        try:
            return self.data[key]() is not None
        except KeyError:
            return False

    def has_key(self, key):
        return key in self

    def get(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            return default
        if value is None:
            return default
        return value

    def clear(self):
        self._flush()
        self.data.clear()

    def _live_pairs(self):
        for key, wr in self.data.items():
            value = wr()
            if value is not None:
                yield key, value

    def copy(self):
        duplicate = WeakValueDictionary()
        for key, value in self._live_pairs():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = self.__class__()
        for key, value in self._live_pairs():
            duplicate[deepcopy(key, memo)] = value
        return duplicate

    def items(self):
        return list(self._live_pairs())

    def keys(self):
        return [key for key, value in self._live_pairs()]

    def values(self):
        return [value for key, value in self._live_pairs()]

    def valuerefs(self):
        """Return a list of the weak references to the values (some may
        already be dead)."""
        return self.data.values()

    def itervaluerefs(self):
        """Iterate over the weak references to the values (some may
        already be dead)."""
        return self._guarded(self.data.itervalues())

    def iteritems(self):
        for wr in self.itervaluerefs():
            value = wr()
            if value is not None:
                yield wr.key, value

    def itervalues(self):
        for wr in self.itervaluerefs():
            value = wr()
            if value is not None:
                yield value

    def iterkeys(self):
        for key in list(self.data.iterkeys()):
            yield key

    __iter__ = iterkeys

    def popitem(self):
        self._flush()
        while 1:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def pop(self, key, *args):
        self._flush()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        current = self._live(key)
        if current is not None:
            return current
        self._flush()
        self.data[key] = self._wrap(key, default)
        return default

    def update(*args, **kwargs):
        self, rest = _split_self(args, 'update', 'WeakValueDictionary')
        self._flush()
        if rest and rest[0] is not None:
            for key, value in _as_pairs(rest[0]):
                self.data[key] = self._wrap(key, value)
        if kwargs:
            self.update(kwargs)


class WeakKeyDictionary(UserDict.UserDict, _DeferredRemovals):
    """Mapping that refers to its keys only weakly; an entry disappears as
    soon as its key is garbage collected.  Keys must be weakly
    referenceable (and hashable)."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = self._setup_removals(lambda wr: wr)
        if dict is not None:
            self.update(dict)

    def _strong(self, key):
        # A weak reference (with the removal callback) to use as data key.
        return ref(key, self._remove)

    def __repr__(self):
        return "<WeakKeyDictionary at %s>" % id(self)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[self._strong(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def has_key(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return 0    # 2.7 answers 0 here, not False
        return probe in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def _live_pairs(self):
        for wr, value in self.data.items():
            key = wr()
            if key is not None:
                yield key, value

    def copy(self):
        duplicate = WeakKeyDictionary()
        for key, value in self._live_pairs():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = self.__class__()
        for key, value in self._live_pairs():
            duplicate[key] = deepcopy(value, memo)
        return duplicate

    def items(self):
        return list(self._live_pairs())

    def keys(self):
        return [key for key, value in self._live_pairs()]

    def keyrefs(self):
        """Return a list of the weak references to the keys (some may
        already be dead)."""
        return self.data.keys()

    def iterkeyrefs(self):
        """Iterate over the weak references to the keys (some may already
        be dead)."""
        return self._guarded(self.data.iterkeys())

    def iteritems(self):
        for wr, value in self._guarded(self.data.iteritems()):
            key = wr()
            if key is not None:
                yield key, value

    def iterkeys(self):
        for wr in self.iterkeyrefs():
            key = wr()
            if key is not None:
                yield key

    __iter__ = iterkeys

    def itervalues(self):
        for value in self._guarded(self.data.itervalues()):
            yield value

    def popitem(self):
        while 1:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(self._strong(key), default)

    def update(self, dict=None, **kwargs):
        if dict is not None:
            for key, value in _as_pairs(dict):
                self.data[self._strong(key)] = value
        if kwargs:
            self.update(kwargs)
