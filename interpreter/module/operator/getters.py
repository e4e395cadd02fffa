"""itemgetter, attrgetter and methodcaller: callable objects built once and
called per item (sort keys, map)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class GetterTypes(object):
    w_itemgetter: "W_TypeObject"
    w_attrgetter: "W_TypeObject"
    w_methodcaller: "W_TypeObject"


getter_types = GetterTypes()


def one_arg(space: "ObjSpace", args: Arguments, name: str) -> W_Root:
    args.unpack_stars(space, name)
    if args.keywords:
        raise space.type_error("%s() takes no keyword arguments" % name)
    if len(args.args_w) != 1:
        raise space.type_error("%s expected 1 arguments, got %d" % (name, len(args.args_w)))
    return args.args_w[0]


class W_Getter(W_Root):
    w_class: "W_TypeObject"
    user: Optional[UserAttrs]       # instances of subclasses: __dict__, __slots__

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        if self.w_class.is_heaptype:       # a subclass may override __call__
            return W_Root.call_args(self, space, args)
        return self.do_call(space, args)

    def do_call(self, space: "ObjSpace", args: Arguments) -> W_Root:
        raise NotImplementedError


class W_ItemGetter(W_Getter):
    keys_w: list[W_Root]

    def __init__(self, w_class: "W_TypeObject", keys_w: list[W_Root]) -> None:
        self.w_class = w_class
        self.user = None
        self.keys_w = keys_w

    def do_call(self, space: "ObjSpace", args: Arguments) -> W_Root:
        w_obj = one_arg(space, args, "itemgetter")
        keys_w = self.keys_w
        if len(keys_w) == 1:
            return space.getitem(w_obj, keys_w[0])
        return space.newtuple([space.getitem(w_obj, w_key) for w_key in keys_w])


def no_keywords_new(space: "ObjSpace", args: Arguments, name: str) -> list[W_Root]:
    args.unpack_stars(space, name + "()")
    if args.keywords:
        raise space.type_error("%s() does not take keyword arguments" % name)
    if not args.args_w:
        raise space.type_error("%s expected 1 arguments, got 0" % name)
    return args.args_w


def itemgetter_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    return W_ItemGetter(w_subtype, list(no_keywords_new(space, args, "itemgetter")))


class W_AttrGetter(W_Getter):
    paths: list[Optional[list[W_Root]]]     # the dotted names split at '.'; None: not a string
    names_w: list[W_Root]

    def __init__(self, w_class: "W_TypeObject", names_w: list[W_Root], paths: list[Optional[list[W_Root]]]) -> None:
        self.w_class = w_class
        self.user = None
        self.names_w = names_w
        self.paths = paths

    def get_one(self, space: "ObjSpace", w_obj: W_Root, i: int) -> W_Root:
        path = self.paths[i]
        if path is None:
            raise space.type_error("attribute name must be a string")
        for w_name in path:
            w_obj = space.getattr(w_obj, w_name)
        return w_obj

    def do_call(self, space: "ObjSpace", args: Arguments) -> W_Root:
        w_obj = one_arg(space, args, "attrgetter")
        if len(self.paths) == 1:
            return self.get_one(space, w_obj, 0)
        return space.newtuple([self.get_one(space, w_obj, i) for i in range(len(self.paths))])


def attrgetter_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    names_w = list(no_keywords_new(space, args, "attrgetter"))
    paths: list[Optional[list[W_Root]]] = []
    for w_name in names_w:
        if space.isinstance_w(w_name, space.w_str):
            paths.append([space.newstr(part) for part in space.str_w(w_name).split(".")])
        else:
            paths.append(None)
    return W_AttrGetter(w_subtype, names_w, paths)


class W_MethodCaller(W_Getter):
    w_name: W_Root
    args_w: list[W_Root]
    keywords: list[str]
    keywords_w: list[W_Root]

    def __init__(self, w_class: "W_TypeObject", w_name: W_Root, args_w: list[W_Root], keywords: list[str],
                 keywords_w: list[W_Root]) -> None:
        self.w_class = w_class
        self.user = None
        self.w_name = w_name
        self.args_w = args_w
        self.keywords = keywords
        self.keywords_w = keywords_w

    def do_call(self, space: "ObjSpace", args: Arguments) -> W_Root:
        w_obj = one_arg(space, args, "methodcaller")
        w_meth = space.getattr(w_obj, self.w_name)
        return space.call_args(w_meth, Arguments(list(self.args_w), list(self.keywords), list(self.keywords_w)))


def methodcaller_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    args.unpack_stars(space, "methodcaller()")
    if not args.args_w:
        raise space.type_error("methodcaller needs at least one argument, the method name")
    w_name = args.args_w[0]
    return W_MethodCaller(w_subtype, w_name, args.args_w[1:], list(args.keywords), list(args.keywords_w))


def getter_call(space: "ObjSpace", args: Arguments) -> W_Root:
    """The types' __call__ (for callable() and explicit g.__call__(x))."""
    w_self = args.args_w[0]
    rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w, args.w_stararg, args.w_starstararg)
    if not isinstance(w_self, W_Getter):
        raise space.type_error("descriptor '__call__' requires an operator getter")
    return w_self.do_call(space, rest)
