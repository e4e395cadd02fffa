"""Decoding of string and number literals into their AST values.

Errors are raised as LiteralError(msg, is_value_error); the parser turns them
into SyntaxErr (or a ValueError, as 2.7 does for a bad \\x in a plain str).
"""
from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.pyparser import encoding, unicode_names


class LiteralError(Exception):
    msg: str
    is_value_error: bool

    def __init__(self, msg: str, is_value_error: bool) -> None:
        Exception.__init__(self, msg)
        self.msg = msg
        self.is_value_error = is_value_error


HEX = "0123456789abcdef"


def hex_value(c: str) -> int:
    return HEX.find(c.lower()) if c != "" else -1


def utf8_encode(cp: int, out: list[str]) -> None:
    """Append code point cp as UTF-8 (surrogates in their 3-byte form)."""
    if cp < 0x80:
        out.append(chr(cp))
    elif cp < 0x800:
        out.append(chr(0xC0 | (cp >> 6)))
        out.append(chr(0x80 | (cp & 0x3F)))
    elif cp < 0x10000:
        out.append(chr(0xE0 | (cp >> 12)))
        out.append(chr(0x80 | ((cp >> 6) & 0x3F)))
        out.append(chr(0x80 | (cp & 0x3F)))
    else:
        out.append(chr(0xF0 | (cp >> 18)))
        out.append(chr(0x80 | ((cp >> 12) & 0x3F)))
        out.append(chr(0x80 | ((cp >> 6) & 0x3F)))
        out.append(chr(0x80 | (cp & 0x3F)))


# -- source bytes to code points -------------------------------------------

def decode_source(s: str, enc: str) -> list[int]:
    """Code points of the literal body s, decoded with the source encoding.
    Without a declaration 2.7 takes each byte as a code point."""
    if enc == encoding.ENC_UTF8:
        return decode_utf8_runs(s)
    cps: list[int] = []
    for ch in s:
        c = ord(ch)
        if enc == encoding.ENC_ASCII and c >= 128:
            raise LiteralError("(unicode error) 'ascii' codec can't decode byte "
                               "0x%02x in position 0: ordinal not in range(128)" % c,
                               False)
        cps.append(c)
    return cps


def _utf8_error(c: int, pos: int, reason: str) -> LiteralError:
    return LiteralError("(unicode error) 'utf8' codec can't decode byte 0x%02x "
                        "in position %d: %s" % (c, pos, reason), False)


def decode_utf8_runs(s: str) -> list[int]:
    """2.7 decodes each run of non-ASCII bytes separately, so error
    positions count from the start of the run."""
    cps: list[int] = []
    n = len(s)
    i = 0
    run_start = 0
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            cps.append(c)
            i += 1
            run_start = i
            continue
        pos = i - run_start
        if c < 0xC2 or c > 0xF4:
            raise _utf8_error(c, pos, "invalid start byte")
        need = 1 if c < 0xE0 else (2 if c < 0xF0 else 3)
        run_end = i + 1
        while run_end < n and ord(s[run_end]) >= 0x80:
            run_end += 1
        if i + need >= run_end:
            # the run of non-ASCII bytes ends inside the sequence
            raise _utf8_error(c, pos, "unexpected end of data")
        cp = c & (0x1F if need == 1 else (0x0F if need == 2 else 0x07))
        for k in range(1, need + 1):
            b = ord(s[i + k])
            if b > 0xBF or (k == 1 and ((c == 0xE0 and b < 0xA0) or (c == 0xF0 and b < 0x90)
                                        or (c == 0xF4 and b > 0x8F))):
                raise _utf8_error(c, pos, "invalid continuation byte")
            cp = (cp << 6) | (b & 0x3F)
        cps.append(cp)
        i += need + 1
    return cps


# -- escape sequences -------------------------------------------------------

def _uerr(codec: str, start: int, end: int, reason: str) -> LiteralError:
    return LiteralError("(unicode error) '%s' codec can't decode bytes in position "
                        "%d-%d: %s" % (codec, start, end, reason), False)


