"""Quoted-printable content-transfer-encoding for headers (RFC 2047 'q')
and bodies (RFC 2045)."""

import re
from string import hexdigits

__all__ = ['body_decode', 'body_encode', 'body_quopri_check', 'body_quopri_len',
           'decode', 'decodestring', 'encode', 'encodestring', 'header_decode',
           'header_encode', 'header_quopri_check', 'header_quopri_len', 'quote',
           'unquote']

CRLF = '\r\n'
NL = '\n'
MISC_LEN = 7

_header_safe = re.compile(r'[^-a-zA-Z0-9!*+/ ]')
_body_safe = re.compile(r'[^ !-<>-~\t]')


def header_quopri_check(c):
    """Must c be quoted in a header?"""
    return bool(_header_safe.match(c))


def body_quopri_check(c):
    """Must c be quoted in a body?"""
    return bool(_body_safe.match(c))


def header_quopri_len(s):
    """Length of s encoded for a header."""
    count = 0
    for c in s:
        if _header_safe.match(c):
            count += 3
        else:
            count += 1
    return count


def body_quopri_len(s):
    count = 0
    for c in s:
        if _body_safe.match(c):
            count += 3
        else:
            count += 1
    return count


def quote(c):
    return "=%02X" % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_encode(header, charset="iso-8859-1", keep_eols=False, maxlinelen=76, eol=NL):
    """=?charset?q?...?= for header (spaces become underscores)."""
    if not header:
        return header
    encoded = []
    for c in header:
        if c == ' ':
            encoded.append('_')
        elif _header_safe.match(c):
            encoded.append(quote(c))
        else:
            encoded.append(c)
    text = ''.join(encoded)
    if maxlinelen is None:
        return '=?%s?q?%s?=' % (charset, text)
    room = maxlinelen - len(charset) - MISC_LEN
    lines = []
    current = ''
    for piece in encoded:
        if len(current) + len(piece) > room and current:
            lines.append(current)
            current = ''
        current += piece
    if current:
        lines.append(current)
    return (eol + ' ').join('=?%s?q?%s?=' % (charset, line) for line in lines)


def encode(body, binary=False, maxlinelen=76, eol=NL):
    """body quoted-printable encoded, with soft line breaks."""
    if not body:
        return body
    if not binary:
        body = body.replace(CRLF, NL)
    out = []
    lines = body.split(NL)
    ends_with_nl = body.endswith(NL)
    if ends_with_nl:
        lines = lines[:-1]
    for lineno, line in enumerate(lines):
        encoded = []
        for i, c in enumerate(line):
            if _body_safe.match(c) or (c in ' \t' and i == len(line) - 1):
                encoded.append(quote(c))
            else:
                encoded.append(c)
        current = ''
        for piece in encoded:
            if len(current) + len(piece) >= maxlinelen:
                out.append(current + '=' + eol)
                current = ''
            current += piece
        out.append(current)
        if lineno < len(lines) - 1 or ends_with_nl:
            out.append(eol)
    return ''.join(out)

body_encode = encode
encodestring = encode


def decode(encoded, eol=NL):
    """Decode quoted-printable text."""
    if not encoded:
        return encoded
    decoded = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            decoded.append(eol)
            continue
        i = 0
        n = len(line)
        soft = False
        while i < n:
            c = line[i]
            if c != '=':
                decoded.append(c)
                i += 1
            elif i + 1 == n:
                soft = True
                i += 1
            elif i + 2 < n + 1 and line[i + 1] in hexdigits and i + 2 < n and line[i + 2] in hexdigits:
                decoded.append(unquote(line[i:i + 3]))
                i += 3
            else:
                decoded.append(c)
                i += 1
        if not soft:
            decoded.append(eol)
    text = ''.join(decoded)
    if not encoded.endswith('\n') and text.endswith(eol):
        text = text[:-len(eol)]
    return text

body_decode = decode
decodestring = decode


def _unquote_match(match):
    return unquote(match.group(0))


def header_decode(s):
    """Decode the text of a 'q' encoded word."""
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', _unquote_match, s)
