"""The `imp` module: the import machinery's building blocks (find_module,
load_module and friends, the import lock, NullImporter)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module provides the components needed to build your own\n"
       "__import__ function.  Undocumented functions are obsolete.")


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter import importfind
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, BuiltinOpt
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.imp import functions as f
    from pypy27.interpreter.module.imp.nullimporter import make_nullimporter_type
    w_mod = new_builtin_module(space, "imp", DOC)
    gateways: list[W_Root] = [
        Builtin0("get_magic", f.imp_get_magic), Builtin0("get_suffixes", f.imp_get_suffixes),
        BuiltinOpt("find_module", f.imp_find_module, 1, 2), BuiltinOpt("load_module", f.imp_load_module, 4, 4),
        BuiltinOpt("load_source", f.imp_load_source, 2, 3), BuiltinOpt("load_compiled", f.imp_load_compiled, 2, 3),
        Builtin2("load_package", f.imp_load_package), Builtin1("new_module", f.imp_new_module),
        Builtin1("is_builtin", f.imp_is_builtin), Builtin1("init_builtin", f.imp_init_builtin),
        Builtin1("is_frozen", f.imp_is_frozen), Builtin1("init_frozen", f.imp_init_frozen),
        Builtin1("get_frozen_object", f.imp_get_frozen_object),
        Builtin0("acquire_lock", f.imp_acquire_lock), Builtin0("release_lock", f.imp_release_lock),
        Builtin0("lock_held", f.imp_lock_held), Builtin1("reload", f.imp_reload),
    ]
    from pypy27.interpreter.gateway import W_Builtin
    for w_fn in gateways:
        assert isinstance(w_fn, W_Builtin)
        w_mod.setattr_str(space, w_fn.name, w_fn)
    w_mod.setattr_str(space, "NullImporter", make_nullimporter_type(space))
    constants = [("SEARCH_ERROR", importfind.SEARCH_ERROR), ("PY_SOURCE", importfind.PY_SOURCE),
                 ("PY_COMPILED", importfind.PY_COMPILED), ("C_EXTENSION", importfind.C_EXTENSION),
                 ("PY_RESOURCE", 4), ("PKG_DIRECTORY", importfind.PKG_DIRECTORY),
                 ("C_BUILTIN", importfind.C_BUILTIN), ("PY_FROZEN", importfind.PY_FROZEN),
                 ("PY_CODERESOURCE", 8), ("IMP_HOOK", importfind.IMP_HOOK)]
    for name, value in constants:
        w_mod.setattr_str(space, name, space.newint(value))
    return [w_mod]
