"""Exceptions raised by the email package, and the defect classes the parser
records on Message.defects when it meets malformed input instead of failing."""


# -- exceptions ---------------------------------------------------------------

class MessageError(Exception): "Root of every exception the email package raises."
class MessageParseError(MessageError): "Root of the errors met while parsing a message."
class HeaderParseError(MessageParseError): "A header could not be parsed."
class BoundaryError(MessageParseError): "The closing multipart boundary is missing."
class CharsetError(MessageError): "The charset named is not a legal one."


class MultipartConversionError(MessageError, TypeError):
    "A non-multipart payload cannot be turned into a multipart one."


# -- defects ------------------------------------------------------------------

class MessageDefect:
    "Something wrong the parser noticed in a message; `line` is the culprit."
    def __init__(self, line=None):
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect): "multipart/* without a boundary parameter."
class StartBoundaryNotFoundDefect(MessageDefect): "The first boundary never appeared."
class FirstHeaderLineIsContinuationDefect(MessageDefect): "Headers began with a continuation line."
class MisplacedEnvelopeHeaderDefect(MessageDefect): "A 'From ' line sat inside the headers."
class MalformedHeaderDefect(MessageDefect): "A header line had no colon or was otherwise bad."
class MultipartInvariantViolationDefect(MessageDefect): "multipart/* whose body held no parts."
