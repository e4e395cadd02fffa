"""Read the parts of a MIME multipart message one at a time
(deprecated since 2.5: use the email package).

    mf = MultiFile(fp)
    mf.push(boundary)
    while mf.next():
        part = mf.read()     # or readline(), readlines() ...
    mf.pop()

Inside a part the MultiFile ends (returns '') at the next boundary line
("--boundary") or at the end line ("--boundary--").  Parts may nest: push
the inner boundary before reading an inner multipart.  Override is_data,
section_divider and end_marker for other separator syntaxes.
"""

from warnings import warn

warn("the multifile module has been deprecated since Python 2.5",
     DeprecationWarning, stacklevel=2)
del warn

__all__ = ["MultiFile", "Error"]


class Error(Exception):
    """Bad use of a MultiFile, or a malformed message."""


class MultiFile:
    """Parts of the multipart message in the file FP (see the module);
    with SEEKABLE, tell() and seek() work within a part."""

    seekable = 0

    def __init__(self, fp, seekable=1):
        self.fp = fp
        # >0: stopped at a boundary this many levels up
        self.level = 0
        # whether that boundary was an end marker
        self.last = 0
        # the boundaries pushed, innermost last
        self.stack = []
        if seekable:
            self.seekable = 1
            self.posstack = []
            self.start = self.fp.tell()

    def tell(self):
        """The position within the current part."""
        if self.level > 0:
            return self.lastpos
        return self.fp.tell() - self.start

    def seek(self, pos, whence=0):
        here = self.tell()
        if whence == 1:
            pos += here
        elif whence == 2:
            if self.level <= 0:
                raise Error("can't use whence=2 yet")
            pos += self.lastpos
        if pos < 0 or pos > here or (self.level > 0 and pos > self.lastpos):
            raise Error('bad MultiFile.seek() call')
        self.fp.seek(self.start + pos)
        self.level = 0
        self.last = 0

    def readline(self):
        """The next line of the current part; '' at its end."""
        if self.level > 0:
            return ''
        line = self.fp.readline()
        if not line:
            # the real end of the file: every boundary is reached
            self.level = len(self.stack)
            self.last = self.level > 0
            if self.last:
                raise Error('sudden EOF in MultiFile.readline()')
            return ''
        assert self.level == 0
        if self.is_data(line):
            return line
        # a marker line may have trailing white space
        marker = line.rstrip()
        depth = 0
        for depth, sep in enumerate(reversed(self.stack)):
            if marker == self.section_divider(sep):
                self.last = 0
                break
            if marker == self.end_marker(sep):
                self.last = 1
                break
        else:
            # looked like a marker, but is not one of ours
            return line
        if self.seekable:
            # where the part ended: before the marker line
            self.lastpos = self.tell() - len(line)
        self.level = depth + 1
        if self.level > 1:
            raise Error('Missing endmarker in MultiFile.readline()')
        return ''

    def readlines(self):
        lines = []
        line = self.readline()
        while line:
            lines.append(line)
            line = self.readline()
        return lines

    def read(self):
        return ''.join(self.readlines())

    def next(self):
        """Skip to the start of the next part: 1, or 0 after the last."""
        while self.readline():
            pass
        if self.level > 1 or self.last:
            # the end marker, or an outer boundary, was reached
            return 0
        self.level = self.last = 0
        if self.seekable:
            self.start = self.fp.tell()
        return 1

    def push(self, sep):
        """Enter a multipart whose boundary is SEP."""
        if self.level > 0:
            raise Error('bad MultiFile.push() call')
        self.stack.append(sep)
        if self.seekable:
            self.posstack.append(self.start)
            self.start = self.fp.tell()

    def pop(self):
        """Leave the innermost multipart."""
        if not self.stack:
            raise Error('bad MultiFile.pop() call')
        if self.level <= 1:
            self.last = 0
        else:
            absolute = self.lastpos + self.start
        self.level = max(0, self.level - 1)
        self.stack.pop()
        if self.seekable:
            self.start = self.posstack.pop()
            if self.level > 0:
                self.lastpos = absolute - self.start

    def is_data(self, line):
        """Whether LINE cannot be a boundary (quick test)."""
        return line[:2] != '--'

    def section_divider(self, str):
        return "--" + str

    def end_marker(self, str):
        return "--" + str + "--"
