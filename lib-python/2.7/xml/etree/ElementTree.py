"""xml.etree.ElementTree for Python 2.7: the Element type, whole-document
ElementTree objects, serialization (xml / html / text) and parsing on
top of pyexpat."""

import sys
import re
import warnings

from xml.etree import ElementPath

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring",
           "fromstringlist", "iselement", "iterparse", "parse", "ParseError",
           "PI", "ProcessingInstruction", "QName", "SubElement", "tostring",
           "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLParser",
           "XMLTreeBuilder"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """Raised for malformed XML; has .code and .position (line, column)."""


def iselement(element):
    """True for Element instances and for anything with a .tag."""
    return isinstance(element, Element) or hasattr(element, "tag")


def _merged(attrib, extra):
    result = attrib.copy()
    result.update(extra)
    return result


class Element(object):
    """One node of the tree: tag, attrib dict, text, tail, and an ordered
    list of child elements accessed through the sequence protocol."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        self.attrib = _merged(attrib, extra)
        self.tag = tag
        self._children = []

    def __repr__(self):
        return "<Element %r at 0x%x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        """Shallow copy: same children objects, new attribute dict."""
        twin = self.makeelement(self.tag, self.attrib)
        twin.text, twin.tail = self.text, self.tail
        twin[:] = self
        return twin

    # --- children as a sequence ---

    def __len__(self):
        return len(self._children)

    def __nonzero__(self):
        warnings.warn(
            "The behavior of this method will change in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __getslice__(self, start, stop):
        return self._children[start:stop]

    def __setitem__(self, index, element):
        self._children[index] = element

    def __setslice__(self, start, stop, elements):
        self._children[start:stop] = list(elements)

    def __delitem__(self, index):
        del self._children[index]

    def __delslice__(self, start, stop):
        del self._children[start:stop]

    def insert(self, index, element):
        self._children.insert(index, element)

    def append(self, element):
        self._children.append(element)

    def remove(self, element):
        self._children.remove(element)

    def extend(self, elements):
        self._children.extend(elements)

    def getchildren(self):
        warnings.warn(
            "This method will be removed in future versions.  "
            "Use 'list(elem)' or iteration over elem instead.",
            DeprecationWarning, stacklevel=2)
        return self._children

    # --- path searches (ElementPath does the work) ---

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    # --- attributes ---

    def set(self, key, value):
        self.attrib[key] = value

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def items(self):
        return self.attrib.items()

    def keys(self):
        return self.attrib.keys()

    def clear(self):
        """Drop attributes, children, text and tail."""
        self.attrib.clear()
        self._children = []
        self.text = None
        self.tail = None

    # --- traversal ---

    def iter(self, tag=None):
        """Yield this element and all descendants, depth first, keeping
        only those whose tag equals `tag` (None or '*' keeps all)."""
        wanted = None if tag == "*" else tag
        if wanted is None or self.tag == wanted:
            yield self
        for child in self._children:
            for found in child.iter(wanted):
                yield found

    def getiterator(self, tag=None):
        return list(self.iter(tag))

    def itertext(self):
        """Yield text and tails below this element in document order;
        comments and PIs (non-string tags) contribute nothing."""
        if self.tag is not None and not isinstance(self.tag, basestring):
            return
        if self.text:
            yield self.text
        for child in self:
            for piece in child.itertext():
                yield piece
            if child.tail:
                yield child.tail

_Element = _ElementInterface = Element


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element through parent.makeelement and append it."""
    child = parent.makeelement(tag, _merged(attrib, extra))
    parent.append(child)
    return child


def Comment(text=None):
    """An element whose tag is the Comment factory itself."""
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    """An element whose tag is the PI factory; text is 'target data'."""
    node = Element(ProcessingInstruction)
    node.text = target + " " + text if text else target
    return node

PI = ProcessingInstruction


class QName(object):
    """Wraps a '{uri}local' name so serialization prefixes it."""

    def __init__(self, text_or_uri, tag=None):
        self.text = "{%s}%s" % (text_or_uri, tag) if tag else text_or_uri

    def __str__(self):
        return self.text

    def __hash__(self):
        return hash(self.text)

    def __cmp__(self, other):
        if isinstance(other, QName):
            other = other.text
        return cmp(self.text, other)


def _read_all_into(parser, stream, size):
    chunk = stream.read(size)
    while chunk:
        parser.feed(chunk)
        chunk = stream.read(size)


