"""SAX2 driver built on pyexpat: ExpatParser turns expat callbacks into
ContentHandler / DTDHandler / LexicalHandler events."""

version = "0.20"

from xml.sax._exceptions import (SAXParseException, SAXNotRecognizedException,
                                 SAXNotSupportedException, SAXReaderNotAvailable)
from xml.sax.handler import (feature_validation, feature_namespaces,
                             feature_namespace_prefixes, feature_external_ges,
                             feature_external_pes, feature_string_interning,
                             property_xml_string, property_interning_dict)
from xml.sax import xmlreader, saxutils, handler

try:
    from xml.parsers import expat
except ImportError:
    raise SAXReaderNotAvailable("expat not supported", None)

AttributesImpl = xmlreader.AttributesImpl
AttributesNSImpl = xmlreader.AttributesNSImpl

# Features that expat can never switch on, with the reason given.
_UNSUPPORTED_FEATURES = {
    feature_validation: "expat does not support validation",
    feature_external_pes: "expat does not read external parameter entities",
}


def _feature_unknown(name):
    return SAXNotRecognizedException("Feature '%s' not recognized" % name)


def _property_unknown(name):
    return SAXNotRecognizedException("Property '%s' not recognized" % name)


def _expand_name(name):
    """Split an expat namespace name "uri local [prefix]" into
    ((uri, local), qname, number_of_parts)."""
    parts = name.split()
    count = len(parts)
    if count == 1:
        return (None, name), name, 1
    if count == 3:
        uri, local, prefix = parts
        return (uri, local), prefix + ":" + local, 3
    return tuple(parts), None, count


