"""Base classes of SAX event handlers, and the feature/property names."""


class ErrorHandler:
    """Errors are raised, warnings printed."""

    def error(self, exception):
        raise exception

    def fatalError(self, exception):
        raise exception

    def warning(self, exception):
        print exception


class ContentHandler:
    """Receives the logical content of a document; override what you need."""

    def __init__(self):
        self._locator = None

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startDocument(self):
        pass

    def endDocument(self):
        pass

    def startPrefixMapping(self, prefix, uri):
        pass

    def endPrefixMapping(self, prefix):
        pass

    def startElement(self, name, attrs):
        pass

    def endElement(self, name):
        pass

    def startElementNS(self, name, qname, attrs):
        pass

    def endElementNS(self, name, qname):
        pass

    def characters(self, content):
        pass

    def ignorableWhitespace(self, whitespace):
        pass

    def processingInstruction(self, target, data):
        pass

    def skippedEntity(self, name):
        pass


class DTDHandler:
    def notationDecl(self, name, publicId, systemId):
        pass

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        pass


class EntityResolver:
    def resolveEntity(self, publicId, systemId):
        return systemId


# Feature and property names are URIs; SAX 2 defines most of them under
# one prefix, the two Python-specific properties live under python.org.
_SAX_FEATURE = "http://xml.org/sax/features/"
_SAX_PROPERTY = "http://xml.org/sax/properties/"
_PY_PROPERTY = "http://www.python.org/sax/properties/"

all_features = [
    _SAX_FEATURE + "namespaces",
    _SAX_FEATURE + "namespace-prefixes",
    _SAX_FEATURE + "string-interning",
    _SAX_FEATURE + "validation",
    _SAX_FEATURE + "external-general-entities",
    _SAX_FEATURE + "external-parameter-entities",
]
(feature_namespaces, feature_namespace_prefixes, feature_string_interning,
 feature_validation, feature_external_ges, feature_external_pes) = all_features

property_lexical_handler = _SAX_PROPERTY + "lexical-handler"
property_declaration_handler = _SAX_PROPERTY + "declaration-handler"
property_dom_node = _SAX_PROPERTY + "dom-node"
property_xml_string = _SAX_PROPERTY + "xml-string"
property_encoding = _PY_PROPERTY + "encoding"
property_interning_dict = _PY_PROPERTY + "interning-dict"
# (this order, with dom-node second, is the one 2.7 publishes)
all_properties = [property_lexical_handler, property_dom_node,
                  property_declaration_handler, property_xml_string,
                  property_encoding, property_interning_dict]
