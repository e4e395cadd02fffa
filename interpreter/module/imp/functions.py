"""The functions of the `imp` module, on top of importfind/importload."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter import importfind, importload
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

# modules 2.7 cannot re-initialise: is_builtin() answers -1 for them
NOT_REINITIALISABLE = ["__builtin__", "__main__", "exceptions", "sys"]


class ImportLock(object):
    count: int

    def __init__(self) -> None:
        self.count = 0


import_lock = ImportLock()


def str_arg(space: "ObjSpace", w_obj: Optional[W_Root], fname: str, pos: int) -> str:
    """A string argument as 2.7's "s": unicode is encoded with ASCII, and
    NUL bytes are refused."""
    assert w_obj is not None
    if space.isinstance_w(w_obj, space.w_unicode):
        w_obj = space.call_method(w_obj, "encode", [space.newstr("ascii")])
    if not space.isinstance_w(w_obj, space.w_str):
        what = "None" if space.is_w(w_obj, space.w_None) else space.type(w_obj).name
        raise space.type_error("%s() argument %d must be string, not %s" % (fname, pos, what))
    s = space.str_w(w_obj)
    if "\x00" in s:
        raise space.type_error("%s() argument %d must be string without null bytes, not str" % (fname, pos))
    return s


def file_arg(space: "ObjSpace", w_file: Optional[W_Root], fname: str) -> None:
    """The optional open file of load_source/load_compiled: a file object."""
    from pypy27.interpreter.module.builtin.io import W_File
    if w_file is not None and not isinstance(w_file, W_File):
        what = "None" if space.is_w(w_file, space.w_None) else space.type(w_file).name
        raise space.type_error("%s() argument 3 must be file, not %s" % (fname, what))


def no_module(space: "ObjSpace", name: str) -> OperationError:
    return OperationError(space.w_ImportError, space.newstr("No module named %s" % name))


def description(space: "ObjSpace", suffix: str, mode: str, kind: int) -> W_Root:
    return space.newtuple([space.newstr(suffix), space.newstr(mode), space.newint(kind)])


def imp_get_magic(space: "ObjSpace") -> W_Root:
    from pypy27.interpreter.astcompiler.pyc import MAGIC, magic_bytes
    return space.newstr(magic_bytes(MAGIC))


def imp_get_suffixes(space: "ObjSpace") -> W_Root:
    return space.newlist([description(space, ".pypy-73.so", "rb", importfind.C_EXTENSION),
                          description(space, ".py", "U", importfind.PY_SOURCE),
                          description(space, ".pyc", "rb", importfind.PY_COMPILED)])


def open_file(space: "ObjSpace", path: str, mode: str) -> W_Root:
    w_open = space.getattr_str(space.w_builtin, "open")
    return space.call_function(w_open, [space.newstr(path), space.newstr(mode)])


def imp_find_module(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """find_module(name, [path]) -> (file, filename, (suffix, mode, type)):
    the file system and the built-in modules only, as in 2.7."""
    name = str_arg(space, args_w[0], "find_module", 1)
    w_path = args_w[1]
    if w_path is None or space.is_w(w_path, space.w_None):
        if name in space.builtin_modules_w:
            return space.newtuple([space.w_None, space.newstr(name),
                                   description(space, "", "", importfind.C_BUILTIN)])
        w_path = space.findattr(space.w_sys, "path")
        if w_path is None:
            raise no_module(space, name)
    elif space.isinstance_w(w_path, space.w_str):
        # 2.7 looks for a frozen submodule (there are none)
        raise OperationError(space.w_ImportError, space.newstr(
            "No frozen submodule named %s.%s" % (space.str_w(w_path), name)))
    elif not space.isinstance_w(w_path, space.w_list):
        raise OperationError(space.w_RuntimeError, space.newstr("sys.path must be a list of directory names"))
    for w_entry in space.listview(w_path):
        dirname = importfind.path_entry_name(space, w_entry)
        if dirname is None:
            continue
        found = importfind.find_in_directory(dirname, name)
        if found is None:
            continue
        if found.kind == importfind.PKG_DIRECTORY:
            return space.newtuple([space.w_None, space.newstr(found.path),
                                   description(space, "", "", importfind.PKG_DIRECTORY)])
        if found.kind == importfind.PY_SOURCE:
            return space.newtuple([open_file(space, found.path, "U"), space.newstr(found.path),
                                   description(space, ".py", "U", importfind.PY_SOURCE)])
        return space.newtuple([open_file(space, found.path, "rb"), space.newstr(found.path),
                               description(space, ".pyc", "rb", importfind.PY_COMPILED)])
    raise no_module(space, name)


def imp_load_module(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """load_module(name, file, filename, (suffix, mode, type))."""
    name = str_arg(space, args_w[0], "load_module", 1)
    pathname = str_arg(space, args_w[2], "load_module", 3)
    w_desc = args_w[3]
    assert w_desc is not None
    items_w = space.fixedview(w_desc, -1)
    if len(items_w) != 3:
        raise space.type_error("load_module() argument 4 must be 3-item sequence")
    kind = space.int_w(items_w[2])
    if kind == importfind.PY_SOURCE:
        return importload.load_source_module(space, name, pathname)
    if kind == importfind.PY_COMPILED:
        return importload.load_compiled_module(space, name, pathname)
    if kind == importfind.PKG_DIRECTORY:
        return importload.load_package(space, name, pathname)
    if kind == importfind.C_BUILTIN:
        return imp_init_builtin(space, space.newstr(name))
    raise OperationError(space.w_ImportError, space.newstr(
        "Don't know how to import %s (type code %d)" % (name, kind)))


def imp_load_source(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    name = str_arg(space, args_w[0], "load_source", 1)
    pathname = str_arg(space, args_w[1], "load_source", 2)
    file_arg(space, args_w[2], "load_source")
    return importload.load_source_module(space, name, pathname)


def imp_load_compiled(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    name = str_arg(space, args_w[0], "load_compiled", 1)
    pathname = str_arg(space, args_w[1], "load_compiled", 2)
    file_arg(space, args_w[2], "load_compiled")
    return importload.load_compiled_module(space, name, pathname)


def imp_load_package(space: "ObjSpace", w_name: W_Root, w_path: W_Root) -> W_Root:
    name = str_arg(space, w_name, "load_package", 1)
    path = str_arg(space, w_path, "load_package", 2)
    return importload.load_package(space, name, path)


def imp_new_module(space: "ObjSpace", w_name: W_Root) -> W_Root:
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    name = str_arg(space, w_name, "new_module", 1)
    w_mod = W_Module(space, space.newstr(name))
    space.setitem(w_mod.w_dict, space.newstr("__doc__"), space.w_None)
    space.setitem(w_mod.w_dict, space.newstr("__package__"), space.w_None)
    return w_mod


def imp_is_builtin(space: "ObjSpace", w_name: W_Root) -> W_Root:
    name = str_arg(space, w_name, "is_builtin", 1)
    if name in NOT_REINITIALISABLE:
        return space.newint(-1)
    return space.newint(1 if name in space.builtin_modules_w else 0)


def imp_init_builtin(space: "ObjSpace", w_name: W_Root) -> W_Root:
    name = str_arg(space, w_name, "init_builtin", 1)
    if name not in space.builtin_modules_w:
        return space.w_None
    return importload.load_builtin(space, name)


def imp_is_frozen(space: "ObjSpace", w_name: W_Root) -> W_Root:
    str_arg(space, w_name, "is_frozen", 1)
    return space.w_False


def imp_init_frozen(space: "ObjSpace", w_name: W_Root) -> W_Root:
    str_arg(space, w_name, "init_frozen", 1)
    return space.w_None


def imp_get_frozen_object(space: "ObjSpace", w_name: W_Root) -> W_Root:
    name = str_arg(space, w_name, "get_frozen_object", 1)
    raise OperationError(space.w_ImportError, space.newstr("No such frozen object named %s" % name))


def imp_acquire_lock(space: "ObjSpace") -> W_Root:
    import_lock.count += 1
    return space.w_None


def imp_release_lock(space: "ObjSpace") -> W_Root:
    if import_lock.count == 0:
        raise OperationError(space.w_RuntimeError, space.newstr("not holding the import lock"))
    import_lock.count -= 1
    return space.w_None


def imp_lock_held(space: "ObjSpace") -> W_Root:
    return space.newbool(import_lock.count > 0)


def imp_reload(space: "ObjSpace", w_module: W_Root) -> W_Root:
    from pypy27.interpreter.module.builtin.importing import builtin_reload
    return builtin_reload(space, w_module)
