"""SAX utilities: text escaping for XML output, a ContentHandler that
serialises events (XMLGenerator), a pass-through reader (XMLFilterBase)
and prepare_input_source."""

import sys
import urlparse
import handler
import xmlreader

try:
    _StringTypes = [str, unicode]
except NameError:
    _StringTypes = [str]

_XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'

# Whitespace that must survive attribute-value normalisation.
_ATTR_WHITESPACE = {'\n': '&#10;', '\r': '&#13;', '\t': '&#9;'}


def _apply(text, pairs):
    """Replace every key of mapping `pairs` by its value in text."""
    for old, new in pairs.items():
        text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """Escape '&', '<' and '>' in a string of data.

    Extra replacements may be given in the dictionary `entities`."""
    # '&' goes first so the other references are not escaped again.
    for old, new in (("&", "&amp;"), (">", "&gt;"), ("<", "&lt;")):
        data = data.replace(old, new)
    if entities:
        data = _apply(data, entities)
    return data


def unescape(data, entities={}):
    """Turn '&lt;', '&gt;' and '&amp;' back into characters.

    Extra replacements may be given in the dictionary `entities`."""
    data = data.replace("&lt;", "<").replace("&gt;", ">")
    if entities:
        data = _apply(data, entities)
    # '&amp;' last, so that "&amp;lt;" becomes "&lt;" and not "<".
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """Escape data for an attribute value and wrap it in quotes, choosing
    the quote character that needs no further escaping when possible."""
    table = dict(entities)
    table.update(_ATTR_WHITESPACE)
    data = escape(data, table)
    if '"' not in data:
        return '"' + data + '"'
    if "'" not in data:
        return "'" + data + "'"
    return '"' + data.replace('"', "&quot;") + '"'


