"""The import statement: IMPORT_NAME through __builtin__.__import__ and the
default __import__ (2.7's rules for implicit relative imports, `from . import
x`, fromlist and __all__).  Finding a module is importfind.py, loading it
(and the .pyc cache) importload.py."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.pyframe import PyFrame, dict_finditem, dict_finditem_str

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def import_name(frame: PyFrame, w_name: W_Root, w_fromlist: W_Root, w_level: W_Root) -> W_Root:
    space = frame.space
    w_import = dict_finditem_str(space, frame.w_builtins, "__import__")
    if w_import is None:
        raise OperationError(space.w_ImportError, space.newstr("__import__ not found"))
    w_locals: W_Root = space.w_None
    if frame.w_locals is not None:
        w_locals = frame.w_locals
    return space.call_function(w_import, [w_name, frame.w_globals, w_locals, w_fromlist, w_level])


def import_from(frame: PyFrame, w_module: W_Root, name: str) -> W_Root:
    space = frame.space
    try:
        return space.getattr_str(w_module, name)
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
        raise OperationError(space.w_ImportError, space.newstr("cannot import name %s" % name))


def import_star(frame: PyFrame, w_module: W_Root) -> None:
    space = frame.space
    w_locals = frame.w_locals
    if w_locals is None:
        raise OperationError(space.w_SystemError, space.newstr("no locals found during 'import *'"))
    w_all = space.findattr(w_module, "__all__")
    if w_all is not None:
        names_w = space.listview(w_all)
        skip_private = False
    else:
        w_dict = space.findattr(w_module, "__dict__")
        if w_dict is None:
            raise OperationError(space.w_ImportError,
                                 space.newstr("from-import-* object has no __dict__ and no __all__"))
        names_w = space.listview(w_dict)
        skip_private = True
    for w_name in names_w:
        if skip_private:
            name = space.str_w(w_name)
            if name.startswith("_"):
                continue
        space.setitem(w_locals, w_name, space.getattr(w_module, w_name))


# ---- the importer (the default __import__) ---------------------------------------------

def sys_modules(space: "ObjSpace") -> W_Root:
    return space.getattr_str(space.w_sys, "modules")


def importhook(space: "ObjSpace", modulename: str, w_globals: Optional[W_Root],
               w_fromlist: Optional[W_Root], level: int) -> W_Root:
    """__import__(name, globals, locals, fromlist, level)."""
    if modulename == "" and level <= 0:
        raise space.value_error("Empty module name")
    w_parent: Optional[W_Root] = None
    parentname = ""
    if w_globals is not None and not space.is_w(w_globals, space.w_None) and level != 0:
        parentname, w_parent = get_parent(space, w_globals, level)
    has_from = w_fromlist is not None and space.is_true(w_fromlist)
    w_first: Optional[W_Root] = None
    firstname = ""
    names = modulename.split(".") if modulename else []
    # implicit relative import first (level -1 inside a package)
    if w_parent is not None and parentname:
        prefix = parentname
        w_mod = w_parent
        ok = True
        w_top: Optional[W_Root] = None
        for i in range(len(names)):
            fullname = prefix + "." + names[i]
            w_sub = load_submodule(space, fullname, names[i], w_mod)
            if w_sub is None:
                ok = False
                break
            if i == 0:
                w_top = w_sub
            prefix = fullname
            w_mod = w_sub
        if ok:
            if len(names) == 0:
                w_top = w_parent
            if has_from:
                assert w_fromlist is not None
                ensure_fromlist(space, w_mod, prefix, w_fromlist)
                return w_mod
            assert w_top is not None
            return w_top
        if level > 0:
            raise OperationError(space.w_ImportError, space.newstr("No module named " + modulename))
        # 2.7 remembers the failed relative import as None in sys.modules
        space.setitem(sys_modules(space), space.newstr(parentname + "." + names[0]), space.w_None)
    elif level > 0 and w_parent is None:
        raise space.value_error("Attempted relative import in non-package")
    # absolute import
    prefix = ""
    w_mod2: Optional[W_Root] = None
    for i in range(len(names)):
        fullname = names[i] if i == 0 else prefix + "." + names[i]
        w_sub = load_submodule(space, fullname, names[i], w_mod2)
        if w_sub is None:
            raise OperationError(space.w_ImportError, space.newstr("No module named " + names[i]))
        if i == 0:
            w_first = w_sub
            firstname = fullname
        prefix = fullname
        w_mod2 = w_sub
    assert w_first is not None and w_mod2 is not None
    if has_from:
        assert w_fromlist is not None
        ensure_fromlist(space, w_mod2, prefix, w_fromlist)
        return w_mod2
    return w_first


def get_parent(space: "ObjSpace", w_globals: W_Root, level: int) -> tuple[str, Optional[W_Root]]:
    """The package a relative import is relative to (name, module)."""
    w_pkgname = dict_finditem_str(space, w_globals, "__package__")
    if w_pkgname is not None and not space.is_w(w_pkgname, space.w_None):
        pkgname = space.str_w(w_pkgname)
        if pkgname == "":
            if level > 0:
                raise space.value_error("Attempted relative import in non-package")
            return "", None
    else:
        w_name = dict_finditem_str(space, w_globals, "__name__")
        if w_name is None or not space.isinstance_w(w_name, space.w_str):
            return "", None
        name = space.str_w(w_name)
        if dict_finditem_str(space, w_globals, "__path__") is not None:
            pkgname = name
        else:
            dot = name.rfind(".")
            if dot < 0:
                if level > 0:
                    raise space.value_error("Attempted relative import in non-package")
                space.setitem(w_globals, space.newstr("__package__"), space.w_None)
                return "", None
            pkgname = name[:dot]
        # 2.7 remembers the package it computed
        space.setitem(w_globals, space.newstr("__package__"), space.newstr(pkgname))
    for i in range(1, max(level, 1)):
        dot = pkgname.rfind(".")
        if dot < 0:
            raise space.value_error("Attempted relative import beyond toplevel package")
        pkgname = pkgname[:dot]
    w_mod = dict_finditem_str(space, sys_modules(space), pkgname)
    if w_mod is None or space.is_w(w_mod, space.w_None):
        if level > 0:
            raise OperationError(space.w_SystemError, space.newstr(
                "Parent module '%s' not loaded, cannot perform relative import" % pkgname))
        return "", None
    return pkgname, w_mod


def load_submodule(space: "ObjSpace", fullname: str, partname: str,
                   w_parent: Optional[W_Root]) -> Optional[W_Root]:
    """sys.modules[fullname], or the module found and executed now, or None."""
    from pypy27.interpreter.importfind import find_module
    from pypy27.interpreter.importload import load_found
    w_modules = sys_modules(space)
    w_mod = dict_finditem_str(space, w_modules, fullname)
    if w_mod is not None:
        if space.is_w(w_mod, space.w_None):
            return None
        return w_mod
    w_path: Optional[W_Root] = None
    if w_parent is not None:
        w_path = space.findattr(w_parent, "__path__")
        if w_path is None and fullname not in space.builtin_modules_w:
            # (a built-in module may have built-in submodules: __pypy__.builders)
            return None
    found = find_module(space, fullname, partname, w_path)
    if found is None:
        return None
    w_mod = load_found(space, fullname, found)
    if w_parent is not None:
        space.setattr(w_parent, space.newstr(partname), w_mod)
    return w_mod


def ensure_fromlist(space: "ObjSpace", w_mod: W_Root, modname: str, w_fromlist: W_Root) -> None:
    if space.findattr(w_mod, "__path__") is None:
        return
    for w_item in space.listview(w_fromlist):
        if not space.isinstance_w(w_item, space.w_str):
            raise space.type_error("Item in ``from list'' not a string")
        item = space.str_w(w_item)
        if item == "*":
            w_all = space.findattr(w_mod, "__all__")
            if w_all is not None:
                ensure_fromlist(space, w_mod, modname, w_all)
            continue
        if space.findattr(w_mod, item) is None:
            load_submodule(space, modname + "." + item, item, w_mod)


def builtin_import(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """__builtin__.__import__(name, globals={}, locals={}, fromlist=[], level=-1)
    for the built-in modules part (BuiltinOpt(..., 1, 5))."""
    w_name = args_w[0]
    assert w_name is not None
    name = space.str_w(w_name)
    w_level = args_w[4]
    level = -1 if w_level is None else space.int_w(w_level)
    return importhook(space, name, args_w[1], args_w[3], level)
