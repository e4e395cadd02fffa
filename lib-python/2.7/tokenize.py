"""Tokenization of Python 2.7 source.

generate_tokens(readline) yields 5-tuples (type, string, (srow, scol),
(erow, ecol), line) for the lines readline() returns, including COMMENT and
NL tokens (which the parser ignores); untokenize() turns tokens back into
source.  The scanner is written by hand (no regular expressions)."""

__author__ = 'Ka-Ping Yee <ping@lfw.org>'
__credits__ = 'GvR, ESR, Tim Peters, Thomas Wouters, Fred Drake, Skip Montanaro, Raymond Hettinger'

import string
import token
from token import *

__all__ = [x for x in dir(token) if not x.startswith("_")]
__all__ += ["COMMENT", "tokenize", "generate_tokens", "NL", "untokenize"]
del x

COMMENT = N_TOKENS
tok_name[COMMENT] = 'COMMENT'
NL = N_TOKENS + 1
tok_name[NL] = 'NL'
N_TOKENS += 2

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


_NAME_START = string.ascii_letters + '_'
_NAME_CHARS = _NAME_START + string.digits
_DIGITS = string.digits
_HEX = string.hexdigits
_STRING_PREFIXES = ['', 'r', 'u', 'ur', 'b', 'br']
_THREE_CHAR_OPS = ['**=', '>>=', '<<=', '//=']
_TWO_CHAR_OPS = ['**', '>>', '<<', '<>', '!=', '//', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
                 '==', '<=', '>=']
_ONE_CHAR_OPS = '+-*/%&|^=<>~[](){}:;.,`@'


def _string_prefix(line, pos):
    """The length of a string prefix (u, b, r, ur, br in any case) followed
    by a quote at pos, or -1."""
    for n in (0, 1, 2):
        if line[pos + n:pos + n + 1] in ('"', "'") and pos + n < len(line):
            if line[pos:pos + n].lower() in _STRING_PREFIXES:
                return n
            return -1
    return -1


def _scan_digits(line, pos, chars):
    while pos < len(line) and line[pos] in chars:
        pos += 1
    return pos


def _scan_exponent(line, pos):
    """End of an exponent [eE][-+]?digits at pos, or -1."""
    if pos < len(line) and line[pos] in 'eE':
        p = pos + 1
        if p < len(line) and line[p] in '+-':
            p += 1
        end = _scan_digits(line, p, _DIGITS)
        if end > p:
            return end
    return -1


def _scan_float(line, pos):
    """End of a float literal at pos (pointfloat or expfloat), or -1."""
    digits_end = _scan_digits(line, pos, _DIGITS)
    if digits_end < len(line) and line[digits_end] == '.':
        frac_end = _scan_digits(line, digits_end + 1, _DIGITS)
        if digits_end > pos or frac_end > digits_end + 1:
            exp = _scan_exponent(line, frac_end)
            return exp if exp >= 0 else frac_end
        return -1
    if digits_end > pos:
        return _scan_exponent(line, digits_end)
    return -1


def _scan_number(line, pos):
    """End of the number starting at pos (imaginary, float, then integer
    forms are tried in this order, as 2.7's tokenizer does), or -1."""
    digits_end = _scan_digits(line, pos, _DIGITS)
    if digits_end > pos and digits_end < len(line) and line[digits_end] in 'jJ':
        return digits_end + 1
    end = _scan_float(line, pos)
    if end >= 0:
        if end < len(line) and line[end] in 'jJ':
            return end + 1
        return end
    if line[pos] == '0':
        kind = line[pos + 1:pos + 2]
        if kind in ('x', 'X'):
            end = _scan_digits(line, pos + 2, _HEX)
        elif kind in ('b', 'B'):
            end = _scan_digits(line, pos + 2, '01')
        elif kind in ('o', 'O'):
            end = _scan_digits(line, pos + 2, '01234567')
            return end if end > pos + 2 else pos + 1
        else:
            end = -1
        if end > pos + 2:
            return end + 1 if line[end:end + 1] in ('l', 'L') else end
        end = _scan_digits(line, pos + 1, '01234567')
        return end + 1 if line[end:end + 1] in ('l', 'L') else end
    if digits_end > pos:
        return digits_end + 1 if line[digits_end:digits_end + 1] in ('l', 'L') else digits_end
    return -1


