"""The `__pypy__` module: PyPy-specific helpers programs and libraries probe
for (string builders, strategy introspection, list size hints)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin1
    from pypy27.interpreter.module.__pypy__ import builders, introspect
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "__pypy__", "")
    w_string_builder = builders.make_builder_type(space, "StringBuilder", False)
    w_unicode_builder = builders.make_builder_type(space, "UnicodeBuilder", True)
    w_mod.setattr_str(space, "StringBuilder", w_string_builder)
    w_mod.setattr_str(space, "UnicodeBuilder", w_unicode_builder)
    # `from __pypy__.builders import StringBuilder` (msgpack, in pip) as in PyPy
    w_builders = new_builtin_module(space, "__pypy__.builders", "")
    w_builders.setattr_str(space, "StringBuilder", w_string_builder)
    w_builders.setattr_str(space, "UnicodeBuilder", w_unicode_builder)
    w_mod.setattr_str(space, "builders", w_builders)
    w_mod.setattr_str(space, "strategy", Builtin1("strategy", introspect.strategy))
    w_mod.setattr_str(space, "newlist_hint", Builtin1("newlist_hint", introspect.newlist_hint))
    w_mod.setattr_str(space, "builtinify", Builtin1("builtinify", introspect.builtinify))
    return [w_mod, w_builders]
