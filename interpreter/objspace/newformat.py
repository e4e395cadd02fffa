"""str.format / unicode.format (PEP 3101 as in 2.7) and the format-spec
mini-language for strings.

Strings are handled as lists of characters: bytes for str, UTF-8 sequences of
one code point each for unicode, so widths count code points. parse_spec()
is shared with the numbers' __format__.
"""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.utf8 import utf8_next

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

MAX_INDEX = (1 << 63) - 1


def split_chars(s: str, is_unicode: bool) -> list[str]:
    out: list[str] = []
    if not is_unicode:
        for c in s:
            out.append(c)
        return out
    i = 0
    while i < len(s):
        j = utf8_next(s, i)
        out.append(s[i:j])
        i = j
    return out


# ---- the format-spec mini-language ----------------------------------------------------

class FormatSpec(object):
    """[[fill]align][sign][#][0][width][,][.precision][type]"""
    fill: str            # one character ('' if not given)
    align: str           # '<' '>' '=' '^' or ''
    sign: str            # '+' '-' ' ' or ''
    alternate: bool
    width: int           # -1 if not given
    thousands: bool
    precision: int       # -1 if not given
    type: str            # '' if not given

    def __init__(self) -> None:
        self.fill = ""
        self.align = ""
        self.sign = ""
        self.alternate = False
        self.width = -1
        self.thousands = False
        self.precision = -1
        self.type = ""


def _is_digit(c: str) -> bool:
    """By code: an ordering comparison of strs is a call to memcmp."""
    o = ord(c)
    return o >= 48 and o <= 57


def _is_align(c: str) -> bool:
    return c == "<" or c == ">" or c == "=" or c == "^"


def _digits(space: "ObjSpace", spec: str, i: int) -> tuple[int, int]:
    """The integer at spec[i:] (-1 if none) and the index after it."""
    n = len(spec)
    value = -1
    while i < n and _is_digit(spec[i]):
        d = ord(spec[i]) - 48
        if value < 0:
            value = 0
        if value > (MAX_INDEX - d) // 10:
            raise space.value_error("Too many decimal digits in format string")
        value = value * 10 + d
        i += 1
    return value, i


def parse_spec(space: "ObjSpace", spec: str, is_unicode: bool, default_type: str) -> FormatSpec:
    """Parse spec in place (no list of characters): every character the
    grammar looks at is ASCII; only the fill and the type may be one
    multi-byte code point of a unicode spec."""
    f = FormatSpec()
    n = len(spec)
    first = 1
    if is_unicode and n > 0:
        first = utf8_next(spec, 0)
    i = 0
    if n > first and _is_align(spec[first]):
        f.fill = spec[:first]
        f.align = spec[first]
        i = first + 1
    elif n >= 1 and _is_align(spec[0]):
        f.align = spec[0]
        i = 1
    if i < n and (spec[i] == "+" or spec[i] == "-" or spec[i] == " "):
        f.sign = spec[i]
        i += 1
    if i < n and spec[i] == "#":
        f.alternate = True
        i += 1
    if f.fill == "" and i < n and spec[i] == "0":
        f.fill = "0"
        if f.align == "":
            f.align = "="
        i += 1
    f.width, i = _digits(space, spec, i)
    if i < n and spec[i] == ",":
        f.thousands = True
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        f.precision, i = _digits(space, spec, i)
        if f.precision < 0:
            raise space.value_error("Format specifier missing precision")
    if i < n:
        last = utf8_next(spec, i) if is_unicode else i + 1
        if last < n:
            raise space.value_error("Invalid conversion specification")
        f.type = spec[i:]
    else:
        f.type = default_type
    if f.thousands:
        t = f.type
        if not (t == "d" or t == "e" or t == "f" or t == "g" or t == "E" or t == "G"
                or t == "%" or t == "F" or t == ""):
            raise space.value_error("Cannot specify ',' with '%s'." % t)
    return f


def unknown_code(space: "ObjSpace", code: str, typename: str) -> OperationError:
    o = ord(code[0])
    if len(code) == 1 and o > 32 and o < 127:
        return space.value_error("Unknown format code '%s' for object of type '%s'" % (code, typename))
    if len(code) > 1:
        from pypy27.support.utf8 import utf8_codepoint_at
        o = utf8_codepoint_at(code, 0)
    return space.value_error("Unknown format code '\\x%x' for object of type '%s'" % (o, typename))