class ElementTree(object):
    """A document wrapper around a root element."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def _setroot(self, element):
        self._root = element

    def getroot(self):
        return self._root

    def parse(self, source, parser=None):
        """Load source (a file name or object); returns the new root."""
        owned = not hasattr(source, "read")
        if owned:
            source = open(source, "rb")
        try:
            if parser is None:
                parser = XMLParser(target=TreeBuilder())
            _read_all_into(parser, source, 65536)
            self._root = parser.close()
            return self._root
        finally:
            if owned:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def getiterator(self, tag=None):
        return list(self.iter(tag))

    def _path(self, path):
        # Absolute paths were historically taken relative to the root.
        if path[:1] != "/":
            return path
        path = "." + path
        warnings.warn(
            "This search is broken in 1.3 and earlier, and will be "
            "fixed in a future version.  If you rely on the current "
            "behaviour, change it to %r" % path,
            FutureWarning, stacklevel=3)
        return path

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None):
        """Serialize to a file name or writable object."""
        method = method or "xml"
        if method not in _serialize:
            raise ValueError("unknown method %r" % method)
        owned = not hasattr(file_or_filename, "write")
        out = open(file_or_filename, "wb") if owned else file_or_filename
        try:
            emit = out.write
            if not encoding:
                encoding = "utf-8" if method == "c14n" else "us-ascii"
            elif method == "xml" and (xml_declaration or (
                    xml_declaration is None and
                    encoding not in ("utf-8", "us-ascii"))):
                emit("<?xml version='1.0' encoding='%s'?>\n" % encoding)
            if method == "text":
                _serialize_text(emit, self._root, encoding)
            else:
                qnames, namespaces = _namespaces(self._root, encoding,
                                                 default_namespace)
                _serialize[method](emit, self._root, encoding, qnames, namespaces)
        finally:
            if owned:
                out.close()

    def write_c14n(self, file):
        return self.write(file, method="c14n")


# uri -> preferred prefix when writing; register_namespace edits it.
_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Make serialization use `prefix` for namespace `uri`."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    stale = [u for u, p in _namespace_map.items() if u == uri or p == prefix]
    for u in stale:
        del _namespace_map[u]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _encode(text, encoding):
    try:
        return text.encode(encoding, "xmlcharrefreplace")
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _namespaces(elem, encoding, default_namespace=None):
    """Walk the tree once and work out how every name is written.
    Returns (qnames, namespaces): qnames maps each tag/attribute name
    to its serialized form, namespaces maps uri -> prefix to declare."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def prefix_for(uri):
        prefix = namespaces.get(uri)
        if prefix is not None:
            return prefix
        prefix = _namespace_map.get(uri)
        if prefix is None:
            prefix = "ns%d" % len(namespaces)
        if prefix != "xml":     # the xml prefix is never declared
            namespaces[uri] = prefix
        return prefix

    def note(name):
        if name in qnames:
            return
        try:
            if name[:1] != "{":
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[name] = name.encode(encoding)
                return
            uri, local = name[1:].rsplit("}", 1)
            prefix = prefix_for(uri)
            written = "%s:%s" % (prefix, local) if prefix else local
            qnames[name] = written.encode(encoding)
        except TypeError:
            _raise_serialization_error(name)

    for node in elem.iter():
        tag = node.tag
        if isinstance(tag, QName):
            note(tag.text)
        elif isinstance(tag, basestring):
            note(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in node.items():
            note(key.text if isinstance(key, QName) else key)
            if isinstance(value, QName):
                note(value.text)
        if isinstance(node.text, QName):
            note(node.text.text)
    return qnames, namespaces


def _make_escaper(pairs):
    """An escaping function applying `pairs` in order, then encoding."""
    def escaper(text, encoding):
        try:
            for raw, ref in pairs:
                if raw in text:
                    text = text.replace(raw, ref)
            return text.encode(encoding, "xmlcharrefreplace")
        except (TypeError, AttributeError):
            _raise_serialization_error(text)
    return escaper

_AMP, _LT, _GT = ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")
_QUOT, _NL = ("\"", "&quot;"), ("\n", "&#10;")
_escape_cdata = _make_escaper((_AMP, _LT, _GT))
_escape_attrib = _make_escaper((_AMP, _LT, _GT, _QUOT, _NL))
_escape_attrib_html = _make_escaper((_AMP, _GT, _QUOT))


def _write_start_tag(write, elem, tag, encoding, qnames, namespaces, attr_escape):
    write("<" + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda pair: pair[1]):
            label = ":" + prefix if prefix else prefix
            write(" xmlns%s=\"%s\"" % (label.encode(encoding),
                                       _escape_attrib(uri, encoding)))
    for key, value in sorted(elem.items()):
        if isinstance(key, QName):
            key = key.text
        if isinstance(value, QName):
            value = qnames[value.text]
        else:
            value = attr_escape(value, encoding)
        write(" %s=\"%s\"" % (qnames[key], value))


def _serialize_node(write, elem, encoding, qnames, namespaces, html):
    tag, text = elem.tag, elem.text
    special = html and _escape_cdata or _encode
    if tag is Comment:
        write("<!--%s-->" % special(text, encoding))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % special(text, encoding))
    elif qnames[tag] is None:
        # A tag of None serializes only its content.
        if text:
            write(_escape_cdata(text, encoding))
        for child in elem:
            _serialize_node(write, child, encoding, qnames, None, html)
    else:
        name = qnames[tag]
        _write_start_tag(write, elem, name, encoding, qnames, namespaces,
                         _escape_attrib_html if html else _escape_attrib)
        if html:
            write(">")
            if text:
                if name.lower() in ("script", "style"):
                    write(_encode(text, encoding))
                else:
                    write(_escape_cdata(text, encoding))
            for child in elem:
                _serialize_node(write, child, encoding, qnames, None, html)
            if name.lower() not in HTML_EMPTY:
                write("</" + name + ">")
        elif text or len(elem):
            write(">")
            if text:
                write(_escape_cdata(text, encoding))
            for child in elem:
                _serialize_node(write, child, encoding, qnames, None, html)
            write("</" + name + ">")
        else:
            write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail, encoding))


