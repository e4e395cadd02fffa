"""The collection ABCs of PEP 3119 (Sized, Iterable, Mapping, Set, ...).

Use them through the collections module; they live here, separately,
only because collections is too heavy to import during start-up.
"""

import sys
from abc import ABCMeta, abstractmethod

__all__ = ["Hashable", "Iterable", "Iterator", "Sized", "Container",
           "Callable", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence",
           "MutableSequence"]


def _hasattr(C, attr):
    """Does some class along C's MRO define attr in its own namespace?"""
    try:
        mro = C.__mro__
    except AttributeError:
        # A classic class has no __mro__: search its own namespace and
        # then its bases depth-first, as classic attribute lookup does.
        # (Only the class namespaces count, never the type's slots: a
        # classic class is callable yet defines no __call__.)
        return _classic_lookup(C, attr)[0]
    for klass in mro:
        if attr in klass.__dict__:
            return True
    return False


def _classic_lookup(C, attr):
    """(found, value) for attr in a classic class's namespaces."""
    try:
        namespace = C.__dict__
        bases = C.__bases__
    except AttributeError:
        value = getattr(C, attr, _abcoll_missing)
        return value is not _abcoll_missing, value
    if attr in namespace:
        return True, namespace[attr]
    for base in bases:
        found = _classic_lookup(base, attr)
        if found[0]:
            return found
    return False, None

_abcoll_missing = object()


def _one_trick_pony(abc, *methods):
    """Make `abc` recognise any class defining all of `methods`.

    The hook only answers for `abc` itself; ABCs derived from it get
    NotImplemented and fall back to registration and inheritance.
    """
    def __subclasshook__(cls, C):
        if cls is abc:
            for name in methods:
                if not _hasattr(C, name):
                    break
            else:
                return True
        return NotImplemented
    abc.__subclasshook__ = classmethod(__subclasshook__)


# ---------------------------------------------------------------------------
# single-method ABCs

class Hashable:
    __metaclass__ = ABCMeta

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Hashable:
            return NotImplemented
        try:
            mro = C.__mro__
        except AttributeError:
            if _classic_lookup(C, "__hash__")[1]:
                return True
            return NotImplemented
        # the nearest class that mentions __hash__ decides; a None
        # there (e.g. list) means "explicitly unhashable"
        for klass in mro:
            if "__hash__" in klass.__dict__:
                if klass.__dict__["__hash__"]:
                    return True
                break
        return NotImplemented

    @abstractmethod
    def __hash__(self):
        return 0


class Iterable:
    __metaclass__ = ABCMeta

    @abstractmethod
    def __iter__(self):
        if 0:
            yield None

_one_trick_pony(Iterable, "__iter__")
Iterable.register(str)


class Iterator(Iterable):

    @abstractmethod
    def next(self):
        'Return the next item, or raise StopIteration when exhausted.'
        raise StopIteration

    def __iter__(self):
        return self

_one_trick_pony(Iterator, "next", "__iter__")


class Sized:
    __metaclass__ = ABCMeta

    @abstractmethod
    def __len__(self):
        return 0

_one_trick_pony(Sized, "__len__")


class Container:
    __metaclass__ = ABCMeta

    @abstractmethod
    def __contains__(self, x):
        return False

_one_trick_pony(Container, "__contains__")


class Callable:
    __metaclass__ = ABCMeta

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

_one_trick_pony(Callable, "__call__")


# ---------------------------------------------------------------------------
# sets

