"""The iterators that combine iterables: chain, imap, starmap, izip and
izip_longest."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.itertools.common import W_ItIter, iter_or_error, no_keywords, unpack_range
from pypy27.interpreter.module.itertools.types import it_types

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_Chain(W_ItIter):
    w_source: Optional[W_Root]     # iterator over the iterables; None when done
    w_active: Optional[W_Root]     # iterator over the current iterable

    def __init__(self, w_class: "W_TypeObject", w_source: W_Root) -> None:
        self.w_class = w_class
        self.user = None
        self.w_source = w_source
        self.w_active = None

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        while True:
            w_active = self.w_active
            if w_active is None:
                w_source = self.w_source
                if w_source is None:
                    return None
                w_iterable = space.next(w_source)
                if w_iterable is None:
                    self.w_source = None
                    return None
                w_active = space.iter(w_iterable)
                self.w_active = w_active
            w_item = space.next(w_active)
            if w_item is not None:
                return w_item
            self.w_active = None


def chain_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    no_keywords(space, args, "chain", w_subtype)
    return W_Chain(w_subtype, space.iter(space.newtuple(list(args.args_w))))


def chain_from_iterable(space: "ObjSpace", w_cls: W_Root, w_iterable: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    w_type = w_cls if isinstance(w_cls, W_TypeObject) else it_types.w_chain
    return W_Chain(w_type, space.iter(w_iterable))


class W_IMap(W_ItIter):
    """imap (w_func None: tuples) and izip (izip is imap without a function)."""
    w_func: Optional[W_Root]
    iters_w: list[W_Root]
    done: bool

    def __init__(self, w_class: "W_TypeObject", w_func: Optional[W_Root], iters_w: list[W_Root]) -> None:
        self.w_class = w_class
        self.user = None
        self.w_func = w_func
        self.iters_w = iters_w
        self.done = not iters_w

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        if self.done:
            return None
        items_w: list[W_Root] = []
        for w_it in self.iters_w:
            w_item = space.next(w_it)
            if w_item is None:
                self.done = True
                return None
            items_w.append(w_item)
        w_func = self.w_func
        if w_func is None:
            return space.newtuple(items_w)
        return space.call_function(w_func, items_w)


def imap_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    no_keywords(space, args, "imap", w_subtype)
    if len(args.args_w) < 2:
        raise space.type_error("imap() must have at least two arguments.")
    w_func: Optional[W_Root] = args.args_w[0]
    if space.is_w(args.args_w[0], space.w_None):
        w_func = None
    iters_w = [space.iter(w_x) for w_x in args.args_w[1:]]
    return W_IMap(w_subtype, w_func, iters_w)


def izip_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    no_keywords(space, args, "izip", w_subtype)
    iters_w: list[W_Root] = []
    for i in range(len(args.args_w)):
        iters_w.append(iter_or_error(space, args.args_w[i], "izip argument #%d must support iteration" % (i + 1)))
    return W_IMap(w_subtype, None, iters_w)


class W_StarMap(W_ItIter):
    w_func: W_Root
    w_it: W_Root

    def __init__(self, w_class: "W_TypeObject", w_func: W_Root, w_it: W_Root) -> None:
        self.w_class = w_class
        self.user = None
        self.w_func = w_func
        self.w_it = w_it

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        w_args = space.next(self.w_it)
        if w_args is None:
            return None
        return space.call_function(self.w_func, space.listview(w_args))


def starmap_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = unpack_range(space, args, "starmap", 2, 2, w_subtype)
    return W_StarMap(w_subtype, a[0], space.iter(a[1]))


class W_IZipLongest(W_ItIter):
    iters_w: list[Optional[W_Root]]     # None: that iterable is exhausted
    active: int
    w_fill: W_Root

    def __init__(self, w_class: "W_TypeObject", iters_w: list[Optional[W_Root]], w_fill: W_Root) -> None:
        self.w_class = w_class
        self.user = None
        self.iters_w = iters_w
        self.active = len(iters_w)
        self.w_fill = w_fill

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        if self.active == 0:
            return None
        items_w: list[W_Root] = []
        iters_w = self.iters_w
        for i in range(len(iters_w)):
            w_it = iters_w[i]
            w_item: Optional[W_Root] = None
            if w_it is not None:
                w_item = space.next(w_it)
                if w_item is None:
                    iters_w[i] = None
                    self.active -= 1
                    if self.active == 0:
                        return None
            items_w.append(w_item if w_item is not None else self.w_fill)
        return space.newtuple(items_w)


def izip_longest_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    args.unpack_stars(space, "izip_longest()")
    w_fill = space.w_None
    for kw, w_value in zip(args.keywords, args.keywords_w):
        if kw != "fillvalue" or len(args.keywords) > 1:
            raise space.type_error("izip_longest() got an unexpected keyword argument")
        w_fill = w_value
    iters_w: list[Optional[W_Root]] = []
    for i in range(len(args.args_w)):
        iters_w.append(iter_or_error(space, args.args_w[i],
                                     "izip_longest argument #%d must support iteration" % (i + 1)))
    return W_IZipLongest(w_subtype, iters_w, w_fill)