def _serialize_xml(write, elem, encoding, qnames, namespaces):
    _serialize_node(write, elem, encoding, qnames, namespaces, False)


HTML_EMPTY = ("area", "base", "basefont", "br", "col", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param")


def _serialize_html(write, elem, encoding, qnames, namespaces):
    _serialize_node(write, elem, encoding, qnames, namespaces, True)


def _serialize_text(write, elem, encoding):
    for piece in elem.itertext():
        write(piece.encode(encoding))
    if elem.tail:
        write(elem.tail.encode(encoding))

_serialize = {
    "xml": _serialize_xml,
    "html": _serialize_html,
    "text": _serialize_text,
}


class _Collector(object):
    """A write() target that keeps the pieces."""

    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def tostringlist(element, encoding=None, method=None):
    """The serialized element as a list of string pieces."""
    sink = _Collector()
    ElementTree(element).write(sink, encoding, method=method)
    return sink.parts


def tostring(element, encoding=None, method=None):
    """The serialized element as one string."""
    return "".join(tostringlist(element, encoding, method))


def dump(elem):
    """Debug helper: print an element or tree on stdout."""
    tree = elem if isinstance(elem, ElementTree) else ElementTree(elem)
    tree.write(sys.stdout)
    tail = tree.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def parse(source, parser=None):
    """Parse a file name or file object into a new ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _IterParseIterator(object):
    """Iterator behind iterparse(): reads the source in chunks and hands
    out the (event, element) pairs the parser queued meanwhile."""

    def __init__(self, source, events, parser, close_source=False):
        self._file = source
        self._close_file = close_source
        self._parser = parser
        self._events = []
        self._index = 0
        self._error = None
        self.root = self._root = None
        # XMLParser appends to this list for the event kinds wanted.
        parser._events = (self._events, events or ("end",))

    def _pull(self):
        """Feed the parser one more chunk (or finish it at EOF)."""
        chunk = self._file.read(16384)
        try:
            if chunk:
                self._parser.feed(chunk)
            else:
                self._root = self._parser.close()
        except SyntaxError as exc:
            self._error = exc
        if not chunk:
            self._parser = None

    def next(self):
        while self._index >= len(self._events):
            del self._events[:]
            self._index = 0
            if self._error:
                pending, self._error = self._error, None
                raise pending
            if self._parser is None:
                self.root = self._root
                if self._close_file:
                    self._file.close()
                raise StopIteration
            self._pull()
        item = self._events[self._index]
        self._index += 1
        return item

    def __iter__(self):
        return self


def iterparse(source, events=None, parser=None):
    """Parse incrementally, yielding (event, element) for the events
    'start', 'end', 'start-ns' and 'end-ns' (default: 'end' only)."""
    owned = not hasattr(source, "read")
    if owned:
        source = open(source, "rb")
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    return _IterParseIterator(source, events, parser, owned)


def fromstringlist(sequence, parser=None):
    """Parse a document given as a sequence of string fragments."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for fragment in sequence:
        parser.feed(fragment)
    return parser.close()


def XML(text, parser=None):
    """Parse a document held in a string; returns its root element."""
    return fromstringlist([text], parser)

fromstring = XML


def XMLID(text, parser=None):
    """Parse text; return (root, dict mapping each id attribute to its element)."""
    root = XML(text, parser)
    by_id = {}
    for node in root.iter():
        key = node.get("id")
        if key:
            by_id[key] = node
    return root, by_id


class TreeBuilder(object):
    """Target for XMLParser that assembles Elements from start(), data()
    and end() calls; close() returns the root."""

    def __init__(self, element_factory=None):
        self._factory = Element if element_factory is None else element_factory
        self._elem = []        # open elements, innermost last
        self._data = []        # character data not yet attached
        self._last = None      # most recently opened or closed element
        self._tail = None      # does pending data go to _last.tail?

    def _flush(self):
        if not self._data:
            return
        if self._last is not None:
            joined = "".join(self._data)
            if self._tail:
                assert self._last.tail is None, "internal error (tail)"
                self._last.tail = joined
            else:
                assert self._last.text is None, "internal error (text)"
                self._last.text = joined
        self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        node = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(node)
        self._elem.append(node)
        self._last = node
        self._tail = 0
        return node

    def end(self, tag):
        self._flush()
        node = self._last = self._elem.pop()
        assert node.tag == tag, \
            "end tag mismatch (expected %s, got %s)" % (node.tag, tag)
        self._tail = 1
        return node

    def close(self):
        """Return the root element once every tag is closed."""
        assert len(self._elem) == 0, "missing end tags"
        assert self._last is not None, "missing toplevel element"
        return self._last


def _load_expat():
    try:
        from xml.parsers import expat
        return expat
    except ImportError:
        pass
    try:
        import pyexpat
        return pyexpat
    except ImportError:
        raise ImportError("No module named expat; use SimpleXMLTreeBuilder instead")


class XMLParser(object):
    """Drives a target (a TreeBuilder unless given) from pyexpat events."""

    def __init__(self, html=0, target=None, encoding=None):
        expat = _load_expat()
        # "}" as separator gives "uri}local", completed to "{uri}local".
        parser = expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = expat.error
        self._names = {}           # cache: expat name -> our tag string
        self._events = None        # set by iterparse: (queue, wanted kinds)
        self._doctype = None
        self.entity = {}
        self.version = "Expat %d.%d.%d" % expat.version_info
        parser.buffer_text = 1
        parser.ordered_attributes = 1
        parser.specified_attributes = 1
        hooks = (("DefaultHandlerExpand", self._default),
                 ("StartElementHandler", self._start),
                 ("EndElementHandler", self._end),
                 ("CharacterDataHandler", self._data),
                 ("CommentHandler", self._comment),
                 ("ProcessingInstructionHandler", self._pi),
                 ("StartNamespaceDeclHandler", self._start_ns),
                 ("EndNamespaceDeclHandler", self._end_ns))
        for attr, method in hooks:
            setattr(parser, attr, method)

    def _raiseerror(self, value):
        problem = ParseError(value)
        problem.code = value.code
        problem.position = (value.lineno, value.offset)
        raise problem

    def _fixtext(self, text):
        # ASCII-only text comes back as str, as in 2.7.
        try:
            return text.encode("ascii")
        except UnicodeError:
            return text

    def _fixname(self, key):
        name = self._names.get(key)
        if name is None:
            name = "{" + key if "}" in key else key
            name = self._names[key] = self._fixtext(name)
        return name

    def _queue(self, kind, payload):
        if self._events is not None and kind in self._events[1]:
            self._events[0].append((kind, payload))

    def _start(self, tag, attrib_in):
        # ordered_attributes: a flat [name, value, name, value...] list.
        attrib = {}
        for pos in range(0, len(attrib_in), 2):
            attrib[self._fixname(attrib_in[pos])] = self._fixtext(attrib_in[pos + 1])
        elem = self.target.start(self._fixname(tag), attrib)
        self._queue("start", elem)
        return elem

    def _end(self, tag):
        elem = self.target.end(self._fixname(tag))
        self._queue("end", elem)
        return elem

    def _data(self, text):
        self.target.data(self._fixtext(text))

    def _comment(self, text):
        handler = getattr(self.target, "comment", None)
        if handler is not None:
            handler(self._fixtext(text))

    def _pi(self, target, data):
        handler = getattr(self.target, "pi", None)
        if handler is not None:
            handler(self._fixtext(target), self._fixtext(data))

    def _start_ns(self, prefix, uri):
        if self._events is not None and "start-ns" in self._events[1]:
            pair = (self._fixtext(prefix or ""), self._fixtext(uri or ""))
            self._events[0].append(("start-ns", pair))

    def _end_ns(self, prefix):
        self._queue("end-ns", None)

    def _default(self, text):
        pass

    def doctype(self, name, pubid, system):
        """Deprecated: define doctype() on the target instead."""
        warnings.warn(
            "This method of XMLParser is deprecated.  Define doctype() "
            "method on the TreeBuilder target.",
            DeprecationWarning)

    def _parse(self, data, final):
        try:
            self._parser.Parse(data, final)
        except self._error as v:
            self._raiseerror(v)

    def feed(self, data):
        """Parse another chunk of the document."""
        self._parse(data, 0)

    def close(self):
        """Finish the document and return what the target's close() gives."""
        self._parse("", 1)
        result = self.target.close()
        del self.target, self._parser
        return result

XMLTreeBuilder = XMLParser
