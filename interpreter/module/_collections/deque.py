"""collections.deque: a ring buffer with O(1) appends and pops at both ends,
an optional maxlen, and iterators that detect mutation."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.iterobject import W_AbstractIter
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class DequeTypes(object):
    w_deque: "W_TypeObject"
    w_iterator: "W_TypeObject"
    w_reviterator: "W_TypeObject"


deque_types = DequeTypes()


class W_Deque(W_Root):
    w_class: "W_TypeObject"
    items: list[Optional[W_Root]]    # the ring; its length is the capacity (a power of 2)
    head: int                        # index in items of the first element
    size: int
    maxlen: int                      # -1: unbounded
    state: int                       # bumped by every change of the length or order
    user: Optional[UserAttrs]        # instances of subclasses: __dict__, __slots__

    def __init__(self, w_class: "W_TypeObject") -> None:
        self.w_class = w_class
        self.items = [None] * 8
        self.head = 0
        self.size = 0
        self.maxlen = -1
        self.state = 0
        self.user = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    # ---- the ring ---------------------------------------------------------------------
    def grow(self) -> None:
        old = self.items
        cap = len(old)
        new: list[Optional[W_Root]] = [None] * (cap * 2)
        for i in range(self.size):
            new[i] = old[(self.head + i) & (cap - 1)]
        self.items = new
        self.head = 0

    def get(self, i: int) -> W_Root:
        w_item = self.items[(self.head + i) & (len(self.items) - 1)]
        assert w_item is not None
        return w_item

    def set(self, i: int, w_item: W_Root) -> None:
        self.items[(self.head + i) & (len(self.items) - 1)] = w_item

    def append(self, w_item: W_Root) -> None:
        self.state += 1
        if self.maxlen == 0:
            return
        if self.size == len(self.items):
            self.grow()
        self.items[(self.head + self.size) & (len(self.items) - 1)] = w_item
        self.size += 1
        if self.maxlen >= 0 and self.size > self.maxlen:
            self.popleft()

    def appendleft(self, w_item: W_Root) -> None:
        self.state += 1
        if self.maxlen == 0:
            return
        if self.size == len(self.items):
            self.grow()
        self.head = (self.head - 1) & (len(self.items) - 1)
        self.items[self.head] = w_item
        self.size += 1
        if self.maxlen >= 0 and self.size > self.maxlen:
            self.pop()

    def pop(self) -> W_Root:
        self.state += 1
        self.size -= 1
        ix = (self.head + self.size) & (len(self.items) - 1)
        w_item = self.items[ix]
        self.items[ix] = None
        assert w_item is not None
        return w_item

    def popleft(self) -> W_Root:
        self.state += 1
        w_item = self.items[self.head]
        self.items[self.head] = None
        self.head = (self.head + 1) & (len(self.items) - 1)
        self.size -= 1
        assert w_item is not None
        return w_item

    def clear(self) -> None:
        self.state += 1
        self.items = [None] * 8
        self.head = 0
        self.size = 0

    def items_w(self) -> list[W_Root]:
        return [self.get(i) for i in range(self.size)]

    def rotate(self, n: int) -> None:
        size = self.size
        if size <= 1:
            return
        n = n % size
        if n == 0:
            return
        self.state += 1
        if n <= size // 2:
            for k in range(n):
                w_item = self.pop()
                self.size_guarded_appendleft(w_item)
        else:
            for k in range(size - n):
                w_item = self.popleft()
                self.size_guarded_append(w_item)

    def size_guarded_append(self, w_item: W_Root) -> None:
        """append without the maxlen check (rotate keeps the length)."""
        self.items[(self.head + self.size) & (len(self.items) - 1)] = w_item
        self.size += 1

    def size_guarded_appendleft(self, w_item: W_Root) -> None:
        self.head = (self.head - 1) & (len(self.items) - 1)
        self.items[self.head] = w_item
        self.size += 1

    def delete_at(self, i: int) -> None:
        """Remove element i (0 <= i < size) by rotating it to an end."""
        self.rotate(-i)
        self.popleft()
        self.rotate(i)


def as_deque(space: "ObjSpace", w_self: W_Root) -> W_Deque:
    if not isinstance(w_self, W_Deque):
        raise space.type_error("descriptor requires a 'collections.deque' object but received a '%s'"
                               % space.type(w_self).name)
    return w_self


def deque_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    return W_Deque(w_subtype)


def deque_init(space: "ObjSpace", args: Arguments) -> W_Root:
    from pypy27.interpreter.module.itertools.common import parse_kw
    if not args.args_w:
        raise space.type_error("descriptor '__init__' of 'collections.deque' object needs an argument")
    d = as_deque(space, args.args_w[0])
    rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w, args.w_stararg, args.w_starstararg)
    a = parse_kw(space, rest, "deque()", ["iterable", "maxlen"], 0)
    maxlen = -1
    w_maxlen = a[1]
    if w_maxlen is not None and not space.is_w(w_maxlen, space.w_None):
        if not (space.isinstance_w(w_maxlen, space.w_int) or space.isinstance_w(w_maxlen, space.w_long)):
            raise space.type_error("an integer is required")
        maxlen = space.int_w(w_maxlen)
        if maxlen < 0:
            raise space.value_error("maxlen must be non-negative")
    d.maxlen = maxlen
    if d.size > 0:
        d.clear()
    w_iterable = a[0]
    if w_iterable is not None:
        extend(space, d, w_iterable)
    return space.w_None


def extend(space: "ObjSpace", d: W_Deque, w_iterable: W_Root) -> None:
    if w_iterable is d:
        for w_x in d.items_w():
            d.append(w_x)
        return
    w_it = space.iter(w_iterable)
    while True:
        w_item = space.next(w_it)
        if w_item is None:
            break
        d.append(w_item)


def deque_append(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    as_deque(space, w_self).append(w_item)
    return space.w_None


def deque_appendleft(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    as_deque(space, w_self).appendleft(w_item)
    return space.w_None


def deque_pop(space: "ObjSpace", w_self: W_Root) -> W_Root:
    d = as_deque(space, w_self)
    if d.size == 0:
        raise space.error(space.w_IndexError, "pop from an empty deque")
    return d.pop()


def deque_popleft(space: "ObjSpace", w_self: W_Root) -> W_Root:
    d = as_deque(space, w_self)
    if d.size == 0:
        raise space.error(space.w_IndexError, "pop from an empty deque")
    return d.popleft()


def deque_extend(space: "ObjSpace", w_self: W_Root, w_iterable: W_Root) -> W_Root:
    extend(space, as_deque(space, w_self), w_iterable)
    return space.w_None


def deque_iadd(space: "ObjSpace", w_self: W_Root, w_iterable: W_Root) -> W_Root:
    extend(space, as_deque(space, w_self), w_iterable)
    return w_self


def deque_extendleft(space: "ObjSpace", w_self: W_Root, w_iterable: W_Root) -> W_Root:
    d = as_deque(space, w_self)
    if w_iterable is d:
        for w_x in d.items_w():
            d.appendleft(w_x)
        return space.w_None
    w_it = space.iter(w_iterable)
    while True:
        w_item = space.next(w_it)
        if w_item is None:
            break
        d.appendleft(w_item)
    return space.w_None


def deque_clear(space: "ObjSpace", w_self: W_Root) -> W_Root:
    as_deque(space, w_self).clear()
    return space.w_None


def deque_rotate(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    d = as_deque(space, w_self)
    n = 1
    w_n = args_w[1]
    if w_n is not None:
        if not (space.isinstance_w(w_n, space.w_int) or space.isinstance_w(w_n, space.w_long)):
            raise space.type_error("an integer is required")
        n = space.int_w(w_n)
    d.rotate(n)
    return space.w_None


def deque_reverse(space: "ObjSpace", w_self: W_Root) -> W_Root:
    d = as_deque(space, w_self)
    i = 0
    j = d.size - 1
    while i < j:
        w_a = d.get(i)
        d.set(i, d.get(j))
        d.set(j, w_a)
        i += 1
        j -= 1
    return space.w_None


def deque_count(space: "ObjSpace", w_self: W_Root, w_x: W_Root) -> W_Root:
    d = as_deque(space, w_self)
    state = d.state
    n = 0
    i = 0
    while i < d.size:
        if space.eq_w(d.get(i), w_x):
            n += 1
        if d.state != state:
            raise space.error(space.w_RuntimeError, "deque mutated during iteration")
        i += 1
    return space.newint(n)


def deque_remove(space: "ObjSpace", w_self: W_Root, w_x: W_Root) -> W_Root:
    d = as_deque(space, w_self)
    n = d.size
    for i in range(n):
        state = d.state
        equal = space.eq_w(d.get(i), w_x)
        if d.state != state or d.size != n:
            raise space.error(space.w_IndexError, "deque mutated during remove().")
        if equal:
            d.delete_at(i)
            return space.w_None
    raise space.value_error("deque.remove(x): x not in deque")


def deque_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(as_deque(space, w_self).size)


def check_index(space: "ObjSpace", d: W_Deque, w_index: W_Root) -> int:
    if not (space.isinstance_w(w_index, space.w_int) or space.isinstance_w(w_index, space.w_long)):
        if space.lookup(w_index, "__index__") is None:
            raise space.type_error("sequence index must be integer, not '%s'" % space.type(w_index).name)
        w_index = space.unaryop("index", w_index)
    try:
        i = space.int_w(w_index)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        raise space.error(space.w_IndexError, "deque index out of range")
    if i < 0:
        i += d.size
    if i < 0 or i >= d.size:
        raise space.error(space.w_IndexError, "deque index out of range")
    return i


def deque_getitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    d = as_deque(space, w_self)
    return d.get(check_index(space, d, w_index))


def deque_setitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root, w_value: W_Root) -> W_Root:
    d = as_deque(space, w_self)
    d.set(check_index(space, d, w_index), w_value)
    return space.w_None


def deque_delitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    d = as_deque(space, w_self)
    d.delete_at(check_index(space, d, w_index))
    return space.w_None


def deque_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.listobject import repr_state
    d = as_deque(space, w_self)
    if not repr_state.enter(d):
        return space.newstr("[...]")
    try:
        parts = [space.str_w(space.repr(w_item)) for w_item in d.items_w()]
    finally:
        repr_state.leave(d)
    if d.maxlen >= 0:
        return space.newstr("deque([%s], maxlen=%d)" % (", ".join(parts), d.maxlen))
    return space.newstr("deque([%s])" % ", ".join(parts))


def compare(space: "ObjSpace", op: str, w_self: W_Root, w_other: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.listobject import richcompare
    d = as_deque(space, w_self)
    if not isinstance(w_other, W_Deque):
        return space.w_NotImplemented
    return richcompare(space, op, d.items_w(), w_other.items_w())


def deque_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return compare(space, "eq", w_self, w_other)


def deque_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return compare(space, "ne", w_self, w_other)


def deque_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return compare(space, "lt", w_self, w_other)


def deque_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return compare(space, "le", w_self, w_other)


def deque_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return compare(space, "gt", w_self, w_other)


def deque_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return compare(space, "ge", w_self, w_other)


def maxlen_w(space: "ObjSpace", d: W_Deque) -> W_Root:
    return space.w_None if d.maxlen < 0 else space.newint(d.maxlen)


def deque_copy(space: "ObjSpace", w_self: W_Root) -> W_Root:
    d = as_deque(space, w_self)
    if d.maxlen < 0:
        return space.call_function(d.w_class, [d])
    return space.call_function(d.w_class, [d, maxlen_w(space, d)])


def deque_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    d = as_deque(space, w_self)
    w_list = space.newlist(d.items_w())
    w_dict = d.getdict(space)
    if w_dict is None:
        if d.maxlen < 0:
            return space.newtuple([d.w_class, space.newtuple([w_list])])
        return space.newtuple([d.w_class, space.newtuple([w_list, maxlen_w(space, d)])])
    # like 2.7, the maxlen (None if unbounded) goes with the __dict__
    return space.newtuple([d.w_class, space.newtuple([w_list, maxlen_w(space, d)]), w_dict])


def get_maxlen(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return maxlen_w(space, as_deque(space, w_self))


# ---- iterators ---------------------------------------------------------------------------

class W_DequeIter(W_AbstractIter):
    deque: W_Deque
    index: int
    state: int
    reverse: bool

    def __init__(self, deque: W_Deque, reverse: bool) -> None:
        self.deque = deque
        self.index = 0
        self.state = deque.state
        self.reverse = reverse

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return deque_types.w_reviterator if self.reverse else deque_types.w_iterator

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        d = self.deque
        if d.state != self.state:
            self.index = d.size
            raise space.error(space.w_RuntimeError, "deque mutated during iteration")
        i = self.index
        if i >= d.size:
            return None
        self.index = i + 1
        if self.reverse:
            return d.get(d.size - 1 - i)
        return d.get(i)

    def length_hint(self, space: "ObjSpace") -> int:
        return max(self.deque.size - self.index, 0)


def deque_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_DequeIter(as_deque(space, w_self), False)


def deque_reversed(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_DequeIter(as_deque(space, w_self), True)
