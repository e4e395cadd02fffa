"""thread._local: an object whose attributes (its __dict__) are per thread.

Each thread's dicts live in its gil.ThreadState, keyed by the local's serial
number, so they go away with the thread.  The first time a thread other than
the creating one touches a subclass instance, the subclass's __init__ runs
again with the creation arguments on the fresh dict, as in 2.7."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.thread import gil

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class LocalTypes(object):
    w_local: Optional["W_TypeObject"]
    serial: int


types = LocalTypes()
types.w_local = None
types.serial = 0


class W_Local(W_Root):
    w_class: "W_TypeObject"
    serial: int
    args_w: list[W_Root]
    keywords: list[str]
    keywords_w: list[W_Root]

    def __init__(self, w_class: "W_TypeObject", args: Arguments) -> None:
        types.serial += 1
        self.serial = types.serial
        self.w_class = w_class
        self.args_w = list(args.args_w)
        self.keywords = list(args.keywords)
        self.keywords_w = list(args.keywords_w)

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def getdict(self, space: "ObjSpace") -> Optional[W_Root]:
        ts = gil.threads.current
        w_dict = ts.locals_w.get(self.serial, None)
        if w_dict is not None:
            return w_dict
        w_dict = space.newdict()
        ts.locals_w[self.serial] = w_dict
        self.run_init(space)
        return w_dict

    def run_init(self, space: "ObjSpace") -> None:
        """A thread's first use: the subclass's own __init__, if any."""
        w_init = self.w_class.lookup("__init__")
        w_base = types.w_local
        if w_init is None or w_base is None or w_init is w_base.lookup("__init__"):
            return
        args = Arguments([self] + self.args_w, list(self.keywords), list(self.keywords_w))
        space.call_args(w_init, args)

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        from pypy27.interpreter.module.builtin.moduleobject import finditem_str
        w_dict = self.getdict(space)
        assert w_dict is not None
        return finditem_str(space, w_dict, name)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        w_dict = self.getdict(space)
        assert w_dict is not None
        space.setitem(w_dict, space.newstr(name), w_value)
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        from pypy27.interpreter.error import OperationError
        w_dict = self.getdict(space)
        assert w_dict is not None
        try:
            space.delitem(w_dict, space.newstr(name))
        except OperationError as e:
            if not e.match(space, space.w_KeyError):
                raise
            return False
        return True


def local_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    args.unpack_stars(space, "_local()")
    if (len(args.args_w) > 0 or len(args.keywords) > 0) and w_subtype is types.w_local:
        raise space.type_error("Initialization arguments are not supported")
    w_self = W_Local(w_subtype, args)
    # the creating thread's dict exists from the start; type.__call__ runs
    # __init__ on it as for any object
    gil.threads.current.locals_w[w_self.serial] = space.newdict()
    return w_self
