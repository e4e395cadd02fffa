"""Uuencode and uudecode whole files: encode(in_file, out_file[, name,
mode]) and decode(in_file[, out_file, mode, quiet])."""

import binascii
import sys

__all__ = ["Error", "encode", "decode"]

_CHUNK = 45     # input bytes per encoded line (the 'M' length character)


class Error(Exception):
    pass


def _resolve(target, std, how, opened):
    """Turn a file argument into a file object: '-' means the standard
    stream `std`; any other string is opened with `how` and remembered in
    `opened` so the caller can close it."""
    if target == '-':
        return std
    if isinstance(target, basestring):
        f = open(target, how)
        opened.append(f)
        return f
    return target


def _close_all(files):
    for f in files:
        f.close()


def _file_mode(path):
    # Permission bits of an existing file, or None where os is unusable.
    try:
        import os
        return os.stat(path).st_mode
    except (ImportError, AttributeError):
        return None


def encode(in_file, out_file, name=None, mode=None):
    """Uuencode file: in_file and out_file are file objects or names ('-'
    for the standard streams)."""
    mine = []
    try:
        if in_file != '-' and isinstance(in_file, basestring):
            # a real path supplies the defaults for the 'begin' line
            if name is None:
                name = in_file.rsplit('/', 1)[-1]
            if mode is None:
                mode = _file_mode(in_file)
        src = _resolve(in_file, sys.stdin, 'rb', mine)
        dst = _resolve(out_file, sys.stdout, 'wb', mine)
        if name is None:
            name = '-'
        if mode is None:
            mode = 0666
        # a newline in the name would end the header line early (2.7.18)
        name = name.replace('\n', '\\n').replace('\r', '\\r')
        dst.write('begin %o %s\n' % (mode & 0777, name))
        for block in iter(lambda: src.read(_CHUNK), ''):
            dst.write(binascii.b2a_uu(block))
        dst.write(' \nend\n')
    finally:
        _close_all(mine)


def _find_begin(src):
    """Skip to the 'begin MODE NAME' line; return its (mode text, name text)."""
    line = src.readline()
    while line:
        if line.startswith('begin'):
            fields = line.split(' ', 2)
            if len(fields) == 3 and fields[0] == 'begin':
                try:
                    int(fields[1], 8)
                except ValueError:
                    pass
                else:
                    return fields[1], fields[2]
        line = src.readline()
    raise Error('No valid begin line found in input file')


def _open_target(path, mode, mine):
    f = open(path, 'wb')
    mine.append(f)
    try:
        import os
        os.chmod(path, mode)
    except (ImportError, AttributeError, OSError):
        pass
    return f


def _decode_line(line, quiet):
    try:
        return binascii.a2b_uu(line)
    except binascii.Error as exc:
        # Some encoders pad lines with junk; trust the length character and
        # decode only as many characters as it calls for.
        wanted = (((ord(line[0]) - 32) & 63) * 4 + 5) // 3
        data = binascii.a2b_uu(line[:wanted])
        if not quiet:
            sys.stderr.write("Warning: %s\n" % exc)
        return data


def decode(in_file, out_file=None, mode=None, quiet=0):
    """Decode uuencoded file: the output file name and mode default to the
    ones on the 'begin' line."""
    mine = []
    src = _resolve(in_file, sys.stdin, 'r', mine)
    try:
        mode_text, header_name = _find_begin(src)
        if out_file is None:
            out_file = header_name.rstrip()
            try:
                import os
            except ImportError:
                pass
            else:
                if os.path.exists(out_file):
                    raise Error('Cannot overwrite existing file: %s' % out_file)
        if mode is None:
            mode = int(mode_text, 8)
        if out_file == '-':
            dst = sys.stdout
        elif isinstance(out_file, basestring):
            dst = _open_target(out_file, mode, mine)
        else:
            dst = out_file
        line = src.readline()
        while line and line.strip() != 'end':
            dst.write(_decode_line(line, quiet))
            line = src.readline()
        if not line:
            raise Error('Truncated input file')
    finally:
        _close_all(mine)


def test():
    """uuencode/uudecode main program"""
    import optparse
    cli = optparse.OptionParser(usage='usage: %prog [-d] [-t] [input [output]]')
    cli.add_option('-d', '--decode', dest='decode', default=False,
                   action='store_true', help='Decode (instead of encode)?')
    cli.add_option('-t', '--text', dest='text', default=False,
                   action='store_true',
                   help='data is text, encoded format unix-compatible text?')
    options, args = cli.parse_args()
    if len(args) > 2:
        cli.error('incorrect number of arguments')
        sys.exit(1)
    streams = list(args) + [sys.stdin, sys.stdout][len(args):]
    (decode if options.decode else encode)(streams[0], streams[1])


if __name__ == '__main__':
    test()
