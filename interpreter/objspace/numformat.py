"""Formatting numbers: format(x, spec) for int, long, float and complex
(the format-spec mini-language), and float.hex()."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support import rbigint as rb

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _spec_text(space: "ObjSpace", w_spec: W_Root) -> str:
    if space.isinstance_w(w_spec, space.w_str):
        return space.str_w(w_spec)
    if space.isinstance_w(w_spec, space.w_unicode):
        return space.unicode_w(w_spec)
    raise space.type_error("format expects arg 2 to be string or unicode, not %s" % space.type(w_spec).name)


def format_int_or_long(space: "ObjSpace", w_self: W_Root, num: rb.rbigint, w_spec: W_Root,
                       is_long: bool) -> W_Root:
    spec = _spec_text(space, w_spec)
    if spec == "":
        return space.str_of(w_self)
    raise space.value_error("format spec not supported yet")


def format_float_spec(space: "ObjSpace", w_self: W_Root, f: float, w_spec: W_Root) -> W_Root:
    spec = _spec_text(space, w_spec)
    if spec == "":
        return space.str_of(w_self)
    raise space.value_error("format spec not supported yet")


def format_complex_spec(space: "ObjSpace", real: float, imag: float, w_spec: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.complexobject import complex_str
    spec = _spec_text(space, w_spec)
    if spec == "":
        return space.newstr(complex_str(real, imag))
    raise space.value_error("format spec not supported yet")


def float_hex(f: float) -> str:
    return repr(f)
