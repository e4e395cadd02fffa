"""WeakSet: a set whose members are held by weak references.

A member disappears from the set once nothing else keeps it alive.
The elements are stored as weakref.ref objects whose callback removes
them; while somebody is iterating over the set those removals are
queued instead, so the underlying set never changes size mid-loop.

This module is imported very early (by abc), so it only depends on
the built-in _weakref module.
"""
from _weakref import ref

__all__ = ['WeakSet']


class _IterationGuard(object):
    """Marks its WeakSet as being iterated for the duration of a with block.

    Holds the set only weakly, so a guard left in a suspended generator
    does not keep the set alive.
    """

    def __init__(self, owner):
        self.owner_ref = ref(owner)

    def __enter__(self):
        owner = self.owner_ref()
        if owner is not None:
            owner._iterating.add(self)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        owner = self.owner_ref()
        if owner is None:
            return
        active = owner._iterating
        active.remove(self)
        if not active:
            owner._commit_removals()


def _make_remover(owner):
    # The callback must not hold a strong reference to the set itself.
    owner_ref = ref(owner)

    def _remove(dead, owner_ref=owner_ref):
        target = owner_ref()
        if target is None:
            return
        if target._iterating:
            target._pending_removals.append(dead)
        else:
            target.data.discard(dead)
    return _remove


class WeakSet(object):
    """A set of weakly referenced objects."""

    __hash__ = None

    def __init__(self, data=None):
        self.data = set()
        self._remove = _make_remover(self)
        self._pending_removals = []     # refs that died during iteration
        self._iterating = set()         # live _IterationGuard objects
        if data is not None:
            self.update(data)

    # -- internal helpers ---------------------------------------------

    def _commit_removals(self):
        queued = self._pending_removals
        while queued:
            self.data.discard(queued.pop())

    def _live_refs(self, items, callback=False):
        """Plain (or callback-carrying) refs for every object in items."""
        if callback:
            cb = self._remove
            return set([ref(obj, cb) for obj in items])
        return set([ref(obj) for obj in items])

    # -- basic protocol -------------------------------------------------

    def __iter__(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            key = ref(item)
        except TypeError:
            return False
        return key in self.data

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        return (self.__class__, (list(self),), state)

    # -- mutation ---------------------------------------------------------

    def add(self, item):
        self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._commit_removals()
        while 1:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet')
            obj = wr()
            if obj is not None:
                return obj

    def remove(self, item):
        self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        self._commit_removals()
        for obj in other:
            self.add(obj)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._commit_removals()
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(ref(obj) for obj in other)
        return self

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._commit_removals()
        self.data.intersection_update(ref(obj) for obj in other)
        return self

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._commit_removals()
        if other is self:
            self.data.clear()
        else:
            cb = self._remove
            self.data.symmetric_difference_update(ref(obj, cb) for obj in other)
        return self

    # -- operations building a new set ----------------------------------

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result
    __sub__ = difference

    def intersection(self, other):
        return self.__class__(obj for obj in other if obj in self)
    __and__ = intersection

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result
    __xor__ = symmetric_difference

    def union(self, other):
        return self.__class__(obj for group in (self, other) for obj in group)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    # -- comparisons ------------------------------------------------------

    def issubset(self, other):
        return self.data.issubset(ref(obj) for obj in other)
    __le__ = issubset

    def issuperset(self, other):
        return self.data.issuperset(ref(obj) for obj in other)
    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < self._live_refs(other)

    def __gt__(self, other):
        return self.data > self._live_refs(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == self._live_refs(other)

    def __ne__(self, other):
        same = self.__eq__(other)
        if same is NotImplemented:
            return NotImplemented
        return not same
