"""_json.make_scanner (the type `_json.Scanner`): scan_once(string, idx)
parses one JSON value at idx, honouring the decoder's hooks, and raises a
bare StopIteration where no value starts (json.decoder turns that into its
error).  Messages and positions are those of 2.7's C scanner."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.executioncontext import get_ec
from pypy27.interpreter.module._json.jsource import JSource, source_of, json_error, stop_iteration
from pypy27.interpreter.module._json.strscan import scan_string, encoding_arg, is_utf8_name
from pypy27.interpreter.objspace.numparse import parse_int_string, parse_float_string
from pypy27.support.utf8 import utf8_prev

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class ScannerTypes(object):
    w_scanner: Optional["W_TypeObject"]

    def __init__(self) -> None:
        self.w_scanner = None


scanner_types = ScannerTypes()


class W_Scanner(W_Root):
    w_class: "W_TypeObject"
    strict: bool
    encoding: str
    utf8_enc: bool
    w_object_hook: Optional[W_Root]
    w_object_pairs_hook: Optional[W_Root]
    w_parse_float: W_Root
    w_parse_int: W_Root
    w_parse_constant: W_Root
    float_fast: bool     # parse_float is float itself
    int_fast: bool       # parse_int is int itself

    def __init__(self, w_class: "W_TypeObject") -> None:
        self.w_class = w_class
        self.strict = True
        self.encoding = "utf-8"
        self.utf8_enc = True
        self.w_object_hook = None
        self.w_object_pairs_hook = None
        self.w_parse_float = w_class
        self.w_parse_int = w_class
        self.w_parse_constant = w_class
        self.float_fast = False
        self.int_fast = False

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        if self.w_class.is_heaptype:
            return W_Root.call_args(self, space, args)
        return scanner_call(space, self, args)


def _hook(space: "ObjSpace", w_obj: W_Root) -> Optional[W_Root]:
    if space.is_w(w_obj, space.w_None):
        return None
    return w_obj


def scanner_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    from pypy27.interpreter.module.itertools.common import parse_kw
    a = parse_kw(space, args, "make_scanner()", ["context"], 1)
    w_ctx = a[0]
    assert w_ctx is not None
    sc = W_Scanner(w_subtype)
    sc.encoding = encoding_arg(space, space.getattr_str(w_ctx, "encoding"), "encoding must be a string, not %s")
    sc.utf8_enc = is_utf8_name(sc.encoding)
    sc.strict = space.is_true(space.getattr_str(w_ctx, "strict"))
    sc.w_object_hook = _hook(space, space.getattr_str(w_ctx, "object_hook"))
    sc.w_object_pairs_hook = _hook(space, space.getattr_str(w_ctx, "object_pairs_hook"))
    sc.w_parse_float = space.getattr_str(w_ctx, "parse_float")
    sc.w_parse_int = space.getattr_str(w_ctx, "parse_int")
    sc.w_parse_constant = space.getattr_str(w_ctx, "parse_constant")
    sc.float_fast = space.is_w(sc.w_parse_float, space.w_float)
    sc.int_fast = space.is_w(sc.w_parse_int, space.w_int)
    return sc


def scanner_call(space: "ObjSpace", sc: W_Scanner, args: Arguments) -> W_Root:
    from pypy27.interpreter.module.itertools.common import parse_kw, index_w
    a = parse_kw(space, args, "scan_once()", ["string", "idx"], 2)
    w_s = a[0]
    w_idx = a[1]
    assert w_s is not None and w_idx is not None
    src = source_of(space, w_s)
    idx = index_w(space, w_idx)
    if idx < 0:
        raise space.value_error("idx cannot be negative")
    if idx >= src.length():
        raise stop_iteration(space)
    w_value, end = scan_value(space, sc, src, src.byte_index(idx))
    return space.newtuple([w_value, space.newint(src.char_index(end))])


def scanner_descr_call(space: "ObjSpace", args: Arguments) -> W_Root:
    """Scanner.__call__ as a method (for subclasses and explicit calls)."""
    if not args.args_w or not isinstance(args.args_w[0], W_Scanner):
        raise space.type_error("descriptor '__call__' requires a '_json.Scanner' object")
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Scanner)
    return scanner_call(space, w_self, Arguments(args.args_w[1:], args.keywords, args.keywords_w))


def _word_at(s: str, idx: int, word: str) -> bool:
    if idx + len(word) > len(s):
        return False
    for i in range(len(word)):
        if s[idx + i] != word[i]:
            return False
    return True


def skip_ws(s: str, idx: int) -> int:
    n = len(s)
    while idx < n:
        c = s[idx]
        if c == " " or c == "\n" or c == "\r" or c == "\t":
            idx += 1
        else:
            break
    return idx


def _last_char(src: JSource) -> int:
    """Byte offset of the last character (where 2.7 reports an unclosed
    array or object)."""
    n = len(src.s)
    if src.ascii or n == 0:
        return n - 1
    return utf8_prev(src.s, n)


def scan_value(space: "ObjSpace", sc: W_Scanner, src: JSource, idx: int) -> tuple[W_Root, int]:
    s = src.s
    n = len(s)
    if idx >= n:
        raise stop_iteration(space)
    c = s[idx]
    if c == '"':
        return scan_string(space, src, idx + 1, sc.encoding, sc.utf8_enc, sc.strict)
    if c == "{" or c == "[":
        ec = get_ec(space)
        if ec.depth >= ec.recursionlimit:
            what = "object" if c == "{" else "array"
            kind = "unicode" if src.is_unicode else "byte"
            raise OperationError(space.w_RuntimeError, space.newstr(
                "maximum recursion depth exceeded while decoding a JSON %s from a %s string" % (what, kind)))
        ec.depth += 1
        try:
            if c == "{":
                return parse_object(space, sc, src, idx + 1)
            return parse_array(space, sc, src, idx + 1)
        finally:
            ec.depth -= 1
    if c == "n" and _word_at(s, idx, "null"):
        return space.w_None, idx + 4
    if c == "t" and _word_at(s, idx, "true"):
        return space.w_True, idx + 4
    if c == "f" and _word_at(s, idx, "false"):
        return space.w_False, idx + 5
    if c == "N" and _word_at(s, idx, "NaN"):
        return space.call_function(sc.w_parse_constant, [space.newstr("NaN")]), idx + 3
    if c == "I" and _word_at(s, idx, "Infinity"):
        return space.call_function(sc.w_parse_constant, [space.newstr("Infinity")]), idx + 8
    if c == "-" and _word_at(s, idx, "-Infinity"):
        return space.call_function(sc.w_parse_constant, [space.newstr("-Infinity")]), idx + 9
    return parse_number(space, sc, src, idx)


def _digit(s: str, i: int) -> bool:
    return "0" <= s[i] <= "9"


def parse_number(space: "ObjSpace", sc: W_Scanner, src: JSource, start: int) -> tuple[W_Root, int]:
    s = src.s
    n = len(s)
    idx = start
    if s[idx] == "-":
        idx += 1
        if idx >= n:
            raise stop_iteration(space)
    if "1" <= s[idx] <= "9":
        idx += 1
        while idx < n and _digit(s, idx):
            idx += 1
    elif s[idx] == "0":
        idx += 1
    else:
        raise stop_iteration(space)
    is_float = False
    if idx + 1 < n and s[idx] == "." and _digit(s, idx + 1):
        is_float = True
        idx += 2
        while idx < n and _digit(s, idx):
            idx += 1
    if idx + 1 < n and (s[idx] == "e" or s[idx] == "E"):
        e_start = idx
        idx += 1
        if idx + 1 < n and (s[idx] == "-" or s[idx] == "+"):
            idx += 1
        while idx < n and _digit(s, idx):
            idx += 1
        if _digit(s, idx - 1):
            is_float = True
        else:
            idx = e_start
    text = s[start:idx]
    if is_float:
        if sc.float_fast:
            return space.newfloat(parse_float_string(space, text)), idx
        return space.call_function(sc.w_parse_float, [_text(space, src, text)]), idx
    if sc.int_fast:
        digits = idx - start
        if digits <= 18:
            v = 0
            neg = s[start] == "-"
            for i in range(start + 1 if neg else start, idx):
                v = v * 10 + (ord(s[i]) - 48)
            return space.newint(-v if neg else v), idx
        return parse_int_string(space, text, 10, False), idx
    return space.call_function(sc.w_parse_int, [_text(space, src, text)]), idx


def _text(space: "ObjSpace", src: JSource, text: str) -> W_Root:
    """A number's text as the hooks see it: of the document's type."""
    if src.is_unicode:
        return space.newunicode(text)
    return space.newstr(text)


def parse_object(space: "ObjSpace", sc: W_Scanner, src: JSource, idx: int) -> tuple[W_Root, int]:
    s = src.s
    end_idx = len(s) - 1
    w_pairs_hook = sc.w_object_pairs_hook
    pairs_w: list[W_Root] = []
    w_dict: Optional[W_Root] = None
    if w_pairs_hook is None:
        w_dict = space.newdict()
    idx = skip_ws(s, idx)
    if idx <= end_idx and s[idx] != "}":
        while idx <= end_idx:
            if s[idx] != '"':
                raise json_error(space, src, "Expecting property name", idx)
            w_key, idx = scan_string(space, src, idx + 1, sc.encoding, sc.utf8_enc, sc.strict)
            idx = skip_ws(s, idx)
            if idx > end_idx or s[idx] != ":":
                raise json_error(space, src, "Expecting : delimiter", idx)
            idx = skip_ws(s, idx + 1)
            w_value, idx = scan_value(space, sc, src, idx)
            if w_dict is not None:
                space.setitem(w_dict, w_key, w_value)
            else:
                pairs_w.append(space.newtuple([w_key, w_value]))
            idx = skip_ws(s, idx)
            if idx <= end_idx and s[idx] == "}":
                break
            if idx <= end_idx and s[idx] != ",":
                raise json_error(space, src, "Expecting , delimiter", idx)
            idx = skip_ws(s, idx + 1)
    if idx > end_idx or s[idx] != "}":
        raise json_error(space, src, "Expecting object", _last_char(src))
    idx += 1
    if w_pairs_hook is not None:
        return space.call_function(w_pairs_hook, [space.newlist(pairs_w)]), idx
    assert w_dict is not None
    if sc.w_object_hook is not None:
        return space.call_function(sc.w_object_hook, [w_dict]), idx
    return w_dict, idx


def parse_array(space: "ObjSpace", sc: W_Scanner, src: JSource, idx: int) -> tuple[W_Root, int]:
    s = src.s
    end_idx = len(s) - 1
    items_w: list[W_Root] = []
    idx = skip_ws(s, idx)
    if idx <= end_idx and s[idx] != "]":
        while idx <= end_idx:
            w_value, idx = scan_value(space, sc, src, idx)
            items_w.append(w_value)
            idx = skip_ws(s, idx)
            if idx <= end_idx and s[idx] == "]":
                break
            if idx <= end_idx and s[idx] != ",":
                raise json_error(space, src, "Expecting , delimiter", idx)
            idx = skip_ws(s, idx + 1)
    if idx > end_idx or s[idx] != "]":
        raise json_error(space, src, "Expecting object", _last_char(src))
    return space.newlist(items_w), idx + 1
