"""Conversions to/from quoted-printable transport encoding (RFC 1521).
The work is done by binascii.b2a_qp and binascii.a2b_qp."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

from binascii import a2b_qp, b2a_qp

ESCAPE = '='
MAXLINESIZE = 76
HEX = '0123456789ABCDEF'
EMPTYSTRING = ''


def needsquoting(c, quotetabs, header):
    """Whether the character c must be quoted: '=', controls and 8-bit
    characters; space and tab only when quotetabs; '_' in headers."""
    if c == '_':
        return header
    if c == ' ' or c == '\t':
        return quotetabs
    # '=' and anything outside printable ASCII
    return c == ESCAPE or ord(c) < 32 or ord(c) > 126


def quote(c):
    """The quoted-printable form of one character."""
    code = ord(c)
    return '%s%s%s' % (ESCAPE, HEX[code >> 4], HEX[code & 15])


def encode(input, output, quotetabs, header=0):
    """Read input until EOF and write its quoted-printable encoding to
    output; quotetabs says whether to quote spaces and tabs too."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=0, header=0):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=0):
    """Read input until EOF and write its decoding to output."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=0):
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether c is a hexadecimal digit."""
    return '0' <= c <= '9' or 'a' <= c <= 'f' or 'A' <= c <= 'F'


def unhex(s):
    """The value of the leading hexadecimal digits of s (scanning stops at
    the first character that is not one)."""
    value = 0
    for ch in s:
        if not ishex(ch):
            break
        value = (value << 4) | int(ch, 16)
    return value


_USAGE = ("usage: quopri [-t | -d] [file] ...\n"
          "-t: quote tabs\n"
          "-d: decode; default encode")


def _bail(*lines):
    # Problems with the command line go to stderr with exit status 2.
    import sys
    sys.stdout = sys.stderr
    for line in lines:
        print line
    sys.exit(2)


def _convert_one(name, decoding, tabs, sink):
    """Convert one named file ('-' is stdin) onto sink; False if unreadable."""
    import sys
    if name == '-':
        source = sys.stdin
    else:
        try:
            source = open(name)
        except IOError as err:
            sys.stderr.write("%s: can't open (%s)\n" % (name, err))
            return False
    try:
        if decoding:
            decode(source, sink)
        else:
            encode(source, sink, tabs)
    finally:
        if source is not sys.stdin:
            source.close()
    return True


def main():
    """Command line: quopri [-t | -d] [file] ..."""
    import sys
    import getopt
    try:
        opts, names = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as err:
        _bail(err, _USAGE)
    flags = set(opt for opt, _ in opts)
    decoding = '-d' in flags
    tabs = '-t' in flags
    if decoding and tabs:
        _bail("-t and -d are mutually exclusive")
    failed = False
    for name in names or ['-']:
        if not _convert_one(name, decoding, tabs, sys.stdout):
            failed = True
    if failed:
        sys.exit(1)


if __name__ == '__main__':
    main()
