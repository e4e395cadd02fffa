"""Maps (hidden classes): how an instance's attributes are laid out.

An instance in *map mode* keeps its attribute values in numbered slots (four
inline fields, then a list) and points at an AttrMap that says which name
lives in which slot.  Instances that got the same attributes in the same order
share one map, so a map costs nothing per instance.  Maps form a tree: adding
an attribute follows (or creates) the transition for that name.

Deleting the most recently added attribute goes back to the parent map; any
other deletion, too many attributes, or asking for `__dict__` moves the
instance to *dict mode* for good: its attributes are then in a real dict
object (`w_dict`), which is what `obj.__dict__`, `vars(obj)` and the pickling
and copying code see, so that view is always consistent.
"""
from typing import Optional

from pypy27.interpreter.baseobjspace import W_Root

# a map with this many attributes does not grow further: the instance moves to a dict
MAX_ATTRS = 64
NINLINE = 4    # values held in fields of the instance itself


class AttrMap(object):
    names: list[str]                  # attribute name of each slot
    index: dict[str, int]             # name -> slot
    transitions: dict[str, "AttrMap"]
    parent: Optional["AttrMap"]       # the map before the last attribute was added
    length: int

    def __init__(self, parent: Optional["AttrMap"], names: list[str]) -> None:
        self.names = names
        self.parent = parent
        self.length = len(names)
        self.index = {}
        for i in range(len(names)):
            self.index[names[i]] = i
        self.transitions = {}

    def find(self, name: str) -> int:
        return self.index.get(name, -1)

    def with_attr(self, name: str) -> "AttrMap":
        m = self.transitions.get(name, None)
        if m is None:
            m = AttrMap(self, self.names + [name])
            self.transitions[name] = m
        return m


class MapState(object):
    # The root map of instances that never had an attribute (no dict created
    # yet, as 2.7 tells apart in `del obj.x` messages) and the root reached by
    # deleting all attributes (dict created, but empty).
    empty: AttrMap
    emptied: AttrMap

    def __init__(self) -> None:
        self.empty = AttrMap(None, [])
        self.emptied = AttrMap(None, [])


map_state = MapState()
NO_EXTRA: list[Optional[W_Root]] = []     # shared; never written (extra_w grows by copying)
