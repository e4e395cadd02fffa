"""Reading and writing Apple's XML property lists ("plists").

    readPlist(pathOrFile) / readPlistFromString(data) -> the root object
    writePlist(obj, pathOrFile) / writePlistToString(obj) -> None / str

Values map to Python as: dict (string keys), list/tuple (array), str or
unicode (string), int/long (integer), float (real), bool, datetime
(date, UTC, whole seconds) and Data (binary data, base64 in the file)."""
import binascii
import datetime
import re
from cStringIO import StringIO

__all__ = ["readPlist", "writePlist", "readPlistFromString", "writePlistToString",
           "readPlistFromResource", "writePlistToResource", "Plist", "Data", "Dict"]


def readPlist(pathOrFile):
    """The root object of the plist in a file (a path or an open file)."""
    if isinstance(pathOrFile, (str, unicode)):
        f = open(pathOrFile)
        try:
            return _Reader().parse(f)
        finally:
            f.close()
    return _Reader().parse(pathOrFile)


def writePlist(rootObject, pathOrFile):
    """Write rootObject as an XML plist to a path or an open file."""
    if isinstance(pathOrFile, (str, unicode)):
        f = open(pathOrFile, "w")
        try:
            _write(rootObject, f)
        finally:
            f.close()
    else:
        _write(rootObject, pathOrFile)


def readPlistFromString(data):
    return readPlist(StringIO(data))


def writePlistToString(rootObject):
    out = StringIO()
    writePlist(rootObject, out)
    return out.getvalue()


def readPlistFromResource(path, restype='plst', resid=0):
    raise ImportError("plist resources need the Mac OS Carbon modules")


def writePlistToResource(rootObject, path, restype='plst', resid=0):
    raise ImportError("plist resources need the Mac OS Carbon modules")


class Data:
    """Binary data: written as base64 inside <data>."""

    def __init__(self, data):
        self.data = data

    @classmethod
    def fromBase64(cls, data):
        return cls(binascii.a2b_base64(data))

    def asBase64(self, maxlinelength=76):
        return _base64_lines(self.data, maxlinelength)

    def __cmp__(self, other):
        if isinstance(other, self.__class__):
            return cmp(self.data, other.data)
        if isinstance(other, str):
            return cmp(self.data, other)
        return cmp(id(self), id(other))

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, repr(self.data))


class Dict(dict):
    """Deprecated: a dict whose items can also be read as attributes."""

    def __getattr__(self, attr):
        try:
            return self[attr]
        except KeyError:
            raise AttributeError(attr)

    def __setattr__(self, attr, value):
        self[attr] = value

    def __delattr__(self, attr):
        try:
            del self[attr]
        except KeyError:
            raise AttributeError(attr)


class Plist(Dict):
    """Deprecated: a Dict that reads and writes itself as a plist."""

    @classmethod
    def fromFile(cls, pathOrFile):
        plist = cls()
        plist.update(readPlist(pathOrFile))
        return plist

    def write(self, pathOrFile):
        writePlist(self, pathOrFile)


def _base64_lines(data, maxlinelength):
    # whole groups of 3 bytes per line, so each line is valid base64
    chunk = (maxlinelength // 4) * 3
    return "".join(binascii.b2a_base64(data[i:i + chunk])
                   for i in range(0, len(data), chunk))


# -- writing ---------------------------------------------------------------

PLISTHEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
               '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n')

_controlCharPat = re.compile(
    r"[\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
    r"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f]")


