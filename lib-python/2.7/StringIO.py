"""File-like objects kept in memory: StringIO([buffer]).

Both str and unicode may be written; as in Python 2.7, getvalue() joins the
pieces with the ordinary str/unicode rules, so mixing non-ASCII str with
unicode raises UnicodeError there."""

__all__ = ["StringIO"]

EINVAL = 22


def _complain_ifclosed(closed):
    if closed:
        raise ValueError("I/O operation on closed file")


class StringIO:
    """An in-memory file; the initial value is str or unicode."""

    # Layout: `buf` holds the joined text, `buflist` pieces appended since
    # the last join (joining lazily keeps repeated writes cheap), `len` the
    # logical length of buf + buflist and `pos` the file position.

    def __init__(self, buf=''):
        if not isinstance(buf, basestring):
            buf = str(buf)
        self.buf, self.buflist = buf, []
        self.len, self.pos = len(buf), 0
        self.closed = False
        self.softspace = 0

    def _joined(self):
        # Fold pending pieces into buf; the str/unicode mixing rules (and
        # their UnicodeError) apply here, as in 2.7.
        _complain_ifclosed(self.closed)
        if self.buflist:
            self.buf += ''.join(self.buflist)
            self.buflist = []
        return self.buf

    def _take(self, stop):
        # Return buf[pos:stop] and move the position to stop.
        chunk = self.buf[self.pos:stop]
        self.pos = stop
        return chunk

    def __iter__(self):
        return self

    def next(self):
        _complain_ifclosed(self.closed)
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def close(self):
        """Free the buffer; later operations raise ValueError."""
        if self.closed:
            return
        self.closed = True
        del self.buf, self.pos

    def isatty(self):
        _complain_ifclosed(self.closed)
        return False

    def flush(self):
        _complain_ifclosed(self.closed)

    def tell(self):
        _complain_ifclosed(self.closed)
        return self.pos

    def seek(self, pos, mode=0):
        """Move to pos: from the start (mode 0), the current position (1)
        or the end (2)."""
        self._joined()
        if mode == 1:
            pos = self.pos + pos
        elif mode == 2:
            pos = self.len + pos
        # positions before the start clamp to 0; past the end is allowed
        self.pos = pos if pos > 0 else 0

    def read(self, n=-1):
        """At most n characters (all the rest when n is negative)."""
        self._joined()
        stop = self.len
        if n is not None and n >= 0 and self.pos + n < stop:
            stop = self.pos + n
        return self._take(stop)

    def readline(self, length=None):
        """The next line with its newline; at most length characters when
        length is given and positive."""
        text = self._joined()
        newline = text.find('\n', self.pos)
        stop = self.len if newline < 0 else newline + 1
        if length is not None and length >= 0:
            stop = min(stop, self.pos + length)
        return self._take(stop)

    def readlines(self, sizehint=0):
        """The remaining lines; stop once about sizehint characters were
        read when sizehint is positive."""
        collected, seen = [], 0
        for line in iter(self.readline, ''):
            collected.append(line)
            seen += len(line)
            if sizehint > 0 and seen >= sizehint:
                break
        return collected

    def truncate(self, size=None):
        """Cut the buffer at size (the current position by default)."""
        _complain_ifclosed(self.closed)
        if size is None:
            size = self.pos
        if size < 0:
            raise IOError(EINVAL, "Negative size not allowed")
        self.pos = min(self.pos, size)
        self.buf = self.getvalue()[:size]
        self.len = size

    def write(self, s):
        """Write s at the current position, padding with NULs when the
        position is past the end."""
        _complain_ifclosed(self.closed)
        if not s:
            return
        if not isinstance(s, basestring):
            s = str(s)
        start, end = self.pos, self.len
        stop = start + len(s)
        if start < end:
            # overwriting inside the data: splice around s
            old = self._joined()
            self.buflist = [old[:start], s, old[stop:]]
            self.buf = ''
            self.len = max(end, stop)
        else:
            if start > end:
                self.buflist.append('\0' * (start - end))
            self.buflist.append(s)
            self.len = stop
        self.pos = stop

    def writelines(self, iterable):
        for line in iterable:
            self.write(line)

    def getvalue(self):
        """Everything written so far, whatever the position."""
        return self._joined()