def decode_unicode_escape(cps: list[int]) -> list[int]:
    out: list[int] = []
    n = len(cps)
    i = 0
    while i < n:
        c = cps[i]
        if c != 92 or i + 1 >= n:
            if c == 92:
                raise _uerr("unicodeescape", i, i, "\\ at end of string")
            out.append(c)
            i += 1
            continue
        start = i
        e = chr(cps[i + 1]) if cps[i + 1] < 256 else "?"
        i += 2
        if e == "\n":
            pass
        elif e in SIMPLE_ESCAPES:
            out.append(ord(SIMPLE_ESCAPES[e]))
        elif "0" <= e <= "7":
            v = ord(e) - 48
            k = 0
            while k < 2 and i < n and 48 <= cps[i] <= 55:
                v = v * 8 + cps[i] - 48
                i += 1
                k += 1
            out.append(v)
        elif e == "x" or e == "u" or e == "U":
            width = 2 if e == "x" else (4 if e == "u" else 8)
            v = 0
            k = 0
            while k < width:
                if i >= n or cps[i] >= 128 or hex_value(chr(cps[i])) < 0:
                    what = "truncated \\xXX escape" if e == "x" else (
                        "truncated \\uXXXX escape" if e == "u" else "truncated \\UXXXXXXXX escape")
                    raise _uerr("unicodeescape", start, i - 1, what)
                v = v * 16 + hex_value(chr(cps[i]))
                i += 1
                k += 1
            if v > 0x10FFFF:
                raise _uerr("unicodeescape", start, i - 1, "illegal Unicode character")
            out.append(v)
        elif e == "N":
            end = i
            if i < n and cps[i] == 123:
                end = i + 1
                while end < n and cps[end] != 125:
                    end += 1
                if end < n:
                    name_chars: list[str] = []
                    for k in range(i + 1, end):
                        name_chars.append(chr(cps[k]) if cps[k] < 128 else "?")
                    code = unicode_names.lookup("".join(name_chars))
                    if code < 0:
                        raise _uerr("unicodeescape", start, end,
                                    "unknown Unicode character name")
                    out.append(code)
                    i = end + 1
                    continue
            raise _uerr("unicodeescape", start, i - 1, "malformed \\N character escape")
        else:
            out.append(92)
            out.append(cps[i - 1])
    return out


def decode_raw_unicode_escape(cps: list[int]) -> list[int]:
    """Only \\uXXXX and \\UXXXXXXXX preceded by an odd number of backslashes."""
    out: list[int] = []
    n = len(cps)
    i = 0
    while i < n:
        c = cps[i]
        if c != 92:
            out.append(c)
            i += 1
            continue
        j = i
        while j < n and cps[j] == 92:
            j += 1
        count = j - i
        if count % 2 == 0 or j >= n or (cps[j] != 117 and cps[j] != 85):
            for k in range(count):
                out.append(92)
            i = j
            continue
        for k in range(count - 1):
            out.append(92)
        start = j - 1
        width = 4 if cps[j] == 117 else 8
        i = j + 1
        v = 0
        for k in range(width):
            if i >= n or cps[i] >= 128 or hex_value(chr(cps[i])) < 0:
                raise _uerr("rawunicodeescape", start, i - 1,
                            "truncated \\uXXXX" if width == 4 else "truncated \\UXXXXXXXX")
            v = v * 16 + hex_value(chr(cps[i]))
            i += 1
        if v > 0x10FFFF:
            raise _uerr("rawunicodeescape", start, i - 1, "\\Uxxxxxxxx out of range")
        out.append(v)
    return out


SIMPLE_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "b": "\x08", "f": "\x0c",
                  "t": "\t", "n": "\n", "r": "\r", "v": "\x0b", "a": "\x07"}


def decode_str_escape(s: str) -> str:
    """Escapes of a plain (bytes) string literal, like 2.7's str decoder."""
    if s.find("\\") < 0:
        return s
    out: list[str] = []
    n = len(s)
    i = 0
    while i < n:
        j = s.find("\\", i)
        if j < 0 or j + 1 >= n:
            out.append(s[i:])
            break
        out.append(s[i:j])
        e = s[j + 1]
        i = j + 2
        if e == "\n":
            pass
        elif e in SIMPLE_ESCAPES:
            out.append(SIMPLE_ESCAPES[e])
        elif "0" <= e <= "7":
            v = ord(e) - 48
            k = 0
            while k < 2 and i < n and "0" <= s[i] <= "7":
                v = v * 8 + ord(s[i]) - 48
                i += 1
                k += 1
            out.append(chr(v & 0xFF))
        elif e == "x":
            if i + 1 < n and hex_value(s[i]) >= 0 and hex_value(s[i + 1]) >= 0:
                out.append(chr(hex_value(s[i]) * 16 + hex_value(s[i + 1])))
                i += 2
            else:
                raise LiteralError("invalid \\x escape", True)
        else:
            out.append("\\")
            out.append(e)
    return "".join(out)


