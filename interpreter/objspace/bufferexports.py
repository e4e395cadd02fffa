"""Buffer exports of a bytearray: 2.7 refuses to resize a bytearray while a
memoryview of it is alive ("Existing exports of data"), and allows it again
once the views are gone.

CPython knows at once when a view dies (reference counting); we do not.
Each view is recorded through a weak link (support/rgc.py).  A resize of a
bytearray with recorded views first runs a full collection (as gc.collect()
does, which also clears the dead part of the C stack), then looks: only a
view that survives it blocks the resize; when none does, the record is
dropped and later resizes are free again.  A bytearray that never had
a view pays one None test per resize.

Known gap: the collector scans the C stack and registers conservatively.
The evaluator's inlined STORE_FAST keeps the stored value in a register of
the dispatch loop until the next STORE_FAST, so `v = memoryview(b); del v;
b.append(1)` inside one function, with no other local assigned in between,
still finds the view alive and raises BufferError (module level, views
made in returned functions, in cleared containers or attributes are fine)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.rgc import WeakLink, collect_full

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject


def add_export(w_ba: "W_BytearrayObject", w_view: W_Root) -> None:
    """w_view now shares w_ba's bytes."""
    exports = w_ba.exports
    if exports is None:
        exports = []
        w_ba.exports = exports
    exports.append(WeakLink(w_view))


def live_exports(w_ba: "W_BytearrayObject") -> int:
    """How many recorded views are not yet known dead (drops the dead ones)."""
    exports = w_ba.exports
    if exports is None:
        return 0
    alive: list[WeakLink] = []
    for link in exports:
        if link.get() is not None:
            alive.append(link)
    if len(alive) == 0:
        w_ba.exports = None
    else:
        w_ba.exports = alive
    return len(alive)


def check_resize(space: "ObjSpace", w_ba: "W_BytearrayObject") -> None:
    """Raise 2.7's BufferError if a view of w_ba is alive.  Callers test
    `w_ba.exports is not None` first (the cheap common case)."""
    # No look at the links before collecting: the pointer such a look
    # returns would stay in this C frame and keep the view alive.
    from pypy27.interpreter.module.gc.finalize import collect, run_finalizers
    collect_full()
    if run_finalizers(space) > 0:
        collect(space)      # a __del__ may have dropped the last view
    if live_exports(w_ba) == 0:
        return
    raise space.error(space.w_BufferError, "Existing exports of data: object cannot be re-sized")
