"""Token stream access and error reporting shared by the parser layers.

Errors CPython 2.7 finds while parsing are raised at once.  Errors its AST
builder finds (bad assignment targets, bad literals...) only exist after a
successful parse in 2.7, so they are recorded and raised at the end: a later
plain syntax error wins over them, as in 2.7.
"""
from typing import Optional

from pypy27.interpreter.pyparser import tokenizer
from pypy27.interpreter.pyparser.tokenizer import Token
from pypy27.interpreter.pyparser.error import SyntaxErr, IndentationErr


class ValueErr(SyntaxErr):
    """2.7 raises ValueError, not SyntaxError, for a bad \\x in a str."""
    def type_name(self) -> str:
        return "ValueError"


class ParserBase(object):
    source: str
    filename: str
    tokens: list[Token]
    i: int
    tok: Token
    flags: int
    encoding: str
    pending: Optional[SyntaxErr]
    # unicode_literals was imported after strings were parsed without it
    late_unicode_literals: bool

    def __init__(self, source: str, filename: str, tokens: list[Token],
                 flags: int, encoding: str) -> None:
        self.source = source
        self.filename = filename
        self.tokens = tokens
        self.i = 0
        self.tok = tokens[0]
        self.flags = flags
        self.encoding = encoding
        self.pending = None
        self.late_unicode_literals = False

    # -- moving -------------------------------------------------------------

    def advance(self) -> Token:
        tok = self.tok
        if self.i + 1 < len(self.tokens):
            self.i += 1
            self.tok = self.tokens[self.i]
        return tok

    def peek(self, k: int) -> Token:
        j = self.i + k
        if j >= len(self.tokens):
            j = len(self.tokens) - 1
        return self.tokens[j]

    def at_op(self, op: str) -> bool:
        return self.tok.type == tokenizer.OP and self.tok.value == op

    def at_kw(self, kw: str) -> bool:
        return self.tok.type == tokenizer.NAME and self.tok.value == kw

    def accept_op(self, op: str) -> bool:
        if self.tok.type == tokenizer.OP and self.tok.value == op:
            self.advance()
            return True
        return False

    def accept_kw(self, kw: str) -> bool:
        if self.tok.type == tokenizer.NAME and self.tok.value == kw:
            self.advance()
            return True
        return False

    def expect_op(self, op: str) -> Token:
        if self.tok.type != tokenizer.OP or self.tok.value != op:
            raise self.syntax_error()
        return self.advance()

    def expect_kw(self, kw: str) -> Token:
        if self.tok.type != tokenizer.NAME or self.tok.value != kw:
            raise self.syntax_error()
        return self.advance()

    def expect_type(self, type: int) -> Token:
        if self.tok.type != type:
            raise self.syntax_error()
        return self.advance()

    # -- errors -------------------------------------------------------------

    def line_of(self, lineno: int) -> Optional[str]:
        pos = 0
        for k in range(lineno - 1):
            pos = self.source.find("\n", pos)
            if pos < 0:
                return None
            pos += 1
        return tokenizer.line_text(self.source, pos)

    def syntax_error(self) -> SyntaxErr:
        """The error 2.7's parser reports when it cannot use the current token."""
        return self.error_at(self.tok, False)

    def indent_expected(self) -> SyntaxErr:
        return self.error_at(self.tok, True)

    def error_at(self, tok: Token, want_indent: bool) -> SyntaxErr:
        if tok.error is not None:
            return tok.error
        text = self.line_of(tok.err_lineno)
        if tok.at_eof and tok.err_lineno == 1:
            return SyntaxErr("unexpected EOF while parsing", self.filename,
                             tok.err_lineno, tok.err_offset, text)
        if want_indent:
            return IndentationErr("expected an indented block", self.filename,
                                  tok.err_lineno, tok.err_offset, text)
        if tok.type == tokenizer.INDENT:
            return IndentationErr("unexpected indent", self.filename,
                                  tok.err_lineno, tok.err_offset, text)
        if tok.type == tokenizer.DEDENT:
            return IndentationErr("unexpected unindent", self.filename,
                                  tok.err_lineno, tok.err_offset, text)
        return SyntaxErr("invalid syntax", self.filename, tok.err_lineno,
                         tok.err_offset, text)

    def ast_error(self, msg: str, lineno: int) -> None:
        """Record an error of 2.7's AST builder (no offset, as in 2.7)."""
        if self.pending is None:
            self.pending = SyntaxErr(msg, self.filename, lineno, -1, None)

    def ast_value_error(self, msg: str, lineno: int) -> None:
        if self.pending is None:
            # a ValueError has no position
            self.pending = ValueErr(msg, self.filename, -1, -1, None)
