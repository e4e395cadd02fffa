"""Path operations shared by posixpath and ntpath (they only use os.stat
and string work, so they do not depend on the path syntax)."""
__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile']


def exists(path):
    """True if path names an existing file (False for broken symlinks)."""
    try:
        os.stat(path)
    except os.error:
        return False
    return True


def isfile(path):
    """True if path is a regular file (following symlinks)."""
    try:
        st = os.stat(path)
    except os.error:
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """True if s is a directory (following symlinks)."""
    try:
        st = os.stat(s)
    except os.error:
        return False
    return stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """The size of a file, as reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The time of last modification of a file, from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The time of last access of a file, from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The metadata change time of a file, from os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest string that is a prefix of every item of m (compared
    item by item, so it also works on lists of lists)."""
    if not m:
        return ''
    lo = min(m)
    hi = max(m)
    n = min(len(lo), len(hi))
    for i in xrange(n):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo[:n]


def _splitext(p, sep, altsep, extsep):
    """Split p into (root, ext) where ext is the last extension; a leading
    run of dots in the last component is not an extension ('.bashrc')."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        i = last_sep + 1
        while i < dot:
            if p[i] != extsep:
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


# imported last: os imports posixpath, which does `from genericpath import *`
# and must find every function defined even when this module is imported first
import os
import stat