def _find_string_end(line, pos, quote):
    """End (after the closing quote) of a string body starting at pos, or -1
    when this line does not close it; a backslash escapes the next
    character but not a line end."""
    n = len(line)
    while pos < n:
        c = line[pos]
        if c == '\\':
            if pos + 1 >= n or line[pos + 1] == '\n':
                return -1
            pos += 2
            continue
        if line.startswith(quote, pos):
            return pos + len(quote)
        pos += 1
    return -1


def _single_line_string(line, pos, quote):
    """For a one-quote string starting its body at pos: (end, continued):
    end after the closing quote, or after a backslash-newline (continued),
    or -1 if the line ends without either."""
    n = len(line)
    while pos < n:
        c = line[pos]
        if c == '\n':
            return -1, False
        if c == '\\':
            if line[pos + 1:pos + 2] == '\n':
                return pos + 2, True
            if line[pos + 1:pos + 3] == '\r\n':
                return pos + 3, True
            if pos + 1 >= n:
                return -1, False
            pos += 2
            continue
        if c == quote:
            return pos + 1, False
        pos += 1
    return -1, False


def _operator_end(line, pos):
    if line[pos:pos + 3] in _THREE_CHAR_OPS:
        return pos + 3
    if line[pos:pos + 2] in _TWO_CHAR_OPS:
        return pos + 2
    if line[pos] in _ONE_CHAR_OPS:
        return pos + 1
    return -1


