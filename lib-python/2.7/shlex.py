"""Tokenizing text the way a simple Unix shell would (Python 2.7's shlex).

split(s) gives the words of a POSIX command line; the shlex class is the
configurable tokenizer behind it (which characters form words, quote,
escape or start comments; pushed-back tokens; nested input sources).
"""
__all__ = ["shlex", "split"]

import sys
from collections import deque

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyz' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' + '0123456789_'
# POSIX mode also takes the Latin-1 letters (lower case first; the
# multiplication and division signs are not letters).
_LATIN1_WORD = ''.join([chr(c) for c in range(0xdf, 0x100) if c != 0xf7] +
                       [chr(c) for c in range(0xc0, 0xdf) if c != 0xd7])

# Values of shlex.state besides a quote or escape character being open.
_BETWEEN = ' '      # skipping blanks before a token
_WORD = 'a'         # inside a word
_FINISHED = None    # the input is exhausted


class shlex:
    """A tokenizer over a stream (or a string), iterable for its tokens.

    In the default (compatibility) mode quotes stay in the tokens and there
    are no escapes; with posix=True quotes are removed, backslash escapes
    work and words may be glued to quoted parts, as in sh."""

    def __init__(self, instream=None, infile=None, posix=False):
        if isinstance(instream, basestring):
            instream = StringIO(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _BETWEEN
        self.pushback = deque()     # tokens (and characters) to hand out first
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()    # the suspended (infile, instream, lineno)s
        self.source = None

    # -- tokens pushed back and nested sources

    def push_token(self, tok):
        """Make tok the next token get_token() returns."""
        if self.debug >= 1:
            print "shlex: pushing token " + repr(tok)
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (a stream or a string) until it is exhausted,
        then carry on with the current input."""
        if isinstance(newstream, basestring):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            if newfile is not None:
                print 'shlex: pushing to file %s' % (newfile,)
            else:
                print 'shlex: pushing to stream %s' % (newstream,)

    def pop_source(self):
        """Close the current input and resume the one it interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print 'shlex: popping to %s, line %d' % (self.instream, self.lineno)
        self.state = _BETWEEN

    def get_token(self):
        """The next token: pushed-back ones first; files named after the
        `source` keyword are read in place; self.eof at the very end."""
        if not self.pushback:
            return self._next_from_input()
        tok = self.pushback.popleft()
        if self.debug >= 1:
            print "shlex: popping token " + repr(tok)
        return tok

    def _next_from_input(self):
        raw = self.read_token()
        while self.source is not None and raw == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return raw
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            print "shlex: token=" + repr(raw)
        return raw

    # -- the character-level state machine

    def read_token(self):
        """Read one token from the current input, ignoring pushed-back
        tokens and source inclusion.  self.state says where we are: ' '
        between tokens, 'a' in a word, a quote or escape character while
        one is open, None once the input has ended."""
        self._quoted = False        # a quote was seen: '' is then a real token
        self._resume = _BETWEEN     # the state to return to after an escape
        while True:
            ch = self.instream.read(1)
            if ch == '\n':
                self.lineno += 1
            state = self.state
            if self.debug >= 3:
                print "shlex: in state %r I see character: %r" % (state, ch)
            if state is _FINISHED:
                self.token = ''
                break
            if state == _BETWEEN:
                done = self._step_between(ch)
            elif state in self.quotes:
                done = self._step_quoted(ch)
            elif state in self.escape:
                done = self._step_escaped(ch)
            else:
                done = self._step_word(ch)
            if done:
                break
        result, self.token = self.token, ''
        if self.posix and result == '' and not self._quoted:
            result = None
        if self.debug > 1:
            print "shlex: raw token=" + (repr(result) if result else "EOF")
        return result

    def _trace(self, event):
        if self.debug >= 2:
            print "shlex: I see " + event

    def _have_token(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _open_escape(self, ch, resume):
        self._resume = resume
        self.state = ch

    def _step_between(self, ch):
        if not ch:
            self.state = _FINISHED
            return True
        if ch in self.whitespace:
            self._trace("whitespace in whitespace state")
            return self._have_token()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._open_escape(ch, _WORD)
        elif ch in self.wordchars or (self.whitespace_split and ch not in self.quotes):
            self.token = ch
            self.state = _WORD
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        else:
            # any other character is a token of its own
            self.token = ch
            return True
        return False

    def _step_quoted(self, ch):
        self._quoted = True
        if not ch:
            self._trace("EOF in quotes state")
            raise ValueError("No closing quotation")
        quote = self.state
        if ch == quote:
            if self.posix:
                # the word may go on after the closing quote
                self.state = _WORD
                return False
            self.token += ch
            self.state = _BETWEEN
            return True
        if self.posix and ch in self.escape and quote in self.escapedquotes:
            self._open_escape(ch, quote)
        else:
            self.token += ch
        return False

    def _step_escaped(self, ch):
        if not ch:
            self._trace("EOF in escape state")
            raise ValueError("No escaped character")
        # Inside quotes only the quote itself and the escape character can
        # be escaped; before anything else the escape character is kept.
        resume = self._resume
        if resume in self.quotes and ch != resume and ch != self.state:
            self.token += self.state
        self.token += ch
        self.state = resume
        return False

    def _step_word(self, ch):
        if not ch:
            self.state = _FINISHED
            return True
        if ch in self.whitespace:
            self._trace("whitespace in word state")
            self.state = _BETWEEN
            return self._have_token()
        if ch in self.commenters:
            self._skip_comment()
            if not self.posix:
                return False
            self.state = _BETWEEN
            return self._have_token()
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._open_escape(ch, _WORD)
        elif ch in self.wordchars or ch in self.quotes or self.whitespace_split:
            self.token += ch
        else:
            # punctuation ends the word and is read again as the next token
            self._trace("punctuation in word state")
            self.pushback.appendleft(ch)
            self.state = _BETWEEN
            return self._have_token()
        return False

    # -- helpers meant to be overridden or used by callers

    def sourcehook(self, newfile):
        """(name, open file) for the file a `source` token names; relative
        names are taken relative to the including file."""
        import os.path
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        including = self.infile
        if isinstance(including, basestring) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(including), newfile)
        return newfile, open(newfile, "r")

    def error_leader(self, infile=None, lineno=None):
        """'"file", line N: ', the start of an Emacs-style error message
        (the current file and line unless given)."""
        return '"%s", line %d: ' % (self.infile if infile is None else infile,
                                    self.lineno if lineno is None else lineno)

    def __iter__(self):
        return self

    def next(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """The words of s as a POSIX shell would split them (with comments
    removed only when comments is true)."""
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)
