"""Uuencode and uudecode whole files: encode(in_file, out_file[, name,
mode]) and decode(in_file[, out_file, mode, quiet])."""

import binascii
import sys

__all__ = ["Error", "encode", "decode"]


class Error(Exception):
    pass


def encode(in_file, out_file, name=None, mode=None):
    """Uuencode file: in_file and out_file are file objects or names ('-'
    for the standard streams)."""
    opened = []
    try:
        if in_file == '-':
            in_file = sys.stdin
        elif isinstance(in_file, basestring):
            if name is None:
                name = in_file.rsplit('/', 1)[-1]
            if mode is None:
                try:
                    import os
                    mode = os.stat(in_file).st_mode
                except (ImportError, AttributeError):
                    pass
            in_file = open(in_file, 'rb')
            opened.append(in_file)
        if out_file == '-':
            out_file = sys.stdout
        elif isinstance(out_file, basestring):
            out_file = open(out_file, 'wb')
            opened.append(out_file)
        if name is None:
            name = '-'
        if mode is None:
            mode = 0666
        out_file.write('begin %o %s\n' % ((mode & 0777), name))
        data = in_file.read(45)
        while len(data) > 0:
            out_file.write(binascii.b2a_uu(data))
            data = in_file.read(45)
        out_file.write(' \nend\n')
    finally:
        for f in opened:
            f.close()


def decode(in_file, out_file=None, mode=None, quiet=0):
    """Decode uuencoded file: the output file name and mode default to the
    ones on the 'begin' line."""
    opened = []
    if in_file == '-':
        in_file = sys.stdin
    elif isinstance(in_file, basestring):
        in_file = open(in_file)
        opened.append(in_file)
    try:
        while True:
            hdr = in_file.readline()
            if not hdr:
                raise Error('No valid begin line found in input file')
            if not hdr.startswith('begin'):
                continue
            hdrfields = hdr.split(' ', 2)
            if len(hdrfields) == 3 and hdrfields[0] == 'begin':
                try:
                    int(hdrfields[1], 8)
                    break
                except ValueError:
                    pass
        if out_file is None:
            out_file = hdrfields[2].rstrip()
            try:
                import os
                if os.path.exists(out_file):
                    raise Error('Cannot overwrite existing file: %s' % out_file)
            except ImportError:
                pass
        if mode is None:
            mode = int(hdrfields[1], 8)
        if out_file == '-':
            out_file = sys.stdout
        elif isinstance(out_file, basestring):
            fp = open(out_file, 'wb')
            try:
                import os
                os.chmod(out_file, mode)
            except (ImportError, AttributeError, OSError):
                pass
            out_file = fp
            opened.append(out_file)
        s = in_file.readline()
        while s and s.strip() != 'end':
            try:
                data = binascii.a2b_uu(s)
            except binascii.Error as v:
                # some encoders write trailing garbage: decode what the count says
                nbytes = (((ord(s[0]) - 32) & 63) * 4 + 5) // 3
                data = binascii.a2b_uu(s[:nbytes])
                if not quiet:
                    sys.stderr.write("Warning: %s\n" % v)
            out_file.write(data)
            s = in_file.readline()
        if not s:
            raise Error('Truncated input file')
    finally:
        for f in opened:
            f.close()


def test():
    """uuencode/uudecode main program"""
    import optparse
    parser = optparse.OptionParser(usage='usage: %prog [-d] [-t] [input [output]]')
    parser.add_option('-d', '--decode', dest='decode', help='Decode (instead of encode)?',
                      default=False, action='store_true')
    parser.add_option('-t', '--text', dest='text', help='data is text, encoded format unix-compatible text?',
                      default=False, action='store_true')
    (options, args) = parser.parse_args()
    if len(args) > 2:
        parser.error('incorrect number of arguments')
        sys.exit(1)
    input = sys.stdin
    output = sys.stdout
    if len(args) > 0:
        input = args[0]
    if len(args) > 1:
        output = args[1]
    if options.decode:
        decode(input, output)
    else:
        encode(input, output)


if __name__ == '__main__':
    test()
