"""Cached directory listings: listdir() reads a directory again only when
its modification time changed.  Removed in Python 3."""

import os
from warnings import warnpy3k as _warnpy3k

_warnpy3k("the dircache module has been removed in Python 3.0", stacklevel=2)

__all__ = ["listdir", "opendir", "annotate", "reset"]

# path -> (modification time, sorted list of names)
cache = {}


def reset():
    """Forget every cached listing."""
    global cache
    cache = {}


def listdir(path):
    """The sorted names in directory PATH.  The list returned is shared
    with the cache: do not change it."""
    mtime = os.stat(path).st_mtime
    entry = cache.get(path)
    if entry is not None and entry[0] == mtime:
        return entry[1]
    names = os.listdir(path)
    names.sort()
    cache[path] = (mtime, names)
    return names


opendir = listdir   # an old name


def annotate(head, list):
    """Append '/' to the names in LIST (relative to HEAD) of
    directories."""
    for i, name in enumerate(list):
        if os.path.isdir(os.path.join(head, name)):
            list[i] = name + '/'
