"""Exception classes raised by SAX readers and handlers."""


class SAXException(Exception):
    """Base SAX error: carries a message and, optionally, the lower-level
    exception that triggered it."""

    def __init__(self, msg, exception=None):
        Exception.__init__(self, msg)
        self._msg, self._exception = msg, exception

    def getMessage(self):
        "The message text."
        return self._msg

    def getException(self):
        "The wrapped exception, or None."
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        # SAX exceptions are deliberately not sequences.
        raise AttributeError("__getitem__")


def _or_mark(value, mark):
    if value is None:
        return mark
    return value


class SAXParseException(SAXException):
    """A well-formedness error; remembers where in the document it happened."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        # Snapshot the position now: the locator keeps moving afterwards.
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        where = (_or_mark(self.getSystemId(), "<unknown>"),
                 _or_mark(self.getLineNumber(), "?"),
                 _or_mark(self.getColumnNumber(), "?"))
        return "%s:%s:%s: " % where + self._msg


class SAXNotRecognizedException(SAXException):
    """Raised for a feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """Raised when a known feature or property cannot take the requested value."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """Raised when a parser driver cannot be loaded."""
