"""The way from str.decode/unicode.encode to the app-level codec registry
(lib_pypy/_codecs.py): used for the encodings the object space does not
implement itself and for error handlers registered with
codecs.register_error."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

NATIVE_ERRORS = {"strict": True, "ignore": True, "replace": True,
                 "xmlcharrefreplace": True, "backslashreplace": True}


def is_native_errors(errors: str) -> bool:
    return errors in NATIVE_ERRORS


def registry_codec(space: "ObjSpace", w_obj: W_Root, encoding: str, errors: str,
                   encode: bool) -> W_Root:
    """_codecs.lookup(encoding)[0 or 1](w_obj, errors)[0], with 2.7's checks."""
    from pypy27.interpreter.importing import importhook
    from pypy27.interpreter.objspace.tupleobject import W_TupleObject
    w_mod = importhook(space, "_codecs", None, None, 0)
    w_info = space.call_function(space.getattr_str(w_mod, "lookup"), [space.newstr(encoding)])
    w_fn = space.getitem(w_info, space.newint(0 if encode else 1))
    w_res = space.call_function(w_fn, [w_obj, space.newstr(errors)])
    if not isinstance(w_res, W_TupleObject) or len(w_res.wrappeditems) != 2:
        raise space.type_error("%s must return a tuple (object, integer)"
                               % ("encoder" if encode else "decoder"))
    w_out = w_res.wrappeditems[0]
    if not space.isinstance_w(w_out, space.w_basestring):
        raise space.type_error("%s did not return a string/unicode object (type=%s)"
                               % ("encoder" if encode else "decoder", space.type(w_out).name))
    return w_out
