"""Path operations for POSIX systems (imported as os.path on them).

Paths are str or unicode; results keep the type of the argument."""

# defined before importing os: os imports this module and reads these
# names while this module may still be half-initialised
sep, altsep, pathsep = '/', None, ':'
curdir, pardir, extsep = '.', '..', '.'
defpath = ':/bin:/usr/bin'      # the search path when $PATH is not set
devnull = '/dev/null'

import os
import sys
import stat
import genericpath
from genericpath import *

supports_unicode_filenames = (sys.platform == 'darwin')

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "walk", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath"]



def normcase(s):
    """POSIX file names are case-sensitive: s unchanged."""
    return s


def isabs(s):
    """True if s starts at the root."""
    return s.startswith('/')


def join(a, *p):
    """Join path components with '/'; an absolute component discards
    everything before it."""
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif path == '' or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """(head, tail): tail is what follows the last '/', head the rest with
    trailing slashes removed (unless it is only slashes)."""
    cut = p.rfind('/') + 1
    head = p[:cut]
    if head.strip('/'):
        # trailing slashes go, unless the head is nothing but slashes
        head = head.rstrip('/')
    return head, p[cut:]


def splitext(p):
    return genericpath._splitext(p, sep, altsep, extsep)
splitext.__doc__ = genericpath._splitext.__doc__


def splitdrive(p):
    """POSIX paths have no drive: ('', p) (a str '', as 2.7 gives, even
    for unicode p)."""
    return '', p


def basename(p):
    """The final component of a path."""
    return p[p.rfind('/') + 1:]


def dirname(p):
    """Everything before the final component of a path."""
    head = p[:p.rfind('/') + 1]
    if head.strip('/'):
        head = head.rstrip('/')
    return head


def _lstat(path):
    """os.lstat(path), or None when it fails."""
    try:
        return os.lstat(path)
    except os.error:
        return None


def islink(path):
    """True if path is a symbolic link."""
    try:
        mode = os.lstat(path).st_mode
    except (os.error, AttributeError):
        return False
    return stat.S_ISLNK(mode)


def lexists(path):
    """True if path exists, broken symbolic links included."""
    return _lstat(path) is not None


def samestat(s1, s2):
    """True if two stat results describe the same file."""
    return (s1.st_dev, s1.st_ino) == (s2.st_dev, s2.st_ino)


def samefile(f1, f2):
    """True if both paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True if both file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    """True if path is a mount point: its parent is on another device, or
    is the same directory (the root)."""
    here = _lstat(path)
    if here is None or stat.S_ISLNK(here.st_mode):
        return False
    # the parent by name, not by looking inside path (which may not be
    # readable)
    above = _lstat(realpath(join(path, u'..' if isinstance(path, unicode) else '..')))
    if above is None:
        return False
    return here.st_dev != above.st_dev or here.st_ino == above.st_ino


def walk(top, func, arg):
    """Call func(arg, dirname, names) for top and each directory below it
    (names is os.listdir(dirname), which func may change in place).
    Removed in Python 3: use os.walk."""
    if getattr(sys, 'py3kwarning', False):
        import warnings
        warnings.warnpy3k("In 3.x, os.path.walk is removed in favor of os.walk.", stacklevel=2)
    try:
        names = os.listdir(top)
    except os.error:
        return
    func(arg, top, names)
    # names may have been edited by func: only what is left is visited
    for child in [join(top, name) for name in names]:
        info = _lstat(child)
        if info is not None and stat.S_ISDIR(info.st_mode):
            walk(child, func, arg)


def expanduser(path):
    """Replace a leading ~ or ~user by that user's home directory (path
    unchanged if the user is unknown)."""
    if not path.startswith('~'):
        return path
    end = path.find('/', 1)
    if end < 0:
        end = len(path)
    user = path[1:end]
    if not user:
        home = os.environ.get('HOME')
        if home is None:
            import pwd
            try:
                home = pwd.getpwuid(os.getuid()).pw_dir
            except KeyError:
                return path
    else:
        try:
            import pwd
            home = pwd.getpwnam(user).pw_dir
        except (ImportError, KeyError):
            return path
    return (home.rstrip('/') + path[end:]) or '/'


_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyz'
                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def expandvars(path):
    """Replace $name and ${name} by the values of environment variables;
    references to unset variables are left as they are."""
    if '$' not in path:
        return path
    wide = isinstance(path, unicode)
    encoding = sys.getfilesystemencoding() or 'ascii'
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            end = path.find('}', i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            nxt = end + 1
        else:
            j = i + 1
            while j < n and (path[j] in _NAME_CHARS or (wide and (path[j].isalnum() or path[j] == u'_'))):
                j += 1
            if j == i + 1:
                out.append(c)
                i += 1
                continue
            name = path[i + 1:j]
            nxt = j
        if wide:
            # the environment holds bytes: look up and decode in the file
            # system encoding
            key = name.encode(encoding)
            if key in os.environ:
                out.append(os.environ[key].decode(encoding))
            else:
                out.append(path[i:nxt])
        elif name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:nxt])
        i = nxt
    return path[:0].join(out)


def normpath(path):
    """Remove redundant separators and '.' components, and resolve '..'
    textually (A/foo/../B -> A/B); may change the meaning of paths with
    symbolic links."""
    slash, dot = (u'/', u'.') if isinstance(path, unicode) else ('/', '.')
    if path == '':
        return dot
    initial = 0
    if path.startswith('/'):
        # POSIX keeps exactly two leading slashes; three or more mean one
        initial = 2 if (path.startswith('//') and not path.startswith('///')) else 1
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = slash * initial + slash.join(parts)
    return result or dot


def abspath(path):
    """The normalized absolute version of path."""
    if not isabs(path):
        cwd = os.getcwdu() if isinstance(path, unicode) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename):
    """The canonical path: symbolic links resolved, normalized."""
    path, _ = _resolve('', filename, {})
    return abspath(path)


def _resolve(path, rest, seen):
    """Join rest onto the already-resolved path, resolving each link met.
    seen maps links being resolved to their result (None while in
    progress, which detects loops).  Returns (path, ok)."""
    if isabs(rest):
        path, rest = sep, rest[1:]
    while rest:
        part, _, rest = rest.partition(sep)
        if part in ('', curdir):
            continue
        if part == pardir:
            # go up textually; '..' past the start stays '..'
            if not path:
                path = pardir
            else:
                path, last = split(path)
                if last == pardir:
                    path = join(path, pardir, pardir)
            continue
        candidate = join(path, part)
        if not islink(candidate):
            path = candidate
            continue
        if candidate in seen:
            known = seen[candidate]
            if known is not None:
                path = known
                continue
            # a loop: give up resolving, keep the rest as it is
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(path, os.readlink(candidate), seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def relpath(path, start=curdir):
    """path relative to start (both made absolute first)."""
    if not path:
        raise ValueError("no path specified")
    start_parts = [x for x in abspath(start).split(sep) if x]
    path_parts = [x for x in abspath(path).split(sep) if x]
    common = len(commonprefix([start_parts, path_parts]))
    rel = [pardir] * (len(start_parts) - common) + path_parts[common:]
    if not rel:
        return curdir
    return join(*rel)