def generate_tokens(readline):
    """Tokenize the lines readline() returns (it may raise StopIteration
    at the end); yields (type, string, start, end, line) tuples."""
    lnum = parenlev = continued = 0
    indents = [0]
    contstr = ''
    contline = None
    needcont = False
    endquote = None
    strstart = None
    line = ''
    while True:
        try:
            line = readline()
        except StopIteration:
            line = ''
        lnum += 1
        pos, max = 0, len(line)

        if contstr:
            # inside a string that started on an earlier line
            if not line:
                raise TokenError("EOF in multi-line string", strstart)
            end = _find_string_end(line, 0, endquote)
            if end >= 0:
                pos = end
                yield (STRING, contstr + line[:end], strstart, (lnum, end), contline + line)
                contstr, needcont = '', False
                contline = None
            elif needcont and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
                yield (ERRORTOKEN, contstr + line, strstart, (lnum, len(line)), contline)
                contstr = ''
                contline = None
                continue
            else:
                contstr = contstr + line
                contline = contline + line
                continue

        elif parenlev == 0 and not continued:
            # a new statement: measure the indentation
            if not line:
                break
            column = 0
            while pos < max:
                c = line[pos]
                if c == ' ':
                    column += 1
                elif c == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif c == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == max:
                break
            if line[pos] in '#\r\n':
                # a comment or blank line
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    nl_pos = pos + len(comment)
                    yield (COMMENT, comment, (lnum, pos), (lnum, nl_pos), line)
                    yield (NL, line[nl_pos:], (lnum, nl_pos), (lnum, len(line)), line)
                else:
                    yield (NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield (INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError("unindent does not match any outer indentation level",
                                           ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield (DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # a statement continued inside brackets or after a backslash
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = 0

        while pos < max:
            ws_start = pos
            while pos < max and line[pos] in ' \f\t':
                pos += 1
            if pos >= max:
                break
            start = pos
            c = line[pos]
            spos = (lnum, start)
            if c == '\\' and (line[pos + 1:pos + 2] == '\n' or line[pos + 1:pos + 3] == '\r\n'):
                continued = 1
                pos = max
                continue
            if c == '#':
                comment = line[pos:].rstrip('\r\n')
                pos += len(comment)
                yield (COMMENT, comment, spos, (lnum, pos), line)
                continue
            prefix = _string_prefix(line, pos)
            if prefix >= 0:
                q = pos + prefix
                quote = line[q]
                if line[q:q + 3] == quote * 3:
                    end = _find_string_end(line, q + 3, quote * 3)
                    if end >= 0:
                        pos = end
                        yield (STRING, line[start:pos], spos, (lnum, pos), line)
                    else:
                        strstart = spos
                        contstr = line[start:]
                        contline = line
                        endquote = quote * 3
                        break
                    continue
                end, cont = _single_line_string(line, q + 1, quote)
                if end >= 0:
                    if cont:
                        strstart = spos
                        endquote = quote
                        contstr, needcont = line[start:], True
                        contline = line
                        break
                    pos = end
                    yield (STRING, line[start:pos], spos, (lnum, pos), line)
                    continue
                if prefix == 0:
                    # nothing matches here: the error token is the first
                    # character after the previous token (maybe a blank)
                    yield (ERRORTOKEN, line[ws_start], (lnum, ws_start), (lnum, ws_start + 1), line)
                    pos = ws_start + 1
                    continue
                # a prefix letter before a broken string is just a name
            if c in _DIGITS or (c == '.' and line[pos + 1:pos + 2] in tuple(_DIGITS)):
                end = _scan_number(line, pos)
                pos = end
                yield (NUMBER, line[start:pos], spos, (lnum, pos), line)
                continue
            if c in '\r\n':
                newline = '\r\n' if line[pos:pos + 2] == '\r\n' else c
                pos += len(newline)
                yield (NL if parenlev > 0 else NEWLINE, newline, spos, (lnum, pos), line)
                continue
            if c in _NAME_START:
                pos = _scan_digits(line, pos, _NAME_CHARS)
                yield (NAME, line[start:pos], spos, (lnum, pos), line)
                continue
            end = _operator_end(line, pos)
            if end >= 0:
                if c in '([{':
                    parenlev += 1
                elif c in ')]}':
                    parenlev -= 1
                pos = end
                yield (OP, line[start:pos], spos, (lnum, pos), line)
                continue
            yield (ERRORTOKEN, line[ws_start], (lnum, ws_start), (lnum, ws_start + 1), line)
            pos = ws_start + 1

    for indent in indents[1:]:
        yield (DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield (ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def printtoken(type, token, srow_scol, erow_ecol, line):
    srow, scol = srow_scol
    erow, ecol = erow_ecol
    print "%d,%d-%d,%d:\t%s\t%s" % (srow, scol, erow, ecol, tok_name[type], repr(token))


def tokenize(readline, tokeneater=printtoken):
    """Call tokeneater(type, string, start, end, line) for each token of the
    lines readline() returns (printing them by default)."""
    try:
        for token_info in generate_tokens(readline):
            tokeneater(*token_info)
    except StopTokenizing:
        pass


class Untokenizer(object):

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, tok, start, end, line = t
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(tok)
                continue
            elif tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            elif tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(tok)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, first, iterable):
        """Untokenize (type, string) pairs: spacing is approximate."""
        indents = []
        startline = first[0] in (NEWLINE, NL)
        prevstring = False

        def all_tokens():
            yield first
            for t in iterable:
                yield t
        for t in all_tokens():
            toknum, tokval = t[:2]
            if toknum in (NAME, NUMBER):
                tokval += ' '
            if toknum == STRING:
                if prevstring:
                    tokval = ' ' + tokval
                prevstring = True
            else:
                prevstring = False
            if toknum == INDENT:
                indents.append(tokval)
                continue
            elif toknum == DEDENT:
                indents.pop()
                continue
            elif toknum in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                self.tokens.append(indents[-1])
                startline = False
            self.tokens.append(tokval)


def untokenize(iterable):
    """Source text from tokens: exact for 5-tuples that came from
    generate_tokens(), approximate for (type, string) pairs."""
    return Untokenizer().untokenize(iterable)


if __name__ == '__main__':
    import sys
    if len(sys.argv) > 1:
        tokenize(open(sys.argv[1]).readline)
    else:
        tokenize(sys.stdin.readline)
