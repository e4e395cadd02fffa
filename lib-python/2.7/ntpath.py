"""Path operations for Windows paths (drives, UNC shares, backslashes).
Usable on any platform, e.g. to handle Windows paths from POSIX code."""
import os
import sys
import stat
import genericpath
from genericpath import *

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "walk", "expanduser", "expandvars", "normpath", "abspath",
           "splitunc", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'
supports_unicode_filenames = hasattr(sys, 'getwindowsversion')

_SEPS = '\\/'


def normcase(s):
    """Lower case, forward slashes turned into backslashes."""
    return s.replace("/", "\\").lower()


def isabs(s):
    """True if s (without its drive) starts with a slash."""
    s = splitdrive(s)[1]
    return s != '' and s[:1] in _SEPS


def join(path, *paths):
    """Join components; an absolute one restarts the path (keeping the
    drive), one with another drive replaces everything before it."""
    drive, rest = splitdrive(path)
    for p in paths:
        p_drive, p_rest = splitdrive(p)
        if p_rest and p_rest[0] in _SEPS:
            if p_drive or not drive:
                drive = p_drive
            rest = p_rest
            continue
        if p_drive and p_drive != drive:
            if p_drive.lower() != drive.lower():
                drive, rest = p_drive, p_rest
                continue
            drive = p_drive
        if rest and rest[-1] not in _SEPS:
            rest += '\\'
        rest += p_rest
    if rest and rest[0] not in _SEPS and drive and drive[-1:] != ':':
        return drive + sep + rest
    return drive + rest


def splitdrive(p):
    """(drive, path): the drive is 'C:' or a UNC '\\\\machine\\share' prefix,
    or empty."""
    if len(p) > 1:
        normp = p.replace(altsep, sep)
        if normp[0:2] == sep * 2 and normp[2:3] != sep:
            first = normp.find(sep, 2)
            if first == -1:
                return p[:0], p
            second = normp.find(sep, first + 1)
            if second == first + 1:
                return p[:0], p
            if second == -1:
                second = len(p)
            return p[:second], p[second:]
        if normp[1] == ':':
            return p[:2], p[2:]
    return p[:0], p


def splitunc(p):
    """(unc_mount, rest) for a UNC path '\\\\machine\\mount\\rest', else ('', p)."""
    if p[1:2] == ':':
        return '', p
    if p[0:2] in ('//', '\\\\'):
        normp = p.replace('\\', '/')
        first = normp.find('/', 2)
        if first <= 2:
            return '', p
        second = normp.find('/', first + 1)
        if second == first + 1:
            return '', p
        if second == -1:
            second = len(p)
        return p[:second], p[second:]
    return '', p


def split(p):
    """(head, tail): tail has no slash; head keeps the drive and loses its
    trailing slashes unless it is only slashes."""
    d, p = splitdrive(p)
    i = len(p)
    while i and p[i - 1] not in _SEPS:
        i -= 1
    head, tail = p[:i], p[i:]
    stripped = head.rstrip(_SEPS)
    return d + (stripped or head), tail


def splitext(p):
    return genericpath._splitext(p, sep, altsep, extsep)
splitext.__doc__ = genericpath._splitext.__doc__


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def islink(path):
    """No symbolic links here: always False."""
    return False


lexists = exists


def ismount(path):
    """True for a drive root or a UNC share root."""
    unc, rest = splitunc(path)
    if unc:
        return rest in ("", "/", "\\")
    p = splitdrive(path)[1]
    return len(p) == 1 and p[0] in _SEPS


def walk(top, func, arg):
    """os.path.walk for Windows paths (see posixpath.walk)."""
    if getattr(sys, 'py3kwarning', False):
        import warnings
        warnings.warnpy3k("In 3.x, os.path.walk is removed in favor of os.walk.",
                          stacklevel=2)
    try:
        names = os.listdir(top)
    except os.error:
        return
    func(arg, top, names)
    for name in names:
        name = join(top, name)
        if isdir(name):
            walk(name, func, arg)


