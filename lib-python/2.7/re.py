"""Regular expressions (Python 2.7's `re` interface) on the _sre engine.

Functions: match, search, sub, subn, split, findall, finditer, compile,
purge, template, escape.  Flags: I/IGNORECASE, L/LOCALE, M/MULTILINE,
S/DOTALL, U/UNICODE, X/VERBOSE, T/TEMPLATE, DEBUG."""

import sys
import sre_compile
import sre_parse

__all__ = ["match", "search", "sub", "subn", "split", "findall",
           "compile", "purge", "template", "escape", "I", "L", "M", "S", "X",
           "U", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "error"]

__version__ = "2.2.1"

I = IGNORECASE = sre_compile.SRE_FLAG_IGNORECASE
L = LOCALE = sre_compile.SRE_FLAG_LOCALE
U = UNICODE = sre_compile.SRE_FLAG_UNICODE
M = MULTILINE = sre_compile.SRE_FLAG_MULTILINE
S = DOTALL = sre_compile.SRE_FLAG_DOTALL
X = VERBOSE = sre_compile.SRE_FLAG_VERBOSE
T = TEMPLATE = sre_compile.SRE_FLAG_TEMPLATE
DEBUG = sre_compile.SRE_FLAG_DEBUG

error = sre_compile.error


def match(pattern, string, flags=0):
    """Match the pattern at the start of the string; a match object or None."""
    return _compile(pattern, flags).match(string)


def search(pattern, string, flags=0):
    """The first match of the pattern anywhere in the string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with the leftmost non-overlapping matches replaced by repl
    (a template string or a function of the match object)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, returning (new string, number of substitutions)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of the string between matches (plus the groups' values)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches: strings, or tuples of the groups."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of match objects over all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """A compiled pattern object."""
    return _compile(pattern, flags)


def purge():
    """Forget the cached compiled patterns and templates."""
    _cache.clear()
    _cache_repl.clear()


def template(pattern, flags=0):
    """A compiled template pattern."""
    return _compile(pattern, flags | T)


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def escape(pattern):
    """The pattern with every non-alphanumeric character backslashed."""
    out = list(pattern)
    for i, ch in enumerate(pattern):
        if ch not in _ALNUM:
            if ch == "\000":
                out[i] = "\\000"
            else:
                out[i] = "\\" + ch
    return pattern[:0].join(out)


_cache = {}
_cache_repl = {}
_pattern_type = type(sre_compile.compile("", 0))
_MAXCACHE = 100


def _compile(pattern, flags):
    debug = flags & DEBUG
    if not debug:
        key = (type(pattern), pattern, flags)
        try:
            return _cache[key]
        except (KeyError, TypeError):
            pass
    if isinstance(pattern, _pattern_type):
        if flags:
            raise ValueError("Cannot process flags argument with a compiled pattern")
        return pattern
    if not sre_compile.isstring(pattern):
        raise TypeError("first argument must be string or compiled pattern")
    p = sre_compile.compile(pattern, flags)
    if not debug:
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def _compile_repl(repl, pattern):
    key = (repl, pattern)
    try:
        return _cache_repl[key]
    except KeyError:
        pass
    parsed = sre_parse.parse_template(repl, pattern)
    if len(_cache_repl) >= _MAXCACHE:
        _cache_repl.clear()
    _cache_repl[key] = parsed
    return parsed


def _expand(pattern, match, template):
    return sre_parse.expand_template(sre_parse.parse_template(template, pattern), match)


def _subx(pattern, template):
    """What pattern.sub does with a template: the literal replacement when
    it refers to no group, otherwise the parsed template (a tuple)."""
    groups, literals = _compile_repl(template, pattern)
    if not groups and len(literals) == 1:
        return literals[0]
    if not groups and not literals:
        return template[:0]
    return (groups, literals)


def _pickle(p):
    return _compile, (p.pattern, p.flags)

try:
    import copy_reg
    copy_reg.pickle(_pattern_type, _pickle, _compile)
except ImportError:
    pass


class Scanner(object):
    """A lexer: lexicon is a list of (pattern, action); scan() runs the
    action of the first phrase matching at each position."""

    def __init__(self, lexicon, flags=0):
        from sre_constants import BRANCH, SUBPATTERN
        self.lexicon = lexicon
        state = sre_parse.Pattern()
        state.flags = flags
        alternatives = []
        for phrase, action in lexicon:
            gid = len(alternatives) + 1
            sub = sre_parse.SubPattern(state, [(SUBPATTERN, (gid, sre_parse.parse(phrase, flags)))])
            alternatives.append(sub)
        state.groups = len(alternatives) + 1
        tree = sre_parse.SubPattern(state, [(BRANCH, (None, alternatives))])
        self.scanner = sre_compile.compile(tree)

    def scan(self, string):
        result = []
        step = self.scanner.scanner(string).match
        pos = 0
        while True:
            m = step()
            if not m:
                break
            end = m.end()
            if end == pos:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if hasattr(action, "__call__"):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            pos = end
        return result, string[pos:]
