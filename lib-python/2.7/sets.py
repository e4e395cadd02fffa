"""The deprecated sets module: Set (mutable) and ImmutableSet (hashable),
both kept for programs written before the built-in set types.  Elements
are the keys of a dict; a Set used where a hashable value is needed (as an
element of another set, or to look one up) stands in as an ImmutableSet."""

import warnings
warnings.warn("the sets module is deprecated", DeprecationWarning, stacklevel=2)

from itertools import ifilter, ifilterfalse

__all__ = ['BaseSet', 'Set', 'ImmutableSet']


class BaseSet(object):
    """What Set and ImmutableSet share; not to be instantiated."""
    __slots__ = ['_data', '__weakref__']

    def __init__(self):
        if self.__class__ is BaseSet:
            raise TypeError("BaseSet is an abstract class.  "
                            "Use Set or ImmutableSet.")

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return self._repr()

    __str__ = __repr__

    def _repr(self, sorted=False):
        items = self._data.keys()
        if sorted:
            items.sort()
        return '%s(%r)' % (self.__class__.__name__, items)

    def __iter__(self):
        return self._data.iterkeys()

    def __cmp__(self, other):
        raise TypeError("can't compare sets using cmp()")

    # equality compares contents; a set never equals a non-set
    def __eq__(self, other):
        if not isinstance(other, BaseSet):
            return False
        return self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, BaseSet):
            return True
        return self._data != other._data

    def copy(self):
        """A shallow copy of the set."""
        result = self.__class__()
        result._data.update(self._data)
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = self.__class__()
        memo[id(self)] = result
        for elem in self:
            result._data[deepcopy(elem, memo)] = True
        return result

    # ---- binary operations: operators want sets, methods any iterable ----

    def __or__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.union(other)

    def union(self, other):
        """The elements in either set."""
        result = self.__class__(self)
        result._update(other)
        return result

    def __and__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.intersection(other)

    def intersection(self, other):
        """The elements in both sets."""
        if not isinstance(other, BaseSet):
            other = Set(other)
        small, big = (self, other) if len(self) <= len(other) else (other, self)
        return self.__class__(ifilter(big._data.__contains__, small))

    def __xor__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.symmetric_difference(other)

    def symmetric_difference(self, other):
        """The elements in exactly one of the sets."""
        result = self.__class__()
        data = result._data
        mine = self._data
        if isinstance(other, BaseSet):
            theirs = other._data
        else:
            theirs = Set(other)._data
        for elem in ifilterfalse(theirs.__contains__, mine):
            data[elem] = True
        for elem in ifilterfalse(mine.__contains__, theirs):
            data[elem] = True
        return result

    def __sub__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.difference(other)

    def difference(self, other):
        """The elements of this set that are not in other."""
        result = self.__class__()
        if isinstance(other, BaseSet):
            theirs = other._data
        else:
            theirs = Set(other)._data
        data = result._data
        for elem in ifilterfalse(theirs.__contains__, self):
            data[elem] = True
        return result

    def __contains__(self, element):
        try:
            return element in self._data
        except TypeError:
            stand_in = getattr(element, '__as_temporarily_immutable__', None)
            if stand_in is None:
                raise
            return stand_in() in self._data

    # ---- subset and superset tests ----

    def issubset(self, other):
        """Is every element of this set in other?"""
        self._binary_sanity_check(other)
        if len(self) > len(other):
            return False
        for elem in ifilterfalse(other._data.__contains__, self):
            return False
        return True

    def issuperset(self, other):
        """Is every element of other in this set?"""
        self._binary_sanity_check(other)
        if len(self) < len(other):
            return False
        for elem in ifilterfalse(self._data.__contains__, other):
            return False
        return True

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        self._binary_sanity_check(other)
        return len(self) < len(other) and self.issubset(other)

    def __gt__(self, other):
        self._binary_sanity_check(other)
        return len(self) > len(other) and self.issuperset(other)

    # ---- helpers ----

    def _binary_sanity_check(self, other):
        if not isinstance(other, BaseSet):
            raise TypeError("Binary operation only permitted between sets")

    def _compute_hash(self):
        # order-independent: xor of the element hashes
        h = 0
        for elem in self:
            h ^= hash(elem)
        return h

    def _update(self, iterable):
        if isinstance(iterable, BaseSet):
            self._data.update(iterable._data)
            return
        add = self._data.__setitem__
        for elem in iterable:
            try:
                add(elem, True)
            except TypeError:
                # an unhashable Set goes in as its frozen copy
                freeze = getattr(elem, '__as_immutable__', None)
                if freeze is None:
                    raise
                add(freeze(), True)


