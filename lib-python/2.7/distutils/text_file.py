"""TextFile: reads a text file line by line the way setup-related files
are written: '#' comments, blank lines, backslash continuations and
surrounding whitespace may each be dropped, and warnings name the file
and line they came from."""
import sys

__revision__ = "$Id$"


class TextFile:

    default_options = {'strip_comments': 1, 'skip_blanks': 1, 'lstrip_ws': 0,
                       'rstrip_ws': 1, 'join_lines': 0, 'collapse_join': 0}

    def __init__(self, filename=None, file=None, **options):
        if filename is None and file is None:
            raise RuntimeError("you must supply either or both of 'filename' and 'file'")
        for name, default in self.default_options.items():
            setattr(self, name, options.get(name, default))
        for name in options:
            if name not in self.default_options:
                raise KeyError("invalid TextFile option '%s'" % name)
        if file is None:
            self.open(filename)
        else:
            self.filename = filename
            self.file = file
            self.current_line = 0
        self.linebuf = []

    def open(self, filename):
        self.filename = filename
        self.file = open(self.filename, 'r')
        self.current_line = 0

    def close(self):
        file = self.file
        self.file = None
        self.filename = None
        self.current_line = None
        file.close()

    def gen_error(self, msg, line=None):
        where = [str(self.filename), ", "]
        if line is None:
            line = self.current_line
        if isinstance(line, (list, tuple)):
            where.append("lines %d-%d: " % tuple(line))
        else:
            where.append("line %d: " % line)
        where.append(str(msg))
        return "".join(where)

    def error(self, msg, line=None):
        raise ValueError("error: " + self.gen_error(msg, line))

    def warn(self, msg, line=None):
        sys.stderr.write("warning: " + self.gen_error(msg, line) + "\n")

    def _strip_comment(self, line):
        """(line without its comment, whether a comment was removed).
        Only the first '#' is considered; '\\#' there stands for '#'."""
        pos = line.find('#')
        if pos == -1:
            return line, False
        if pos > 0 and line[pos - 1] == '\\':
            return line.replace('\\#', '#'), False
        eol = '\n' if line.endswith('\n') else ''
        return line[:pos] + eol, True

    def readline(self):
        """The next logical line, or None at end of file."""
        if self.linebuf:
            line = self.linebuf.pop()
            return line
        pending = ''
        while 1:
            line = self.file.readline()
            if line == '':
                line = None
            if self.strip_comments and line:
                line, stripped = self._strip_comment(line)
                if stripped and line.strip() == '':
                    continue    # a comment-only line is not even counted
            if self.join_lines and pending:
                if line is None:
                    self.warn("continuation line immediately precedes end-of-file")
                    return pending
                if self.collapse_join:
                    line = line.lstrip()
                line = pending + line
                if isinstance(self.current_line, list):
                    self.current_line[1] = self.current_line[1] + 1
                else:
                    self.current_line = [self.current_line, self.current_line + 1]
            else:
                if line is None:
                    return None
                if isinstance(self.current_line, list):
                    self.current_line = self.current_line[1] + 1
                else:
                    self.current_line = self.current_line + 1
            if self.lstrip_ws and self.rstrip_ws:
                line = line.strip()
            elif self.lstrip_ws:
                line = line.lstrip()
            elif self.rstrip_ws:
                line = line.rstrip()
            if (line == '' or line == '\n') and self.skip_blanks:
                continue
            if self.join_lines:
                if line[-1:] == '\\':
                    pending = line[:-1]
                    continue
                if line[-2:] == '\\\n':
                    pending = line[:-2] + '\n'
                    continue
            return line

    def readlines(self):
        lines = []
        while 1:
            line = self.readline()
            if line is None:
                return lines
            lines.append(line)

    def unreadline(self, line):
        self.linebuf.append(line)