def _escape(text):
    if _controlCharPat.search(text) is not None:
        raise ValueError("strings can't contains control characters; "
                         "use plistlib.Data instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _write(root, out):
    lines = []
    _emit(root, 0, lines)
    out.write(PLISTHEADER)
    out.write('<plist version="1.0">\n')
    for line in lines:
        out.write(line + "\n")
    out.write("</plist>\n")


def _simple(tag, text, depth, lines):
    lines.append("\t" * depth + "<%s>%s</%s>" % (tag, text, tag))


def _emit(value, depth, lines):
    pad = "\t" * depth
    if isinstance(value, (str, unicode)):
        if isinstance(value, unicode):
            value = value.encode("utf-8")
        _simple("string", _escape(value), depth, lines)
    elif isinstance(value, bool):
        lines.append(pad + ("<true/>" if value else "<false/>"))
    elif isinstance(value, (int, long)):
        _simple("integer", "%d" % value, depth, lines)
    elif isinstance(value, float):
        _simple("real", repr(value), depth, lines)
    elif isinstance(value, dict):
        lines.append(pad + "<dict>")
        for key in sorted(value):
            if not isinstance(key, (str, unicode)):
                raise TypeError("keys must be strings")
            k = key.encode("utf-8") if isinstance(key, unicode) else key
            _simple("key", _escape(k), depth + 1, lines)
            _emit(value[key], depth + 1, lines)
        lines.append(pad + "</dict>")
    elif isinstance(value, Data):
        lines.append(pad + "<data>")
        width = max(16, 76 - len(("\t" * depth).replace("\t", " " * 8)))
        for line in value.asBase64(width).split("\n"):
            if line:
                lines.append(pad + line)
        lines.append(pad + "</data>")
    elif isinstance(value, datetime.datetime):
        _simple("date", value.strftime("%Y-%m-%dT%H:%M:%SZ"), depth, lines)
    elif isinstance(value, (tuple, list)):
        lines.append(pad + "<array>")
        for item in value:
            _emit(item, depth + 1, lines)
        lines.append(pad + "</array>")
    else:
        raise TypeError("unsuported type: %s" % type(value))   # sic, as in 2.7


# -- reading ---------------------------------------------------------------

_date_re = re.compile(r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
                      r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z")


def _parse_date(text):
    m = _date_re.match(text)
    fields = [m.group(name) for name in ('year', 'month', 'day', 'hour', 'minute', 'second')]
    numbers = [int(f) for f in fields if f is not None]
    while len(numbers) < 3:
        numbers.append(1)
    return datetime.datetime(*numbers)


class _InternalDict(dict):
    """The dicts readPlist returns (plain dicts, attribute access refused
    with a hint, as 2.7 deprecates it)."""

    def __getattr__(self, attr):
        try:
            value = self[attr]
        except KeyError:
            raise AttributeError(attr)
        from warnings import warn
        warn("Attribute access from plist dicts is deprecated, use d[key] "
             "notation instead", DeprecationWarning, 2)
        return value


class _Reader:

    def __init__(self):
        self.stack = []
        self.current_key = None
        self.root = None
        self.text = []

    def parse(self, fileobj):
        from xml.parsers.expat import ParserCreate
        parser = ParserCreate()
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self.text.append
        parser.ParseFile(fileobj)
        return self.root

    def _take_text(self):
        data = "".join(self.text)
        del self.text[:]
        try:
            return data.encode("ascii")
        except UnicodeError:
            return data

    def _add(self, value):
        if self.current_key is not None:
            if not isinstance(self.stack[-1], dict):
                raise ValueError("unexpected element at line %d" % 0)
            self.stack[-1][self.current_key] = value
            self.current_key = None
        elif not self.stack:
            self.root = value
        else:
            if not isinstance(self.stack[-1], list):
                raise ValueError("unexpected element")
            self.stack[-1].append(value)

    def _start(self, tag, attrs):
        del self.text[:]
        if tag == "dict":
            value = _InternalDict()
            self._add(value)
            self.stack.append(value)
        elif tag == "array":
            value = []
            self._add(value)
            self.stack.append(value)

    def _end(self, tag):
        if tag in ("dict", "array"):
            if tag == "dict" and self.current_key is not None:
                raise ValueError("missing value for key '%s'" % self.current_key)
            self.stack.pop()
        elif tag == "key":
            self.current_key = self._take_text()
        elif tag == "string":
            self._add(self._take_text())
        elif tag == "integer":
            self._add(int(self._take_text()))
        elif tag == "real":
            self._add(float(self._take_text()))
        elif tag == "true":
            self._add(True)
        elif tag == "false":
            self._add(False)
        elif tag == "data":
            self._add(Data.fromBase64(self._take_text()))
        elif tag == "date":
            self._add(_parse_date(self._take_text()))
