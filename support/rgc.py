"""Weak links and finalization: what the interpreter needs from the GC for
weak references and __del__ (translated: translator/c/runtime/rt_gc_boehm_weak.c over
Boehm; docs/gc.md).

Untranslated, links are host weak references (they die when the host
collects the object) and no finalizer is ever queued: the host cannot keep a
dead object around for us."""
import gc as _host_gc
import weakref as _host_weakref
from typing import Callable, Optional

from pypy27.support.markers import not_rpython, primitive


class _HostLinks(object):
    @not_rpython
    def __init__(self) -> None:
        self.refs: dict[int, Callable[[], Optional[object]]] = {}
        self.counter = 0


_host_links = _HostLinks()


@primitive
def weak_link_new(obj: object) -> int:
    """A new link to obj (an address, kept alive by the WeakLink holding it)."""
    _host_links.counter += 1
    try:
        ref: Callable[[], Optional[object]] = _host_weakref.ref(obj)
    except TypeError:
        ref = lambda: obj       # noqa: E731 (host objects without weak reference support)
    _host_links.refs[_host_links.counter] = ref
    return _host_links.counter


@primitive
def weak_link_get(link: int) -> Optional[object]:
    """The target of a link, or None once the collector found it unreachable."""
    return _host_links.refs[link]()


@primitive
def register_finalizer(obj: object, ordered: bool) -> None:
    """Have obj queued (see next_finalized) when it becomes unreachable.
    ordered: it waits while reachable from another such object (2.7's order
    of __del__ calls); unordered (for weak reference callbacks) never waits."""


@primitive
def finalizers_pending() -> bool:
    """Cheap test for the evaluator's safe points: objects to finalize?"""
    return False


@primitive
def take_finalized() -> None:
    """Move the objects the collector found since the last call into the queue."""


@primitive
def next_finalized() -> Optional[object]:
    """Pop the queue (None: empty); the object is alive again until dropped."""
    return None


@primitive
def collect_full() -> None:
    """A full collection now."""
    _host_gc.collect()     # type: ignore[attr-defined]  # (mypy sees our own gc package)


class WeakLink(object):
    """A weak reference at interpreter level: get() returns the target, or
    None once it has been found unreachable."""
    addr: int

    def __init__(self, obj: object) -> None:
        self.addr = weak_link_new(obj)

    def get(self) -> Optional[object]:
        return weak_link_get(self.addr)
