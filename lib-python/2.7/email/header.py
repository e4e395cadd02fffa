"""Headers with non-ASCII text: RFC 2047 encoded words (Header,
decode_header, make_header)."""

__all__ = ['Header', 'decode_header', 'make_header']

import re
import binascii

import email.quoprimime
import email.base64mime
from email.errors import HeaderParseError
from email.charset import Charset

NL = '\n'
SPACE = ' '
USPACE = u' '
SPACE8 = ' ' * 8
UEMPTYSTRING = u''

MAXLINELEN = 76

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# an encoded word: =?charset?q-or-b?text?= followed by blank or end
ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qb])\?(?P<encoded>.*?)\?=(?=[ \t]|$)',
                  re.IGNORECASE | re.MULTILINE)
fcre = re.compile(r'[\041-\176]+:$')
_embeded_header = re.compile(r'\n[^ \t]+:')


def decode_header(header):
    """[(text, charset or None), ...] for the parts of a header value."""
    header = str(header)
    if not ecre.search(header):
        return [(header, None)]
    decoded = []
    for line in header.splitlines():
        if not ecre.search(line):
            decoded.append((line, None))
            continue
        parts = ecre.split(line)
        while parts:
            unenc = parts.pop(0).strip()
            if unenc:
                if decoded and decoded[-1][1] is None:
                    decoded[-1] = (decoded[-1][0] + SPACE + unenc, None)
                else:
                    decoded.append((unenc, None))
            if parts:
                charset, encoding = [s.lower() for s in parts[0:2]]
                encoded = parts[2]
                dec = None
                if encoding == 'q':
                    dec = email.quoprimime.header_decode(encoded)
                elif encoding == 'b':
                    paderr = len(encoded) % 4
                    if paderr:
                        encoded += '==='[:4 - paderr]
                    try:
                        dec = email.base64mime.decode(encoded)
                    except binascii.Error:
                        raise HeaderParseError
                if dec is None:
                    dec = encoded
                if decoded and decoded[-1][1] == charset:
                    decoded[-1] = (decoded[-1][0] + dec, decoded[-1][1])
                else:
                    decoded.append((dec, charset))
            del parts[0:3]
    return decoded


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header from decode_header's pairs."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name, continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(s, charset)
    return h


class Header:
    """A header value made of chunks in possibly different charsets."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        cws_expanded_len = len(continuation_ws.replace('\t', SPACE8))
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        if maxlinelen is None:
            maxlinelen = MAXLINELEN
        if header_name is None:
            self._firstlinelen = maxlinelen
        else:
            self._firstlinelen = maxlinelen - len(header_name) - 2
        self._maxlinelen = maxlinelen - cws_expanded_len

    def __str__(self):
        return self.encode()

    def __unicode__(self):
        uchunks = []
        lastcs = None
        for s, charset in self._chunks:
            nextcs = charset
            if uchunks:
                if lastcs not in (None, 'us-ascii'):
                    if nextcs in (None, 'us-ascii'):
                        uchunks.append(USPACE)
                        nextcs = None
                elif nextcs not in (None, 'us-ascii'):
                    uchunks.append(USPACE)
            lastcs = nextcs
            uchunks.append(unicode(s, str(charset)))
        return UEMPTYSTRING.join(uchunks)

    def __eq__(self, other):
        return other == self.encode()

    def __ne__(self, other):
        return not self == other

    def append(self, s, charset=None, errors='strict'):
        """Add s in charset (the header's charset by default)."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if charset != '8bit':
            if isinstance(s, str):
                incodec = charset.input_codec or 'us-ascii'
                ustr = unicode(s, incodec, errors)
                outcodec = charset.output_codec or 'us-ascii'
                ustr.encode(outcodec, errors)
            elif isinstance(s, unicode):
                for charset in USASCII, charset, UTF8:
                    try:
                        outcodec = charset.output_codec or 'us-ascii'
                        s = s.encode(outcodec, errors)
                        break
                    except UnicodeError:
                        pass
                else:
                    assert False, 'utf-8 conversion failed'
        self._chunks.append((s, charset))

    def _fold_ascii(self, s):
        # fold a long unencoded value at blanks after ';' or ','
        if len(s) <= self._firstlinelen:
            return s
        lines = []
        limit = self._firstlinelen
        current = ''
        for word in re.split(r'(?<=[;,]) ', s):
            candidate = current + (' ' if current else '') + word
            if current and len(candidate) > limit:
                lines.append(current)
                current = word
                limit = self._maxlinelen
            else:
                current = candidate
        lines.append(current)
        return (NL + self._continuation_ws).join(lines)

    def encode(self, splitchars=';, '):
        """The header as RFC 2047 encoded words where needed, folded."""
        parts = []
        for s, charset in self._chunks:
            if charset.header_encoding is None:
                parts.append((self._fold_ascii(s), True))
            else:
                parts.append((charset.header_encode(s), False))
        out = ''
        for i, (text, plain) in enumerate(parts):
            if i:
                out += SPACE if (plain or parts[i - 1][1]) else NL + self._continuation_ws
            out += text
        if _embeded_header.search(out):
            raise HeaderParseError("header value appears to contain an embedded header: {!r}".format(out))
        return out
