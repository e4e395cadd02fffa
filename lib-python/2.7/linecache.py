"""Cache of the lines of source files: getline, getlines, clearcache,
checkcache."""

import sys

__all__ = ["getline", "clearcache", "checkcache"]

# filename -> (size, mtime, lines, fullname)
cache = {}


def getline(filename, lineno, module_globals=None):
    """Line number lineno (counting from 1) of filename, with its newline,
    or '' when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getlines(filename, module_globals=None):
    """All the lines of filename, read through the cache."""
    if filename in cache:
        return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        # a file too big to hold: forget everything rather than fail
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (or all of them when
    filename is None)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        size, mtime, lines, fullname = cache[filename]
        if mtime is None:
            continue            # lines given by a loader: keep them
        data = _read(fullname)
        if data is None or len(data) != size or hash(data) != mtime:
            del cache[filename]


def _read(fullname):
    # the whole text of a file, or None; no os module is needed
    try:
        f = open(fullname, 'rb')
        try:
            return f.read()
        finally:
            f.close()
    except (IOError, OSError, TypeError):
        return None


def _from_loader(filename, module_globals):
    if not module_globals or '__loader__' not in module_globals:
        return None
    name = module_globals.get('__name__')
    get_source = getattr(module_globals['__loader__'], 'get_source', None)
    if not name or get_source is None:
        return None
    try:
        data = get_source(name)
    except (ImportError, IOError):
        return None
    if data is None:
        return None
    lines = [line + '\n' for line in data.splitlines()]
    cache[filename] = (len(data), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """Read filename (looking along sys.path for relative names) into the
    cache and return its lines; [] when it cannot be read."""
    if filename in cache:
        del cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    data = _read(fullname)
    if data is None:
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
        if filename.startswith('/'):
            return []
        for dirname in sys.path:
            if not isinstance(dirname, basestring):
                continue
            if dirname and not dirname.endswith('/'):
                fullname = dirname + '/' + filename
            else:
                fullname = dirname + filename
            data = _read(fullname)
            if data is not None:
                break
        else:
            return []
    # universal newlines, as open(..., 'rU') would give
    text = data.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    # the size and a hash of the contents stand in for the stat() data
    cache[filename] = (len(data), hash(data), lines, fullname)
    return lines
