"""posix.environ, putenv and unsetenv.

The environ dict must describe the environment of the running process, not
the build machine's: it is filled at run time, when the module is first
imported (PosixModule.startup), from /proc/self/environ, which holds the
environment the process was started with."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.posix.errors import last_oserror
from pypy27.support.ffi import external

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

c_setenv = external("setenv", ["char*", "char*", "int"], "int", header="<stdlib.h>")
c_unsetenv = external("unsetenv", ["char*"], "int", header="<stdlib.h>")


def initial_environment() -> list[tuple[str, str]]:
    from pypy27.support.fileio import FileError, read_file
    try:
        data = read_file("/proc/self/environ")
    except FileError:
        return []
    result: list[tuple[str, str]] = []
    for entry in data.split("\x00"):
        eq = entry.find("=")
        if eq > 0:
            result.append((entry[:eq], entry[eq + 1:]))
    return result


def fill_environ(space: "ObjSpace", w_environ: W_Root) -> None:
    for key, value in initial_environment():
        space.setitem(w_environ, space.newstr(key), space.newstr(value))


def env_str(space: "ObjSpace", w_obj: W_Root, fname: str, argno: int = 1) -> str:
    if not space.isinstance_w(w_obj, space.w_str):
        name = "None" if space.is_w(w_obj, space.w_None) else space.type(w_obj).name
        raise space.type_error("%s() argument %d must be string, not %s" % (fname, argno, name))
    s = space.str_w(w_obj)
    if "\x00" in s:
        raise space.type_error("must be string without null bytes, not str")
    return s


def posix_putenv(space: "ObjSpace", w_key: W_Root, w_value: W_Root) -> W_Root:
    """putenv(key, value): change the process environment (not os.environ)."""
    key = env_str(space, w_key, "putenv")
    value = env_str(space, w_value, "putenv", 2)
    if not key or "=" in key:
        raise space.value_error("illegal environment variable name")
    if c_setenv(key, value, 1) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_unsetenv(space: "ObjSpace", w_key: W_Root) -> W_Root:
    key = env_str(space, w_key, "unsetenv")
    if c_unsetenv(key) < 0:
        raise last_oserror(space)
    return space.w_None
