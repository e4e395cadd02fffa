"""Simple API for XML (SAX): parse(), parseString(), make_parser() and the
handler and exception classes."""

from xmlreader import InputSource
from handler import ContentHandler, ErrorHandler
from _exceptions import (SAXException, SAXNotRecognizedException,
                         SAXParseException, SAXNotSupportedException,
                         SAXReaderNotAvailable)


def _configured_parser(handler, errorHandler):
    """A fresh parser from make_parser() wired to the two handlers."""
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    return reader


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parse a document (file name or file object) reporting to handler."""
    _configured_parser(handler, errorHandler).parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parse a document given as a string."""
    try:
        from cStringIO import StringIO as _memory_file
    except ImportError:
        from StringIO import StringIO as _memory_file
    if errorHandler is None:
        errorHandler = ErrorHandler()
    reader = _configured_parser(handler, errorHandler)
    wrapped = InputSource()
    wrapped.setByteStream(_memory_file(string))
    reader.parse(wrapped)


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
