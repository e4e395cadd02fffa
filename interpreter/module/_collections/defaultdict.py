"""collections.defaultdict: a dict subclass whose __missing__ calls
default_factory.  Instances are dicts (the dict's own storage and methods)
with one more field."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.dictobject import W_DictObject

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class DefaultdictTypes(object):
    w_defaultdict: "W_TypeObject"


dd_types = DefaultdictTypes()


class W_DefaultDict(W_DictObject):
    w_default_factory: Optional[W_Root]     # None: no factory (KeyError)

    def __init__(self) -> None:
        W_DictObject.__init__(self)
        self.w_default_factory = None


def defaultdict_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    w_d = W_DefaultDict()
    w_d.w_class = w_subtype
    return w_d


def as_dd(space: "ObjSpace", w_self: W_Root) -> W_DefaultDict:
    if not isinstance(w_self, W_DefaultDict):
        raise space.type_error("descriptor requires a 'collections.defaultdict' object but received a '%s'"
                               % space.type(w_self).name)
    return w_self


def defaultdict_init(space: "ObjSpace", args: Arguments) -> W_Root:
    from pypy27.interpreter.module.builtin.operation import callable_w
    args.unpack_stars(space, "defaultdict()")
    if not args.args_w:
        raise space.type_error("descriptor '__init__' of 'collections.defaultdict' object needs an argument")
    d = as_dd(space, args.args_w[0])
    rest_w = args.args_w[1:]
    w_factory: Optional[W_Root] = None
    if rest_w:
        w_factory = rest_w[0]
        rest_w = rest_w[1:]
        if space.is_w(w_factory, space.w_None):
            w_factory = None
        elif not callable_w(space, w_factory):
            raise space.type_error("first argument must be callable or None")
    d.w_default_factory = w_factory
    w_init = space.w_dict.lookup("__init__")
    assert w_init is not None
    space.call_args(w_init, Arguments([d] + rest_w, args.keywords, args.keywords_w))
    return space.w_None


def defaultdict_missing(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    d = as_dd(space, w_self)
    w_factory = d.w_default_factory
    if w_factory is None:
        raise OperationError(space.w_KeyError, space.newtuple([w_key]))
    w_value = space.call_function(w_factory, [])
    space.setitem(d, w_key, w_value)
    return w_value


def defaultdict_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.dictobject import descr_repr
    from pypy27.interpreter.objspace.listobject import repr_state
    d = as_dd(space, w_self)
    base = space.str_w(descr_repr(space, d))
    w_factory = d.w_default_factory
    if w_factory is None:
        factory = "None"
    elif not repr_state.enter(w_factory):     # a factory whose repr shows this dict
        factory = "..."
    else:
        try:
            factory = space.str_w(space.repr(w_factory))
        finally:
            repr_state.leave(w_factory)
    return space.newstr("defaultdict(%s, %s)" % (factory, base))


def factory_w(space: "ObjSpace", d: W_DefaultDict) -> W_Root:
    w_factory = d.w_default_factory
    return w_factory if w_factory is not None else space.w_None


def defaultdict_copy(space: "ObjSpace", w_self: W_Root) -> W_Root:
    d = as_dd(space, w_self)
    return space.call_function(d.getclass(space), [factory_w(space, d), d])


def defaultdict_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    d = as_dd(space, w_self)
    if d.w_default_factory is None:
        w_args = space.newtuple([])
    else:
        w_args = space.newtuple([factory_w(space, d)])
    w_items = space.call_method(d, "iteritems", [])
    return space.newtuple([d.getclass(space), w_args, space.w_None, space.w_None, w_items])


def get_factory(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return factory_w(space, as_dd(space, w_self))


def set_factory(space: "ObjSpace", w_self: W_Root, w_value: W_Root) -> None:
    d = as_dd(space, w_self)
    d.w_default_factory = None if space.is_w(w_value, space.w_None) else w_value


def del_factory(space: "ObjSpace", w_self: W_Root) -> None:
    as_dd(space, w_self).w_default_factory = None
