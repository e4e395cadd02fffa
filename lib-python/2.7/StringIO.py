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

    def __init__(self, buf=''):
        if not isinstance(buf, basestring):
            buf = str(buf)
        self.buf = buf
        self.len = len(buf)
        self.buflist = []
        self.pos = 0
        self.closed = False
        self.softspace = 0

    def __iter__(self):
        return self

    def next(self):
        _complain_ifclosed(self.closed)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        """Free the buffer; later operations raise ValueError."""
        if not self.closed:
            self.closed = True
            del self.buf, self.pos

    def isatty(self):
        _complain_ifclosed(self.closed)
        return False

    def _flush_pieces(self):
        if self.buflist:
            self.buf += ''.join(self.buflist)
            self.buflist = []

    def seek(self, pos, mode=0):
        """Move to pos: from the start (mode 0), the current position (1)
        or the end (2)."""
        _complain_ifclosed(self.closed)
        self._flush_pieces()
        if mode == 1:
            pos += self.pos
        elif mode == 2:
            pos += self.len
        self.pos = max(0, pos)

    def tell(self):
        _complain_ifclosed(self.closed)
        return self.pos

    def read(self, n=-1):
        """At most n characters (all the rest when n is negative)."""
        _complain_ifclosed(self.closed)
        self._flush_pieces()
        if n is None or n < 0:
            newpos = self.len
        else:
            newpos = min(self.pos + n, self.len)
        r = self.buf[self.pos:newpos]
        self.pos = newpos
        return r

    def readline(self, length=None):
        """The next line with its newline; at most length characters when
        length is given and positive."""
        _complain_ifclosed(self.closed)
        self._flush_pieces()
        i = self.buf.find('\n', self.pos)
        if i < 0:
            newpos = self.len
        else:
            newpos = i + 1
        if length is not None and length >= 0:
            if self.pos + length < newpos:
                newpos = self.pos + length
        r = self.buf[self.pos:newpos]
        self.pos = newpos
        return r

    def readlines(self, sizehint=0):
        """The remaining lines; stop once about sizehint characters were
        read when sizehint is positive."""
        total = 0
        lines = []
        line = self.readline()
        while line:
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
            line = self.readline()
        return lines

    def truncate(self, size=None):
        """Cut the buffer at size (the current position by default)."""
        _complain_ifclosed(self.closed)
        if size is None:
            size = self.pos
        elif size < 0:
            raise IOError(EINVAL, "Negative size not allowed")
        elif size < self.pos:
            self.pos = size
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
        spos = self.pos
        slen = self.len
        if spos == slen:
            self.buflist.append(s)
            self.len = self.pos = spos + len(s)
            return
        if spos > slen:
            self.buflist.append('\0' * (spos - slen))
            slen = spos
        newpos = spos + len(s)
        if spos < slen:
            self._flush_pieces()
            self.buflist = [self.buf[:spos], s, self.buf[newpos:]]
            self.buf = ''
            if newpos > slen:
                slen = newpos
        else:
            self.buflist.append(s)
            slen = newpos
        self.len = slen
        self.pos = newpos

    def writelines(self, iterable):
        write = self.write
        for line in iterable:
            write(line)

    def flush(self):
        _complain_ifclosed(self.closed)

    def getvalue(self):
        """Everything written so far, whatever the position."""
        _complain_ifclosed(self.closed)
        self._flush_pieces()
        return self.buf
