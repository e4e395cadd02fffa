"""functools.partial: a callable that stores a function and some of its
arguments; instances have a __dict__ and pickle through __reduce__ /
__setstate__."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.objectobject import AttrStorage

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_Partial(W_Root):
    w_class: "W_TypeObject"
    w_func: W_Root
    w_args: W_Root          # a tuple
    w_keywords: W_Root      # a dict
    storage: AttrStorage

    def __init__(self, w_class: "W_TypeObject", w_func: W_Root, w_args: W_Root, w_keywords: W_Root) -> None:
        self.w_class = w_class
        self.w_func = w_func
        self.w_args = w_args
        self.w_keywords = w_keywords
        self.storage = AttrStorage()

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def getdict(self, space: "ObjSpace") -> Optional[W_Root]:
        return self.storage.attr_dict(space)

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        return self.storage.get(space, name)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        self.storage.set(space, name, w_value)
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        return self.storage.delete(space, name)

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        if self.w_class.is_heaptype:       # a subclass may override __call__
            return W_Root.call_args(self, space, args)
        return self.do_call(space, args)

    def do_call(self, space: "ObjSpace", args: Arguments) -> W_Root:
        args.unpack_stars(space, "partial()")
        args_w = space.fixedview(self.w_args, -1) + args.args_w
        keywords: list[str] = []
        keywords_w: list[W_Root] = []
        w_kw = self.w_keywords
        if space.len_w(w_kw) > 0:
            for w_key in space.listview(w_kw):
                key = space.str_w(w_key)
                if key in args.keywords:
                    continue
                keywords.append(key)
                keywords_w.append(space.getitem(w_kw, w_key))
        keywords = keywords + args.keywords
        keywords_w = keywords_w + args.keywords_w
        return space.call_args(self.w_func, Arguments(args_w, keywords, keywords_w))


def partial_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    from pypy27.interpreter.module.builtin.operation import callable_w
    args.unpack_stars(space, "partial()")
    if not args.args_w:
        raise space.type_error("type 'partial' takes at least one argument")
    w_func = args.args_w[0]
    if not callable_w(space, w_func):
        raise space.type_error("the first argument must be callable")
    w_kw = space.newdict()
    for kw, w_value in zip(args.keywords, args.keywords_w):
        space.setitem(w_kw, space.newstr(kw), w_value)
    return W_Partial(w_subtype, w_func, space.newtuple(args.args_w[1:]), w_kw)


def as_partial(space: "ObjSpace", w_self: W_Root) -> W_Partial:
    if not isinstance(w_self, W_Partial):
        raise space.type_error("descriptor requires a 'functools.partial' object but received a '%s'"
                               % space.type(w_self).name)
    return w_self


def partial_call(space: "ObjSpace", args: Arguments) -> W_Root:
    if not args.args_w:
        raise space.type_error("descriptor '__call__' of 'functools.partial' object needs an argument")
    w_self = as_partial(space, args.args_w[0])
    return w_self.do_call(space, Arguments(args.args_w[1:], args.keywords, args.keywords_w,
                                             args.w_stararg, args.w_starstararg))


def get_func(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return as_partial(space, w_self).w_func


def get_args(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return as_partial(space, w_self).w_args


def get_keywords(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return as_partial(space, w_self).w_keywords


def readonly(space: "ObjSpace", w_self: W_Root, w_value: W_Root) -> None:
    raise space.type_error("readonly attribute")


def get_dict(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_dict = as_partial(space, w_self).getdict(space)
    assert w_dict is not None
    return w_dict


def set_dict(space: "ObjSpace", w_self: W_Root, w_value: W_Root) -> None:
    as_partial(space, w_self).storage.setdict(space, w_value)


def partial_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    p = as_partial(space, w_self)
    w_dict = p.storage.w_dict
    w_state_dict = space.w_None
    if w_dict is not None and space.len_w(w_dict) > 0:
        w_state_dict = w_dict
    elif w_dict is None and p.storage.has_values():
        w_state_dict = p.storage.attr_dict(space)
    w_state = space.newtuple([p.w_func, p.w_args, p.w_keywords, w_state_dict])
    return space.newtuple([p.w_class, space.newtuple([p.w_func]), w_state])


def partial_setstate(space: "ObjSpace", w_self: W_Root, w_state: W_Root) -> W_Root:
    p = as_partial(space, w_self)
    if not space.isinstance_w(w_state, space.w_tuple) or space.len_w(w_state) != 4:
        raise space.type_error("invalid partial state")
    items_w = space.fixedview(w_state, 4)
    p.w_func = items_w[0]
    p.w_args = items_w[1]
    w_kw = items_w[2]
    p.w_keywords = space.newdict() if space.is_w(w_kw, space.w_None) else w_kw
    if not space.is_w(items_w[3], space.w_None):
        p.storage.setdict(space, items_w[3])
    return space.w_None
