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
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        # nothing to expand: the path itself, if it is there
        found = [pathname] if glob0(head, tail) else []
    elif not head:
        found = glob1(os.curdir, tail)
    else:
        found = _expand(head, tail, pathname)
    for path in found:
        yield path


def _expand(head, tail, pathname):
    """Join each directory head matches with each name in it tail matches."""
    if head == pathname or not has_magic(head):
        parents = [head]
    else:
        parents = iglob(head)
    match_in = glob1 if has_magic(tail) else glob0
    for parent in parents:
        for leaf in match_in(parent, tail):
            yield os.path.join(parent, leaf)


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
