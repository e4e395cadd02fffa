"""Python 2.7 tokenizer working on a byte string by index.

``tokenize()`` returns the whole token list.  A tokenizer error does not raise
at once: it ends the list with an ERRORTOKEN carrying the error, so that a
syntax error earlier in the file wins, as with 2.7's lazy tokenizer.

Positions follow 2.7's error reporting: ``err_lineno``/``err_offset`` are the
line and offset 2.7 reports when the parser fails at this token (the offset
is the end of the token measured from the start of the line where it begins).
"""
from typing import Optional

from pypy27.interpreter.pyparser.error import SyntaxErr, IndentationErr, TabErr

ENDMARKER = 0
NAME = 1
NUMBER = 2
STRING = 3
OP = 4
NEWLINE = 5
INDENT = 6
DEDENT = 7
ERRORTOKEN = 8

TOKEN_NAMES = ["ENDMARKER", "NAME", "NUMBER", "STRING", "OP", "NEWLINE",
               "INDENT", "DEDENT", "ERRORTOKEN"]

MAXINDENT = 100
TABSIZE = 8

TWO_CHAR_OPS = {
    "==": True, "!=": True, "<>": True, "<=": True, ">=": True, "<<": True,
    ">>": True, "**": True, "//": True, "+=": True, "-=": True, "*=": True,
    "/=": True, "%=": True, "&=": True, "|=": True, "^=": True, "->": True,
}
THREE_CHAR_OPS = {"**=": True, ">>=": True, "<<=": True, "//=": True}
OPENING = "([{"
CLOSING = ")]}"


class Token(object):
    type: int
    value: str
    lineno: int
    col: int
    err_lineno: int
    err_offset: int
    at_eof: bool
    error: Optional[SyntaxErr]

    def __init__(self, type: int, value: str, lineno: int, col: int,
                 err_lineno: int, err_offset: int) -> None:
        self.type = type
        self.value = value
        self.lineno = lineno
        self.col = col
        self.err_lineno = err_lineno
        self.err_offset = err_offset
        self.at_eof = False
        self.error = None

    def __repr__(self) -> str:
        return "Token(%s, %r, %d, %d)" % (TOKEN_NAMES[self.type], self.value,
                                          self.lineno, self.col)


def is_ident_start(c: str) -> bool:
    # 2.7 lets bytes >= 128 start a name; the parser then rejects them
    return ("a" <= c <= "z") or ("A" <= c <= "Z") or c == "_" or ord(c) >= 128


def is_ident_char(c: str) -> bool:
    return is_ident_start(c) or ("0" <= c <= "9")


def is_digit(c: str) -> bool:
    return "0" <= c <= "9"


def is_hex_digit(c: str) -> bool:
    return ("0" <= c <= "9") or ("a" <= c <= "f") or ("A" <= c <= "F")


def line_text(source: str, start: int) -> str:
    end = source.find("\n", start)
    if end < 0:
        return source[start:]
    return source[start:end + 1]


