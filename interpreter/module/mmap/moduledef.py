"""The `mmap` module: memory-mapped files and anonymous shared memory."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = None
TYPE_DOC = ("mmap(fileno, length[, flags[, prot[, access[, offset]]]])\n\n"
            "Map length bytes of the file open as fileno (-1: anonymous memory) into memory;\n"
            "the object reads and writes like a file and indexes like a str.")


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    import mmap as host
    from pypy27.interpreter.gateway import Builtin1, Builtin2, Builtin3, BuiltinOpt, W_Builtin
    from pypy27.interpreter.module.mmap import mapping as M
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    w_mod = new_builtin_module(space, "mmap", DOC)
    from pypy27.interpreter.module.builtin.wrappers import GuardFirst

    def V(w_fn: W_Builtin) -> W_Builtin:
        return GuardFirst(w_fn, M.check_valid)
    methods = [
        Builtin1("close", M.mmap_close, method=True),
        V(Builtin2("read", M.mmap_read, method=True)),
        Builtin1("read_byte", M.mmap_read_byte, method=True),
        Builtin1("readline", M.mmap_readline, method=True),
        V(Builtin2("write", M.mmap_write, method=True)),
        V(Builtin2("write_byte", M.mmap_write_byte, method=True)),
        V(BuiltinOpt("seek", M.mmap_seek, 2, 3, method=True)),
        Builtin1("tell", M.mmap_tell, method=True),
        Builtin1("size", M.mmap_size, method=True),
        V(BuiltinOpt("find", M.mmap_find, 2, 4, method=True)),
        V(BuiltinOpt("rfind", M.mmap_rfind, 2, 4, method=True)),
        V(BuiltinOpt("flush", M.mmap_flush, 1, 3, method=True)),
        V(BuiltinOpt("move", M.mmap_move, 4, 4, method=True)),
        V(Builtin2("resize", M.mmap_resize, method=True)),
        Builtin1("__len__", M.mmap_len, method=True),
        Builtin2("__getitem__", M.mmap_getitem, method=True),
        Builtin3("__getslice__", M.mmap_getslice, method=True),
        Builtin3("__setitem__", M.mmap_setitem, method=True),
        BuiltinOpt("__setslice__", M.mmap_setslice, 4, 4, method=True),
    ]
    dict_w: dict[str, W_Root] = {"__module__": space.newstr("mmap"), "__doc__": space.newstr(TYPE_DOC)}
    for w_fn in methods:
        dict_w[w_fn.name] = w_fn
    w_type = W_TypeObject("mmap.mmap", [space.w_object], dict_w, new_fn=M.mmap_new)
    M.state.w_type = w_type
    w_mod.setattr_str(space, "mmap", w_type)
    w_dict = space.newdict()
    space.setitem(w_dict, space.newstr("__module__"), space.newstr("mmap"))
    w_error = space.call_function(space.w_type, [space.newstr("error"),
                                                 space.newtuple([space.w_EnvironmentError]), w_dict])
    M.state.w_error = w_error
    w_mod.setattr_str(space, "error", w_error)
    for name in ["PROT_READ", "PROT_WRITE", "PROT_EXEC", "MAP_SHARED", "MAP_PRIVATE", "MAP_ANON",
                 "MAP_ANONYMOUS", "MAP_DENYWRITE", "MAP_EXECUTABLE", "PAGESIZE", "ALLOCATIONGRANULARITY"]:
        w_mod.setattr_str(space, name, space.newint(getattr(host, name)))
    for name, value in [("ACCESS_READ", M.ACCESS_READ), ("ACCESS_WRITE", M.ACCESS_WRITE),
                        ("ACCESS_COPY", M.ACCESS_COPY)]:
        w_mod.setattr_str(space, name, space.newint(value))
    return [w_mod]
