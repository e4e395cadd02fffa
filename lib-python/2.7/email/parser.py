"""Parsing text into Message objects (headers, then the body; multipart
bodies are split at their boundaries recursively)."""

__all__ = ['Parser', 'HeaderParser']

import re
from email import errors
from email.message import Message

_headerRE = re.compile(r'^(From |[\041-\071\073-\176]{1,}:|[\t ])')


def _split_lines(text):
    return text.splitlines(True)


class Parser:
    """Parses a whole message; headersonly=True leaves the body unparsed."""

    def __init__(self, _class=Message):
        self._class = _class

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return self._parse(text, headersonly, 'text/plain')

    def _parse(self, text, headersonly, default_type):
        msg = self._class()
        msg.set_default_type(default_type)
        lines = _split_lines(text)
        i = self._parse_headers(msg, lines)
        body = ''.join(lines[i:])
        if headersonly:
            msg.set_payload(body)
            return msg
        self._parse_body(msg, body)
        return msg

    def _parse_headers(self, msg, lines):
        """Add the header lines to msg; the index of the first body line."""
        name = None
        value = []
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            stripped = line.rstrip('\r\n')
            if not stripped:
                i += 1           # the blank separator line
                break
            if i == 0 and line.startswith('From '):
                msg.set_unixfrom(stripped)
                i += 1
                continue
            if line[0] in ' \t':
                if name is None:
                    msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
                else:
                    value.append(line)
                i += 1
                continue
            colon = line.find(':')
            if colon <= 0 or not _headerRE.match(line):
                # not a header: the body starts here
                msg.defects.append(errors.MalformedHeaderDefect(line))
                break
            if name is not None:
                msg[name] = ''.join(value).rstrip('\r\n')
            name = line[:colon]
            value = [line[colon + 1:].lstrip()]
            i += 1
        if name is not None:
            msg[name] = ''.join(value).rstrip('\r\n')
        return i

    def _parse_body(self, msg, body):
        if msg.get_content_maintype() != 'multipart':
            if msg.get_content_type() == 'message/rfc822':
                msg.set_payload([self._parse(body, False, 'text/plain')])
            else:
                msg.set_payload(body)
            return
        boundary = msg.get_boundary()
        if boundary is None:
            msg.defects.append(errors.NoBoundaryInMultipartDefect())
            msg.set_payload(body)
            return
        sep = re.compile('(?m)^--' + re.escape(boundary) + r'(--)?[ \t]*$')
        pieces = []
        last = 0
        closed = False
        preamble = None
        for m in sep.finditer(body):
            chunk = body[last:m.start()]
            if last == 0 and not pieces and preamble is None:
                preamble = chunk
            else:
                pieces.append(chunk)
            last = m.end()
            if last < len(body) and body[last] == '\r':
                last += 1
            if last < len(body) and body[last] == '\n':
                last += 1
            if m.group(1):
                closed = True
                break
        if preamble is None:
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg.set_payload(body)
            return
        # the line break before a boundary belongs to the boundary
        if preamble.endswith('\n'):
            preamble = preamble[:-1]
            if preamble.endswith('\r'):
                preamble = preamble[:-1]
        msg.preamble = preamble if preamble else None
        if not closed and last < len(body):
            pieces.append(body[last:])
            last = len(body)
        subtype = msg.get_content_type()
        default = 'message/rfc822' if subtype == 'multipart/digest' else 'text/plain'
        parts = []
        for chunk in pieces:
            if chunk.endswith('\n'):
                chunk = chunk[:-1]
                if chunk.endswith('\r'):
                    chunk = chunk[:-1]
            parts.append(self._parse(chunk, False, default))
        msg.set_payload(parts)
        if closed:
            epilogue = body[last:]
            msg.epilogue = epilogue if epilogue else ''
        if not parts:
            msg.defects.append(errors.MultipartInvariantViolationDefect())


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


# 2.7's email.parser also offers the incremental parser.
from email.feedparser import FeedParser
