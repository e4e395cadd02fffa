"""CPython 2.7's PyArg_ParseTuple conversions that bad input runs into most:
"i" (a C int: OverflowError outside its range) and "s" (a string without NUL
bytes; unicode is encoded with the default encoding, ASCII)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def c_int_arg(space: "ObjSpace", w_obj: W_Root) -> int:
    """2.7's "i"."""
    n = space.int_w(w_obj)
    if n > 0x7fffffff:
        raise space.error(space.w_OverflowError, "signed integer is greater than maximum")
    if n < -0x80000000:
        raise space.error(space.w_OverflowError, "signed integer is less than minimum")
    return n


def s_arg(space: "ObjSpace", w_obj: W_Root, fname: str, pos: int) -> str:
    """2.7's "s": fname and pos name the argument in the messages."""
    if space.isinstance_w(w_obj, space.w_unicode):
        w_obj = space.call_method(w_obj, "encode", [space.newstr("ascii")])
    if not space.isinstance_w(w_obj, space.w_str):
        what = "None" if space.is_w(w_obj, space.w_None) else space.type(w_obj).name
        raise space.type_error("%s() argument %d must be string, not %s" % (fname, pos, what))
    s = space.str_w(w_obj)
    if "\x00" in s:
        raise space.type_error("%s() argument %d must be string without null bytes, not str" % (fname, pos))
    return s
