"""The functions of the unicodedata module (gateways over tables.py)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.unicodedata import normalize as norm
from pypy27.interpreter.module.unicodedata import tables as t
from pypy27.support.utf8 import utf8_codepoint_at, utf8_encode_codepoint, utf8_length

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def char_arg(space: "ObjSpace", w_obj: Optional[W_Root], fname: str) -> int:
    assert w_obj is not None
    if not space.isinstance_w(w_obj, space.w_unicode):
        raise space.type_error("%s() argument 1 must be unicode, not %s" % (fname, space.type(w_obj).name))
    text = space.unicode_w(w_obj)
    if utf8_length(text) != 1:
        raise space.type_error("need a single Unicode character as parameter")
    return utf8_codepoint_at(text, 0)


def ud_category(space: "ObjSpace", w_chr: W_Root) -> W_Root:
    return space.newstr(t.category(char_arg(space, w_chr, "category")))


def ud_bidirectional(space: "ObjSpace", w_chr: W_Root) -> W_Root:
    return space.newstr(t.bidirectional(char_arg(space, w_chr, "bidirectional")))


def ud_combining(space: "ObjSpace", w_chr: W_Root) -> W_Root:
    return space.newint(t.combining(char_arg(space, w_chr, "combining")))


def ud_east_asian_width(space: "ObjSpace", w_chr: W_Root) -> W_Root:
    return space.newstr(t.east_asian_width(char_arg(space, w_chr, "east_asian_width")))


def ud_mirrored(space: "ObjSpace", w_chr: W_Root) -> W_Root:
    return space.newint(t.mirrored(char_arg(space, w_chr, "mirrored")))


def ud_decomposition(space: "ObjSpace", w_chr: W_Root) -> W_Root:
    return space.newstr(t.decomposition(char_arg(space, w_chr, "decomposition")))


def ud_name(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    name = t.name(char_arg(space, args_w[0], "name"))
    if name:
        return space.newstr(name)
    w_default = args_w[1]
    if w_default is not None:
        return w_default
    raise space.value_error("no such name")


def ud_lookup(space: "ObjSpace", w_name: W_Root) -> W_Root:
    if space.isinstance_w(w_name, space.w_unicode):
        w_name = space.call_method(w_name, "encode", [space.newstr("ascii")])
    if not space.isinstance_w(w_name, space.w_str):
        raise space.type_error("lookup() argument 1 must be string or read-only buffer, not %s"
                               % space.type(w_name).name)
    key = space.str_w(w_name)
    cp = t.lookup(key)
    if cp < 0:
        raise OperationError(space.w_KeyError, space.newstr("undefined character name '%s'" % key))
    return space.newunicode(utf8_encode_codepoint(cp))


def ud_decimal(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    value = t.decimal(char_arg(space, args_w[0], "decimal"))
    if value >= 0:
        return space.newint(value)
    if args_w[1] is not None:
        return args_w[1]
    raise space.value_error("not a decimal")


def ud_digit(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    value = t.digit(char_arg(space, args_w[0], "digit"))
    if value >= 0:
        return space.newint(value)
    if args_w[1] is not None:
        return args_w[1]
    raise space.value_error("not a digit")


def ud_numeric(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    cp = char_arg(space, args_w[0], "numeric")
    if t.has_numeric(cp):
        return space.newfloat(t.numeric(cp))
    if args_w[1] is not None:
        return args_w[1]
    raise space.value_error("not a numeric character")


def ud_normalize(space: "ObjSpace", w_form: W_Root, w_text: W_Root) -> W_Root:
    if space.isinstance_w(w_form, space.w_unicode):
        w_form = space.call_method(w_form, "encode", [space.newstr("ascii")])
    if not space.isinstance_w(w_form, space.w_str):
        raise space.type_error("normalize() argument 1 must be string, not %s" % space.type(w_form).name)
    if not space.isinstance_w(w_text, space.w_unicode):
        raise space.type_error("normalize() argument 2 must be unicode, not %s" % space.type(w_text).name)
    form = space.str_w(w_form)
    if form != "NFC" and form != "NFD" and form != "NFKC" and form != "NFKD":
        raise space.value_error("invalid normalization form")
    text = space.unicode_w(w_text)
    if not text:
        return w_text
    return space.newunicode(norm.normalize(form, text))
