"""Source text -> tokens.  Newlines end statements except inside parentheses."""
from pypy27.translator.examples.toylang.errors import ToyError

KEYWORDS = ["def", "if", "elif", "else", "while", "return", "print"]
# longest first, so "<=" wins over "<"
OPERATORS = ["==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "=",
             "(", ")", "{", "}", ",", ";"]


class Token:
    kind: str       # "int", "str", "name", "keyword", "op", "newline", "eof"
    text: str       # the source text; for "str" the unescaped value
    line: int

    def __init__(self, kind: str, text: str, line: int) -> None:
        self.kind = kind
        self.text = text
        self.line = line

    def is_op(self, text: str) -> bool:
        return self.kind == "op" and self.text == text

    def is_keyword(self, text: str) -> bool:
        return self.kind == "keyword" and self.text == text


def _is_name_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _read_string(src: str, start: int, line: int) -> tuple[str, int]:
    """Unescape the literal whose opening quote is at start; returns (value, end)."""
    pieces: list[str] = []
    i = start + 1
    while i < len(src):
        c = src[i]
        if c == '"':
            return "".join(pieces), i + 1
        if c == "\n":
            break
        if c == "\\" and i + 1 < len(src):
            e = src[i + 1]
            if e == "n":
                pieces.append("\n")
            elif e == "t":
                pieces.append("\t")
            elif e == '"' or e == "\\":
                pieces.append(e)
            else:
                raise ToyError("unknown escape \\%s" % e, line)
            i += 2
            continue
        pieces.append(c)
        i += 1
    raise ToyError("unterminated string", line)


def tokenize(src: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    line = 1
    depth = 0       # parentheses nesting: newlines inside are not separators
    while i < len(src):
        c = src[i]
        if c == "\n":
            if depth == 0:
                tokens.append(Token("newline", "\n", line))
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(Token("int", src[i:j], line))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and _is_name_char(src[j]):
                j += 1
            word = src[i:j]
            tokens.append(Token("keyword" if word in KEYWORDS else "name", word, line))
            i = j
        elif c == '"':
            value, i = _read_string(src, i, line)
            tokens.append(Token("str", value, line))
        else:
            op = ""
            for candidate in OPERATORS:
                if src[i:i + len(candidate)] == candidate:
                    op = candidate
                    break
            if op == "":
                raise ToyError("unexpected character %r" % c, line)
            if op == "(":
                depth += 1
            elif op == ")" and depth > 0:
                depth -= 1
            tokens.append(Token("op", op, line))
            i += len(op)
    tokens.append(Token("eof", "", line))
    return tokens