class Set(Sized, Iterable, Container):
    """A finite iterable container of unique members.

    Subclasses supply __contains__, __iter__ and __len__; comparisons
    and the &, |, - and ^ operators come for free.  Results are built
    with the _from_iterable classmethod, which by default calls the
    class with an iterable; override it if the constructor differs.
    """

    # -- comparisons (only between sets) --------------------------------

    def _all_in(self, members, container):
        for item in members:
            if item not in container:
                return False
        return True

    def __le__(self, other):
        if isinstance(other, Set):
            return len(self) <= len(other) and self._all_in(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Set):
            return len(self) >= len(other) and self._all_in(other, self)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Set):
            return len(self) < len(other) and self.__le__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Set):
            return len(self) > len(other) and self.__ge__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Set):
            return len(self) == len(other) and self.__le__(other)
        return NotImplemented

    def __ne__(self, other):
        return not self == other

    # -- building new sets ------------------------------------------------

    @classmethod
    def _from_iterable(cls, it):
        '''Build a new instance of this set type from an iterable.'''
        return cls(it)

    def _as_set(self, other):
        """other as a Set (converted if merely iterable), or None."""
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        'True when the two collections share no element.'
        for x in other:
            if x in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for part in (self, other) for x in part)

    __ror__ = __or__

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    # Sets are mutable in general; immutable subclasses may set
    # __hash__ = _hash to get a hash consistent with frozenset's.
    __hash__ = None

    def _hash(self):
        """Order-independent hash of the members (frozenset's algorithm).

        Each member's hash is scrambled and xor-ed in, then the total
        is mixed once more and folded into a C long.
        """
        top = sys.maxint
        width = 2 * top + 1
        acc = (1927868237 * (len(self) + 1)) & width
        for item in self:
            hv = hash(item)
            acc = (acc ^ ((hv ^ (hv << 16) ^ 89869747) * 3644798167)) & width
        acc = (acc * 69069 + 907133923) & width
        if acc > top:
            acc -= width + 1
        if acc == -1:
            acc = 590923713
        return acc

Set.register(frozenset)


class MutableSet(Set):
    """A Set that can change; subclasses add add() and discard()."""

    @abstractmethod
    def add(self, value):
        """Put value into the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set if it is present."""
        raise NotImplementedError

    def remove(self, value):
        """Take value out of the set; KeyError if it is absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some member; KeyError when empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Remove every member."""
        while 1:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, other):
        add = self.add
        for item in other:
            add(item)
        return self

    def __isub__(self, other):
        if other is self:
            self.clear()
        else:
            discard = self.discard
            for item in other:
                discard(item)
        return self

    def __iand__(self, other):
        # drop what other lacks; computed first so we never mutate
        # while iterating over ourselves
        for item in self - other:
            self.discard(item)
        return self

    def __ixor__(self, other):
        if other is self:
            self.clear()
            return self
        flip = other if isinstance(other, Set) else self._from_iterable(other)
        for item in flip:
            (self.discard if item in self else self.add)(item)
        return self

MutableSet.register(set)


# ---------------------------------------------------------------------------
# mappings

class Mapping(Sized, Iterable, Container):
    """A read-only container looked up by key.

    Subclasses supply __getitem__, __iter__ and __len__; the rest of the
    dict reading API is derived from those.
    """

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def get(self, key, default=None):
        'Value stored under key, or default when the key is missing.'
        try:
            found = self[key]
        except KeyError:
            found = default
        return found

    def iterkeys(self):
        'Iterate over the keys.'
        return iter(self)

    def itervalues(self):
        'Iterate over the values, in key order.'
        for k in self:
            yield self[k]

    def iteritems(self):
        'Iterate over (key, value) pairs.'
        for k in self:
            yield (k, self[k])

    def keys(self):
        'A new list of the keys.'
        return list(self)

    def items(self):
        'A new list of (key, value) pairs.'
        return [(k, self[k]) for k in self]

    def values(self):
        'A new list of the values.'
        return [self[k] for k in self]

    # a mutable mapping subclass must not be hashable by accident
    __hash__ = None

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def __ne__(self, other):
        return not self == other


