"""SAX reader interfaces: XMLReader, IncrementalParser, Locator, InputSource,
and the two attribute collections handed to startElement/startElementNS."""

import handler
from _exceptions import SAXNotSupportedException, SAXNotRecognizedException

_MUST_OVERRIDE = "This method must be implemented!"


def _unknown(kind, name):
    return SAXNotRecognizedException("%s '%s' not recognized" % (kind, name))


class XMLReader:
    """Base class of SAX parsers: holds the four handlers and refuses
    every feature and property until a subclass says otherwise."""

    def __init__(self):
        self._cont_handler = handler.ContentHandler()
        self._dtd_handler = handler.DTDHandler()
        self._ent_handler = handler.EntityResolver()
        self._err_handler = handler.ErrorHandler()

    def parse(self, source):
        raise NotImplementedError(_MUST_OVERRIDE)

    # handler accessors, setter first
    def setContentHandler(self, handler):
        self._cont_handler = handler
    def getContentHandler(self):
        return self._cont_handler

    def setDTDHandler(self, handler):
        self._dtd_handler = handler
    def getDTDHandler(self):
        return self._dtd_handler

    def setEntityResolver(self, resolver):
        self._ent_handler = resolver
    def getEntityResolver(self):
        return self._ent_handler

    def setErrorHandler(self, handler):
        self._err_handler = handler
    def getErrorHandler(self):
        return self._err_handler

    def setLocale(self, locale):
        raise SAXNotSupportedException("Locale support not implemented")

    def setFeature(self, name, state):
        raise _unknown("Feature", name)
    def getFeature(self, name):
        raise _unknown("Feature", name)

    def setProperty(self, name, value):
        raise _unknown("Property", name)
    def getProperty(self, name):
        raise _unknown("Property", name)


class IncrementalParser(XMLReader):
    """A reader whose input may arrive in chunks through feed()."""

    def __init__(self, bufsize=2 ** 16):
        self._bufsize = bufsize
        XMLReader.__init__(self)

    def parse(self, source):
        import saxutils
        source = saxutils.prepare_input_source(source)
        self.prepareParser(source)
        stream = source.getByteStream()
        while True:
            chunk = stream.read(self._bufsize)
            if chunk == "":
                break
            self.feed(chunk)
        self.close()

    def prepareParser(self, source):
        raise NotImplementedError("prepareParser must be overridden!")

    def feed(self, data):
        raise NotImplementedError(_MUST_OVERRIDE)

    def reset(self):
        raise NotImplementedError(_MUST_OVERRIDE)

    def close(self):
        raise NotImplementedError(_MUST_OVERRIDE)


class Locator:
    """Default locator: position unknown."""

    def getPublicId(self):
        return None

    def getSystemId(self):
        return None

    def getLineNumber(self):
        return -1

    def getColumnNumber(self):
        return -1


class InputSource:
    """Describes a document to read: its ids, declared encoding and the
    byte or character stream to read it from."""

    def __init__(self, system_id=None):
        self.__public_id = self.__encoding = None
        self.__bytefile = self.__charfile = None
        self.__system_id = system_id

    def setSystemId(self, system_id):
        self.__system_id = system_id
    def getSystemId(self):
        return self.__system_id

    def setPublicId(self, public_id):
        self.__public_id = public_id
    def getPublicId(self):
        return self.__public_id

    def setEncoding(self, encoding):
        self.__encoding = encoding
    def getEncoding(self):
        return self.__encoding

    def setCharacterStream(self, charfile):
        self.__charfile = charfile
    def getCharacterStream(self):
        return self.__charfile

    def setByteStream(self, bytefile):
        self.__bytefile = bytefile
    def getByteStream(self):
        return self.__bytefile


class AttributesImpl:
    """Element attributes without namespaces: a read-only name -> value
    mapping where the qualified name is the name itself."""

    def __init__(self, attrs):
        self._attrs = attrs

    def _known(self, name):
        if name in self._attrs:
            return name
        raise KeyError(name)

    def getType(self, name):
        return "CDATA"

    def getValue(self, name):
        return self._attrs[name]
    getValueByQName = getValue
    __getitem__ = getValue

    def getNameByQName(self, name):
        return self._known(name)

    def getQNameByName(self, name):
        return self._known(name)

    def keys(self):
        return self._attrs.keys()

    def getNames(self):
        return self._attrs.keys()

    def getQNames(self):
        return self._attrs.keys()

    def getLength(self):
        return len(self._attrs)
    __len__ = getLength

    def __contains__(self, name):
        return name in self._attrs
    has_key = __contains__

    def get(self, name, alternative=None):
        return self._attrs.get(name, alternative)

    def items(self):
        return self._attrs.items()

    def values(self):
        return self._attrs.values()

    def copy(self):
        return self.__class__(self._attrs)


class AttributesNSImpl(AttributesImpl):
    """Namespace-aware attributes: keys are (uri, localname) pairs, and a
    second mapping gives each key's qualified name."""

    def __init__(self, attrs, qnames):
        self._attrs = attrs
        self._qnames = qnames

    def _key_for_qname(self, name):
        for key, qname in self._qnames.items():
            if qname == name:
                return key
        raise KeyError(name)

    def getValueByQName(self, name):
        return self._attrs[self._key_for_qname(name)]

    def getNameByQName(self, name):
        return self._key_for_qname(name)

    def getQNameByName(self, name):
        return self._qnames[name]

    def getQNames(self):
        return self._qnames.values()

    def copy(self):
        return self.__class__(self._attrs, self._qnames)
