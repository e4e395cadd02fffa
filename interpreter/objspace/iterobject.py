"""Iterators over sequences: list/tuple iterators, the generic sequence
iterator (iter() of an object with __getitem__), reversed()."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_AbstractIter(W_Root):
    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        """The next item, or None when exhausted."""
        raise NotImplementedError

    def length_hint(self, space: "ObjSpace") -> int:
        return -1


class W_SeqIterObject(W_AbstractIter):
    """Iterator over a list, a tuple, or any object with __getitem__."""
    w_seq: Optional[W_Root]
    index: int

    def __init__(self, w_seq: W_Root) -> None:
        self.w_seq = w_seq
        self.index = 0

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        from pypy27.interpreter.objspace.listobject import W_ListObject
        from pypy27.interpreter.objspace.tupleobject import W_TupleObject
        if isinstance(self.w_seq, W_ListObject):
            return space.builtin_types_w["listiterator"]
        if isinstance(self.w_seq, W_TupleObject):
            return space.builtin_types_w["tupleiterator"]
        return space.builtin_types_w["iterator"]

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        from pypy27.interpreter.objspace.listobject import W_ListObject
        from pypy27.interpreter.objspace.tupleobject import W_TupleObject
        w_seq = self.w_seq
        if w_seq is None:
            return None
        i = self.index
        if isinstance(w_seq, W_ListObject):
            if i < w_seq.length():
                self.index = i + 1
                return w_seq.getitem(space, i)
            self.w_seq = None
            return None
        if isinstance(w_seq, W_TupleObject):
            if i < len(w_seq.wrappeditems):
                self.index = i + 1
                return w_seq.wrappeditems[i]
            self.w_seq = None
            return None
        try:
            w_item = space.getitem(w_seq, space.newint(i))
        except OperationError as e:
            if e.match(space, space.w_IndexError) or e.match(space, space.w_StopIteration):
                self.w_seq = None
                return None
            raise
        self.index = i + 1
        return w_item

    def length_hint(self, space: "ObjSpace") -> int:
        from pypy27.interpreter.objspace.listobject import W_ListObject
        from pypy27.interpreter.objspace.tupleobject import W_TupleObject
        w_seq = self.w_seq
        if w_seq is None:
            return 0
        if isinstance(w_seq, W_ListObject):
            return max(w_seq.length() - self.index, 0)
        if isinstance(w_seq, W_TupleObject):
            return max(len(w_seq.wrappeditems) - self.index, 0)
        return -1


class W_ReverseSeqIterObject(W_AbstractIter):
    """reversed() of a list or any sequence (__len__ and __getitem__)."""
    w_seq: Optional[W_Root]
    index: int
    w_class: Optional["W_TypeObject"]   # a subclass of reversed, or None
    user: Optional[UserAttrs]

    def __init__(self, w_seq: W_Root, index: int) -> None:
        self.w_seq = w_seq
        self.index = index
        self.w_class = None
        self.user = None

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        from pypy27.interpreter.objspace.listobject import W_ListObject
        if self.w_class is not None:
            return self.w_class
        if isinstance(self.w_seq, W_ListObject):
            return space.builtin_types_w["listreverseiterator"]
        return space.builtin_types_w["reversed"]

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        from pypy27.interpreter.objspace.listobject import W_ListObject
        w_seq = self.w_seq
        if w_seq is None:
            return None
        i = self.index
        if isinstance(w_seq, W_ListObject):
            if 0 <= i < w_seq.length():
                self.index = i - 1
                return w_seq.getitem(space, i)
            self.w_seq = None
            return None
        if i < 0:
            self.w_seq = None
            return None
        try:
            w_item = space.getitem(w_seq, space.newint(i))
        except OperationError as e:
            if e.match(space, space.w_IndexError) or e.match(space, space.w_StopIteration):
                self.w_seq = None
                return None
            raise
        self.index = i - 1
        return w_item

    def length_hint(self, space: "ObjSpace") -> int:
        from pypy27.interpreter.objspace.listobject import W_ListObject
        w_seq = self.w_seq
        if w_seq is None:
            return 0
        if isinstance(w_seq, W_ListObject) and self.index >= w_seq.length():
            return 0
        return self.index + 1


def iter_next(space: "ObjSpace", w_iter: W_Root) -> Optional[W_Root]:
    """Fast path of space.next for the iterators of this part (and any
    W_AbstractIter): the next item or None."""
    assert isinstance(w_iter, W_AbstractIter)
    return w_iter.next_w(space)


def is_container_iter(w_obj: W_Root) -> bool:
    return isinstance(w_obj, W_AbstractIter)


def descr_iter_self(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return w_self


def descr_next(space: "ObjSpace", w_self: W_Root) -> W_Root:
    if not isinstance(w_self, W_AbstractIter):
        raise space.type_error("descriptor 'next' requires an iterator object but received a '%s'"
                               % space.type(w_self).name)
    w_item = w_self.next_w(space)
    if w_item is None:
        raise OperationError(space.w_StopIteration, space.w_None)
    return w_item


def descr_length_hint(space: "ObjSpace", w_self: W_Root) -> W_Root:
    if not isinstance(w_self, W_AbstractIter):
        raise space.type_error("descriptor '__length_hint__' requires an iterator")
    n = w_self.length_hint(space)
    if n < 0:
        raise space.type_error("object has no __len__")
    return space.newint(n)


def reversed_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    """reversed(seq)."""
    args.unpack_stars(space, "reversed()")
    if args.keywords:
        raise space.type_error("reversed() does not take keyword arguments")
    if len(args.args_w) != 1:
        raise space.type_error("reversed expected 1 arguments, got %d" % len(args.args_w))
    w_seq = args.args_w[0]
    from pypy27.interpreter.objspace.intobject import special_method
    w_rev = special_method(space, w_seq, "__reversed__")     # a classic instance's own attribute too
    if w_rev is not None:
        return space.call_function(w_rev, [])
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    if isinstance(w_seq, W_InstanceObject):
        if special_method(space, w_seq, "__getitem__") is None:
            raise space.type_error("argument to reversed() must be a sequence")
    elif (space.isinstance_w(w_seq, space.w_dict) or space.lookup(w_seq, "__getitem__") is None or
            space.lookup(w_seq, "__len__") is None):
        raise space.type_error("argument to reversed() must be a sequence")
    n = space.len_w(w_seq)
    w_res = W_ReverseSeqIterObject(w_seq, n - 1)
    if w_subtype.is_heaptype:
        w_res.w_class = w_subtype
    return w_res


if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
