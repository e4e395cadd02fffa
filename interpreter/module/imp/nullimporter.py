"""imp.NullImporter: the importer 2.7 caches for path entries that are not
directories; it never finds anything."""
from typing import TYPE_CHECKING

from pypy27.interpreter import importfs
from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_NullImporter(W_Root):
    w_class: "W_TypeObject"

    def __init__(self, w_class: "W_TypeObject") -> None:
        self.w_class = w_class

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class


def nullimporter_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    from pypy27.interpreter.module.imp.functions import str_arg
    w_path = args.fixedunpack(space, "NullImporter()", 1)[0]
    path = str_arg(space, w_path, "NullImporter", 1)
    if path == "":
        raise OperationError(space.w_ImportError, space.newstr("empty pathname"))
    if importfs.is_dir(path):
        raise OperationError(space.w_ImportError, space.newstr("existing directory"))
    return W_NullImporter(w_subtype)


def nullimporter_find_module(space: "ObjSpace", w_self: W_Root, w_fullname: W_Root) -> W_Root:
    return space.w_None


def make_nullimporter_type(space: "ObjSpace") -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin2
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {
        "find_module": Builtin2("find_module", nullimporter_find_module, method=True),
        "__module__": space.newstr("imp"),
        "__doc__": space.newstr("Null importer object"),
    }
    return W_TypeObject("NullImporter", [space.w_object], dict_w, new_fn=nullimporter_new)
