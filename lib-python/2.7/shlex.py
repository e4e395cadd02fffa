"""A lexical analyzer for shell-like syntax (Python 2.7's shlex)."""

import sys

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

__all__ = ["shlex", "split"]


class shlex:
    """Splits a stream into tokens the way a simple shell would."""

    def __init__(self, instream=None, infile=None, posix=False):
        if isinstance(instream, basestring):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        if posix:
            self.eof = None
        else:
            self.eof = ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            # the Latin-1 letters count as word characters in POSIX mode
            self.wordchars += ''.join(chr(c) for c in range(0xdf, 0x100) if c != 0xf7)
            self.wordchars += ''.join(chr(c) for c in range(0xc0, 0xdf) if c != 0xd7)
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []          # next token first
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None

    def push_token(self, tok):
        """Push a token back: the next get_token() returns it."""
        if self.debug >= 1:
            print "shlex: pushing token " + repr(tok)
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream until it ends, then resume this input."""
        if isinstance(newstream, basestring):
            newstream = StringIO(newstream)
        self.filestack.insert(0, (self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Go back to the input pushed before the current one."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.pop(0)
        self.state = ' '

    def get_token(self):
        """The next token (self.eof at the end of the input)."""
        if self.pushback:
            return self.pushback.pop(0)
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _done(self, quoted):
        return bool(self.token) or (self.posix and quoted)

    def read_token(self):
        """One raw token, ignoring pushback and source inclusion.

        self.state is ' ' between tokens, 'a' inside a word, a quote char
        inside quotes, an escape char after it, None after end of input."""
        quoted = False
        escapedstate = ' '
        while True:
            ch = self.instream.read(1)
            if ch == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self._done(quoted):
                        break
                elif ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif self.posix and ch in self.escape:
                    escapedstate = 'a'
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = 'a'
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = 'a'
                else:
                    self.token = ch
                    if self._done(quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == state:
                    if not self.posix:
                        self.token += ch
                        self.state = ' '
                        break
                    self.state = 'a'
                elif self.posix and ch in self.escape and state in self.escapedquotes:
                    escapedstate = state
                    self.state = ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # inside quotes, only the quote and the escape itself are escapable
                if escapedstate in self.quotes and ch != state and ch != escapedstate:
                    self.token += state
                self.token += ch
                self.state = escapedstate
            elif state == 'a':
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self.state = ' '
                    if self._done(quoted):
                        break
                elif ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if self.posix:
                        self.state = ' '
                        if self._done(quoted):
                            break
                elif self.posix and ch in self.quotes:
                    self.state = ch
                elif self.posix and ch in self.escape:
                    escapedstate = 'a'
                    self.state = ch
                elif ch in self.wordchars or ch in self.quotes or self.whitespace_split:
                    self.token += ch
                else:
                    self.pushback.insert(0, ch)
                    self.state = ' '
                    if self.token:
                        break
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print "shlex: raw token=" + repr(result)
            else:
                print "shlex: raw token=EOF"
        return result

    def sourcehook(self, newfile):
        """(filename, open file) for a source-inclusion request."""
        import os.path
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, basestring) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """An Emacs-style 'file, line N: ' prefix for error messages."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def next(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split s into words like a POSIX shell."""
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)
