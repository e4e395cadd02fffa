"""__pypy__.StringBuilder and UnicodeBuilder: amortised O(1) appends, one
join at build() -- the idiom PyPy programs use instead of `s += piece`."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_Builder(W_Root):
    """Pieces are bytes (StringBuilder) or UTF-8 (UnicodeBuilder); length
    counts bytes or code points."""
    is_unicode: bool
    pieces: list[str]
    length: int
    w_class: "W_TypeObject"

    def __init__(self, is_unicode: bool, w_class: "W_TypeObject") -> None:
        self.is_unicode = is_unicode
        self.pieces = []
        self.length = 0
        self.w_class = w_class

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class


def check_builder(space: "ObjSpace", w_self: W_Root) -> W_Builder:
    if not isinstance(w_self, W_Builder):
        raise space.type_error("descriptor requires a builder object")
    return w_self


def new_builder(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments, is_unicode: bool) -> W_Root:
    args.unpack_stars(space, "builder()")
    if args.keywords or len(args.args_w) > 1:
        raise space.type_error("builder() takes at most 1 argument")
    if args.args_w:
        space.int_w(args.args_w[0])     # the size hint: checked, then unused
    return W_Builder(is_unicode, w_subtype)


def stringbuilder_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    return new_builder(space, w_subtype, args, False)


def unicodebuilder_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    return new_builder(space, w_subtype, args, True)


def piece_of(space: "ObjSpace", b: W_Builder, w_s: W_Root) -> str:
    if b.is_unicode:
        if not space.isinstance_w(w_s, space.w_unicode):
            raise space.type_error("unicode argument expected, got '%s'" % space.type(w_s).name)
        return space.unicode_w(w_s)
    if not space.isinstance_w(w_s, space.w_str):
        raise space.type_error("str argument expected, got '%s'" % space.type(w_s).name)
    return space.str_w(w_s)


def builder_append(space: "ObjSpace", w_self: W_Root, w_s: W_Root) -> W_Root:
    b = check_builder(space, w_self)
    piece = piece_of(space, b, w_s)
    b.pieces.append(piece)
    b.length += space.len_w(w_s) if b.is_unicode else len(piece)
    return space.w_None


def builder_append_slice(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self, w_s, w_start, w_end = args_w[0], args_w[1], args_w[2], args_w[3]
    assert w_self is not None and w_s is not None and w_start is not None and w_end is not None
    b = check_builder(space, w_self)
    w_piece = space.getslice(w_s, w_start, w_end)
    return builder_append(space, b, w_piece)


def builder_build(space: "ObjSpace", w_self: W_Root) -> W_Root:
    b = check_builder(space, w_self)
    s = "".join(b.pieces)
    if len(b.pieces) > 1:
        b.pieces = [s]
    if b.is_unicode:
        return space.newunicode(s)
    return space.newstr(s)


def builder_getlength(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(check_builder(space, w_self).length)


def make_builder_type(space: "ObjSpace", name: str, is_unicode: bool) -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin1, Builtin2, BuiltinOpt
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {
        "append": Builtin2("append", builder_append, method=True),
        "append_slice": BuiltinOpt("append_slice", builder_append_slice, 4, 4, method=True),
        "build": Builtin1("build", builder_build, method=True),
        "getlength": Builtin1("getlength", builder_getlength, method=True),
        "__len__": Builtin1("__len__", builder_getlength, method=True),
        "__module__": space.newstr("__pypy__"),
    }
    new_fn = unicodebuilder_new if is_unicode else stringbuilder_new
    return W_TypeObject(name, [space.w_object], dict_w, new_fn=new_fn)
