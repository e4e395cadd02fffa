"""Shell-style wildcard matching of file names.

    *       any run of characters
    ?       one character
    [seq]   one character of seq (ranges like a-z allowed)
    [!seq]  one character not in seq

fnmatch() applies os.path.normcase to both arguments first (nothing on
POSIX); fnmatchcase() compares as given.  Patterns are translated into
regular expressions (translate()), compiled once and cached."""
__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_MAXCACHE = 100


def _purge():
    """Forget the compiled patterns."""
    _cache.clear()


def fnmatch(name, pat):
    """True if name matches the pattern pat, after os.path.normcase."""
    import os
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compiled(pat):
    try:
        return _cache[pat]
    except KeyError:
        pass
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    import re       # on first use: importing shutil or glob does not need re
    regex = re.compile(translate(pat))
    _cache[pat] = regex
    return regex


def filter(names, pat):
    """The items of names that match pat."""
    import os
    import posixpath
    match = _compiled(os.path.normcase(pat)).match
    result = []
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """True if name matches pat, case-sensitively."""
    return _compiled(pat).match(name) is not None


def _escape(c):
    # as re.escape does: letters and digits stay, the rest is escaped
    if ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9') or c == '_':
        return c
    if c == '\000':
        return '\\000'
    return '\\' + c


def translate(pat):
    """The regular expression (a string) equivalent to the pattern pat."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            # the set runs to the next ']' that is not its first character
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            members = pat[i:j].replace('\\', '\\\\')
            i = j + 1
            if members[0] == '!':
                members = '^' + members[1:]
            elif members[0] == '^':
                members = '\\' + members
            out.append('[' + members + ']')
        else:
            out.append(_escape(c))
    return ''.join(out) + '\\Z(?ms)'
