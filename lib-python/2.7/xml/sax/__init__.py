"""Simple API for XML (SAX): parse(), parseString(), make_parser() and the
handler and exception classes."""

from xmlreader import InputSource
from handler import ContentHandler, ErrorHandler
from _exceptions import (SAXException, SAXNotRecognizedException,
                         SAXParseException, SAXNotSupportedException,
                         SAXReaderNotAvailable)


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parse a document (file name or file object) reporting to handler."""
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parse a document given as a string."""
    try:
        from cStringIO import StringIO
    except ImportError:
        from StringIO import StringIO
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    source = InputSource()
    source.setByteStream(StringIO(string))
    parser.parse(source)


default_parser_list = ["xml.sax.expatreader"]


def make_parser(parser_list=[]):
    """A SAX parser: the first of parser_list + the default drivers that
    can be imported."""
    for parser_name in parser_list + default_parser_list:
        try:
            module = __import__(parser_name, {}, {}, ['create_parser'])
            return module.create_parser()
        except ImportError:
            pass
        except SAXReaderNotAvailable:
            pass
    raise SAXReaderNotAvailable("No parsers found", None)