class ImmutableSet(BaseSet):
    """A set that cannot change after construction; hashable."""
    __slots__ = ['_hashcode']

    def __init__(self, iterable=None):
        self._data = {}
        self._hashcode = None
        if iterable is not None:
            self._update(iterable)

    def __hash__(self):
        code = self._hashcode
        if code is None:
            code = self._hashcode = self._compute_hash()
        return code

    # pickled as (elements dict, cached hash)
    def __getstate__(self):
        return (self._data, self._hashcode)

    def __setstate__(self, state):
        (self._data, self._hashcode) = state


class Set(BaseSet):
    """A mutable set; not hashable."""
    __slots__ = []

    def __init__(self, iterable=None):
        self._data = {}
        if iterable is not None:
            self._update(iterable)

    def __getstate__(self):
        return self._data,

    __hash__ = None     # mutable: not usable as a dict key

    def __setstate__(self, data):
        self._data, = data

    # in-place operators want sets; the named methods take any iterable

    def __ior__(self, other):
        self._binary_sanity_check(other)
        self._data.update(other._data)
        return self

    def union_update(self, other):
        """Add the elements of other."""
        self._update(other)

    def __iand__(self, other):
        self._binary_sanity_check(other)
        self._data = (self & other)._data
        return self

    def intersection_update(self, other):
        """Keep only the elements also in other."""
        if isinstance(other, BaseSet):
            self &= other
        else:
            self._data = (self.intersection(other))._data

    def __ixor__(self, other):
        self._binary_sanity_check(other)
        self.symmetric_difference_update(other)
        return self

    def symmetric_difference_update(self, other):
        """Keep the elements in exactly one of this set and other."""
        data = self._data
        if not isinstance(other, BaseSet):
            other = Set(other)
        if self is other:
            self.clear()
        for elem in other:
            if elem in data:
                del data[elem]
            else:
                data[elem] = True

    def __isub__(self, other):
        self._binary_sanity_check(other)
        self.difference_update(other)
        return self

    def difference_update(self, other):
        """Remove the elements of other."""
        data = self._data
        if not isinstance(other, BaseSet):
            other = Set(other)
        if self is other:
            self.clear()
        for elem in ifilter(data.__contains__, other):
            del data[elem]

    def update(self, iterable):
        """Add all the elements of iterable."""
        self._update(iterable)

    def clear(self):
        """Remove every element."""
        self._data.clear()

    def add(self, element):
        """Add one element (a Set is stored as an ImmutableSet)."""
        try:
            self._data[element] = True
        except TypeError:
            as_immutable = getattr(element, '__as_immutable__', None)
            if as_immutable is None:
                raise
            self._data[as_immutable()] = True

    def remove(self, element):
        """Remove an element; KeyError if it is absent."""
        try:
            del self._data[element]
        except TypeError:
            stand_in = getattr(element, '__as_temporarily_immutable__', None)
            if stand_in is None:
                raise
            del self._data[stand_in()]

    def discard(self, element):
        """Remove an element if it is present."""
        try:
            self.remove(element)
        except KeyError:
            pass

    def pop(self):
        """Remove and return an arbitrary element."""
        return self._data.popitem()[0]

    def __as_immutable__(self):
        # a frozen copy, to be stored inside another set
        return ImmutableSet(self)

    def __as_temporarily_immutable__(self):
        # hashable view sharing the data, only for a lookup
        return _TemporarilyImmutableSet(self)


class _TemporarilyImmutableSet(BaseSet):
    """Wraps a Set so it can be hashed for the length of a lookup."""

    def __init__(self, set):
        self._set = set
        self._data = set._data

    def __hash__(self):
        return self._set._compute_hash()