class Tokenizer(object):
    source: str
    filename: str
    tabtab: bool
    dont_imply_dedent: bool
    pos: int
    lineno: int
    line_start: int
    tokens: list[Token]
    indents: list[int]
    altindents: list[int]
    level: int
    failed: bool

    def __init__(self, source: str, filename: str, tabtab: bool,
                 dont_imply_dedent: bool) -> None:
        self.source = source
        self.filename = filename
        self.tabtab = tabtab
        self.dont_imply_dedent = dont_imply_dedent
        self.pos = 0
        self.lineno = 1
        self.line_start = 0
        self.tokens = []
        self.indents = [0]
        self.altindents = [0]
        self.level = 0
        self.failed = False

    # -- emitting --------------------------------------------------------

    def emit(self, type: int, value: str, start: int, tok_line: int,
             tok_line_start: int) -> None:
        tok = Token(type, value, tok_line, start - tok_line_start,
                    self.lineno, self.pos - tok_line_start)
        self.tokens.append(tok)

    def error(self, msg: str, offset: int) -> None:
        """End the token list with an error at the current line."""
        err = SyntaxErr(msg, self.filename, self.lineno, offset,
                        line_text(self.source, self.line_start))
        self.fail_with(err)

    def fail_with(self, err: SyntaxErr) -> None:
        tok = Token(ERRORTOKEN, "", err.lineno, max(err.offset - 1, 0),
                    err.lineno, err.offset)
        tok.error = err
        self.tokens.append(tok)
        self.failed = True

    def line_end_offset(self) -> int:
        """Offset of the end of the current line (2.7's tok->inp)."""
        end = self.source.find("\n", self.pos)
        if end < 0:
            end = len(self.source)
        else:
            end += 1
        return end - self.line_start

    def new_line(self) -> None:
        """Called with pos just after a newline character."""
        self.lineno += 1
        self.line_start = self.pos

    # -- main loop -------------------------------------------------------

    def run(self) -> list[Token]:
        src = self.source
        n = len(src)
        atbol = True
        blankline = False
        while not self.failed:
            if atbol:
                atbol = False
                blankline = self.indentation()
                if self.failed:
                    break
            pos = self.pos
            while pos < n and (src[pos] == " " or src[pos] == "\t" or src[pos] == "\x0c"):
                pos += 1
            self.pos = pos
            if pos >= n:
                self.at_eof()
                break
            c = src[pos]
            if c == "#":
                end = src.find("\n", pos)
                if end < 0:
                    end = n
                self.pos = end
                continue
            if c == "\n":
                self.pos = pos + 1
                if not blankline and self.level == 0:
                    self.emit(NEWLINE, "", pos, self.lineno, self.line_start)
                self.new_line()
                atbol = True
                continue
            if c == "\\":
                if pos + 1 < n and src[pos + 1] == "\n":
                    self.pos = pos + 2
                    self.new_line()
                    continue
                if pos + 1 >= n:
                    self.pos = n
                    self.at_eof()
                    break
                self.error("unexpected character after line continuation character",
                           self.line_end_offset())
                break
            blankline = False
            if is_ident_start(c):
                self.name_or_string()
            elif is_digit(c) or (c == "." and pos + 1 < n and is_digit(src[pos + 1])):
                self.number()
            elif c == "'" or c == '"':
                self.string(pos)
            else:
                self.operator()
        return self.tokens

    def indentation(self) -> bool:
        """Measure the indentation at the start of a line and emit INDENT or
        DEDENT tokens.  Returns True for a blank or comment-only line."""
        src = self.source
        n = len(src)
        col = 0
        altcol = 0
        pos = self.pos
        while pos < n:
            c = src[pos]
            if c == " ":
                col += 1
                altcol += 1
            elif c == "\t":
                col = (col // TABSIZE + 1) * TABSIZE
                altcol += 1
            elif c == "\x0c":
                col = 0
                altcol = 0
            else:
                break
            pos += 1
        self.pos = pos
        if pos >= n:
            return True
        c = src[pos]
        if c == "#" or c == "\n" or (c == "\\" and pos + 1 < n and src[pos + 1] == "\n"):
            return c != "\\"
        if self.level > 0:
            return False
        top = self.indents[-1]
        if col == top:
            if altcol != self.altindents[-1]:
                self.tab_error()
        elif col > top:
            if len(self.indents) >= MAXINDENT:
                self.fail_with(IndentationErr("too many levels of indentation",
                                              self.filename, self.lineno,
                                              self.line_end_offset(),
                                              line_text(src, self.line_start)))
                return False
            if altcol <= self.altindents[-1]:
                self.tab_error()
            self.indents.append(col)
            self.altindents.append(altcol)
            self.emit(INDENT, "", pos, self.lineno, self.line_start)
        else:
            while len(self.indents) > 1 and col < self.indents[-1]:
                self.indents.pop()
                self.altindents.pop()
                self.emit(DEDENT, "", pos, self.lineno, self.line_start)
            if col != self.indents[-1]:
                self.fail_with(IndentationErr(
                    "unindent does not match any outer indentation level",
                    self.filename, self.lineno, self.line_end_offset(),
                    line_text(src, self.line_start)))
            elif altcol != self.altindents[-1]:
                self.tab_error()
        return False

    def tab_error(self) -> None:
        if self.tabtab and not self.failed:
            self.fail_with(TabErr("inconsistent use of tabs and spaces in indentation",
                                  self.filename, self.lineno, self.line_end_offset(),
                                  line_text(self.source, self.line_start)))

    def eof_position(self) -> tuple[int, int]:
        """2.7 stays on the last line that had characters: (lineno, start)."""
        n = len(self.source)
        if self.line_start == n and self.lineno > 1:
            return self.lineno - 1, self.source.rfind("\n", 0, n - 1) + 1
        return self.lineno, self.line_start

    def at_eof(self) -> None:
        """Emit the tokens 2.7 produces at the end of the input."""
        src = self.source
        n = len(src)
        self.pos = n
        # 2.7 stays on the last line that had characters
        lineno, line_start = self.eof_position()
        offset = n - line_start
        last_type = self.tokens[-1].type if self.tokens else NEWLINE
        pending = last_type != NEWLINE and last_type != DEDENT and last_type != INDENT
        started = len(self.tokens) > 0
        kinds: list[int] = []
        if self.dont_imply_dedent and self.level == 0:
            # codeop's mode (PyCF_DONT_IMPLY_DEDENT): a last line without its
            # newline gets one NEWLINE and no DEDENT, so `for x in y: f(x)`
            # still wants more input; after a newline the dedents come as usual
            if not pending:
                while len(self.indents) > 1:
                    self.indents.pop()
                    kinds.append(DEDENT)
        elif self.level > 0 and started:
            # inside brackets 2.7 turns the end into a NEWLINE before dedenting
            kinds.append(NEWLINE)
        elif pending:
            kinds.append(NEWLINE)
        if not self.dont_imply_dedent:
            while len(self.indents) > 1:
                self.indents.pop()
                kinds.append(DEDENT)
        if started and self.level == 0:
            kinds.append(NEWLINE)
        kinds.append(ENDMARKER)
        for kind in kinds:
            tok = Token(kind, "", lineno, offset, lineno, offset)
            tok.at_eof = True
            self.tokens.append(tok)

    # -- token kinds -----------------------------------------------------

    def name_or_string(self) -> None:
        src = self.source
        n = len(src)
        start = self.pos
        pos = start
        c = src[pos]
        # string prefixes of 2.7: b, u, r, br, ur in any case
        if c == "b" or c == "B" or c == "u" or c == "U":
            pos += 1
            if pos < n and (src[pos] == "r" or src[pos] == "R"):
                pos += 1
        elif c == "r" or c == "R":
            pos += 1
        if pos > start and pos < n and (src[pos] == "'" or src[pos] == '"'):
            self.pos = pos
            self.string(start)
            return
        pos = start + 1
        ascii = ord(c) < 128
        while pos < n and is_ident_char(src[pos]):
            if ord(src[pos]) >= 128:
                ascii = False
            pos += 1
        self.pos = pos
        # a name with non-ASCII bytes can never be used: the parser rejects
        # it as an operator it does not know
        self.emit(NAME if ascii else OP, src[start:pos], start, self.lineno,
                  self.line_start)

    def number(self) -> None:
        src = self.source
        n = len(src)
        start = self.pos
        pos = start
        c = src[pos]
        kind = 0  # 0 integer so far, 1 go to fraction, 2 exponent, 3 imaginary
        if c == ".":
            kind = 1
        elif c == "0":
            pos += 1
            c = src[pos] if pos < n else ""
            if c == "x" or c == "X" or c == "o" or c == "O" or c == "b" or c == "B":
                radix = c.lower()
                pos += 1
                first = pos
                while pos < n and self.radix_digit(src[pos], radix):
                    pos += 1
                if pos == first:
                    self.pos = pos
                    self.error("invalid token", pos - self.line_start)
                    return
            else:
                while pos < n and "0" <= src[pos] <= "7":
                    pos += 1
                found_decimal = False
                while pos < n and is_digit(src[pos]):
                    found_decimal = True
                    pos += 1
                c = src[pos] if pos < n else ""
                if c == ".":
                    kind = 1
                elif c == "e" or c == "E":
                    kind = 2
                elif c == "j" or c == "J":
                    kind = 3
                elif found_decimal:
                    self.pos = pos
                    self.error("invalid token", pos - self.line_start)
                    return
            if kind == 0 and pos < n and (src[pos] == "l" or src[pos] == "L"):
                pos += 1
        else:
            while pos < n and is_digit(src[pos]):
                pos += 1
            c = src[pos] if pos < n else ""
            if c == "l" or c == "L":
                pos += 1
            elif c == ".":
                kind = 1
            elif c == "e" or c == "E":
                kind = 2
            elif c == "j" or c == "J":
                kind = 3
        if kind == 1:  # fraction
            pos += 1
            while pos < n and is_digit(src[pos]):
                pos += 1
            c = src[pos] if pos < n else ""
            if c == "e" or c == "E":
                kind = 2
            elif c == "j" or c == "J":
                kind = 3
        if kind == 2:  # exponent
            epos = pos
            pos += 1
            c = src[pos] if pos < n else ""
            if c == "+" or c == "-":
                pos += 1
                if pos >= n or not is_digit(src[pos]):
                    self.pos = pos
                    self.error("invalid token", pos - self.line_start)
                    return
            elif not is_digit(c):
                # "1e" is the number 1 followed by the name e
                self.pos = epos
                self.emit(NUMBER, src[start:epos], start, self.lineno, self.line_start)
                return
            while pos < n and is_digit(src[pos]):
                pos += 1
            if pos < n and (src[pos] == "j" or src[pos] == "J"):
                kind = 3
        if kind == 3:
            pos += 1
        self.pos = pos
        self.emit(NUMBER, src[start:pos], start, self.lineno, self.line_start)

    def radix_digit(self, c: str, radix: str) -> bool:
        if radix == "x":
            return is_hex_digit(c)
        if radix == "o":
            return "0" <= c <= "7"
        return c == "0" or c == "1"

    def string(self, start: int) -> None:
        """Scan a string literal whose opening quote is at self.pos; start is
        where its prefix begins."""
        src = self.source
        n = len(src)
        tok_line = self.lineno
        tok_line_start = self.line_start
        pos = self.pos
        quote = src[pos]
        pos += 1
        triple = False
        if pos + 1 < n and src[pos] == quote and src[pos + 1] == quote:
            triple = True
            pos += 2
        while True:
            if pos >= n:
                self.pos = n
                msg = "EOF while scanning triple-quoted string literal" if triple \
                    else "EOL while scanning string literal"
                self.lineno = self.eof_position()[0]
                self.line_start = tok_line_start
                self.error(msg, n - tok_line_start)
                return
            c = src[pos]
            if c == "\n":
                if not triple:
                    self.pos = pos
                    self.error("EOL while scanning string literal", pos - self.line_start)
                    return
                pos += 1
                self.pos = pos
                self.new_line()
            elif c == quote:
                if not triple:
                    pos += 1
                    break
                if pos + 2 < n and src[pos + 1] == quote and src[pos + 2] == quote:
                    pos += 3
                    break
                pos += 1
            elif c == "\\":
                pos += 1
                if pos >= n:
                    self.pos = n
                    self.lineno = self.eof_position()[0]
                    self.line_start = tok_line_start
                    self.error("EOL while scanning string literal", n - tok_line_start)
                    return
                if src[pos] == "\n":
                    pos += 1
                    self.pos = pos
                    self.new_line()
                else:
                    pos += 1
            else:
                pos += 1
        self.pos = pos
        if self.lineno != tok_line:
            # 2.7 gives a token spanning lines the line where it ends and
            # col_offset -1 (its start lies before that line's start)
            tok = Token(STRING, src[start:pos], self.lineno, -1,
                        self.lineno, pos - tok_line_start)
            self.tokens.append(tok)
            return
        self.emit(STRING, src[start:pos], start, tok_line, tok_line_start)

    def operator(self) -> None:
        src = self.source
        pos = self.pos
        c = src[pos]
        three = src[pos:pos + 3]
        if len(three) == 3 and three in THREE_CHAR_OPS:
            self.pos = pos + 3
            self.emit(OP, three, pos, self.lineno, self.line_start)
            return
        two = src[pos:pos + 2]
        if len(two) == 2 and two in TWO_CHAR_OPS:
            self.pos = pos + 2
            self.emit(OP, two, pos, self.lineno, self.line_start)
            return
        if OPENING.find(c) >= 0:
            self.level += 1
        elif CLOSING.find(c) >= 0:
            self.level -= 1
        self.pos = pos + 1
        self.emit(OP, c, pos, self.lineno, self.line_start)


def tokenize(source: str, filename: str, tabtab: bool = False,
             dont_imply_dedent: bool = False) -> list[Token]:
    """Tokens of a source already decoded by encoding.detect_encoding()."""
    return Tokenizer(source, filename, tabtab, dont_imply_dedent).run()