def expanduser(path):
    """Replace a leading ~ or ~user from HOME, USERPROFILE or
    HOMEDRIVE+HOMEPATH."""
    if path[:1] != '~':
        return path
    i, n = 1, len(path)
    while i < n and path[i] not in _SEPS:
        i += 1
    if 'HOME' in os.environ:
        home = os.environ['HOME']
    elif 'USERPROFILE' in os.environ:
        home = os.environ['USERPROFILE']
    elif 'HOMEPATH' in os.environ:
        home = join(os.environ.get('HOMEDRIVE', ''), os.environ['HOMEPATH'])
    else:
        return path
    if i != 1:
        home = join(dirname(home), path[1:i])
    return home + path[i:]


_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyz'
                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')


def expandvars(path):
    """Expand $var, ${var} and %var%; text in single quotes is kept as is;
    unknown variables are left unchanged."""
    if '$' not in path and '%' not in path:
        return path
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c == "'":
            end = path.find("'", i + 1)
            if end < 0:
                out.append(path[i:])
                break
            out.append(path[i:end + 1])
            i = end + 1
        elif c == '%':
            if path[i + 1:i + 2] == '%':
                out.append('%')
                i += 2
                continue
            end = path.find('%', i + 1)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 1:end]
            out.append(os.environ[name] if name in os.environ else '%' + name + '%')
            i = end + 1
        elif c == '$':
            if path[i + 1:i + 2] == '$':
                out.append('$')
                i += 2
            elif path[i + 1:i + 2] == '{':
                end = path.find('}', i + 2)
                if end < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:end]
                out.append(os.environ[name] if name in os.environ else '${' + name + '}')
                i = end + 1
            else:
                j = i + 1
                while j < n and path[j] in _NAME_CHARS:
                    j += 1
                name = path[i + 1:j]
                out.append(os.environ[name] if name in os.environ else '$' + name)
                i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def normpath(path):
    """Collapse redundant separators and '.'/'..' components; all slashes
    become backslashes."""
    backslash, dot = (u'\\', u'.') if isinstance(path, unicode) else ('\\', '.')
    if path.startswith(('\\\\.\\', '\\\\?\\')):
        # device and literal paths are not normalized
        return path
    path = path.replace('/', '\\')
    prefix, path = splitdrive(path)
    if prefix == '':
        while path[:1] == '\\':
            prefix += backslash
            path = path[1:]
    elif path.startswith('\\'):
        prefix += backslash
        path = path.lstrip('\\')
    parts = []
    for comp in path.split('\\'):
        if comp in ('', '.'):
            continue
        if comp == '..':
            if parts and parts[-1] != '..':
                parts.pop()
                continue
            if not parts and prefix.endswith('\\'):
                continue
        parts.append(comp)
    if not prefix and not parts:
        parts.append(dot)
    return prefix + backslash.join(parts)


def abspath(path):
    """The absolute, normalized version of path."""
    if not isabs(path):
        cwd = os.getcwdu() if isinstance(path, unicode) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


realpath = abspath


def _abs_split(path):
    """(is_unc, prefix, [components]) of the absolute path."""
    path = abspath(normpath(path))
    unc, rest = splitunc(path)
    if unc:
        return True, unc, rest
    drive, rest = splitdrive(path)
    return False, drive, rest


def relpath(path, start=curdir):
    """path relative to start; both must be on the same drive."""
    if not path:
        raise ValueError("no path specified")
    start_unc, start_prefix, start_rest = _abs_split(start)
    path_unc, path_prefix, path_rest = _abs_split(path)
    if start_unc ^ path_unc:
        raise ValueError("Cannot mix UNC and non-UNC paths (%s and %s)" % (path, start))
    if path_prefix.lower() != start_prefix.lower():
        if path_unc:
            raise ValueError("path is on UNC root %s, start on UNC root %s"
                             % (path_prefix, start_prefix))
        raise ValueError("path is on drive %s, start on drive %s"
                         % (path_prefix, start_prefix))
    start_list = [x for x in start_rest.split(sep) if x]
    path_list = [x for x in path_rest.split(sep) if x]
    i = 0
    for a, b in zip(start_list, path_list):
        if a.lower() != b.lower():
            break
        i += 1
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return curdir
    return join(*rel)
