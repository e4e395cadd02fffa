"""What an instance of a user subclass of a built-in type (`class D(dict)`,
`class S(str)`, `class P(property)`...) adds to the built-in's layout: a
__dict__ (unless __slots__ suppress it) and the values of its own __slots__.

The built-in W_ class keeps one field `user: Optional[UserAttrs]` and
overrides W_Root.user_attrs() with the three lines of `user_attrs_of`'s
pattern; W_Root's default getdict / getdictvalue / setdictvalue /
deldictvalue / setdict and the slot descriptors (objectobject.slots_of) do
the rest, so each built-in type needs no attribute code of its own. Exact
instances of built-in types never get one (their type has no __dict__ and no
slots), and instances of subclasses get it on their first attribute store.

The attributes themselves live in an AttrStorage, the same storage plain
instances, exceptions and deques use (objectobject.py).
"""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.objectobject import AttrStorage

if TYPE_CHECKING:
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class UserAttrs(object):
    storage: Optional[AttrStorage]      # None: __slots__ without '__dict__'
    slots_w: list[Optional[W_Root]]     # indexed by W_MemberDescr.index

    def __init__(self, hasdict: bool, nslots: int) -> None:
        self.storage = AttrStorage() if hasdict else None
        self.slots_w = [None] * nslots if nslots else []


def new_user_attrs(w_class: Optional["W_TypeObject"]) -> Optional[UserAttrs]:
    """The extra state of an instance of w_class (None: the type's instances
    have neither a __dict__ nor slots, e.g. built-in types themselves)."""
    if w_class is None:
        return None
    if not w_class.hasdict and w_class.nslots == 0:
        return None
    return UserAttrs(w_class.hasdict, w_class.nslots)

