"""Building the standard object space (at build time).

make_space() creates the space and lets each part of the object space set up
its types and objects, in dependency order: the type system first, since every
other part creates types.
"""
from pypy27.interpreter.baseobjspace import ObjSpace


def make_space() -> ObjSpace:
    from pypy27.interpreter.objspace import setup
    space = ObjSpace()
    setup.setup_all(space)
    return space
