"""The built-in entry of sys.path_hooks: a path entry naming a ZIP archive
(or a folder inside one) gets a zipimport.zipimporter; the pure-Python
zipimport module (lib_pypy) is imported only when such an entry appears."""
from typing import TYPE_CHECKING

from pypy27.interpreter import importfs
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def names_a_file(path: str) -> bool:
    """Is path, or one of its parents, a regular file?"""
    p = path
    while p:
        st = importfs.stat(p)
        if st.kind == importfs.FILE:
            return True
        if st.kind == importfs.DIRECTORY:
            return False
        slash = p.rfind("/")
        if slash <= 0:
            return False
        p = p[:slash]
    return False


def zipimport_module(space: "ObjSpace") -> W_Root:
    """sys.modules['zipimport'], or lib_pypy/zipimport.py loaded directly: a
    search along sys.path would consult this very hook again."""
    from pypy27.interpreter.importload import load_source_module
    from pypy27.interpreter.pyframe import dict_finditem_str
    w_mod = dict_finditem_str(space, space.getattr_str(space.w_sys, "modules"), "zipimport")
    if w_mod is not None and not space.is_w(w_mod, space.w_None):
        return w_mod
    prefix = space.str_w(space.getattr_str(space.w_sys, "prefix"))
    return load_source_module(space, "zipimport", prefix + "/lib_pypy/zipimport.py")


def zipimport_hook(space: "ObjSpace", w_entry: W_Root) -> W_Root:
    if not space.isinstance_w(w_entry, space.w_str) or not names_a_file(space.str_w(w_entry)):
        raise OperationError(space.w_ImportError, space.newstr("not a Zip file"))
    w_zipimport = zipimport_module(space)
    return space.call_function(space.getattr_str(w_zipimport, "zipimporter"), [w_entry])
