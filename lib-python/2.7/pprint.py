"""Pretty-printing of Python data structures.

pprint(obj) and pformat(obj) break lists, tuples, dicts and sets over
several lines when their repr does not fit the width; saferepr, isreadable
and isrecursive inspect reprs with protection against recursive data.
"""
import sys as _sys
import warnings

try:
    from cStringIO import StringIO as _StringIO
except ImportError:
    from StringIO import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter"]


def pprint(object, stream=None, indent=1, width=80, depth=None):
    """Pretty-print object to stream (sys.stdout by default), then a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth).pprint(object)


def pformat(object, indent=1, width=80, depth=None):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth).pformat(object)


def saferepr(object):
    """repr(object), safe against recursive data structures."""
    return _safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Would eval() of the repr give the object back?"""
    return _safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Does object contain itself?"""
    return _safe_repr(object, {}, None, 0)[2]


def _sorted(iterable):
    with warnings.catch_warnings():
        if _sys.py3kwarning:
            warnings.filterwarnings("ignore", "comparing unequal types not supported",
                                    DeprecationWarning)
        return sorted(iterable)


def _is_plain(typ, base):
    """Is typ base or a subclass of it that keeps base's repr?"""
    return issubclass(typ, base) and getattr(typ, "__repr__", None) is base.__repr__


def _opener(typ, obj):
    """For a container pprint lays out itself: (opening text, closing text,
    extra indent of the items, items in output order); None otherwise."""
    if _is_plain(typ, list):
        return '[', ']', 0, obj
    if _is_plain(typ, tuple):
        return '(', (len(obj) == 1 and ',)' or ')'), 0, obj
    if _is_plain(typ, set) or _is_plain(typ, frozenset):
        name = typ.__name__
        return name + '([', '])', len(name) + 1, _sorted(obj)
    return None


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None):
        """indent: spaces per nesting level; width: the line width aimed at;
        depth: deeper levels are shown as '...'; stream: where pprint() writes."""
        indent, width = int(indent), int(width)
        assert indent >= 0, "indent must be >= 0"
        assert depth is None or depth > 0, "depth must be > 0"
        assert width, "width must be != 0"
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream

    def pprint(self, object):
        out = self._stream
        self._format(object, out, 0, 0, {}, 0)
        out.write("\n")

    def pformat(self, object):
        buf = _StringIO()
        self._format(object, buf, 0, 0, {}, 0)
        return buf.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        """Write object at column `indent`; `allowance` columns are needed
        after it on the last line (closing brackets, commas)."""
        level += 1
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive, self._readable = True, False
            return
        rep = self._repr(object, context, level - 1)
        if self._depth and level > self._depth:
            stream.write(rep)
            return
        # Containers are always written piece by piece (so dict keys and set
        # members come out sorted); the pieces go on separate lines only
        # when the one-line form would overflow.
        split = len(rep) > self._width - 1 - indent - allowance
        typ = type(object)
        if _is_plain(typ, dict):
            self._write_dict(object, stream, indent, allowance, context,
                             level, split)
            return
        shape = _opener(typ, object)
        if shape is None:
            stream.write(rep)
            return
        head, tail, shift, members = shape
        if tail == '])' and not object:
            stream.write(rep)       # empty sets print as set([])
            return
        stream.write(head)
        self._write_members(members, stream, indent + shift, allowance,
                            context, level, split, key)
        stream.write(tail)

    def _pad(self, stream):
        # With indent > 1 the first item lines up with the later ones.
        extra = self._indent_per_level - 1
        if extra > 0:
            stream.write(' ' * extra)

    def _separator(self, split, column):
        if split:
            return ',\n' + ' ' * column
        return ', '

    def _write_dict(self, d, stream, indent, allowance, context, level, split):
        stream.write('{')
        self._pad(stream)
        if d:
            context[id(d)] = 1
            column = indent + self._indent_per_level
            for n, (k, v) in enumerate(_sorted(d.items())):
                krep = self._repr(k, context, level)
                if n:
                    stream.write(self._separator(split, column))
                stream.write(krep + ': ')
                self._format(v, stream, column + len(krep) + 2,
                             allowance + 1, context, level)
            del context[id(d)]
        stream.write('}')

    def _write_members(self, members, stream, indent, allowance, context,
                       level, split, key):
        if split:
            self._pad(stream)
        if not members:
            return
        context[key] = 1
        column = indent + self._indent_per_level
        for n, item in enumerate(members):
            if n:
                stream.write(self._separator(split, column))
            self._format(item, stream, column, allowance + 1, context, level)
        del context[key]

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override it
        to change how objects are shown."""
        return _safe_repr(object, context, maxlevels, level)


def _locale_str_repr(text):
    # With locale imported, str.isalpha() may accept bytes that repr()
    # escapes; those letters are kept verbatim, as 2.7 does.
    if "'" in text and '"' not in text:
        quote, special = '"', {'"': '\\"'}
    else:
        quote, special = "'", {"'": "\\'"}
    body = ''.join(ch if ch.isalpha() else special.get(ch, repr(ch)[1:-1])
                   for ch in text)
    return quote + body + quote


def _safe_repr(object, context, maxlevels, level):
    typ = type(object)
    if typ is str:
        if 'locale' in _sys.modules:
            return _locale_str_repr(object), True, False
        return repr(object), True, False
    if _is_plain(typ, dict):
        if not object:
            return "{}", True, False
        template = "{%s}"
        pairs = True
        members = _sorted(object.items())
    elif _is_plain(typ, list):
        if not object:
            return "[]", True, False
        template, pairs, members = "[%s]", False, object
    elif _is_plain(typ, tuple):
        if len(object) == 1:
            template = "(%s,)"
        elif not object:
            return "()", True, False
        else:
            template = "(%s)"
        pairs, members = False, object
    else:
        text = repr(object)
        return text, bool(text and not text.startswith('<')), False

    key = id(object)
    if maxlevels and level >= maxlevels:
        return template % "...", False, key in context
    if key in context:
        return _recursion(object), False, True
    context[key] = 1
    flags = [True, False]           # readable, recursive

    def sub(value):
        text, readable, recursive = _safe_repr(value, context, maxlevels,
                                               level + 1)
        flags[0] = flags[0] and readable
        flags[1] = flags[1] or recursive
        return text

    if pairs:
        parts = ["%s: %s" % (sub(k), sub(v)) for k, v in members]
    else:
        parts = [sub(item) for item in members]
    del context[key]
    return template % ", ".join(parts), flags[0], flags[1]


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))
