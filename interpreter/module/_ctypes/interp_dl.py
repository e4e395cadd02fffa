"""Shared libraries: dlopen/dlsym/dlclose/dlerror with handles as ints.
The app level turns a 0 result into OSError/AttributeError with dlerror()."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._ctypes.capi import c_dlclose, c_dlerror, c_dlopen, c_dlsym

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def ct_dlopen(space: "ObjSpace", w_name: W_Root, w_mode: W_Root) -> W_Root:
    """dlopen(name, mode); None opens the program itself.  0 on failure."""
    name = ""
    if not space.is_w(w_name, space.w_None):
        name = space.str_w(w_name)
        if name == "" or "\x00" in name:
            return space.newint(0)
    return space.newint(c_dlopen(name, space.int_w(w_mode)))


def ct_dlsym(space: "ObjSpace", w_handle: W_Root, w_name: W_Root) -> W_Root:
    name = space.str_w(w_name)
    if "\x00" in name:
        return space.newint(0)
    return space.newint(c_dlsym(space.int_w(w_handle), name))


def ct_dlclose(space: "ObjSpace", w_handle: W_Root) -> W_Root:
    return space.newint(c_dlclose(space.int_w(w_handle)))


def ct_dlerror(space: "ObjSpace") -> W_Root:
    msg = c_dlerror()
    if msg is None:
        return space.w_None
    return space.newstr(msg)
