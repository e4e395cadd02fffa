"""Finding a module (2.7's find_module): sys.meta_path finders first, then
for a top-level name the built-in modules, then every entry of the path
(sys.path, or the package's __path__) through sys.path_hooks and
sys.path_importer_cache (PEP 302), falling back to the file system:
a package directory with __init__.py[c], then NAME.py, then NAME.pyc."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter import importfs
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

# the kinds, with the values of the imp module's constants
SEARCH_ERROR = 0
PY_SOURCE = 1
PY_COMPILED = 2
C_EXTENSION = 3
PKG_DIRECTORY = 5
C_BUILTIN = 6
PY_FROZEN = 7
IMP_HOOK = 9


class Found(object):
    kind: int
    path: str                   # the file, or the package directory
    w_loader: Optional[W_Root]  # IMP_HOOK: the PEP 302 loader

    def __init__(self, kind: int, path: str, w_loader: Optional[W_Root] = None) -> None:
        self.kind = kind
        self.path = path
        self.w_loader = w_loader


def find_in_directory(dirname: str, partname: str) -> Optional[Found]:
    base = partname if dirname == "" else dirname + "/" + partname
    if importfs.is_dir(base):
        if importfs.is_file(base + "/__init__.py") or importfs.is_file(base + "/__init__.pyc"):
            return Found(PKG_DIRECTORY, base)
    if importfs.is_file(base + ".py"):
        return Found(PY_SOURCE, base + ".py")
    if importfs.is_file(base + ".pyc"):
        return Found(PY_COMPILED, base + ".pyc")
    return None


def sys_attr(space: "ObjSpace", name: str) -> Optional[W_Root]:
    return space.findattr(space.w_sys, name)


def path_entry_name(space: "ObjSpace", w_entry: W_Root) -> Optional[str]:
    """A sys.path entry as bytes; None for entries that are not strings."""
    if space.isinstance_w(w_entry, space.w_str):
        return space.str_w(w_entry)
    if space.isinstance_w(w_entry, space.w_unicode):
        try:
            return space.str_w(space.call_method(w_entry, "encode", [space.newstr("utf-8")]))
        except OperationError:
            return None
    return None


def get_path_importer(space: "ObjSpace", w_entry: W_Root) -> Optional[W_Root]:
    """The PEP 302 importer for a path entry, or None for the built-in file
    system import; cached in sys.path_importer_cache (None cached too)."""
    w_cache = sys_attr(space, "path_importer_cache")
    if w_cache is not None:
        try:
            w_importer = space.getitem(w_cache, w_entry)
            return None if space.is_w(w_importer, space.w_None) else w_importer
        except OperationError as e:
            if not (e.match(space, space.w_KeyError) or e.match(space, space.w_TypeError)):
                raise
    w_found: Optional[W_Root] = None
    w_hooks = sys_attr(space, "path_hooks")
    if w_hooks is not None:
        for w_hook in space.listview(w_hooks):
            try:
                w_found = space.call_function(w_hook, [w_entry])
                break
            except OperationError as e:
                if not e.match(space, space.w_ImportError):
                    raise
    if w_cache is not None:
        try:
            space.setitem(w_cache, w_entry, w_found if w_found is not None else space.w_None)
        except OperationError as e:
            if not e.match(space, space.w_TypeError):
                raise
    return w_found


def ask_finder(space: "ObjSpace", w_finder: W_Root, fullname: str, w_path: Optional[W_Root]) -> Optional[W_Root]:
    args_w = [space.newstr(fullname)]
    if w_path is not None:
        args_w.append(w_path)
    w_loader = space.call_method(w_finder, "find_module", args_w)
    if space.is_w(w_loader, space.w_None):
        return None
    return w_loader


def find_module(space: "ObjSpace", fullname: str, partname: str, w_path: Optional[W_Root]) -> Optional[Found]:
    """Where fullname comes from (partname is its last component); w_path is
    the parent package's __path__, or None for a top-level module."""
    w_meta = sys_attr(space, "meta_path")
    if w_meta is not None:
        for w_finder in space.listview(w_meta):
            w_loader = ask_finder(space, w_finder, fullname,
                                  w_path if w_path is not None else space.w_None)
            if w_loader is not None:
                return Found(IMP_HOOK, "", w_loader)
    if w_path is None:
        if fullname in space.builtin_modules_w:
            return Found(C_BUILTIN, fullname)
        w_path = sys_attr(space, "path")
        if w_path is None:
            return None
    for w_entry in space.listview(w_path):
        dirname = path_entry_name(space, w_entry)
        if dirname is None:
            continue
        w_importer = get_path_importer(space, w_entry)
        if w_importer is not None:
            w_loader = ask_finder(space, w_importer, fullname, None)
            if w_loader is not None:
                return Found(IMP_HOOK, "", w_loader)
            continue
        found = find_in_directory(dirname, partname)
        if found is not None:
            return found
    return None