def pad_text(text: str, length: int, f: FormatSpec, default_align: str) -> str:
    """Pad text (length characters) to the spec's width."""
    if f.width <= length:
        return text
    fill = f.fill if f.fill != "" else " "
    align = f.align if f.align != "" else default_align
    total = f.width - length
    if align == ">":
        left = total
    elif align == "^":
        left = total // 2
    else:
        left = 0
    return fill * left + text + fill * (total - left)


def format_string_spec(space: "ObjSpace", w_self: W_Root, s: str, is_unicode: bool,
                       w_spec: W_Root) -> W_Root:
    """str.__format__ / unicode.__format__."""
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, unicode_from_object
    if isinstance(w_spec, W_UnicodeObject):
        spec = w_spec.utf8
        spec_unicode = True
    elif isinstance(w_spec, W_BytesObject):
        spec = w_spec.value
        spec_unicode = False
    else:
        raise space.type_error("__format__() argument 1 must be string, not %s"
                               % space.type(w_spec).name)
    if spec_unicode and not is_unicode:
        # str.__format__(u'...'): the spec is converted to str
        from pypy27.interpreter.objspace.unicodeobject import encode_ascii
        assert isinstance(w_spec, W_UnicodeObject)
        spec = encode_ascii(space, w_spec, "strict")
    if is_unicode and not spec_unicode:
        spec = unicode_from_object(space, w_spec).utf8
    typename = "unicode" if is_unicode else "str"
    res = _format_text(space, s, is_unicode, spec, is_unicode, typename)
    if is_unicode:
        return space.newunicode(res)
    return space.newstr(res)


def _format_text(space: "ObjSpace", s: str, is_unicode: bool, spec: str, spec_unicode: bool,
                 typename: str) -> str:
    if len(spec) == 0:
        return s
    f = parse_spec(space, spec, spec_unicode, "s")
    if f.type != "s":
        raise unknown_code(space, f.type, typename)
    if f.sign != "":
        raise space.value_error("Sign not allowed in string format specifier")
    if f.alternate:
        raise space.value_error("Alternate form (#) not allowed in string format specifier")
    if f.align == "=":
        raise space.value_error("'=' alignment not allowed in string format specifier")
    if not is_unicode:
        if f.precision >= 0 and f.precision < len(s):
            s = s[:f.precision]
        return pad_text(s, len(s), f, "<")
    chars = split_chars(s, is_unicode)
    length = len(chars)
    if f.precision >= 0 and f.precision < length:
        chars = chars[:f.precision]
        length = f.precision
        s = "".join(chars)
    return pad_text(s, length, f, "<")


# ---- str.format ------------------------------------------------------------------------

class AutoNumber(object):
    state: int           # 0 initial, 1 auto, 2 manual
    next_index: int

    def __init__(self) -> None:
        self.state = 0
        self.next_index = 0


