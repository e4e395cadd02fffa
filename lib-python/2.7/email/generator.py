"""Serialising Message trees back to RFC 2822 text."""

__all__ = ['Generator', 'DecodedGenerator']

import random
import re
import sys
import time
from cStringIO import StringIO

from email.header import Header

UNDERSCORE = '_'
NL = '\n'

# Body lines starting with "From " are escaped as ">From " (mbox safety).
fcre = re.compile(r'^From ', re.MULTILINE)


def _is8bitstring(s):
    # True for a byte string that is not pure ASCII
    if not isinstance(s, str):
        return False
    try:
        s.decode('us-ascii')
    except UnicodeError:
        return True
    return False


def _render(gen, part):
    # flatten one sub-message with a generator like gen; return the text
    buf = StringIO()
    gen.clone(buf).flatten(part, unixfrom=False)
    return buf.getvalue()


class Generator:
    """Writes a message to a file-like object: the header block, an empty
    line, then the body (subparts between boundary lines for multiparts).
    Content-type specific output comes from the _handle_<type> methods."""

    def __init__(self, outfp, mangle_from_=True, maxheaderlen=78):
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self._maxheaderlen = maxheaderlen

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False):
        """Write msg, preceded by its envelope 'From ' line if unixfrom."""
        if unixfrom:
            envelope = msg.get_unixfrom() or 'From nobody ' + time.ctime(time.time())
            self._fp.write(envelope + NL)
        self._write(msg)

    def clone(self, fp):
        """A generator with the same settings writing to fp."""
        return self.__class__(fp, self._mangle_from_, self._maxheaderlen)

    def _mangled(self, text):
        if self._mangle_from_:
            return fcre.sub('>From ', text)
        return text

    def _write(self, msg):
        # Render the body before the headers: writing a multipart may give
        # it a boundary, which must then show up in its Content-Type.
        body = StringIO()
        saved, self._fp = self._fp, body
        try:
            self._dispatch(msg)
        finally:
            self._fp = saved
        custom = getattr(msg, '_write_headers', None)
        if custom is not None:
            custom(self)
        else:
            self._write_headers(msg)
        self._fp.write(body.getvalue())

    def _dispatch(self, msg):
        main = msg.get_content_maintype()
        full = UNDERSCORE.join((main, msg.get_content_subtype()))
        for name in (full, main):
            handler = getattr(self, '_handle_' + name.replace('-', '_'), None)
            if handler is not None:
                break
        else:
            handler = self._writeBody
        handler(msg)

    def _header_text(self, name, value):
        if self._maxheaderlen == 0:
            return value                # no folding at all
        if isinstance(value, Header):
            return value.encode()
        if _is8bitstring(value):
            return value                # cannot be folded safely
        return Header(value, maxlinelen=self._maxheaderlen, header_name=name).encode()

    def _write_headers(self, msg):
        for name, value in msg.items():
            self._fp.write('%s: %s\n' % (name, self._header_text(name, value)))
        self._fp.write(NL)

    # -- body handlers -----------------------------------------------------

    def _handle_text(self, msg):
        body = msg.get_payload()
        if body is None:
            return
        if not isinstance(body, basestring):
            raise TypeError('string payload expected: %s' % type(body))
        self._fp.write(self._mangled(body))

    # anything without a more specific handler is written like text
    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        parts = msg.get_payload()
        if isinstance(parts, basestring):
            # a multipart whose body was never parsed into parts
            self._fp.write(parts)
            return
        if parts is None:
            parts = []
        elif not isinstance(parts, list):
            parts = [parts]
        rendered = [_render(self, p) for p in parts]
        boundary = msg.get_boundary()
        if not boundary:
            boundary = _make_boundary(NL.join(rendered))
            msg.set_boundary(boundary)
        out = self._fp
        if msg.preamble is not None:
            out.write(self._mangled(msg.preamble) + NL)
        out.write('--%s\n' % boundary)
        for i, text in enumerate(rendered):
            if i:
                out.write('\n--%s\n' % boundary)
            out.write(text)
        # the closing delimiter always gets its own line end
        out.write('\n--%s--\n' % boundary)
        if msg.epilogue is not None:
            out.write(self._mangled(msg.epilogue))

    def _handle_multipart_signed(self, msg):
        # signed content must come out byte for byte: no header refolding
        saved = self._maxheaderlen
        self._maxheaderlen = 0
        try:
            self._handle_multipart(msg)
        finally:
            self._maxheaderlen = saved

    def _handle_message_delivery_status(self, msg):
        # each status block is a header block; blocks are separated by one
        # empty line, so the trailing newline of each is dropped
        blocks = []
        for part in msg.get_payload():
            text = _render(self, part)
            if text.endswith(NL):
                text = text[:-1]
            blocks.append(text)
        self._fp.write(NL.join(blocks))

    def _handle_message(self, msg):
        body = msg.get_payload()
        if isinstance(body, list):
            body = _render(self, msg.get_payload(0))
        self._fp.write(body)


class DecodedGenerator(Generator):
    """Writes only the decoded text parts of a message; any other
    non-multipart part is replaced by a line made from fmt."""

    _FMT = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'

    def __init__(self, outfp, mangle_from_=True, maxheaderlen=78, fmt=None):
        Generator.__init__(self, outfp, mangle_from_, maxheaderlen)
        if fmt is None:
            fmt = self._FMT
        self._fmt = fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            kind = part.get_content_maintype()
            if kind == 'multipart':
                continue
            if kind == 'text':
                line = part.get_payload(decode=True)
            else:
                line = self._fmt % dict(
                    type=part.get_content_type(),
                    maintype=kind,
                    subtype=part.get_content_subtype(),
                    filename=part.get_filename('[no filename]'),
                    description=part.get('Content-Description', '[no description]'),
                    encoding=part.get('Content-Transfer-Encoding', '[no encoding]'))
            self._fp.write(line + NL)


# Boundaries are '=' * 15, a zero-padded random number as wide as the
# largest one, and '=='.
_width = len(repr(sys.maxint - 1))
_fmt = '%%0%dd' % _width


def _make_boundary(text=None):
    base = '=' * 15 + _fmt % random.randrange(sys.maxint) + '=='
    if text is None:
        return base
    candidate = base
    n = 0
    # make sure no line of the text is (or closes) this boundary
    while re.search('^--' + re.escape(candidate) + '(--)?$', text, re.MULTILINE):
        candidate = '%s.%d' % (base, n)
        n += 1
    return candidate