def is_plain_literal(tok: str) -> bool:
    """Whether a STRING token is raw or has no backslash: 2.7 then makes
    its value directly from the source bytes (sharing 1-character ones)."""
    i = 0
    while tok[i] != "'" and tok[i] != '"':
        if tok[i] == "r" or tok[i] == "R":
            return True
        i += 1
    return tok.find("\\") < 0


def parse_string(tok: str, enc: str, unicode_literals: bool) -> tuple[str, bool]:
    """Value of one STRING token: (bytes or UTF-8 text, is_unicode)."""
    i = 0
    is_unicode = unicode_literals
    raw = False
    while True:
        c = tok[i]
        if c == "u" or c == "U":
            is_unicode = True
        elif c == "b" or c == "B":
            is_unicode = False
        elif c == "r" or c == "R":
            raw = True
        else:
            break
        i += 1
    q = 1
    if len(tok) - i >= 6 and tok[i + 1] == c and tok[i + 2] == c:
        q = 3
    body = tok[i + q:len(tok) - q]
    if not is_unicode:
        if raw:
            return body, False
        return decode_str_escape(body), False
    cps = decode_source(body, enc)
    if raw:
        cps = decode_raw_unicode_escape(cps)
    else:
        cps = decode_unicode_escape(cps)
    out: list[str] = []
    for cp in cps:
        utf8_encode(cp, out)
    return "".join(out), True


def str_to_unicode(s: str) -> str:
    """A plain str joined to a unicode literal is decoded as ASCII."""
    for k in range(len(s)):
        if ord(s[k]) >= 128:
            raise LiteralError("(unicode error) 'ascii' codec can't decode byte "
                               "0x%02x in position %d: ordinal not in range(128)"
                               % (ord(s[k]), k), False)
    return s


# -- numbers ----------------------------------------------------------------

MAX_INT_TEXT = "9223372036854775807"
MIN_INT_TEXT = "9223372036854775808"  # magnitude of the most negative int
LIMB = 1000000000


def digits_to_decimal(digits: str, radix: int) -> str:
    """Decimal text of the non-negative number with these digits."""
    limbs = [0]  # little-endian base 10**9
    for ch in digits:
        carry = hex_value(ch)
        for k in range(len(limbs)):
            v = limbs[k] * radix + carry
            limbs[k] = v % LIMB
            carry = v // LIMB
        while carry > 0:
            limbs.append(carry % LIMB)
            carry = carry // LIMB
    parts = [str(limbs[len(limbs) - 1])]
    for k in range(len(limbs) - 2, -1, -1):
        parts.append("%09d" % limbs[k])
    return "".join(parts)


def _fits(mag: str, negative: bool) -> bool:
    limit = MIN_INT_TEXT if negative else MAX_INT_TEXT
    if len(mag) != len(limit):
        return len(mag) < len(limit)
    return mag <= limit


def decimal_to_int(mag: str, negative: bool) -> int:
    """Value of a decimal magnitude known to fit (accumulated negatively so
    that the most negative int works too)."""
    v = 0
    for ch in mag:
        v = v * 10 - (ord(ch) - 48)
    return v if negative else -v


def parse_number(text: str) -> ast.Number:
    """Value of a NUMBER token, with a '-' in front when the parser folded a
    unary minus into it (as 2.7 does)."""
    negative = text.startswith("-")
    body = text[1:] if negative else text
    last = body[len(body) - 1]
    is_long = last == "l" or last == "L"
    low = body.lower()
    radix = 10
    digits = body
    if len(low) > 1 and low[0] == "0" and (low[1] == "x" or low[1] == "o" or low[1] == "b"):
        radix = 16 if low[1] == "x" else (8 if low[1] == "o" else 2)
        digits = body[2:]
    elif last == "j" or last == "J":
        return ast.Number(ast.NUM_COMPLEX, text, 0,
                          float(text[:len(text) - 1]))
    elif low.find(".") >= 0 or low.find("e") >= 0:
        return ast.Number(ast.NUM_FLOAT, text, 0, float(text))
    elif len(body) > 1 and body[0] == "0":
        radix = 8
    if is_long:
        digits = digits[:len(digits) - 1]
    mag = digits_to_decimal(digits, radix)
    is_zero = mag == "0"
    sign = "-" if negative and not is_zero else ""
    if not is_long and _fits(mag, negative):
        if radix != 10 and not negative and not _fits(mag, False):
            is_long = True
        else:
            return ast.Number(ast.NUM_INT, sign + mag, decimal_to_int(mag, negative), 0.0)
    return ast.Number(ast.NUM_LONG, sign + mag, 0, 0.0)
