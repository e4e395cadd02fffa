"""RFC 2045 base64 for message bodies and RFC 2047 'B' encoded words for
headers.  Text is handled as byte strings; charset conversion happens in
email.charset, not here."""

from binascii import a2b_base64, b2a_base64

__all__ = ['base64_len', 'body_decode', 'body_encode', 'decode', 'decodestring',
           'encode', 'encodestring', 'header_encode']

CRLF = '\r\n'
NL = '\n'
# '=?' + '?b?' + '?=' : the fixed overhead of one encoded word, charset aside
MISC_LEN = 7


def base64_len(s):
    """How many characters base64 turns s into (no line breaks counted)."""
    return 4 * ((len(s) + 2) // 3)


def _chunks(s, size):
    # consecutive slices of s, each at most size long
    return [s[start:start + size] for start in range(0, len(s), size)]


def header_encode(header, charset='iso-8859-1', keep_eols=False, maxlinelen=76, eol=NL):
    """header as one or more '=?charset?b?...?=' words, each fitting within
    maxlinelen, separated by eol plus a space.  keep_eols is ignored."""
    if not header:
        return header
    # room left for base64 text in one word, and the raw bytes that fill it
    room = maxlinelen - len(charset) - MISC_LEN
    per_word = room * 3 // 4
    words = []
    for piece in _chunks(header, per_word):
        text = b2a_base64(piece).rstrip(NL)
        words.append('=?%s?b?%s?=' % (charset, text))
    return (eol + ' ').join(words)


def encode(s, binary=True, maxlinelen=76, eol=NL):
    """s in base64 lines of at most maxlinelen characters, each ending in eol.
    With binary false, line ends of s are first made CRLF (as RFC 2045
    wants for text)."""
    if not s:
        return s
    if not binary:
        s = s.replace(eol, CRLF)
    lines = []
    for piece in _chunks(s, maxlinelen * 3 // 4):
        line = b2a_base64(piece)
        if eol != NL and line[-1:] == NL:
            line = line[:-1] + eol
        lines.append(line)
    return ''.join(lines)


def decode(s, convert_eols=None):
    """Bytes of base64 text s; CRLF becomes convert_eols when it is given."""
    if not s:
        return s
    raw = a2b_base64(s)
    if convert_eols:
        raw = raw.replace(CRLF, convert_eols)
    return raw


# the names email.charset and older code use
body_encode = encodestring = encode
body_decode = decodestring = decode
