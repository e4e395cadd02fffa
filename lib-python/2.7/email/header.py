"""RFC 2047 support for header values that are not plain ASCII: the Header
class that builds them, and decode_header/make_header for the way back."""

__all__ = ['Header', 'decode_header', 'make_header']

import binascii
import re

import email.base64mime
import email.quoprimime
from email.charset import Charset
from email.errors import HeaderParseError

NL = '\n'
SPACE = ' '
USPACE = u' '
SPACE8 = ' ' * 8
UEMPTYSTRING = u''

MAXLINELEN = 76

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# One encoded word, =?charset?Q-or-B?payload?=, which must be followed by
# whitespace or the end of the line to count.
ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qb])\?(?P<encoded>.*?)\?=(?=[ \t]|$)',
                  re.IGNORECASE | re.MULTILINE)
# a "Name:" field label
fcre = re.compile(r'[\041-\176]+:$')
# a line break followed by something that looks like a new header
_embeded_header = re.compile(r'\n[^ \t]+:')


# -- decoding -----------------------------------------------------------------

def _decode_word(encoding, payload):
    # payload of one encoded word -> raw bytes in its charset
    if encoding == 'q':
        return email.quoprimime.header_decode(payload)
    missing = len(payload) % 4
    if missing:
        payload += '=' * (4 - missing)
    try:
        return email.base64mime.decode(payload)
    except binascii.Error:
        raise HeaderParseError


class _Pieces(object):
    """Accumulates (text, charset) pairs, merging neighbours: plain text
    joins plain text with a space, decoded text joins same-charset text."""

    def __init__(self):
        self.items = []

    def _last_charset(self):
        if self.items:
            return self.items[-1][1]
        return 0            # never equal to a real charset or None

    def plain(self, text):
        if self.items and self._last_charset() is None:
            self.items[-1] = (self.items[-1][0] + SPACE + text, None)
        else:
            self.items.append((text, None))

    def encoded(self, text, charset):
        if self.items and self._last_charset() == charset:
            self.items[-1] = (self.items[-1][0] + text, charset)
        else:
            self.items.append((text, charset))


def decode_header(header):
    """Split a header value into [(bytes, charset), ...]; charset is None
    for the parts that were not encoded words."""
    header = str(header)
    if ecre.search(header) is None:
        return [(header, None)]
    acc = _Pieces()
    for line in header.splitlines():
        if ecre.search(line) is None:
            # a line without encoded words is kept whole, never merged
            acc.items.append((line, None))
            continue
        pos = 0
        for m in ecre.finditer(line):
            between = line[pos:m.start()].strip()
            if between:
                acc.plain(between)
            acc.encoded(_decode_word(m.group('encoding').lower(), m.group('encoded')),
                        m.group('charset').lower())
            pos = m.end()
        tail = line[pos:].strip()
        if tail:
            acc.plain(tail)
    return acc.items


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """Build a Header from pairs like those decode_header returns."""
    result = Header(maxlinelen=maxlinelen, header_name=header_name,
                    continuation_ws=continuation_ws)
    for text, cs in decoded_seq:
        if cs is not None and not isinstance(cs, Charset):
            cs = Charset(cs)
        result.append(text, cs)
    return result


# -- building -----------------------------------------------------------------

def _as_charset(cs):
    if isinstance(cs, Charset):
        return cs
    return Charset(cs)


def _plainish(cs):
    # None and us-ascii chunks need no encoded word around them
    return cs is None or cs == 'us-ascii'


def _encode_first_fit(u, cs, errors):
    for candidate in (USASCII, cs, UTF8):
        try:
            return u.encode(candidate.output_codec or 'us-ascii', errors), candidate
        except UnicodeError:
            continue
    raise AssertionError('utf-8 conversion failed')


class Header:
    """A header value assembled from chunks, each in its own charset, and
    rendered with encoded words where the charset asks for them."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        self._charset = USASCII if charset is None else _as_charset(charset)
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, self._charset, errors)
        width = MAXLINELEN if maxlinelen is None else maxlinelen
        # the first line shares its room with "Name: "
        if header_name is None:
            self._firstlinelen = width
        else:
            self._firstlinelen = width - len(header_name) - 2
        # later lines start with the continuation whitespace (tabs as 8)
        self._maxlinelen = width - len(continuation_ws.replace('\t', SPACE8))

    def __str__(self):
        return self.encode()

    def __unicode__(self):
        out = []
        prev = None
        for text, cs in self._chunks:
            seen = cs
            if out:
                if not _plainish(prev):
                    if _plainish(cs):
                        out.append(USPACE)
                        seen = None
                elif not _plainish(cs):
                    out.append(USPACE)
            out.append(unicode(text, str(cs)))
            prev = seen
        return UEMPTYSTRING.join(out)

    def __eq__(self, other):
        return other == self.encode()

    def __ne__(self, other):
        return not self == other

    def append(self, s, charset=None, errors='strict'):
        """Add s as a new chunk.  A byte string must decode with the charset's
        input codec; a unicode string is stored encoded with the first of
        us-ascii, charset and utf-8 that can represent it."""
        cs = self._charset if charset is None else _as_charset(charset)
        if cs != '8bit':
            if isinstance(s, str):
                # validate only: bytes -> unicode -> output codec
                u = unicode(s, cs.input_codec or 'us-ascii', errors)
                u.encode(cs.output_codec or 'us-ascii', errors)
            elif isinstance(s, unicode):
                s, cs = _encode_first_fit(s, cs, errors)
        self._chunks.append((s, cs))

    def _fold_ascii(self, s):
        # Fold a long plain value at the blanks that follow ';' or ','.
        if len(s) <= self._firstlinelen:
            return s
        done = []
        room = self._firstlinelen
        line = ''
        for word in re.split(r'(?<=[;,]) ', s):
            if not line:
                line = word
            elif len(line) + 1 + len(word) > room:
                done.append(line)
                line = word
                room = self._maxlinelen
            else:
                line = line + ' ' + word
        done.append(line)
        return (NL + self._continuation_ws).join(done)

    def encode(self, splitchars=';, '):
        """The header as a string: plain chunks folded, the others as
        encoded words on their own continuation lines."""
        rendered = []
        for text, cs in self._chunks:
            plain = cs.header_encoding is None
            rendered.append((self._fold_ascii(text) if plain else cs.header_encode(text), plain))
        pieces = []
        prev_plain = None
        for text, plain in rendered:
            if pieces:
                if plain or prev_plain:
                    pieces.append(SPACE)
                else:
                    pieces.append(NL + self._continuation_ws)
            pieces.append(text)
            prev_plain = plain
        value = ''.join(pieces)
        if _embeded_header.search(value):
            raise HeaderParseError("header value appears to contain an embedded header: {!r}".format(value))
        return value
