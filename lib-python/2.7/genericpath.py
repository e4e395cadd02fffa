"""Path operations shared by posixpath and ntpath (they only use os.stat
and string work, so they do not depend on the path syntax)."""
__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile']


def _mode_or_none(path):
    """The st_mode of path, or None when it cannot be stat'ed (missing,
    a broken symlink, no permission...)."""
    try:
        return os.stat(path).st_mode
    except os.error:
        return None


def exists(path):
    """True if path names an existing file (False for broken symlinks)."""
    return _mode_or_none(path) is not None


def isfile(path):
    """True if path is a regular file (following symlinks)."""
    mode = _mode_or_none(path)
    return mode is not None and stat.S_ISREG(mode)


def isdir(s):
    """True if s is a directory (following symlinks)."""
    mode = _mode_or_none(s)
    return mode is not None and stat.S_ISDIR(mode)


# the sizes and times straight from os.stat (errors propagate)

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
    # the smallest and largest items differ first where any two items do
    first, last = min(m), max(m)
    for i in xrange(min(len(first), len(last))):
        if first[i] != last[i]:
            return first[:i]
    return first[:len(last)]


def _splitext(p, sep, altsep, extsep):
    """Split p into (root, ext) where ext is the last extension; a leading
    run of dots in the last component is not an extension ('.bashrc')."""
    start = p.rfind(sep)
    if altsep:
        start = max(start, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > start and p[start + 1:dot].strip(extsep):
        return p[:dot], p[dot:]
    return p, ''        # a str even for a unicode path, as in 2.7


# imported last: os imports posixpath, which does `from genericpath import *`
# and must find every function defined even when this module is imported first
import os
import stat
