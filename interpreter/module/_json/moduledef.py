"""The `_json` module: the speedups json uses when it can import them
(scanstring, encode_basestring_ascii, the Scanner and Encoder types), plus
encode_basestring, which 2.7 writes in Python."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "json speedups\n"
SCANSTRING_DOC = (
    "scanstring(basestring, end, encoding, strict=True) -> (str, end)\n\n"
    "Decode the JSON string literal whose body starts at index end (just after\n"
    "its opening quote): returns the unicode value and the index just past the\n"
    "closing quote.  Bad escapes raise ValueError; control characters are\n"
    "accepted only when strict is false.")
ASCII_DOC = ("encode_basestring_ascii(basestring) -> str\n\n"
             "The JSON string literal of a str or unicode, in pure ASCII.")
PLAIN_DOC = ("encode_basestring(basestring) -> basestring\n\n"
             "The JSON string literal of a str or unicode, non-ASCII kept as is.")


def scanstring(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.module._json.jsource import source_of
    from pypy27.interpreter.module._json.strscan import scan_string, encoding_arg, is_utf8_name
    from pypy27.interpreter.module.itertools.common import index_w
    w_s = args_w[0]
    w_end = args_w[1]
    assert w_s is not None and w_end is not None
    # the arguments are converted before the string is looked at, as 2.7
    end = index_w(space, w_end)
    encoding = encoding_arg(space, args_w[2], "scanstring() argument 3 must be string or None, not %s")
    strict = True
    w_strict = args_w[3]
    if w_strict is not None:
        strict = index_w(space, w_strict) != 0
    src = source_of(space, w_s)
    if end < 0 or end >= src.length():
        raise space.value_error("end is out of bounds")
    start = src.byte_index(end)
    w_value, stop = scan_string(space, src, start, encoding, is_utf8_name(encoding), strict)
    if src.ascii:
        char_stop = stop
    else:
        char_stop = end + src.char_index_between(start, stop)
    return space.newtuple([w_value, space.newint(char_stop)])


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin1, BuiltinOpt, BuiltinArgs
    from pypy27.interpreter.module._json import escape, jscanner, jencoder
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    from pypy27.interpreter.module._functools.partial import readonly
    w_mod = new_builtin_module(space, "_json", DOC)
    w_scan = BuiltinOpt("scanstring", scanstring, 2, 4, doc=SCANSTRING_DOC)
    w_ascii = Builtin1("encode_basestring_ascii", escape.encode_basestring_ascii, doc=ASCII_DOC)
    w_plain = Builtin1("encode_basestring", escape.encode_basestring, doc=PLAIN_DOC)
    for w_fn in [w_scan, w_ascii, w_plain]:
        w_fn.modname = "_json"
        w_mod.setattr_str(space, w_fn.name, w_fn)
    jencoder.encoder_state.w_ascii_fn = w_ascii
    w_scanner = W_TypeObject("_json.Scanner", [space.w_object], {
        "__call__": BuiltinArgs("__call__", jscanner.scanner_descr_call, method=True),
        "__module__": space.newstr("_json"),
        "__doc__": space.newstr("scan_once(string, idx) -> (value, end): one JSON value"),
    }, new_fn=jscanner.scanner_new)
    jscanner.scanner_types.w_scanner = w_scanner
    w_mod.setattr_str(space, "make_scanner", w_scanner)
    getters = [("markers", jencoder.get_markers), ("default", jencoder.get_default),
               ("encoder", jencoder.get_encoder), ("indent", jencoder.get_indent),
               ("key_separator", jencoder.get_key_separator),
               ("item_separator", jencoder.get_item_separator),
               ("sort_keys", jencoder.get_sort_keys), ("skipkeys", jencoder.get_skipkeys)]
    dict_w: dict[str, W_Root] = {
        "__call__": BuiltinArgs("__call__", jencoder.encoder_descr_call, method=True),
        "__module__": space.newstr("_json"),
        "__doc__": space.newstr("_iterencode(obj, _current_indent_level) -> list of JSON chunks"),
    }
    for name, fget in getters:
        dict_w[name] = W_GetSetProperty(name, fget, readonly, readonly=True)
    w_encoder = W_TypeObject("_json.Encoder", [space.w_object], dict_w, new_fn=jencoder.encoder_new)
    w_mod.setattr_str(space, "make_encoder", w_encoder)
    jencoder.encoder_state.w_type = w_encoder
    w_full = BuiltinArgs("_full_encoder", jencoder.full_encoder)
    w_full.modname = "_json"
    w_mod.setattr_str(space, "_full_encoder", w_full)
    return [w_mod]
