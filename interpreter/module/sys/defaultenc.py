"""sys.getdefaultencoding/setdefaultencoding, and what reload(sys) puts back.

site.py deletes sys.setdefaultencoding; as in 2.7, reload(sys) restores the
module's initial attributes (here the ones site.py or a program may have
replaced: setdefaultencoding and the standard streams)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.defaultencoding import DEFAULT, set_default

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


class Initial(object):
    """The values reload(sys) puts back (recorded at build time)."""
    w_setdefaultencoding: Optional[W_Root]
    streams_w: list[W_Root]         # stdin, stdout, stderr

    def __init__(self) -> None:
        self.w_setdefaultencoding = None
        self.streams_w = []


initial = Initial()
STREAMS = ["stdin", "stdout", "stderr"]


def sys_getdefaultencoding(space: "ObjSpace") -> W_Root:
    return space.newstr(DEFAULT.name)


def sys_setdefaultencoding(space: "ObjSpace", w_encoding: W_Root) -> W_Root:
    """The codec must exist (LookupError otherwise); its name is kept as given."""
    from pypy27.interpreter.importing import importhook
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, _argtype, encode_ascii
    if isinstance(w_encoding, W_UnicodeObject):
        name = encode_ascii(space, w_encoding, "strict")
    elif space.isinstance_w(w_encoding, space.w_str):
        name = space.str_w(w_encoding)
    else:
        raise space.type_error("setdefaultencoding() argument 1 must be string, not %s"
                               % _argtype(space, w_encoding))
    w_codecs = importhook(space, "_codecs", None, None, 0)
    space.call_function(space.getattr_str(w_codecs, "lookup"), [space.newstr(name)])
    set_default(name)
    return space.w_None


def reload_sys(space: "ObjSpace", w_sys: W_Root) -> None:
    w_fn = initial.w_setdefaultencoding
    if w_fn is not None:
        space.setattr(w_sys, space.newstr("setdefaultencoding"), w_fn)
    for i in range(len(initial.streams_w)):
        space.setattr(w_sys, space.newstr(STREAMS[i]), initial.streams_w[i])
