"""Building the standard object space (at build time).

make_space() creates the space and lets each part of the object space set up
its types and objects, in dependency order: the type system first, since every
other part creates types.
"""
from pypy27.interpreter.baseobjspace import ObjSpace


def make_space() -> ObjSpace:
    from pypy27.interpreter.objspace import setup
    from pypy27.interpreter.objspace.typeobject import lookup_cache_state
    lookup_cache_state.builtin_types_complete = False
    space = ObjSpace()
    setup.setup_all(space)
    lookup_cache_state.builtin_types_complete = True     # type lookups may be cached from now on
    return space