class Formatter(object):
    is_unicode: bool
    args_w: list[W_Root]
    keywords: list[str]
    keywords_w: list[W_Root]
    auto: AutoNumber

    def __init__(self, is_unicode: bool, args_w: list[W_Root], keywords: list[str],
                 keywords_w: list[W_Root]) -> None:
        self.is_unicode = is_unicode
        self.args_w = args_w
        self.keywords = keywords
        self.keywords_w = keywords_w
        self.auto = AutoNumber()

    def build(self, space: "ObjSpace", s: str, depth: int) -> str:
        if depth <= 0:
            raise space.value_error("Max string recursion exceeded")
        out: list[str] = []
        n = len(s)
        i = 0
        while i < n:
            c = s[i]
            if c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    out.append("}")
                    i += 2
                    continue
                raise space.value_error("Single '}' encountered in format string")
            if c != "{":
                j = i + 1
                while j < n and s[j] != "{" and s[j] != "}":
                    j += 1
                out.append(s[i:j])
                i = j
                continue
            if i + 1 >= n:
                raise space.value_error("Single '{' encountered in format string")
            if s[i + 1] == "{":
                out.append("{")
                i += 2
                continue
            # markup: find the matching '}'
            count = 1
            j = i + 1
            nested = False
            while j < n:
                ch = s[j]
                j += 1
                if ch == "{":
                    nested = True
                    count += 1
                elif ch == "}":
                    count -= 1
                    if count <= 0:
                        break
            if count > 0:
                raise space.value_error("unmatched '{' in format")
            out.append(self.field(space, s[i + 1:j - 1], nested, depth))
            i = j
        return "".join(out)

    def field(self, space: "ObjSpace", text: str, nested: bool, depth: int) -> str:
        k = 0
        n = len(text)
        while k < n and text[k] != ":" and text[k] != "!":
            k += 1
        name = text[:k]
        conversion = ""
        spec = ""
        if k < n:
            rest = text[k + 1:]
            if text[k] == "!":
                if len(rest) == 0:
                    raise space.value_error("end of format while looking for conversion specifier")
                conversion = rest[0]
                if self.is_unicode and ord(conversion) >= 128:
                    conversion = rest[:utf8_next(rest, 0)]
                rest = rest[len(conversion):]
                if len(rest) > 0:
                    if rest[0] != ":":
                        raise space.value_error("expected ':' after format specifier")
                    rest = rest[1:]
            spec = rest
        w_obj = self.get_field(space, name)
        if conversion != "":
            w_obj = self.convert(space, w_obj, conversion)
        if nested:
            spec = self.build(space, spec, depth - 1)
        return self.render(space, w_obj, spec)

    def convert(self, space: "ObjSpace", w_obj: W_Root, conversion: str) -> W_Root:
        if conversion == "r":
            return space.repr(w_obj)        # a str even in a unicode format, like 2.7
        elif conversion == "s":
            if self.is_unicode:
                from pypy27.interpreter.objspace.unicodeobject import unicode_of
                return unicode_of(space, w_obj)
            return space.str_of(w_obj)
        else:
            if len(conversion) == 1 and ord(conversion) < 128:
                raise space.value_error("Unknown conversion specifier %s" % conversion)
            from pypy27.support.utf8 import utf8_codepoint_at
            raise space.value_error("Unknown conversion specifier \\x%x"
                                    % utf8_codepoint_at(conversion, 0))

    def render(self, space: "ObjSpace", w_obj: W_Root, spec: str) -> str:
        from pypy27.interpreter.objspace.bytesobject import W_BytesObject, str_w
        from pypy27.interpreter.objspace.intobject import W_IntObject
        from pypy27.interpreter.objspace.numformat import format_machine_int
        from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, unicode_from_object
        if not self.is_unicode and type(w_obj) is W_BytesObject:
            # str.__format__ of an exact str, without the wrapped spec and result
            assert isinstance(w_obj, W_BytesObject)
            return _format_text(space, w_obj.value, False, spec, False, "str")
        if not self.is_unicode and type(w_obj) is W_IntObject:
            # int.__format__ of an exact int (it cannot be replaced)
            assert isinstance(w_obj, W_IntObject)
            res = format_machine_int(space, w_obj.intval, spec)
            if len(res) > 0:
                return res
        if self.is_unicode:
            w_spec = space.newunicode(spec)
        else:
            w_spec = space.newstr(spec)
        w_res = format_obj(space, w_obj, w_spec)
        if self.is_unicode:
            return unicode_from_object(space, w_res).utf8
        if isinstance(w_res, W_BytesObject):
            return w_res.value
        if isinstance(w_res, W_UnicodeObject):
            return str_w(space, w_res)
        raise space.type_error("__format__ method did not return string")

    def get_field(self, space: "ObjSpace", name: str) -> W_Root:
        n = len(name)
        k = 0
        while k < n and name[k] != "." and name[k] != "[":
            k += 1
        first = name[:k]
        index = _get_integer(space, first)
        empty = len(first) == 0
        numeric = empty or index >= 0
        auto = self.auto
        if numeric:
            if auto.state == 0:
                auto.state = 1 if empty else 2
            if auto.state == 2 and empty:
                raise space.value_error(
                    "cannot switch from manual field specification to automatic field numbering")
            if auto.state == 1 and not empty:
                raise space.value_error(
                    "cannot switch from automatic field numbering to manual field specification")
            if empty:
                index = auto.next_index
                auto.next_index += 1
        if index >= 0:
            if index >= len(self.args_w):
                raise space.error(space.w_IndexError, "tuple index out of range")
            w_obj = self.args_w[index]
        else:
            w_obj = self.keyword(space, first)
        # the rest: .attr and [key]
        i = k
        while i < n:
            c = name[i]
            i += 1
            if c == ".":
                j = i
                while j < n and name[j] != "." and name[j] != "[":
                    j += 1
                attr = name[i:j]
                if len(attr) == 0:
                    raise space.value_error("Empty attribute in format string")
                w_obj = space.getattr(w_obj, self.wrap_text(space, attr))
                i = j
            elif c == "[":
                j = i
                while j < n and name[j] != "]":
                    j += 1
                if j >= n:
                    raise space.value_error("Missing ']' in format string")
                key = name[i:j]
                if len(key) == 0:
                    raise space.value_error("Empty attribute in format string")
                i = j + 1
                if i < n and name[i] != "." and name[i] != "[":
                    raise space.value_error("Only '.' or '[' may follow ']' in format field specifier")
                kindex = _get_integer(space, key)
                if kindex >= 0:
                    w_obj = space.getitem(w_obj, space.newlong_from_int(kindex))
                else:
                    w_obj = space.getitem(w_obj, self.wrap_text(space, key))
            else:
                raise space.value_error("Only '.' or '[' may follow ']' in format field specifier")
        return w_obj

    def wrap_text(self, space: "ObjSpace", s: str) -> W_Root:
        if self.is_unicode:
            return space.newunicode(s)
        return space.newstr(s)

    def keyword(self, space: "ObjSpace", name: str) -> W_Root:
        for i in range(len(self.keywords)):
            if self.keywords[i] == name:
                return self.keywords_w[i]
        raise OperationError(space.w_KeyError, self.wrap_text(space, name))


