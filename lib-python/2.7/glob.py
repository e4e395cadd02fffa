"""File names matching shell-style patterns (see fnmatch), found on disk."""
import os
import sys
import fnmatch

__all__ = ["glob", "iglob"]

try:
    _unicode = unicode
except NameError:
    _unicode = None


def glob(pathname):
    """The list of existing paths matching pathname (which may contain
    *, ? and [...] in any component; names starting with a dot match only
    patterns starting with a dot)."""
    return list(iglob(pathname))


def iglob(pathname):
    """An iterator over the paths glob(pathname) returns."""
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(pathname):
                yield pathname
        elif os.path.isdir(dirname):
            # a pattern ending with a slash only matches a directory
            yield pathname
        return
    if not dirname:
        for name in glob1(os.curdir, basename):
            yield name
        return
    if dirname != pathname and has_magic(dirname):
        dirs = iglob(dirname)
    else:
        dirs = [dirname]
    in_dir = glob1 if has_magic(basename) else glob0
    for d in dirs:
        for name in in_dir(d, basename):
            yield os.path.join(d, name)


def glob1(dirname, pattern):
    """The names in dirname matching pattern."""
    if not dirname:
        dirname = os.curdir
    if _unicode is not None and isinstance(pattern, _unicode) and not isinstance(dirname, unicode):
        dirname = unicode(dirname, sys.getfilesystemencoding() or sys.getdefaultencoding())
    try:
        names = os.listdir(dirname)
    except os.error:
        return []
    if pattern[0] != '.':
        names = [x for x in names if x[0] != '.']
    return fnmatch.filter(names, pattern)


def glob0(dirname, basename):
    """[basename] if it exists in dirname (the directory itself for an
    empty basename), else []."""
    if basename == '':
        if os.path.isdir(dirname):
            return [basename]
    elif os.path.lexists(os.path.join(dirname, basename)):
        return [basename]
    return []


def has_magic(s):
    """True if s contains a wildcard character."""
    for c in s:
        if c == '*' or c == '?' or c == '[':
            return True
    return False
