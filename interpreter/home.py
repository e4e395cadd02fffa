"""Home discovery at start-up: where is the installation this executable
belongs to?  Follow argv[0] through $PATH and symlinks, then walk up the
directories until one holds lib-python/2.7 (the PyPy layout: either the
executable sits beside lib-python/, or in bin/ below it)."""
from pypy27.support.ffi import external
from pypy27.support.rawmem import raw_alloc, raw_free, raw_mem_to_str

c_readlink = external("readlink", ["char*", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_getcwd = external("getcwd", ["void*", "size_t"], "void*", header="<unistd.h>")
c_access = external("access", ["char*", "int"], "int", header="<unistd.h>")
c_getenv = external("getenv", ["char*"], "char*", header="<stdlib.h>")
c_strlen = external("strlen", ["void*"], "size_t", header="<string.h>")
c_realpath = external("realpath", ["char*", "void*"], "void*", header="<stdlib.h>")

X_OK = 1
F_OK = 0
PATH_MAX = 4096
MAX_LINKS = 40


def getcwd() -> str:
    buf = raw_alloc(PATH_MAX)
    try:
        if c_getcwd(buf, PATH_MAX) == 0:
            return ""
        return raw_mem_to_str(buf, c_strlen(buf))
    finally:
        raw_free(buf)


def readlink(path: str) -> str:
    """The target of a symlink, or "" when path is not one."""
    buf = raw_alloc(PATH_MAX)
    try:
        n = c_readlink(path, buf, PATH_MAX)
        if n <= 0:
            return ""
        return raw_mem_to_str(buf, n)
    finally:
        raw_free(buf)


def realpath(path: str) -> str:
    """The absolute path without symlinks, '.' or '..', or "" on failure."""
    buf = raw_alloc(PATH_MAX + 1)
    try:
        if c_realpath(path, buf) == 0:
            return ""
        return raw_mem_to_str(buf, c_strlen(buf))
    finally:
        raw_free(buf)


def dirname(path: str) -> str:
    i = path.rfind("/")
    if i < 0:
        return ""
    if i == 0:
        return "/"
    return path[:i]


def normpath(path: str) -> str:
    """Collapse '.', '..' and repeated slashes of an absolute path."""
    parts: list[str] = []
    for p in path.split("/"):
        if p == "" or p == ".":
            continue
        if p == "..":
            if parts:
                parts.pop()
            continue
        parts.append(p)
    return "/" + "/".join(parts)


def find_executable(argv0: str) -> str:
    """argv[0] as an absolute path (searched in $PATH when it has no slash)."""
    if "/" not in argv0:
        path = c_getenv("PATH")
        if path is not None:
            for d in path.split(":"):
                candidate = (d if d else ".") + "/" + argv0
                if c_access(candidate, X_OK) == 0:
                    argv0 = candidate
                    break
    if not argv0.startswith("/"):
        argv0 = getcwd() + "/" + argv0
    return normpath(argv0)


def resolve_links(path: str) -> str:
    for _ in range(MAX_LINKS):
        target = readlink(path)
        if not target:
            break
        if target.startswith("/"):
            path = normpath(target)
        else:
            path = normpath(dirname(path) + "/" + target)
    return path


def find_home(argv0: str) -> str:
    """The directory holding lib-python/2.7, or the executable's directory
    when no ancestor has one."""
    exe = resolve_links(find_executable(argv0))
    start = dirname(exe)
    d = start
    while True:
        if c_access(d + "/lib-python/2.7", F_OK) == 0:
            return d
        if d == "/" or d == "":
            return start
        d = dirname(d)
