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
    if c in ' \t':
        return quotetabs
    if c == '_':
        return header
    return c == ESCAPE or not (' ' <= c <= '~')


def quote(c):
    """The quoted-printable form of one character."""
    i = ord(c)
    return ESCAPE + HEX[i // 16] + HEX[i % 16]


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
    """The value of a string of hexadecimal digits."""
    bits = 0
    for c in s:
        bits = bits * 16 + int(c, 16)
    return bits


def main():
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print msg
        print "usage: quopri [-t | -d] [file] ..."
        print "-t: quote tabs"
        print "-d: decode; default encode"
        sys.exit(2)
    deco = 0
    tabs = 0
    for o, a in opts:
        if o == '-t':
            tabs = 1
        if o == '-d':
            deco = 1
    if tabs and deco:
        sys.stdout = sys.stderr
        print "-t and -d are mutually exclusive"
        sys.exit(2)
    if not args:
        args = ['-']
    sts = 0
    for file in args:
        if file == '-':
            fp = sys.stdin
        else:
            try:
                fp = open(file)
            except IOError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (file, msg))
                sts = 1
                continue
        if deco:
            decode(fp, sys.stdout)
        else:
            encode(fp, sys.stdout, tabs)
        if fp is not sys.stdin:
            fp.close()
    if sts:
        sys.exit(sts)


if __name__ == '__main__':
    main()