class ExpatLocator(xmlreader.Locator):
    """Reports the position of an ExpatParser; handed to the application
    instead of the parser itself so it cannot be mistaken for a reader."""

    def __init__(self, parser):
        self._ref = parser

    def _expat(self):
        owner = self._ref
        if owner is None:
            return None
        return owner._parser

    def getColumnNumber(self):
        p = self._expat()
        return None if p is None else p.ErrorColumnNumber

    def getLineNumber(self):
        p = self._expat()
        return 1 if p is None else p.ErrorLineNumber

    def getPublicId(self):
        owner = self._ref
        return None if owner is None else owner._source.getPublicId()

    def getSystemId(self):
        owner = self._ref
        return None if owner is None else owner._source.getSystemId()


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """Incremental SAX reader over an expat parser object."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None          # the expat object, made by reset()
        self._parsing = 0
        self._entity_stack = []
        self._namespaces = namespaceHandling
        self._namespace_prefixes = 0
        self._external_ges = 1
        self._interning = None       # dict while string interning is on
        self._lex_handler_prop = None

    # --- XMLReader -----------------------------------------------------

    def parse(self, source):
        self._source = source = saxutils.prepare_input_source(source)
        self.reset()
        self._cont_handler.setDocumentLocator(ExpatLocator(self))
        xmlreader.IncrementalParser.parse(self, source)

    def prepareParser(self, source):
        base = source.getSystemId()
        if base is not None:
            self._parser.SetBase(base)

    def setContentHandler(self, handler):
        xmlreader.IncrementalParser.setContentHandler(self, handler)
        if self._parsing:
            self._reset_cont_handler()

    def getFeature(self, name):
        if name in _UNSUPPORTED_FEATURES:
            return 0
        if name == feature_string_interning:
            return self._interning is not None
        current = {
            feature_namespaces: self._namespaces,
            feature_namespace_prefixes: self._namespace_prefixes,
            feature_external_ges: self._external_ges,
        }
        if name in current:
            return current[name]
        raise _feature_unknown(name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name in _UNSUPPORTED_FEATURES:
            if state:
                raise SAXNotSupportedException(_UNSUPPORTED_FEATURES[name])
        elif name == feature_namespaces:
            self._namespaces = state
        elif name == feature_namespace_prefixes:
            self._namespace_prefixes = state
        elif name == feature_external_ges:
            self._external_ges = state
        elif name == feature_string_interning:
            if not state:
                self._interning = None
            elif self._interning is None:
                self._interning = {}
        else:
            raise _feature_unknown(name)

    def getProperty(self, name):
        if name == property_xml_string:
            raise SAXNotSupportedException(
                "This property is only available during a parse")
        if name == property_interning_dict:
            return self._interning
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        raise _property_unknown(name)

    def setProperty(self, name, value):
        if name == property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        if name == property_interning_dict:
            self._interning = value
        elif name == handler.property_lexical_handler:
            self._lex_handler_prop = value
            if self._parsing:
                self._reset_lex_handler_prop()
        else:
            raise _property_unknown(name)

    # --- IncrementalParser ---------------------------------------------

    def feed(self, data, isFinal=0):
        if not self._parsing:
            # First chunk: build the expat object and open the document.
            self.reset()
            self._parsing = 1
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as err:
            problem = SAXParseException(expat.ErrorString(err.code), err, self)
            self._err_handler.fatalError(problem)

    def close(self):
        if self._parser is None or self._entity_stack:
            return
        self.feed("", isFinal=1)
        self._cont_handler.endDocument()
        self._parser = None
        self._parsing = 0

    def reset(self):
        encoding = self._source.getEncoding()
        if self._namespaces:
            p = expat.ParserCreate(encoding, " ", intern=self._interning)
            p.namespace_prefixes = 1 if self._namespace_prefixes else 0
            p.StartElementHandler = self.start_element_ns
            p.EndElementHandler = self.end_element_ns
        else:
            p = expat.ParserCreate(encoding, intern=self._interning)
            p.StartElementHandler = self.start_element
            p.EndElementHandler = self.end_element
        self._parser = p
        self._reset_cont_handler()
        p.StartNamespaceDeclHandler = self.start_namespace_decl
        p.EndNamespaceDeclHandler = self.end_namespace_decl
        p.NotationDeclHandler = self.notation_decl
        p.UnparsedEntityDeclHandler = self.unparsed_entity_decl
        self._decl_handler_prop = None
        if self._lex_handler_prop:
            self._reset_lex_handler_prop()
        self._entity_stack = []
        self._parsing = 0

    def _reset_cont_handler(self):
        target = self._cont_handler
        self._parser.CharacterDataHandler = target.characters
        self._parser.ProcessingInstructionHandler = target.processingInstruction

    def _reset_lex_handler_prop(self):
        lex = self._lex_handler_prop
        p = self._parser
        if lex is None:
            hooks = (None, None, None, None, None)
        else:
            hooks = (lex.comment, lex.startCDATA, lex.endCDATA,
                     self.start_doctype_decl, lex.endDTD)
        (p.CommentHandler, p.StartCdataSectionHandler,
         p.EndCdataSectionHandler, p.StartDoctypeDeclHandler,
         p.EndDoctypeDeclHandler) = hooks

    # --- Locator (the parser is its own locator too) ---------------------

    def getColumnNumber(self):
        p = self._parser
        return None if p is None else p.ErrorColumnNumber

    def getLineNumber(self):
        p = self._parser
        return 1 if p is None else p.ErrorLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    # --- expat callbacks -------------------------------------------------

    def start_element(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def end_element(self, name):
        self._cont_handler.endElement(name)

    def _element_names(self, name):
        pair, qname, count = _expand_name(name)
        # A prefixed qname is only reported when namespace-prefixes is on.
        if count == 3 and not self._namespace_prefixes:
            qname = None
        return pair, qname

    def start_element_ns(self, name, attrs):
        pair, qname = self._element_names(name)
        values = {}
        qnames = {}
        for aname, value in attrs.items():
            akey, aqname, _ = _expand_name(aname)
            values[akey] = value
            qnames[akey] = aqname
        self._cont_handler.startElementNS(pair, qname,
                                          AttributesNSImpl(values, qnames))

    def end_element_ns(self, name):
        pair, qname = self._element_names(name)
        self._cont_handler.endElementNS(pair, qname)

    def processing_instruction(self, target, data):
        self._cont_handler.processingInstruction(target, data)

    def character_data(self, data):
        self._cont_handler.characters(data)

    def start_namespace_decl(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def end_namespace_decl(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def start_doctype_decl(self, name, sysid, pubid, has_internal_subset):
        self._lex_handler_prop.startDTD(name, pubid, sysid)

    def unparsed_entity_decl(self, name, base, sysid, pubid, notation_name):
        self._dtd_handler.unparsedEntityDecl(name, pubid, sysid, notation_name)

    def notation_decl(self, name, base, sysid, pubid):
        self._dtd_handler.notationDecl(name, pubid, sysid)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
