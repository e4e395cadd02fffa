"""The `gc` module under the Boehm collector we use today (docs/gc.md).

Boehm is a conservative tracing collector: it frees cycles like any other
garbage, so there is no separate cycle collector to enable or disable and
`garbage` stays empty.  collect() runs full collections and then the
__del__ methods and weak reference callbacks they made due (finalize.py);
the thresholds and debug flags are kept only so that programs can set and
read them back; get_referrers() and get_objects() cannot walk the heap and
return empty lists."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module provides access to the garbage collector for reference cycles.\n\n"
       "enable() -- Enable automatic garbage collection.\n"
       "disable() -- Disable automatic garbage collection.\n"
       "isenabled() -- Returns true if automatic collection is enabled.\n"
       "collect() -- Do a full collection right now.\n"
       "get_count() -- Return the current collection counts.\n"
       "set_debug() -- Set debugging flags.\n"
       "get_debug() -- Get debugging flags.\n"
       "set_threshold() -- Set the collection thresholds.\n"
       "get_threshold() -- Return the current the collection thresholds.\n"
       "get_objects() -- Return a list of all objects tracked by the collector.\n"
       "is_tracked() -- Returns true if a given object is tracked.\n"
       "get_referrers() -- Return the list of objects that refer to an object.\n"
       "get_referents() -- Return the list of objects that an object refers to.\n")

DEBUG_FLAGS = [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4),
               ("DEBUG_INSTANCES", 8), ("DEBUG_OBJECTS", 16), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 62)]


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, BuiltinArgs, BuiltinOpt
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.gc import gcfuncs
    w_mod = new_builtin_module(space, "gc", DOC)
    for w_fn in [
        Builtin0("enable", gcfuncs.gc_enable),
        Builtin0("disable", gcfuncs.gc_disable),
        Builtin0("isenabled", gcfuncs.gc_isenabled),
        BuiltinOpt("collect", gcfuncs.gc_collect, 0, 1),
        Builtin0("get_count", gcfuncs.gc_get_count),
        Builtin0("get_threshold", gcfuncs.gc_get_threshold),
        BuiltinArgs("set_threshold", gcfuncs.gc_set_threshold),
        Builtin0("get_debug", gcfuncs.gc_get_debug),
        Builtin1("set_debug", gcfuncs.gc_set_debug),
        BuiltinArgs("is_tracked", gcfuncs.gc_is_tracked),
        BuiltinArgs("get_referents", gcfuncs.gc_get_referents),
        BuiltinArgs("get_referrers", gcfuncs.gc_get_referrers),
        Builtin0("get_objects", gcfuncs.gc_get_objects),
    ]:
        w_mod.setattr_str(space, w_fn.name, w_fn)
    for name, value in DEBUG_FLAGS:
        w_mod.setattr_str(space, name, space.newint(value))
    w_garbage = space.newlist([])
    gcfuncs.state.w_garbage = w_garbage
    w_mod.setattr_str(space, "garbage", w_garbage)
    return [w_mod]