def _get_integer(space: "ObjSpace", s: str) -> int:
    """The value of a string of decimal digits, -1 if it is empty or has other characters."""
    if len(s) == 0:
        return -1
    value = 0
    for c in s:
        if not _is_digit(c):
            return -1
        d = ord(c) - 48
        if value > (MAX_INDEX - d) // 10:
            raise space.value_error("Too many decimal digits in format string")
        value = value * 10 + d
    return value


def format_obj(space: "ObjSpace", w_obj: W_Root, w_spec: W_Root) -> W_Root:
    """The builtin format(obj, spec) (2.7's PyObject_Format): obj.__format__(spec),
    which must return str or unicode; a unicode spec makes the result unicode."""
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, unicode_of
    spec_unicode = isinstance(w_spec, W_UnicodeObject)
    if not spec_unicode and not isinstance(w_spec, W_BytesObject):
        raise space.type_error("format expects arg 2 to be string or unicode, not %s"
                               % space.type(w_spec).name)
    if isinstance(w_obj, W_BytesObject) and w_obj.is_exact() and not spec_unicode:
        return format_string_spec(space, w_obj, w_obj.value, False, w_spec)
    if isinstance(w_obj, W_UnicodeObject) and w_obj.is_exact():
        return format_string_spec(space, w_obj, w_obj.utf8, True, w_spec)
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    if isinstance(w_obj, W_InstanceObject):
        # a classic instance: its own __format__ attribute, else str(self) formatted
        w_bound = space.findattr(w_obj, "__format__")
        if w_bound is None:
            if spec_unicode:
                w_u = unicode_of(space, w_obj)
                return format_string_spec(space, w_u, w_u.utf8, True, w_spec)
            w_s = space.str_of(w_obj)
            return format_obj(space, w_s, w_spec)
        w_res = space.call_function(w_bound, [w_spec])
    else:
        w_res = _call_format(space, w_obj, w_spec, spec_unicode)
    if isinstance(w_res, W_UnicodeObject):
        return w_res
    if not isinstance(w_res, W_BytesObject):
        raise space.type_error("%s.__format__ must return string or unicode, not %s"
                               % (space.type(w_obj).name, space.type(w_res).name))
    if spec_unicode:
        return unicode_of(space, w_res)
    return w_res


def _call_format(space: "ObjSpace", w_obj: W_Root, w_spec: W_Root, spec_unicode: bool) -> W_Root:
    from pypy27.interpreter.objspace.unicodeobject import unicode_of
    w_meth = space.lookup(w_obj, "__format__")
    if w_meth is None:
        raise space.type_error("Type %s doesn't define __format__" % space.type(w_obj).name)
    if spec_unicode and w_meth is space.w_object.lookup("__format__"):
        # object.__format__ with a unicode spec formats unicode(self)
        w_u = unicode_of(space, w_obj)
        return format_string_spec(space, w_u, w_u.utf8, True, w_spec)
    from pypy27.interpreter.objspace.descroperation import call2
    return call2(space, w_meth, w_obj, w_spec)     # no bound method


