"""Weak references and the containers built on them: WeakValueDictionary,
WeakKeyDictionary and WeakSet.

The reference types come from the built-in _weakref module."""
import UserDict

from _weakref import (getweakrefcount, getweakrefs, ref, proxy, CallableProxyType, ProxyType,
                      ReferenceType)
from _weakrefset import WeakSet

from exceptions import ReferenceError

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceError",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet"]


class WeakValueDictionary(UserDict.UserDict):
    """A mapping whose values are held weakly: an entry goes away when its
    value is collected."""

    def __init__(*args, **kw):
        if not args:
            raise TypeError("descriptor '__init__' of 'WeakValueDictionary' object needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))

        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr.key)
                else:
                    self.data.pop(wr.key, None)
        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        self.data = d = {}
        self.update(*args, **kw)

    def _commit_removals(self):
        pending = self._pending_removals
        while pending:
            self.data.pop(pending.pop(), None)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def has_key(self, key):
        return key in self

    def __repr__(self):
        return "<WeakValueDictionary at %s>" % id(self)

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in self.data.items():
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, wr in self.data.items():
            o = wr()
            if o is not None:
                new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def items(self):
        result = []
        for key, wr in self.data.items():
            o = wr()
            if o is not None:
                result.append((key, o))
        return result

    def iteritems(self):
        for wr in self.itervaluerefs():
            value = wr()
            if value is not None:
                yield wr.key, value

    def iterkeys(self):
        for k in list(self.data.iterkeys()):
            yield k

    __iter__ = iterkeys

    def itervaluerefs(self):
        """An iterator over the weak references to the values."""
        self._iterating += 1
        try:
            for wr in list(self.data.itervalues()):
                yield wr
        finally:
            self._iterating -= 1
            if not self._iterating:
                self._commit_removals()

    def itervalues(self):
        for wr in self.itervaluerefs():
            obj = wr()
            if obj is not None:
                yield obj

    def keys(self):
        return [key for key, wr in self.data.items() if wr() is not None]

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'update' of 'WeakValueDictionary' object needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        dict = args[0] if args else None
        if self._pending_removals:
            self._commit_removals()
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, o in dict.items():
                d[key] = KeyedRef(o, self._remove, key)
        if len(kwargs):
            self.update(kwargs)

    def valuerefs(self):
        """The weak references to the values, as a list."""
        return self.data.values()

    def values(self):
        return [o for o in (wr() for wr in self.data.values()) if o is not None]


class KeyedRef(ref):
    """A weak reference that remembers a key (what WeakValueDictionary
    needs to find the entry when the referent dies)."""

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super(KeyedRef, self).__init__(ob, callback)


class WeakKeyDictionary(UserDict.UserDict):
    """A mapping whose keys are held weakly: an entry goes away when its key
    is collected."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    del self.data[k]
        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        data = self.data
        pending = self._pending_removals
        while pending:
            try:
                del data[pending.pop()]
            except KeyError:
                pass

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __repr__(self):
        return "<WeakKeyDictionary at %s>" % id(self)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.data.items():
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.data.items():
            o = key()
            if o is not None:
                new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def has_key(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        result = []
        for key, value in self.data.items():
            o = key()
            if o is not None:
                result.append((o, value))
        return result

    def _guarded(self, source):
        self._iterating += 1
        try:
            for item in list(source):
                yield item
        finally:
            self._iterating -= 1
            if not self._iterating:
                self._commit_removals()

    def iteritems(self):
        for wr, value in self._guarded(self.data.iteritems()):
            key = wr()
            if key is not None:
                yield key, value

    def iterkeyrefs(self):
        """An iterator over the weak references to the keys."""
        return self._guarded(self.data.iterkeys())

    def iterkeys(self):
        for wr in self._guarded(self.data.iterkeys()):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = iterkeys

    def itervalues(self):
        for value in self._guarded(self.data.itervalues()):
            yield value

    def keyrefs(self):
        """The weak references to the keys, as a list."""
        return self.data.keys()

    def keys(self):
        result = []
        for wr in self.data.keys():
            o = wr()
            if o is not None:
                result.append(o)
        return result

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)
