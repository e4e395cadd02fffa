"""Running __del__ methods and weak reference callbacks at safe points.

The collector never runs Python code itself: it queues the unreachable
objects that asked for it (support/rgc.py), and the evaluator calls
run_finalizers() at backward jumps (like signal handlers), as does
gc.collect() after its collection.  For each queued object: the callbacks of
its weak references (already dead, as in 2.7), then its __del__.  Errors are
printed to stderr and ignored, as 2.7 does.  See docs/gc.md."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i64
from pypy27.support.rgc import collect_full, next_finalized, register_finalizer, take_finalized

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


# time.sleep() collects when objects wait for a callback or __del__ (see
# idle_collect): at least this long apart, and at most a tenth of the time
IDLE_MIN_GAP = 0.05
IDLE_MAX_GAP = 2.0
IDLE_COST_FACTOR = 10.0
CLOCK_MONOTONIC = 1


class FinalizerState(object):
    running: bool       # no nested runs (a __del__ that calls gc.collect())
    any_del: bool       # some instance with a __del__ was created (exit then collects)
    watched: int        # objects registered and not finalized yet (about)
    idle_next: float    # monotonic() before which sleeping does not collect
    idle_gap: float

    def __init__(self) -> None:
        self.running = False
        self.any_del = False
        self.watched = 0
        self.idle_next = 0.0
        self.idle_gap = IDLE_MIN_GAP


state = FinalizerState()


def watch_instance(w_obj: W_Root) -> None:
    """w_obj's class defines __del__: have it queued when unreachable
    (ordered: an instance reachable from another one waits for it, so
    __del__ methods run outer first, like 2.7's reference counting)."""
    state.any_del = True
    state.watched += 1
    register_finalizer(w_obj, True)


def idle_collect(space: "ObjSpace") -> None:
    """Called by time.sleep().  Under reference counting a weak reference
    callback or __del__ runs as soon as the last reference goes; programs
    (2.7's own tests among them) then sleep in a loop until it has run.
    Without allocation our collector would never run again, so a thread
    that goes to sleep while objects wait for finalization collects first,
    rate-limited: the gap grows while collections find nothing and stays
    at least IDLE_COST_FACTOR times the cost of the last one."""
    if state.watched <= 0 or state.running:
        return
    start = monotonic()
    if start < state.idle_next:
        return
    collect_full()
    n = run_finalizers(space)
    end = monotonic()
    if n > 0:
        state.idle_gap = IDLE_MIN_GAP
    else:
        state.idle_gap = min(state.idle_gap * 2.0, IDLE_MAX_GAP)
    state.idle_next = end + max(state.idle_gap, (end - start) * IDLE_COST_FACTOR)


def run_finalizers(space: "ObjSpace") -> int:
    """Finalize every object the collector has queued; how many."""
    if state.running:
        return 0
    state.running = True
    count = 0
    try:
        take_finalized()
        while True:
            obj = next_finalized()
            if obj is None:
                break
            assert isinstance(obj, W_Root)
            finalize(space, obj)
            count += 1
    finally:
        state.running = False
    return count


def collect(space: "ObjSpace") -> int:
    """gc.collect(): full collections until no finalizer is left to run (a
    __del__ can free more objects; ordered finalization frees one level per
    collection). How many objects were finalized."""
    from pypy27.interpreter.objspace.attrcache import forget_all
    forget_all()        # (the attribute cache would keep classes alive)
    total = 0
    for i in range(16):
        collect_full()
        n = run_finalizers(space)
        total += n
        if n == 0 and i >= 1:
            break
    return total


def monotonic() -> float:
    """Seconds of CLOCK_MONOTONIC (setting the clock back cannot stop idle
    collections)."""
    from pypy27.interpreter.module.time.ctm import c_clock_gettime
    buf = raw_alloc(16)
    try:
        c_clock_gettime(CLOCK_MONOTONIC, buf)
        return float(raw_load_i64(buf, 0)) + float(raw_load_i64(buf, 8)) * 1e-9
    finally:
        raw_free(buf)


def finalize(space: "ObjSpace", w_obj: W_Root) -> None:
    from pypy27.interpreter.objspace.weakref import take_list
    state.watched -= 1
    lst = take_list(w_obj)
    if lst is not None and lst.watched:
        for w_ref in lst.refs():
            w_callback = w_ref.w_callback
            if w_callback is not None:
                try:
                    space.call_function(w_callback, [w_ref])
                except OperationError as e:
                    write_unraisable(space, e, w_callback)
    w_del = find_del(space, w_obj)
    if w_del is not None:
        try:
            space.call_function(w_del, [])
        except OperationError as e:
            write_unraisable(space, e, w_del)


def find_del(space: "ObjSpace", w_obj: W_Root) -> Optional[W_Root]:
    """The bound __del__ of w_obj, or None."""
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    try:
        if isinstance(w_obj, W_InstanceObject):
            w_del = w_obj.w_class.lookup(space, "__del__")
            if w_del is None:
                return None
            return space.get_descr(w_del, w_obj, w_obj.w_class)
        w_del = space.lookup(w_obj, "__del__")
        if w_del is None:
            return None
        return space.get(w_del, w_obj)
    except OperationError as e:
        write_unraisable(space, e, w_obj)
        return None


def write_unraisable(space: "ObjSpace", e: OperationError, w_where: W_Root) -> None:
    """2.7's 'Exception T: value in <where> ignored' on stderr."""
    from pypy27.interpreter.traceback import write_to_stderr
    try:
        w_value = e.normalize(space)
        w_type = space.type(w_value)
        name = w_type.name
        name = name[name.rfind(".") + 1:]      # the tp_name of built-in exceptions has a module part
        w_mod = space.findattr(w_type, "__module__")
        if w_mod is not None and space.isinstance_w(w_mod, space.w_str):
            mod = space.str_w(w_mod)
            if mod != "exceptions":
                name = mod + "." + name
        text = "Exception %s: %s in %s ignored\n" % (name, space.str_w(space.repr(w_value)),
                                                      space.str_w(space.repr(w_where)))
    except OperationError:
        text = "Exception in finalizer ignored\n"
    write_to_stderr(space, text)


def finalize_at_exit(space: "ObjSpace") -> None:
    """At exit 2.7 clears the __main__ module (names with one leading
    underscore first, then the others but __builtins__), so instances only
    globals held die and their __del__ runs.  Done only if some instance
    has a __del__: a full collection costs about a millisecond."""
    if not state.any_del:
        return
    try:
        w_modules = space.getattr_str(space.w_sys, "modules")
        w_main = space.getitem(w_modules, space.newstr("__main__"))
        w_dict = space.findattr(w_main, "__dict__")
        if w_dict is None:
            return
        keys_w = space.listview(space.call_method(w_dict, "keys", []))
        for single in [True, False]:
            cleared = False
            for w_key in keys_w:
                if not space.isinstance_w(w_key, space.w_str):
                    continue
                name = space.str_w(w_key)
                if name == "__builtins__":
                    continue
                if single and not (name.startswith("_") and not name.startswith("__")):
                    continue
                space.setitem(w_dict, w_key, space.w_None)
                cleared = True
            if cleared:
                collect(space)
    except OperationError:
        pass