class MappingView(Sized):
    """Base of the live views returned by keys/items/values views."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):

    def __iter__(self):
        for k in self._mapping:
            yield k

    def __contains__(self, key):
        return key in self._mapping

    @classmethod
    def _from_iterable(cls, it):
        # set operations on a view produce a plain set
        return set(it)

KeysView.register(type({}.viewkeys()))


class ItemsView(MappingView, Set):

    def __iter__(self):
        source = self._mapping
        for k in source:
            yield (k, source[k])

    def __contains__(self, item):
        key, value = item
        source = self._mapping
        try:
            return source[key] == value
        except KeyError:
            return False

    _from_iterable = KeysView.__dict__['_from_iterable']

ItemsView.register(type({}.viewitems()))


class ValuesView(MappingView):

    def __contains__(self, value):
        for v in self:
            if v == value:
                return True
        return False

    def __iter__(self):
        source = self._mapping
        for k in source:
            yield source[k]

ValuesView.register(type({}.viewvalues()))


_MISSING = object()


class MutableMapping(Mapping):
    """A Mapping that can change.

    Subclasses add __setitem__ and __delitem__ to the Mapping
    requirements; pop, popitem, clear, update and setdefault follow.
    """

    @abstractmethod
    def __setitem__(self, key, value):
        "Store value under key."
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        "Forget key; KeyError when it is absent."
        raise KeyError

    # the default-argument sentinel (kept under its 2.7 attribute name)
    __marker = _MISSING

    def pop(self, key, default=__marker):
        'Remove key and return its value (or default; KeyError without one).'
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        'Remove and return an arbitrary (key, value) pair; KeyError if empty.'
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'Delete every key.'
        while 1:
            try:
                self.popitem()
            except KeyError:
                return

    def update(*args, **kwds):
        '''Store the pairs of an optional mapping or iterable of pairs, then
        the keyword arguments.  A source with a keys() method is read as a
        mapping.'''
        # self is taken from *args so that 'self' may be a keyword key
        if not args:
            raise TypeError("descriptor 'update' of 'MutableMapping' "
                            "object needs an argument")
        if len(args) > 2:
            raise TypeError('update expected at most 1 arguments, got %d'
                            % (len(args) - 1))
        self = args[0]
        if len(args) == 2:
            source = args[1]
            if isinstance(source, Mapping):
                for k in source:
                    self[k] = source[k]
            elif hasattr(source, "keys"):
                for k in source.keys():
                    self[k] = source[k]
            else:
                for k, v in source:
                    self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def setdefault(self, key, default=None):
        'Return self[key], first storing default there if key is missing.'
        try:
            value = self[key]
        except KeyError:
            self[key] = value = default
        return value

MutableMapping.register(dict)


# ---------------------------------------------------------------------------
# sequences

class Sequence(Sized, Iterable, Container):
    """A read-only indexable container (tuple, str, xrange, ...).

    Subclasses supply __getitem__ (raising IndexError past the end) and
    __len__.
    """

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        pos = 0
        while 1:
            try:
                item = self[pos]
            except IndexError:
                return
            yield item
            pos += 1

    def __contains__(self, value):
        for item in self:
            if item == value:
                return True
        return False

    def __reversed__(self):
        pos = len(self)
        while pos > 0:
            pos -= 1
            yield self[pos]

    def index(self, value):
        'Position of the first item equal to value; ValueError if none.'
        pos = 0
        for item in self:
            if item == value:
                return pos
            pos += 1
        raise ValueError

    def count(self, value):
        'How many items compare equal to value.'
        n = 0
        for item in self:
            if item == value:
                n += 1
        return n

for _t in (tuple, basestring, buffer, xrange):
    Sequence.register(_t)
del _t


class MutableSequence(Sequence):
    """A Sequence that can change; subclasses add __setitem__,
    __delitem__ and insert."""

    @abstractmethod
    def __setitem__(self, index, value):
        "Replace the item at index."
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        "Remove the item at index."
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        'Put value in front of position index.'
        raise IndexError

    def append(self, value):
        'Add value at the end.'
        self.insert(len(self), value)

    def reverse(self):
        'Reverse the order of the items in place.'
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def extend(self, values):
        'Append every item of values in turn.'
        for item in values:
            self.append(item)

    def pop(self, index=-1):
        'Remove and return the item at index (the last by default).'
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        'Delete the first item equal to value; ValueError if none.'
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self

MutableSequence.register(list)
