"""Object-model helpers of the subset: mixins, r_dict, translation queries.

Primitives (the translator handles them itself, see support/markers.py):
``we_are_translated`` (becomes the constant True), ``r_dict`` (a custom-key
dict: RT_DICT_CUSTOM with the two functions as C function pointers),
``newlist_hint`` (an empty list with preallocated capacity), ``stack_guard``
(a no-op ``with`` block when translated).  ``mixin`` and ``not_rpython`` act at
build time only.  ``compute_hash`` is ordinary subset code.
"""
from types import TracebackType
from typing import Callable, Generic, Iterator, Literal, Optional, TypeVar

from pypy27.support.markers import not_rpython, primitive
from pypy27.support.rarith import intmask

__all__ = ["mixin", "we_are_translated", "StackOverflow", "stack_guard",
           "r_dict", "not_rpython", "compute_hash", "newlist_hint"]

C = TypeVar("C", bound=type)
K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


@not_rpython
def mixin(cls: C) -> C:
    """Mark cls as a mixin: an extra base class holding only methods (and
    constant class attributes).  The translator copies its methods into every
    class that lists it as a secondary base, so layouts stay single-inheritance.
    Checked now (build time): a mixin declares no instance attributes."""
    if cls.__dict__.get("__annotations__"):
        raise TypeError("mixin %s must not declare instance attributes: %s"
                        % (cls.__name__, ", ".join(cls.__dict__["__annotations__"])))
    setattr(cls, "_mixin_", True)
    return cls


@primitive
def we_are_translated() -> bool:
    """False on the host; the translator replaces every call by True, so the
    untaken branch of ``if we_are_translated():`` is never translated."""
    return False


class StackOverflow(Exception):
    """The native stack is nearly exhausted (translated: raised by the stack
    check at function entry).  Untranslated, the host raises RecursionError
    instead; Python's ``except`` cannot be taught to match it, so code that wants
    to catch StackOverflow wraps the deep call in ``with stack_guard():``, which
    turns a RecursionError escaping the block into StackOverflow."""


class stack_guard:
    """``with stack_guard(): deep_call()`` -- untranslated, RecursionError
    leaving the block becomes StackOverflow; translated, a plain block."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: Optional[type[BaseException]],
                 exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> Literal[False]:
        if isinstance(exc, RecursionError):
            raise StackOverflow("stack overflow") from exc
        return False


setattr(stack_guard, "_primitive_", True)


class _Key(Generic[K]):
    """Host wrapper giving a key the r_dict's equality and hash."""
    __slots__ = ("key", "eq_fn", "hash")

    def __init__(self, key: K, eq_fn: Callable[[K, K], bool], hash_fn: Callable[[K], int]) -> None:
        self.key = key
        self.eq_fn = eq_fn
        self.hash = hash_fn(key)

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        assert isinstance(other, _Key)
        return self.key is other.key or self.eq_fn(self.key, other.key)


class r_dict(Generic[K, V]):
    """An insertion-ordered dict comparing keys with ``eq_fn`` and hashing them
    with ``hash_fn`` (both top-level functions or bound methods of prebuilt
    instances).  Use it when the key type's identity is not the right equality."""

    def __init__(self, eq_fn: Callable[[K, K], bool], hash_fn: Callable[[K], int]) -> None:
        self.eq_fn = eq_fn
        self.hash_fn = hash_fn
        self._d: dict[_Key[K], V] = {}

    def _key(self, key: K) -> _Key[K]:
        return _Key(key, self.eq_fn, self.hash_fn)

    def __getitem__(self, key: K) -> V:
        try:
            return self._d[self._key(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key: K, value: V) -> None:
        self._d[self._key(key)] = value

    def __delitem__(self, key: K) -> None:
        try:
            del self._d[self._key(key)]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key: K) -> bool:
        return self._key(key) in self._d

    def __len__(self) -> int:
        return len(self._d)

    def __iter__(self) -> Iterator[K]:
        return iter(self.keys())

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        return self._d.get(self._key(key), default)

    def pop(self, key: K, default: Optional[V] = None) -> Optional[V]:
        """Remove key and return its value; KeyError if missing and no default."""
        k = self._key(key)
        if k in self._d:
            return self._d.pop(k)
        if default is None:
            raise KeyError(key)
        return default

    def setdefault(self, key: K, default: V) -> V:
        return self._d.setdefault(self._key(key), default)

    def keys(self) -> list[K]:
        return [k.key for k in self._d]

    def values(self) -> list[V]:
        return list(self._d.values())

    def items(self) -> list[tuple[K, V]]:
        return [(k.key, v) for k, v in self._d.items()]

    def clear(self) -> None:
        self._d.clear()

    def copy(self) -> "r_dict[K, V]":
        d: r_dict[K, V] = r_dict(self.eq_fn, self.hash_fn)
        d._d = self._d.copy()
        return d


setattr(r_dict, "_primitive_", True)
setattr(_Key, "_not_rpython_", True)


def compute_hash(s: str) -> int:
    """Deterministic hash of a byte string (64-bit FNV-1a), the same in both
    worlds -- unlike the host's randomised hash().  Never returns -1, which
    hash slots may use as 'not computed yet'."""
    h = -3750763034362895579            # FNV offset basis 0xcbf29ce484222325
    for c in s:
        h = intmask((h ^ ord(c)) * 1099511628211)
    if h == -1:
        h = -2
    return h


@primitive
def compute_unique_id(x: object) -> int:
    """An integer identifying x for its lifetime (like id()). Translated it is
    the object's address: the bootstrap GC does not move objects; a moving GC
    will keep a table for the objects whose id was taken."""
    return id(x)


@primitive
def newlist_hint(sizehint: int) -> list[T]:
    """An empty list with room for sizehint items (a capacity hint only).
    Annotate the target: ``items: list[int] = newlist_hint(n)``."""
    assert sizehint >= 0
    return []
