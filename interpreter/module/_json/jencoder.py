"""_json.make_encoder (the type `_json.Encoder`): called as
encoder(obj, _current_indent_level) it returns the list of chunks of obj's
JSON text.  json.encoder uses it for one-shot encodings without indent or
sort_keys; like 2.7's C encoder it ignores indent and sort_keys, writes
True/False dict keys as "True"/"False", and leaves the markers of a failed
encoding in the markers dict."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.executioncontext import get_ec
from pypy27.interpreter.module._json.escape import ascii_literal
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.interpreter.objspace.floatobject import W_FloatObject, float_repr
from pypy27.interpreter.objspace.intobject import W_IntObject
from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

INF = 1e300 * 1e300


class EncoderState(object):
    w_ascii_fn: Optional[W_Root]     # _json.encode_basestring_ascii (the fast string encoder)
    w_type: Optional["W_TypeObject"]

    def __init__(self) -> None:
        self.w_ascii_fn = None
        self.w_type = None


encoder_state = EncoderState()


class W_Encoder(W_Root):
    w_class: "W_TypeObject"
    w_markers: Optional[W_Root]      # None: no circularity check
    w_default: W_Root
    w_encoder: W_Root
    w_indent: W_Root
    w_key_separator: W_Root
    w_item_separator: W_Root
    w_sort_keys: W_Root
    w_skipkeys: W_Root
    skipkeys: bool
    allow_nan: bool
    fast_encode: bool
    py_style: bool          # json.encoder's Python semantics (see full_encoder)
    indent: int             # py_style only: -1 for none
    w_items_fn: Optional[W_Root]   # py_style only: dict -> its items in order (sort_keys)

    def __init__(self, w_class: "W_TypeObject", w_none: W_Root) -> None:
        self.w_class = w_class
        self.w_markers = None
        self.w_default = w_none
        self.w_encoder = w_none
        self.w_indent = w_none
        self.w_key_separator = w_none
        self.w_item_separator = w_none
        self.w_sort_keys = w_none
        self.w_skipkeys = w_none
        self.skipkeys = False
        self.allow_nan = True
        self.fast_encode = False
        self.py_style = False
        self.indent = -1
        self.w_items_fn = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        if self.w_class.is_heaptype:
            return W_Root.call_args(self, space, args)
        return encoder_call(space, self, args)


NAMES = ["markers", "default", "encoder", "indent", "key_separator", "item_separator",
         "sort_keys", "skipkeys", "allow_nan"]


def encoder_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    from pypy27.interpreter.module.itertools.common import parse_kw
    a = parse_kw(space, args, "make_encoder()", NAMES, 9)
    w: list[W_Root] = []
    for w_x in a:
        assert w_x is not None
        w.append(w_x)
    enc = W_Encoder(w_subtype, space.w_None)
    if not space.is_w(w[0], space.w_None):
        if not space.isinstance_w(w[0], space.w_dict):
            raise space.type_error("make_encoder() argument 1 must be dict or None, not %s"
                                   % space.type(w[0]).name)
        enc.w_markers = w[0]
    enc.w_default = w[1]
    enc.w_encoder = w[2]
    enc.w_indent = w[3]
    enc.w_key_separator = w[4]
    enc.w_item_separator = w[5]
    enc.w_sort_keys = w[6]
    enc.w_skipkeys = w[7]
    space.is_true(w[6])
    enc.skipkeys = space.is_true(w[7])
    enc.allow_nan = space.is_true(w[8])
    w_fast = encoder_state.w_ascii_fn
    enc.fast_encode = w_fast is not None and space.is_w(w[2], w_fast)
    return enc


def full_encoder(space: "ObjSpace", args: Arguments) -> W_Root:
    """_json._full_encoder(markers, default, encoder, indent, key_separator,
    item_separator, items_fn, skipkeys, allow_nan): an Encoder with the
    semantics of json.encoder's Python iterencode (indent, sort_keys through
    items_fn, its key conversions and messages), which json.encoder uses for
    one-shot encodings the 2.7 C encoder does not cover."""
    from pypy27.interpreter.module.itertools.common import index_w
    w_enc = encoder_new(space, space.type(space.w_None), args)
    enc = w_enc
    assert isinstance(enc, W_Encoder)
    enc.w_class = _encoder_type(space)
    enc.py_style = True
    if not space.is_w(enc.w_indent, space.w_None):
        enc.indent = index_w(space, enc.w_indent)
    if not space.is_w(enc.w_sort_keys, space.w_None):
        enc.w_items_fn = enc.w_sort_keys
    return enc


def _encoder_type(space: "ObjSpace") -> "W_TypeObject":
    w_type = encoder_state.w_type
    assert w_type is not None
    return w_type


def encoder_call(space: "ObjSpace", enc: W_Encoder, args: Arguments) -> W_Root:
    from pypy27.interpreter.module.itertools.common import parse_kw, index_w
    a = parse_kw(space, args, "_iterencode()", ["obj", "_current_indent_level"], 2)
    w_obj = a[0]
    w_level = a[1]
    assert w_obj is not None and w_level is not None
    level = index_w(space, w_level)
    chunks: list[W_Root] = []
    encode_obj(space, enc, chunks, w_obj, level)
    return space.newlist(chunks)


def encoder_descr_call(space: "ObjSpace", args: Arguments) -> W_Root:
    if not args.args_w or not isinstance(args.args_w[0], W_Encoder):
        raise space.type_error("descriptor '__call__' requires a '_json.Encoder' object")
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Encoder)
    return encoder_call(space, w_self, Arguments(args.args_w[1:], args.keywords, args.keywords_w))


def encode_string(space: "ObjSpace", enc: W_Encoder, w_s: W_Root) -> W_Root:
    if enc.fast_encode:
        return space.newstr(ascii_literal(space, w_s))
    return space.call_function(enc.w_encoder, [w_s])


def float_text(space: "ObjSpace", enc: W_Encoder, w_f: W_Root) -> W_Root:
    f = space.float_w(w_f)
    if f != f or f == INF or f == -INF:
        if not enc.allow_nan:
            if enc.py_style:
                raise space.value_error("Out of range float values are not JSON compliant: "
                                        + space.str_w(space.repr(w_f)))
            raise space.value_error("Out of range float values are not JSON compliant")
        if f != f:
            return space.newstr("NaN")
        return space.newstr("Infinity" if f > 0 else "-Infinity")
    return space.newstr(float_repr(f))    # float's own repr, even for subclasses


def _is_int(space: "ObjSpace", w_obj: W_Root) -> bool:
    return space.isinstance_w(w_obj, space.w_int) or space.isinstance_w(w_obj, space.w_long)


def _is_string(space: "ObjSpace", w_obj: W_Root) -> bool:
    return isinstance(w_obj, W_BytesObject) or isinstance(w_obj, W_UnicodeObject)


def encode_obj(space: "ObjSpace", enc: W_Encoder, chunks: list[W_Root], w_obj: W_Root, level: int) -> None:
    if space.is_w(w_obj, space.w_None):
        chunks.append(space.newstr("null"))
    elif space.is_w(w_obj, space.w_True):
        chunks.append(space.newstr("true"))
    elif space.is_w(w_obj, space.w_False):
        chunks.append(space.newstr("false"))
    elif _is_string(space, w_obj):
        chunks.append(encode_string(space, enc, w_obj))
    elif type(w_obj) is W_IntObject:
        chunks.append(space.newstr(str(w_obj.intval)))
    elif _is_int(space, w_obj):
        chunks.append(space.str_of(w_obj))
    elif isinstance(w_obj, W_FloatObject):
        chunks.append(float_text(space, enc, w_obj))
    elif space.isinstance_w(w_obj, space.w_list) or space.isinstance_w(w_obj, space.w_tuple):
        _nested(space, enc, chunks, w_obj, False, level)
    elif space.isinstance_w(w_obj, space.w_dict):
        _nested(space, enc, chunks, w_obj, True, level)
    else:
        w_ident = _mark(space, enc, w_obj)
        w_new = space.call_function(enc.w_default, [w_obj])
        _nested_obj(space, enc, chunks, w_new, level)
        _unmark(space, enc, w_ident)


def _nested_obj(space: "ObjSpace", enc: W_Encoder, chunks: list[W_Root], w_obj: W_Root, level: int) -> None:
    ec = get_ec(space)
    if ec.depth >= ec.recursionlimit:
        raise OperationError(space.w_RuntimeError, space.newstr(
            "maximum recursion depth exceeded while encoding a JSON object"))
    ec.depth += 1
    try:
        encode_obj(space, enc, chunks, w_obj, level)
    finally:
        ec.depth -= 1


def _nested(space: "ObjSpace", enc: W_Encoder, chunks: list[W_Root], w_obj: W_Root, is_dict: bool,
            level: int) -> None:
    ec = get_ec(space)
    if ec.depth >= ec.recursionlimit:
        raise OperationError(space.w_RuntimeError, space.newstr(
            "maximum recursion depth exceeded while encoding a JSON object"))
    ec.depth += 1
    try:
        if is_dict:
            encode_dict(space, enc, chunks, w_obj, level)
        else:
            encode_list(space, enc, chunks, w_obj, level)
    finally:
        ec.depth -= 1


def _mark(space: "ObjSpace", enc: W_Encoder, w_obj: W_Root) -> Optional[W_Root]:
    w_markers = enc.w_markers
    if w_markers is None:
        return None
    from pypy27.interpreter.module.builtin.operation import builtin_id
    w_ident = builtin_id(space, w_obj)
    if space.contains(w_markers, w_ident):
        raise space.value_error("Circular reference detected")
    space.setitem(w_markers, w_ident, w_obj)
    return w_ident


def _unmark(space: "ObjSpace", enc: W_Encoder, w_ident: Optional[W_Root]) -> None:
    w_markers = enc.w_markers
    if w_ident is not None and w_markers is not None:
        space.delitem(w_markers, w_ident)


def _newline(space: "ObjSpace", enc: W_Encoder, level: int) -> W_Root:
    return space.newstr("\n" + " " * (enc.indent * level))


def _item(space: "ObjSpace", w_seq: W_Root, items_w: list[W_Root], i: int) -> Optional[W_Root]:
    """Item i of a list as it is now (default() may shrink it), or None past its end."""
    from pypy27.interpreter.objspace.listobject import W_ListObject
    if isinstance(w_seq, W_ListObject):
        return w_seq.getitem(space, i) if i < w_seq.length() else None
    return items_w[i] if i < len(items_w) else None


def encode_list(space: "ObjSpace", enc: W_Encoder, chunks: list[W_Root], w_seq: W_Root, level: int) -> None:
    from pypy27.interpreter.objspace.listobject import W_ListObject
    is_list = isinstance(w_seq, W_ListObject)
    if space.len_w(w_seq) == 0:
        chunks.append(space.newstr("[]"))
        return
    items_w: list[W_Root] = [] if is_list else space.listview(w_seq)
    w_ident = _mark(space, enc, w_seq)
    chunks.append(space.newstr("["))
    indented = enc.py_style and enc.indent >= 0
    if indented:
        level += 1
        chunks.append(_newline(space, enc, level))
    i = 0
    while True:
        w_item = _item(space, w_seq, items_w, i)
        if w_item is None:
            break
        if i > 0:
            chunks.append(enc.w_item_separator)
            if indented:
                chunks.append(_newline(space, enc, level))
        encode_obj(space, enc, chunks, w_item, level)
        i += 1
    if indented:
        chunks.append(_newline(space, enc, level - 1))
    chunks.append(space.newstr("]"))
    _unmark(space, enc, w_ident)


def _key_text(space: "ObjSpace", enc: W_Encoder, w_key: W_Root) -> Optional[W_Root]:
    """The string a dict key is written as (None: skip the item)."""
    if _is_string(space, w_key):
        return w_key
    if isinstance(w_key, W_FloatObject):
        return float_text(space, enc, w_key)
    if enc.py_style:
        if space.is_w(w_key, space.w_True):
            return space.newstr("true")
        if space.is_w(w_key, space.w_False):
            return space.newstr("false")
    if _is_int(space, w_key):
        return space.str_of(w_key)
    if space.is_w(w_key, space.w_None):
        return space.newstr("null")
    if enc.skipkeys:
        return None
    if enc.py_style:
        raise space.type_error("key %s is not a string" % space.str_w(space.repr(w_key)))
    raise space.type_error("keys must be a string")


def encode_dict(space: "ObjSpace", enc: W_Encoder, chunks: list[W_Root], w_dct: W_Root, level: int) -> None:
    if space.len_w(w_dct) == 0:
        chunks.append(space.newstr("{}"))
        return
    w_ident = _mark(space, enc, w_dct)
    chunks.append(space.newstr("{"))
    indented = enc.py_style and enc.indent >= 0
    if indented:
        level += 1
        chunks.append(_newline(space, enc, level))
    first = True
    w_items_fn = enc.w_items_fn
    if w_items_fn is not None:
        w_items = space.call_function(w_items_fn, [w_dct])
    else:
        w_items = space.call_method(w_dct, "items", [])
    for w_item in space.listview(w_items):
        kv = space.fixedview(w_item, 2)
        w_key = _key_text(space, enc, kv[0])
        if w_key is None:
            continue
        if first:
            first = False
        else:
            chunks.append(enc.w_item_separator)
            if indented:
                chunks.append(_newline(space, enc, level))
        chunks.append(encode_string(space, enc, w_key))
        chunks.append(enc.w_key_separator)
        encode_obj(space, enc, chunks, kv[1], level)
    if indented:
        chunks.append(_newline(space, enc, level - 1))
    chunks.append(space.newstr("}"))
    _unmark(space, enc, w_ident)


# ---- attributes of Encoder objects (read-only members in 2.7) ----

def _enc(space: "ObjSpace", w_self: W_Root) -> W_Encoder:
    if not isinstance(w_self, W_Encoder):
        raise space.type_error("descriptor requires a '_json.Encoder' object")
    return w_self


def get_markers(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_m = _enc(space, w_self).w_markers
    return space.w_None if w_m is None else w_m


def get_default(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return _enc(space, w_self).w_default


def get_encoder(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return _enc(space, w_self).w_encoder


def get_indent(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return _enc(space, w_self).w_indent


def get_key_separator(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return _enc(space, w_self).w_key_separator


def get_item_separator(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return _enc(space, w_self).w_item_separator


def get_sort_keys(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return _enc(space, w_self).w_sort_keys


def get_skipkeys(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return _enc(space, w_self).w_skipkeys