def format_method(space: "ObjSpace", s: str, is_unicode: bool, args_w: list[W_Root],
                  keywords: list[str], keywords_w: list[W_Root]) -> W_Root:
    """str.format(*args, **kwargs) / unicode.format; s is the format (UTF-8 for unicode)."""
    f = Formatter(is_unicode, args_w, keywords, keywords_w)
    res = f.build(space, s, 2)
    if is_unicode:
        return space.newunicode(res)
    return space.newstr(res)


# ---- str._formatter_parser / str._formatter_field_name_split (for string.Formatter) ----------

def formatter_parser(space: "ObjSpace", s: str, is_unicode: bool) -> W_Root:
    """An iterator of (literal, field_name, format_spec, conversion) tuples."""
    items_w: list[W_Root] = []
    n = len(s)
    i = 0
    while i < n:
        # the literal part, up to a '{' or '}'
        j = i
        while j < n and s[j] != "{" and s[j] != "}":
            j += 1
        literal_end = j
        markup = False
        if j < n:
            c = s[j]
            if j + 1 < n and s[j + 1] == c:
                literal_end = j + 1          # '{{' or '}}': one brace kept in the literal
                j += 2
            elif c == "}":
                raise space.value_error("Single '}' encountered in format string")
            elif j + 1 >= n:
                raise space.value_error("Single '{' encountered in format string")
            else:
                markup = True
                j += 1
        literal = s[i:literal_end]
        if not markup:
            items_w.append(space.newtuple([_wrap(space, literal, is_unicode), space.w_None,
                                           space.w_None, space.w_None]))
            i = j
            continue
        count = 1
        k = j
        while k < n:
            ch = s[k]
            k += 1
            if ch == "{":
                count += 1
            elif ch == "}":
                count -= 1
                if count <= 0:
                    break
        if count > 0:
            raise space.value_error("unmatched '{' in format")
        field = s[j:k - 1]
        m = 0
        while m < len(field) and field[m] != ":" and field[m] != "!":
            m += 1
        name = field[:m]
        conversion = ""
        spec = ""
        if m < len(field):
            rest = field[m + 1:]
            if field[m] == "!":
                if len(rest) == 0:
                    raise space.value_error("end of format while looking for conversion specifier")
                conversion = rest[0]
                rest = rest[1:]
                if len(rest) > 0:
                    if rest[0] != ":":
                        raise space.value_error("expected ':' after format specifier")
                    rest = rest[1:]
            spec = rest
        w_conv = space.w_None if conversion == "" else _wrap(space, conversion, is_unicode)
        items_w.append(space.newtuple([_wrap(space, literal, is_unicode), _wrap(space, name, is_unicode),
                                       _wrap(space, spec, is_unicode), w_conv]))
        i = k
    return space.iter(space.newlist(items_w))


def _wrap(space: "ObjSpace", s: str, is_unicode: bool) -> W_Root:
    if is_unicode:
        return space.newunicode(s)
    return space.newstr(s)


def formatter_field_name_split(space: "ObjSpace", s: str, is_unicode: bool) -> W_Root:
    """(first, iterator of (is_attribute, key)) of a field name."""
    n = len(s)
    k = 0
    while k < n and s[k] != "." and s[k] != "[":
        k += 1
    first = s[:k]
    index = _get_integer(space, first)
    w_first = space.newlong_from_int(index) if index >= 0 else _wrap(space, first, is_unicode)
    items_w: list[W_Root] = []
    i = k
    while i < n:
        c = s[i]
        i += 1
        if c == ".":
            j = i
            while j < n and s[j] != "." and s[j] != "[":
                j += 1
            attr = s[i:j]
            if len(attr) == 0:
                raise space.value_error("Empty attribute in format string")
            items_w.append(space.newtuple([space.w_True, _wrap(space, attr, is_unicode)]))
            i = j
        elif c == "[":
            j = i
            while j < n and s[j] != "]":
                j += 1
            if j >= n:
                raise space.value_error("Missing ']' in format string")
            key = s[i:j]
            if len(key) == 0:
                raise space.value_error("Empty attribute in format string")
            i = j + 1
            if i < n and s[i] != "." and s[i] != "[":
                raise space.value_error("Only '.' or '[' may follow ']' in format field specifier")
            kindex = _get_integer(space, key)
            w_key = space.newlong_from_int(kindex) if kindex >= 0 else _wrap(space, key, is_unicode)
            items_w.append(space.newtuple([space.w_False, w_key]))
        else:
            raise space.value_error("Only '.' or '[' may follow ']' in format field specifier")
    return space.newtuple([w_first, space.iter(space.newlist(items_w))])
