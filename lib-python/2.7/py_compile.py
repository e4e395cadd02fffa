"""Compile a Python source file into a byte-code file (.pyc or .pyo).

The file written is the magic number of this interpreter, the source's
modification time (4 bytes, little-endian) and the marshalled code object.
"""

import os
import sys
import imp
import marshal
import traceback
import __builtin__

__all__ = ["compile", "main", "PyCompileError"]

MAGIC = imp.get_magic()


def _describe(exc_type, exc_value, file):
    """What the user is told about a failed compilation."""
    if exc_type is not SyntaxError:
        return "Sorry: %s: %s" % (exc_type.__name__, exc_value)
    # the traceback-style text, naming the file rather than "<string>"
    lines = traceback.format_exception_only(exc_type, exc_value)
    return ''.join(lines).replace('File "<string>"', 'File "%s"' % file)


class PyCompileError(Exception):
    """A source file could not be compiled.

    Attributes: exc_type_name (the name of the original exception class),
    exc_value (the original exception), file (the file name shown) and msg
    (the text to show the user).
    """

    def __init__(self, exc_type, exc_value, file, msg=''):
        text = msg or _describe(exc_type, exc_value, file)
        Exception.__init__(self, text, exc_type.__name__, exc_value, file)
        self.msg = text
        self.file = file
        self.exc_value = exc_value
        self.exc_type_name = exc_type.__name__

    def __str__(self):
        return self.msg


def wr_long(f, x):
    """Write x to f as a 4-byte little-endian integer."""
    f.write(''.join([chr((x >> shift) & 0xff) for shift in (0, 8, 16, 24)]))


def compile(file, cfile=None, dfile=None, doraise=False):
    """Byte-compile the source file `file` into `cfile` (default: file + 'c',
    or 'o' under -O).  dfile is the file name recorded in the code object
    (default: file).  A compilation error is written to stderr, or raised as
    PyCompileError when doraise is true."""
    with open(file, 'U') as f:
        try:
            timestamp = long(os.fstat(f.fileno()).st_mtime)
        except AttributeError:
            timestamp = long(os.stat(file).st_mtime)
        source = f.read()
    shown = dfile or file
    try:
        code = __builtin__.compile(source, shown, 'exec')
    except Exception as err:
        error = PyCompileError(err.__class__, err, shown)
        if doraise:
            raise error
        sys.stderr.write(error.msg + '\n')
        return
    if cfile is None:
        cfile = file + ('c' if __debug__ else 'o')
    with open(cfile, 'wb') as fc:
        # the magic goes in last, so a half-written file is never taken as valid
        fc.write('\0\0\0\0')
        wr_long(fc, timestamp)
        marshal.dump(code, fc)
        fc.flush()
        fc.seek(0, 0)
        fc.write(MAGIC)


def main(args=None):
    """Compile the files named in args (default: sys.argv[1:]); with the
    single argument '-', the file names are read from standard input, one
    per line.  Returns 0, or 1 if some file failed."""
    if args is None:
        args = sys.argv[1:]
    status = 0
    if args == ['-']:
        while True:
            name = sys.stdin.readline()
            if not name:
                break
            name = name.rstrip('\n')
            try:
                compile(name, doraise=True)
            except PyCompileError as error:
                status = 1
                sys.stderr.write("%s\n" % error.msg)
            except IOError as error:
                status = 1
                sys.stderr.write("%s\n" % error)
    else:
        for name in args:
            try:
                compile(name, doraise=True)
            except PyCompileError as error:
                status = 1
                sys.stderr.write(error.msg)
    return status


if __name__ == "__main__":
    sys.exit(main())
