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


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None):
        """indent: spaces per nesting level; width: the line width aimed at;
        depth: deeper levels are shown as '...'; stream: where pprint() writes."""
        indent = int(indent)
        width = int(width)
        assert indent >= 0, "indent must be >= 0"
        assert depth is None or depth > 0, "depth must be > 0"
        assert width, "width must be != 0"
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout

    def pprint(self, object):
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write("\n")

    def pformat(self, object):
        sio = _StringIO()
        self._format(object, sio, 0, 0, {}, 0)
        return sio.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        """Write object at column `indent`; `allowance` columns are needed
        after it on the last line (closing brackets, commas)."""
        level = level + 1
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level - 1)
        typ = type(object)
        too_long = len(rep) > (self._width - 1 - indent - allowance)
        write = stream.write

        if self._depth and level > self._depth:
            write(rep)
            return

        if too_long:
            if _is_plain(typ, dict):
                write('{')
                if self._indent_per_level > 1:
                    write((self._indent_per_level - 1) * ' ')
                length = len(object)
                if length:
                    context[objid] = 1
                    indent = indent + self._indent_per_level
                    first = True
                    for key, ent in _sorted(object.items()):
                        rep = self._repr(key, context, level)
                        if not first:
                            write(',\n%s' % (' ' * indent))
                        first = False
                        write(rep)
                        write(': ')
                        self._format(ent, stream, indent + len(rep) + 2, allowance + 1, context, level)
                    indent = indent - self._indent_per_level
                    del context[objid]
                write('}')
                return

            if (_is_plain(typ, list) or _is_plain(typ, tuple) or _is_plain(typ, set)
                    or _is_plain(typ, frozenset)):
                length = len(object)
                if issubclass(typ, list):
                    write('[')
                    endchar = ']'
                elif issubclass(typ, tuple):
                    write('(')
                    endchar = ')'
                else:
                    if not length:
                        write(rep)
                        return
                    write(typ.__name__)
                    write('([')
                    endchar = '])'
                    indent += len(typ.__name__) + 1
                    object = _sorted(object)
                if self._indent_per_level > 1:
                    write((self._indent_per_level - 1) * ' ')
                if length:
                    context[objid] = 1
                    indent = indent + self._indent_per_level
                    first = True
                    for ent in object:
                        if not first:
                            write(',\n' + ' ' * indent)
                        first = False
                        self._format(ent, stream, indent, allowance + 1, context, level)
                    indent = indent - self._indent_per_level
                    del context[objid]
                if issubclass(typ, tuple) and length == 1:
                    write(',')
                write(endchar)
                return

        write(rep)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override it
        to change how objects are shown."""
        return _safe_repr(object, context, maxlevels, level)


def _safe_repr(object, context, maxlevels, level):
    typ = type(object)
    if typ is str:
        if 'locale' not in _sys.modules:
            return repr(object), True, False
        # with locale loaded, isalpha() may accept more characters than repr keeps
        if "'" in object and '"' not in object:
            closure = '"'
            quotes = {'"': '\\"'}
        else:
            closure = "'"
            quotes = {"'": "\\'"}
        out = []
        for char in object:
            if char.isalpha():
                out.append(char)
            else:
                out.append(quotes.get(char, repr(char)[1:-1]))
        return "%s%s%s" % (closure, ''.join(out), closure), True, False

    if _is_plain(typ, dict):
        if not object:
            return "{}", True, False
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return "{...}", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        components = []
        level += 1
        for k, v in _sorted(object.items()):
            krepr, kreadable, krecur = _safe_repr(k, context, maxlevels, level)
            vrepr, vreadable, vrecur = _safe_repr(v, context, maxlevels, level)
            components.append("%s: %s" % (krepr, vrepr))
            readable = readable and kreadable and vreadable
            if krecur or vrecur:
                recursive = True
        del context[objid]
        return "{%s}" % ", ".join(components), readable, recursive

    if _is_plain(typ, list) or _is_plain(typ, tuple):
        if issubclass(typ, list):
            if not object:
                return "[]", True, False
            format = "[%s]"
        elif len(object) == 1:
            format = "(%s,)"
        else:
            if not object:
                return "()", True, False
            format = "(%s)"
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return format % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        components = []
        level += 1
        for o in object:
            orepr, oreadable, orecur = _safe_repr(o, context, maxlevels, level)
            components.append(orepr)
            if not oreadable:
                readable = False
            if orecur:
                recursive = True
        del context[objid]
        return format % ", ".join(components), readable, recursive

    rep = repr(object)
    return rep, bool(rep and not rep.startswith('<')), False


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))
