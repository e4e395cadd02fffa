"""The default encoding of str/unicode coercions (sys.getdefaultencoding()).
It is ascii unless sys.setdefaultencoding() (only reachable after
reload(sys) once site.py has deleted it) names another codec; then
encode_ascii/decode_ascii in unicodeobject.py, which every implicit coercion
goes through, hand non-ascii-only work to that codec."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject


class DefaultEncoding(object):
    name: str
    is_ascii: bool      # the fast path of every coercion tests only this

    def __init__(self) -> None:
        self.name = "ascii"
        self.is_ascii = True


DEFAULT = DefaultEncoding()


def set_default(name: str) -> None:
    DEFAULT.name = name
    DEFAULT.is_ascii = name == "ascii"


def decode_default(space: "ObjSpace", s: str, errors: str) -> "W_UnicodeObject":
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, decode_bytes
    w_res = decode_bytes(space, s, DEFAULT.name, errors)
    if not isinstance(w_res, W_UnicodeObject):
        raise space.type_error("decoder did not return an unicode object (type=%s)" % space.type(w_res).name)
    return w_res


def encode_default(space: "ObjSpace", w_u: "W_UnicodeObject", errors: str) -> str:
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    from pypy27.interpreter.objspace.unicodeobject import encode_unicode
    w_res: W_Root = encode_unicode(space, w_u, DEFAULT.name, errors)
    if not isinstance(w_res, W_BytesObject):
        raise space.type_error("encoder did not return a string object (type=%s)" % space.type(w_res).name)
    return w_res.value
