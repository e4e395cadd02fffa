"""Iterate over the lines of several files (or standard input) as one
stream.

    import fileinput
    for line in fileinput.input():
        process(line)

reads the files named on the command line, or standard input when there
are none; the name '-' also stands for standard input.  filename(),
lineno(), filelineno(), isfirstline(), isstdin(), nextfile() and close()
refer to the stream the last input() call created.

With inplace=1 each file is moved to a backup and standard output is
redirected into a new file of the original name while its lines are
read, so that printing rewrites the file.  The backup keeps the
extension given as `backup` ('.bak' by default) and is removed at the end
unless an extension was given.
"""

import sys
import os

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput"]

_state = None

DEFAULT_BUFSIZE = 8 * 1024


def input(files=None, inplace=0, backup="", bufsize=0, mode="r",
          openhook=None):
    """Create the module's FileInput and return it (it is iterable)."""
    global _state
    if _state is not None and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, bufsize, mode, openhook)
    return _state


def _active():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def close():
    """Close the module's stream."""
    global _state
    state = _state
    _state = None
    if state is not None:
        state.close()


def nextfile():
    """Skip the rest of the current file."""
    return _active().nextfile()


def filename():
    """The name of the file being read (None before the first line)."""
    return _active().filename()


def lineno():
    """Number of the line just read, counted over all files."""
    return _active().lineno()


def filelineno():
    """Number of the line just read within its file."""
    return _active().filelineno()


def fileno():
    """File descriptor of the current file (-1 when none is open)."""
    return _active().fileno()


def isfirstline():
    """Whether the line just read is the first of its file."""
    return _active().isfirstline()


def isstdin():
    """Whether the line just read came from standard input."""
    return _active().isstdin()


class FileInput:
    """FileInput([files[, inplace[, backup[, bufsize[, mode[, openhook]]]]]])

    The class behind input(); its methods are the module's functions, and
    it is also an iterator and supports readline() and sequential
    indexing.
    """

    def __init__(self, files=None, inplace=0, backup="", bufsize=0,
                 mode="r", openhook=None):
        if isinstance(files, basestring):
            files = (files,)
        elif files is None:
            files = sys.argv[1:] or ('-',)
        else:
            files = tuple(files)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        # bufsize is accepted for compatibility; lines are read one by one
        self._bufsize = bufsize or DEFAULT_BUFSIZE
        self._savestdout = None
        self._output = None
        self._filename = None
        self._lineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        if mode not in ('r', 'rU', 'U', 'rb'):
            raise ValueError("FileInput opening mode must be one of "
                             "'r', 'rU', 'U' and 'rb'")
        self._mode = mode
        if inplace and openhook:
            raise ValueError("FileInput cannot use an opening hook in "
                             "inplace mode")
        if openhook and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            # nothing left to open, even when nextfile() failed
            self._files = ()

    __iter__ = lambda self: self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __getitem__(self, i):
        if i != self._lineno:
            raise RuntimeError("accessing lines out of order")
        try:
            return self.next()
        except StopIteration:
            raise IndexError("end of input reached")

    def nextfile(self):
        # undo, in reverse order, what _open_next did
        saved, self._savestdout = self._savestdout, None
        if saved:
            sys.stdout = saved
        output, self._output = self._output, None
        if output:
            output.close()
        current, self._file = self._file, None
        if current and not self._isstdin:
            current.close()
        backup, self._backupfilename = self._backupfilename, None
        if backup and not self._backup:
            try:
                os.unlink(backup)
            except OSError:
                pass
        self._isstdin = False

    def readline(self):
        # one line at a time from the underlying file: reading ahead would
        # decode (or block on) more than the caller asked for
        while True:
            if not self._file:
                if not self._files:
                    return ""
                self._open_next()
            line = self._file.readline()
            if line:
                self._lineno += 1
                self._filelineno += 1
                return line
            self.nextfile()

    def _open_next(self):
        self._filename = self._files[0]
        self._files = self._files[1:]
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        if self._filename == '-':
            self._filename = '<stdin>'
            self._file = sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._open_inplace()
        elif self._openhook:
            self._file = self._openhook(self._filename, self._mode)
        else:
            self._file = open(self._filename, self._mode)

    def _open_inplace(self):
        name = self._filename
        backup = name + (self._backup or os.extsep + "bak")
        self._backupfilename = backup
        try:
            os.unlink(backup)
        except os.error:
            pass
        os.rename(name, backup)
        self._file = open(backup, self._mode)
        try:
            perm = os.fstat(self._file.fileno()).st_mode
        except OSError:
            self._output = open(name, "w")
        else:
            # the new file gets the permissions of the original
            flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC
            fd = os.open(name, flags, perm)
            self._output = os.fdopen(fd, "w")
            try:
                if hasattr(os, 'chmod'):
                    os.chmod(name, perm)
            except OSError:
                pass
        self._savestdout = sys.stdout
        sys.stdout = self._output

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isstdin(self):
        return self._isstdin

    def isfirstline(self):
        return self._filelineno == 1


def hook_compressed(filename, mode):
    """An openhook reading .gz and .bz2 files through gzip and bz2."""
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        return gzip.open(filename, mode)
    if ext == '.bz2':
        import bz2
        return bz2.BZ2File(filename, mode)
    return open(filename, mode)


def hook_encoded(encoding):
    """An openhook decoding files with ENCODING (through codecs.open)."""
    import codecs

    def openhook(filename, mode):
        return codecs.open(filename, mode, encoding)
    return openhook


def _test():
    import getopt
    opts, args = getopt.getopt(sys.argv[1:], "ib:")
    opts = dict(opts)
    inplace = '-i' in opts
    backup = opts.get('-b', 0)
    for line in input(args, inplace=inplace, backup=backup):
        if line[-1:] == '\n':
            line = line[:-1]
        if line[-1:] == '\r':
            line = line[:-1]
        print "%d: %s[%d]%s %s" % (lineno(), filename(), filelineno(),
                                   isfirstline() and "*" or "", line)
    print "%d: %s[%d]" % (lineno(), filename(), filelineno())


if __name__ == '__main__':
    _test()