class XMLGenerator(handler.ContentHandler):
    """Writes the SAX events it receives as an XML document to `out`."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        self._out = sys.stdout if out is None else out
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        # Stack of uri -> prefix maps; the top one is the live context.
        self._ns_contexts = [{}]
        self._current_context = self._ns_contexts[-1]
        # Declarations still to be written on the next start tag.
        self._undeclared_ns_maps = []
        # True while a start tag is open and may still become "<x/>".
        self._pending_start_element = False

    def _write(self, text):
        if not isinstance(text, str):
            text = text.encode(self._encoding, 'xmlcharrefreplace')
        self._out.write(text)

    def _qname(self, name):
        uri, local = name[0], name[1]
        if not uri:
            return local
        if uri == _XML_NAMESPACE:
            return 'xml:' + local
        prefix = self._current_context[uri]
        if not prefix:
            return local
        return prefix + ":" + local

    def _finish_pending_start_element(self, endElement=False):
        if not self._pending_start_element:
            return
        self._pending_start_element = False
        self._write('>')

    def _close_start_tag(self):
        # Empty elements may be shortened: defer the '>' until we know.
        if self._short_empty_elements:
            self._pending_start_element = True
        else:
            self._write(u">")

    def _end_tag(self, qname):
        if self._pending_start_element:
            self._pending_start_element = False
            self._write(u'/>')
        else:
            self._write(u'</%s>' % qname)

    def startDocument(self):
        self._write(u'<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        flush = getattr(self._out, 'flush', None)
        if flush is not None:
            flush()

    def startPrefixMapping(self, prefix, uri):
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def startElement(self, name, attrs):
        self._finish_pending_start_element()
        self._write(u'<' + name)
        for aname, value in attrs.items():
            self._write(u' %s=%s' % (aname, quoteattr(value)))
        self._close_start_tag()

    def endElement(self, name):
        self._end_tag(name)

    def startElementNS(self, name, qname, attrs):
        self._finish_pending_start_element()
        self._write(u'<' + self._qname(name))
        pending, self._undeclared_ns_maps = self._undeclared_ns_maps, []
        for prefix, uri in pending:
            if prefix:
                self._write(u' xmlns:%s="%s"' % (prefix, uri))
            else:
                self._write(u' xmlns="%s"' % uri)
        for aname, value in attrs.items():
            self._write(u' %s=%s' % (self._qname(aname), quoteattr(value)))
        self._close_start_tag()

    def endElementNS(self, name, qname):
        self._end_tag(self._qname(name))

    def characters(self, content):
        if not content:
            return
        self._finish_pending_start_element()
        self._write(escape(content))

    def ignorableWhitespace(self, content):
        if not content:
            return
        self._finish_pending_start_element()
        self._write(content)

    def processingInstruction(self, target, data):
        self._finish_pending_start_element()
        self._write(u'<?%s %s?>' % (target, data))


class XMLFilterBase(xmlreader.XMLReader):
    """A reader placed between a parent reader and the application: it
    registers itself as every handler of the parent and relays each
    event unchanged. Subclasses override the events they want to alter."""

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    # --- reader side: run the parent with ourselves as its handlers ---

    def parse(self, source):
        parent = self._parent
        parent.setContentHandler(self)
        parent.setErrorHandler(self)
        parent.setEntityResolver(self)
        parent.setDTDHandler(self)
        parent.parse(source)

    def setParent(self, parent):
        self._parent = parent

    def getParent(self):
        return self._parent

    def setLocale(self, locale):
        self._parent.setLocale(locale)

    def setFeature(self, name, state):
        self._parent.setFeature(name, state)

    def getFeature(self, name):
        return self._parent.getFeature(name)

    def setProperty(self, name, value):
        self._parent.setProperty(name, value)

    def getProperty(self, name):
        return self._parent.getProperty(name)

    # --- entity resolver, DTD and error events ---

    def resolveEntity(self, publicId, systemId):
        return self._ent_handler.resolveEntity(publicId, systemId)

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self._dtd_handler.unparsedEntityDecl(name, publicId, systemId, ndata)

    def notationDecl(self, name, publicId, systemId):
        self._dtd_handler.notationDecl(name, publicId, systemId)

    def warning(self, exception):
        self._err_handler.warning(exception)

    def error(self, exception):
        self._err_handler.error(exception)

    def fatalError(self, exception):
        self._err_handler.fatalError(exception)

    # --- content events ---

    def setDocumentLocator(self, locator):
        self._cont_handler.setDocumentLocator(locator)

    def startDocument(self):
        self._cont_handler.startDocument()

    def endDocument(self):
        self._cont_handler.endDocument()

    def startElement(self, name, attrs):
        self._cont_handler.startElement(name, attrs)

    def startElementNS(self, name, qname, attrs):
        self._cont_handler.startElementNS(name, qname, attrs)

    def endElement(self, name):
        self._cont_handler.endElement(name)

    def endElementNS(self, name, qname):
        self._cont_handler.endElementNS(name, qname)

    def startPrefixMapping(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def endPrefixMapping(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def characters(self, content):
        self._cont_handler.characters(content)

    def ignorableWhitespace(self, chars):
        self._cont_handler.ignorableWhitespace(chars)

    def skippedEntity(self, name):
        self._cont_handler.skippedEntity(name)

    def processingInstruction(self, target, data):
        self._cont_handler.processingInstruction(target, data)


def _open_system_id(source, base):
    """Open the document named by source's system id: first as a local
    file, otherwise as a URL relative to base."""
    sysid = source.getSystemId()
    try:
        stream = open(sysid, "rb")
    except IOError:
        import urllib
        sysid = urlparse.urljoin(base, sysid)
        source.setSystemId(sysid)
        return urllib.urlopen(sysid)
    source.setSystemId(sysid)
    return stream


def prepare_input_source(source, base=""):
    """Return an InputSource with a byte stream ready to read, given a
    system id string, a file-like object or an InputSource."""
    if type(source) in _StringTypes:
        source = xmlreader.InputSource(source)
    elif hasattr(source, "read"):
        stream = source
        source = xmlreader.InputSource()
        source.setByteStream(stream)
        name = getattr(stream, "name", None)
        if isinstance(name, basestring):
            source.setSystemId(name)
    if source.getByteStream() is None:
        source.setByteStream(_open_system_id(source, base))
    return source
