"""groupby (and its _grouper sub-iterators) and tee."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.itertools.common import W_ItIter, index_w, parse_kw, unpack_range
from pypy27.interpreter.module.itertools.types import it_types

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_GroupBy(W_ItIter):
    w_it: W_Root
    w_keyfunc: Optional[W_Root]
    w_tgtkey: Optional[W_Root]     # the key of the group handed out last
    w_currkey: Optional[W_Root]    # the key of w_currvalue
    w_currvalue: Optional[W_Root]  # the item read ahead (None: none pending)

    def __init__(self, w_class: "W_TypeObject", w_it: W_Root, w_keyfunc: Optional[W_Root]) -> None:
        self.w_class = w_class
        self.user = None
        self.w_it = w_it
        self.w_keyfunc = w_keyfunc
        self.w_tgtkey = None
        self.w_currkey = None
        self.w_currvalue = None

    def step(self, space: "ObjSpace") -> bool:
        """Read the next item and its key; False at the end."""
        w_value = space.next(self.w_it)
        if w_value is None:
            return False
        w_keyfunc = self.w_keyfunc
        w_key = w_value if w_keyfunc is None else space.call_function(w_keyfunc, [w_value])
        self.w_currkey = w_key
        self.w_currvalue = w_value
        return True

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        # skip what is left of the current group
        while True:
            w_currkey = self.w_currkey
            if w_currkey is not None:
                w_tgtkey = self.w_tgtkey
                if w_tgtkey is None or not space.eq_w(w_tgtkey, w_currkey):
                    break
            if not self.step(space):
                return None
        w_key = self.w_currkey
        assert w_key is not None
        self.w_tgtkey = w_key
        return space.newtuple([w_key, W_Grouper(it_types.w_grouper, self, w_key)])


class W_Grouper(W_ItIter):
    parent: W_GroupBy
    w_tgtkey: W_Root

    def __init__(self, w_class: "W_TypeObject", parent: W_GroupBy, w_tgtkey: W_Root) -> None:
        self.w_class = w_class
        self.user = None
        self.parent = parent
        self.w_tgtkey = w_tgtkey

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        gb = self.parent
        if gb.w_currvalue is None:
            if not gb.step(space):
                return None
        w_currkey = gb.w_currkey
        assert w_currkey is not None
        if not space.eq_w(self.w_tgtkey, w_currkey):
            return None
        w_value = gb.w_currvalue
        gb.w_currvalue = None
        return w_value


def groupby_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = parse_kw(space, args, "groupby()", ["iterable", "key"], 1)
    w_iterable = a[0]
    assert w_iterable is not None
    w_key = a[1]
    if w_key is not None and space.is_w(w_key, space.w_None):
        w_key = None
    return W_GroupBy(w_subtype, space.iter(w_iterable), w_key)


# ---- tee --------------------------------------------------------------------------------

CHUNK = 57


class TeeSource(object):
    """The iterator all copies of one tee read from."""
    w_it: W_Root
    done: bool
    running: bool   # a copy is inside next() of the source (2.7 refuses re-entry)

    def __init__(self, w_it: W_Root) -> None:
        self.w_it = w_it
        self.done = False
        self.running = False


class TeeChunk(object):
    """Up to CHUNK items read from the source, shared by the copies; a copy
    drops its reference once past it so consumed items can be collected."""
    source: TeeSource
    items_w: list[W_Root]
    next: Optional["TeeChunk"]

    def __init__(self, source: TeeSource) -> None:
        self.source = source
        self.items_w = []
        self.next = None


class W_Tee(W_ItIter):
    chunk: TeeChunk
    index: int

    def __init__(self, w_class: "W_TypeObject", chunk: TeeChunk, index: int) -> None:
        self.w_class = w_class
        self.user = None
        self.chunk = chunk
        self.index = index

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        chunk = self.chunk
        i = self.index
        if i == CHUNK:
            nxt = chunk.next
            if nxt is None:
                nxt = TeeChunk(chunk.source)
                chunk.next = nxt
            chunk = nxt
            self.chunk = chunk
            i = 0
        if i < len(chunk.items_w):
            self.index = i + 1
            return chunk.items_w[i]
        source = chunk.source
        if source.done:
            return None
        if source.running:
            # another thread (or the source itself) is already fetching
            raise space.error(space.w_RuntimeError, "cannot re-enter the tee iterator")
        source.running = True
        try:
            w_item = space.next(source.w_it)
        finally:
            source.running = False
        if w_item is None:
            source.done = True
            return None
        chunk.items_w.append(w_item)
        self.index = i + 1
        return w_item


def tee_copy(space: "ObjSpace", w_self: W_Root) -> W_Root:
    if not isinstance(w_self, W_Tee):
        raise space.type_error("descriptor '__copy__' requires a 'itertools.tee' object")
    return W_Tee(it_types.w_tee, w_self.chunk, w_self.index)


def tee_from_iterable(space: "ObjSpace", w_iterable: W_Root) -> W_Tee:
    w_it = space.iter(w_iterable)
    if isinstance(w_it, W_Tee):
        return W_Tee(it_types.w_tee, w_it.chunk, w_it.index)
    return W_Tee(it_types.w_tee, TeeChunk(TeeSource(w_it)), 0)


def tee_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    a = unpack_range(space, args, "tee", 1, 1, w_subtype)
    return tee_from_iterable(space, a[0])


def tee(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """itertools.tee(iterable, n=2)."""
    w_iterable = args_w[0]
    assert w_iterable is not None
    n = 2
    w_n = args_w[1]
    if w_n is not None:
        n = index_w(space, w_n)
    if n < 0:
        raise space.value_error("n must be >= 0")
    if n == 0:
        return space.newtuple([])
    w_it = space.iter(w_iterable)
    w_cur: W_Root = w_it
    if space.lookup(w_it, "__copy__") is None:
        w_cur = tee_from_iterable(space, w_it)
    result_w: list[W_Root] = [w_cur]
    for i in range(1, n):
        w_cur = space.call_method(w_cur, "__copy__", [])
        result_w.append(w_cur)
    return space.newtuple(result_w)
