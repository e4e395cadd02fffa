"""Pathname operations of classic Mac OS (before OS X), where ':' is the
separator: 'Disk:Folder:file' is absolute, ':Folder:file' relative, and
'::' goes up a level."""

import genericpath
import os
import warnings
from genericpath import *
from stat import *

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "walk", "expanduser", "expandvars", "normpath",
           "abspath", "curdir", "pardir", "sep", "pathsep", "defpath",
           "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames"]

sep = curdir = defpath = ':'
pardir = '::'
altsep = None
extsep = '.'
pathsep = '\n'
devnull = 'Dev:Null'


def normcase(path):
    """The file system is case-insensitive: compare in lower case."""
    return path.lower()


def isabs(s):
    """Absolute paths contain a colon, but not at the start."""
    return ':' in s and not s.startswith(':')


def join(s, *p):
    path = s
    for part in p:
        if not path or isabs(part):
            path = part
            continue
        if part.startswith(':'):
            part = part[1:]
        if ':' not in path:
            # a lone name is relative: make it look so
            path = ':' + path
        if not path.endswith(':'):
            path = path + ':'
        path = path + part
    return path


def split(s):
    """(head, tail): tail is what follows the last colon; head keeps a
    colon when it would otherwise be a bare volume name."""
    if ':' not in s:
        return '', s
    cut = s.rindex(':') + 1
    head, tail = s[:cut - 1], s[cut:]
    if head and ':' not in head:
        head = head + ':'
    return head, tail


def splitext(p):
    return genericpath._splitext(p, sep, altsep, extsep)
splitext.__doc__ = genericpath._splitext.__doc__


def splitdrive(p):
    """There are no drives: ('', P).  Volume names are part of the path."""
    return '', p


def dirname(s):
    return split(s)[0]


def basename(s):
    return split(s)[1]


def ismount(s):
    """Whether S names a volume (only absolute paths can)."""
    if not isabs(s):
        return False
    # as 2.7 has it: any absolute path ending with a colon
    return split(s)[1] == ''


def islink(s):
    """Whether S is an alias (only knowable with the Carbon modules)."""
    try:
        from Carbon.File import ResolveAliasFile
        return ResolveAliasFile(s, 0)[2]
    except:
        # no Carbon, or S does not exist
        return False


def lexists(path):
    """Whether PATH exists, even as a broken alias."""
    try:
        os.lstat(path)
    except os.error:
        return False
    return True


def expandvars(path):
    """No environment variables on Mac OS: PATH unchanged."""
    return path


def expanduser(path):
    """No home directories on Mac OS: PATH unchanged."""
    return path


class norm_error(Exception):
    """Path cannot be normalized"""


def normpath(s):
    """Remove the 'folder::' pairs (a name followed by a step up)."""
    if ":" not in s:
        return ":" + s
    parts = s.split(":")
    i = 1
    while i < len(parts) - 1:
        if parts[i] or not parts[i - 1]:
            i += 1
            continue
        # an empty part after a name: "name::" goes back up
        if i == 1:
            raise norm_error('Cannot use :: immediately after volume name')
        del parts[i - 1:i + 1]
        i -= 1
    s = ":".join(parts)
    # drop the trailing colon of a folder, but not of '::' and the like
    if s.endswith(":") and len(parts) > 2 and s != ":" * len(s):
        s = s[:-1]
    return s


def walk(top, func, arg):
    """Call func(arg, dirname, names) for TOP and every directory below
    it (not following aliases).  Removed in Python 3; use os.walk."""
    warnings.warnpy3k("In 3.x, os.path.walk is removed in favor of os.walk.",
                      stacklevel=2)
    try:
        names = os.listdir(top)
    except os.error:
        return
    func(arg, top, names)
    subdirs = [join(top, name) for name in names]
    for path in subdirs:
        if isdir(path) and not islink(path):
            walk(path, func, arg)


def abspath(path):
    """PATH made absolute (from the current directory) and normalized."""
    if not isabs(path):
        cwd = os.getcwdu() if isinstance(path, unicode) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(path):
    """PATH with its aliases resolved (only with the Carbon modules)."""
    path = abspath(path)
    try:
        from Carbon import File
    except ImportError:
        return path
    if path:
        parts = path.split(':')
        path = parts[0] + ':'
        for part in parts[1:]:
            path = join(path, part)
            try:
                resolved = File.FSResolveAliasFile(path, 1)[0]
            except File.Error:
                continue
            path = resolved.as_pathname()
    return path


supports_unicode_filenames = True
