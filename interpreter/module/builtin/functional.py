"""Built-in functions on iterables: map filter reduce zip sorted min max sum
all any iter next range apply-like helpers; the callable-iterator type of
iter(callable, sentinel)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError
from pypy27.support.rarith import ovfcheck

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


def iter_or_error(space: "ObjSpace", w_obj: W_Root, msg: str) -> W_Root:
    """iter(w_obj), with the TypeError replaced by msg."""
    try:
        return space.iter(w_obj)
    except OperationError as e:
        if not e.match(space, space.w_TypeError):
            raise
        raise space.type_error(msg)


def builtin_map(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "map()")
    if args.keywords:
        raise space.type_error("map() takes no keyword arguments")
    args_w = args.args_w
    if len(args_w) < 2:
        raise space.type_error("map() requires at least two args")
    w_func = args_w[0]
    none_func = space.is_w(w_func, space.w_None)
    if none_func and len(args_w) == 2:
        return space.newlist(space.listview(args_w[1]))
    iters_w: list[W_Root] = []
    for i in range(1, len(args_w)):
        iters_w.append(iter_or_error(space, args_w[i], "argument %d to map() must support iteration" % (i + 1)))
    result_w: list[W_Root] = []
    while True:
        items_w: list[W_Root] = []
        alive = False
        for w_it in iters_w:
            w_item = space.next(w_it)
            if w_item is None:
                items_w.append(space.w_None)
            else:
                alive = True
                items_w.append(w_item)
        if not alive:
            break
        if none_func:
            result_w.append(space.newtuple(items_w))
        else:
            result_w.append(space.call_function(w_func, items_w))
    return space.newlist(result_w)


def builtin_filter(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_func = args_w[0]
    w_seq = args_w[1]
    assert w_func is not None and w_seq is not None
    none_func = space.is_w(w_func, space.w_None)
    if space.isinstance_w(w_seq, space.w_str) or space.isinstance_w(w_seq, space.w_unicode):
        is_str = space.isinstance_w(w_seq, space.w_str)
        if none_func and (space.type(w_seq) is space.w_str or space.type(w_seq) is space.w_unicode):
            return w_seq
        n = space.len_w(w_seq)
        pieces_w: list[W_Root] = []
        for i in range(n):
            w_item = space.getitem(w_seq, space.newint(i))
            if none_func:
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(w_func, [w_item]))
            if ok:
                if is_str and not space.isinstance_w(w_item, space.w_str):
                    raise space.type_error("can't filter str to str: __getitem__ returned different type")
                if not is_str and not space.isinstance_w(w_item, space.w_unicode):
                    raise space.type_error("can't filter unicode to unicode: __getitem__ returned different type")
                pieces_w.append(w_item)
        w_empty = space.newstr("") if is_str else space.newunicode("")
        return space.call_method(w_empty, "join", [space.newlist(pieces_w)])
    is_tuple = space.isinstance_w(w_seq, space.w_tuple)
    result_w: list[W_Root] = []
    if is_tuple and space.type(w_seq) is not space.w_tuple:
        # a tuple subclass: 2.7 takes the items through its __getitem__
        for i in range(space.len_w(w_seq)):
            w_item = space.getitem(w_seq, space.newint(i))
            if none_func:
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(w_func, [w_item]))
            if ok:
                result_w.append(w_item)
        return space.newtuple(result_w)
    w_it = space.iter(w_seq)
    while True:
        w_next = space.next(w_it)
        if w_next is None:
            break
        if none_func:
            ok = space.is_true(w_next)
        else:
            ok = space.is_true(space.call_function(w_func, [w_next]))
        if ok:
            result_w.append(w_next)
    if is_tuple:
        return space.newtuple(result_w)
    return space.newlist(result_w)


def builtin_reduce(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_func = args_w[0]
    w_seq = args_w[1]
    assert w_func is not None and w_seq is not None
    w_acc = args_w[2]
    try:
        w_it = space.iter(w_seq)
    except OperationError:
        # any failure, as in 2.7 (a closed file's ValueError too)
        raise space.type_error("reduce() arg 2 must support iteration")
    while True:
        w_item = space.next(w_it)
        if w_item is None:
            break
        if w_acc is None:
            w_acc = w_item
        else:
            w_acc = space.call_function(w_func, [w_acc, w_item])
    if w_acc is None:
        raise space.type_error("reduce() of empty sequence with no initial value")
    return w_acc


def builtin_zip(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "zip()")
    if args.keywords:
        raise space.type_error("zip() takes no keyword arguments")
    iters_w: list[W_Root] = []
    for i in range(len(args.args_w)):
        iters_w.append(iter_or_error(space, args.args_w[i], "zip argument #%d must support iteration" % (i + 1)))
    result_w: list[W_Root] = []
    if not iters_w:
        return space.newlist(result_w)
    while True:
        items_w: list[W_Root] = []
        for w_it in iters_w:
            w_item = space.next(w_it)
            if w_item is None:
                return space.newlist(result_w)
            items_w.append(w_item)
        result_w.append(space.newtuple(items_w))


def builtin_sorted(space: "ObjSpace", args: Arguments) -> W_Root:
    from pypy27.interpreter.arguments import Signature
    args.unpack_stars(space, "sorted()")
    if not args.args_w and "iterable" not in args.keywords:
        raise space.type_error("Required argument 'iterable' (pos 1) not found")
    total = len(args.args_w) + len(args.keywords)
    if total > 4:
        raise space.type_error("sorted() takes at most 4 arguments (%d given)" % total)
    for kw in args.keywords:
        if kw != "cmp" and kw != "key" and kw != "reverse":
            # 2.7 passes the keywords on to list.sort(), which rejects these
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
    sig = Signature(["iterable", "cmp", "key", "reverse"])
    scope = args.parse_into_scope(space, "sorted()", sig, [space.w_None, space.w_None, space.w_False])
    w_iterable = scope[0]
    assert w_iterable is not None
    w_list = space.newlist(space.listview(w_iterable))
    kw_names: list[str] = []
    kw_values: list[W_Root] = []
    names = ["cmp", "key", "reverse"]
    for i in range(3):
        w_v = scope[i + 1]
        assert w_v is not None
        kw_names.append(names[i])
        kw_values.append(w_v)
    space.call_args(space.getattr_str(w_list, "sort"), Arguments([], kw_names, kw_values))
    return w_list


def min_max(space: "ObjSpace", args: Arguments, is_max: bool) -> W_Root:
    name = "max" if is_max else "min"
    args.unpack_stars(space, name + "()")
    w_key: Optional[W_Root] = None
    for i in range(len(args.keywords)):
        if args.keywords[i] != "key":
            raise space.type_error("%s() got an unexpected keyword argument" % name)
        w_key = args.keywords_w[i]
    args_w = args.args_w
    if len(args_w) == 0:
        raise space.type_error("%s expected 1 arguments, got 0" % name)
    if len(args_w) == 1:
        w_it = space.iter(args_w[0])
    else:
        w_it = space.iter(space.newtuple(args_w))
    w_best: Optional[W_Root] = None
    w_best_key: Optional[W_Root] = None
    op = "gt" if is_max else "lt"
    while True:
        w_item = space.next(w_it)
        if w_item is None:
            break
        w_k = w_item if w_key is None else space.call_function(w_key, [w_item])
        if w_best_key is None or space.is_true(space.compare(op, w_k, w_best_key)):
            w_best = w_item
            w_best_key = w_k
    if w_best is None:
        raise space.value_error("%s() arg is an empty sequence" % name)
    return w_best


def builtin_max(space: "ObjSpace", args: Arguments) -> W_Root:
    return min_max(space, args, True)


def builtin_min(space: "ObjSpace", args: Arguments) -> W_Root:
    return min_max(space, args, False)


def builtin_sum(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_seq = args_w[0]
    assert w_seq is not None
    w_start = args_w[1]
    if w_start is None:
        w_acc = space.newint(0)
    else:
        if space.isinstance_w(w_start, space.w_basestring):
            raise space.type_error("sum() can't sum strings [use ''.join(seq) instead]")
        w_acc = w_start
    w_it = space.iter(w_seq)
    while True:
        w_item = space.next(w_it)
        if w_item is None:
            break
        w_acc = space.add(w_acc, w_item)
    return w_acc


def builtin_all(space: "ObjSpace", w_seq: W_Root) -> W_Root:
    w_it = space.iter(w_seq)
    while True:
        w_item = space.next(w_it)
        if w_item is None:
            return space.w_True
        if not space.is_true(w_item):
            return space.w_False


def builtin_any(space: "ObjSpace", w_seq: W_Root) -> W_Root:
    w_it = space.iter(w_seq)
    while True:
        w_item = space.next(w_it)
        if w_item is None:
            return space.w_False
        if space.is_true(w_item):
            return space.w_True


# ---- iter / next ---------------------------------------------------------------------

class W_CallableIterator(W_Root):
    """iter(callable, sentinel)."""
    w_callable: Optional[W_Root]
    w_sentinel: W_Root

    def __init__(self, w_callable: W_Root, w_sentinel: W_Root) -> None:
        self.w_callable = w_callable
        self.w_sentinel = w_sentinel

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        w_type = space.builtin_types_w.get("callable-iterator", None)
        assert w_type is not None
        return w_type


def calliter_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return w_self


def calliter_next(space: "ObjSpace", w_self: W_Root) -> W_Root:
    if not isinstance(w_self, W_CallableIterator):
        raise space.type_error("descriptor 'next' requires a 'callable-iterator' object")
    w_callable = w_self.w_callable
    if w_callable is None:
        raise OperationError(space.w_StopIteration, space.w_None)
    try:
        w_value = space.call_function(w_callable, [])
    except OperationError as e:
        if e.match(space, space.w_StopIteration):
            w_self.w_callable = None
        raise
    if space.eq_w(w_value, w_self.w_sentinel):
        w_self.w_callable = None
        raise OperationError(space.w_StopIteration, space.w_None)
    return w_value


def make_calliter_type(space: "ObjSpace") -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin1
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {
        "__iter__": Builtin1("__iter__", calliter_iter, method=True),
        "next": Builtin1("next", calliter_next, method=True),
    }
    return W_TypeObject("callable-iterator", [space.w_object], dict_w)


def builtin_iter(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    w_sentinel = args_w[1]
    if w_sentinel is None:
        return space.iter(w_obj)
    from pypy27.interpreter.module.builtin.operation import callable_w
    if not callable_w(space, w_obj):
        raise space.type_error("iter(v, w): v must be callable")
    return W_CallableIterator(w_obj, w_sentinel)


def builtin_next(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_it = args_w[0]
    assert w_it is not None
    w_default = args_w[1]
    if space.type(w_it) is space.w_instance:
        w_bound = space.findattr(w_it, "next")
        if w_bound is None:
            raise space.type_error("instance has no next() method")
    else:
        w_next = space.lookup(w_it, "next")
        if w_next is None:
            raise space.type_error("%s object is not an iterator" % space.type(w_it).name)
        w_bound = space.get(w_next, w_it)
    try:
        return space.call_function(w_bound, [])
    except OperationError as e:
        if w_default is None or not e.match(space, space.w_StopIteration):
            raise
        return w_default


# ---- range -------------------------------------------------------------------------------

def range_arg(space: "ObjSpace", w_obj: W_Root, what: str) -> W_Root:
    """An int or long argument of range() (objects with __int__ are converted)."""
    if space.isinstance_w(w_obj, space.w_int) or space.isinstance_w(w_obj, space.w_long):
        return w_obj
    if not space.isinstance_w(w_obj, space.w_float) and space.lookup(w_obj, "__int__") is not None:
        w_res = space.unaryop("int", w_obj)
        if space.isinstance_w(w_res, space.w_int) or space.isinstance_w(w_res, space.w_long):
            return w_res
    raise space.type_error("range() integer %s argument expected, got %s." % (what, space.type(w_obj).name))


def fits_int(space: "ObjSpace", w_obj: W_Root) -> bool:
    try:
        space.int_w(w_obj)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        return False
    return True


def builtin_range(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_a = args_w[0]
    assert w_a is not None
    w_b = args_w[1]
    w_c = args_w[2]
    if w_b is None:
        w_start = space.newint(0)
        w_stop = range_arg(space, w_a, "end")
    else:
        w_start = range_arg(space, w_a, "start")
        w_stop = range_arg(space, w_b, "end")
    w_step = space.newint(1) if w_c is None else range_arg(space, w_c, "step")
    if fits_int(space, w_start) and fits_int(space, w_stop) and fits_int(space, w_step):
        start = space.int_w(w_start)
        stop = space.int_w(w_stop)
        step = space.int_w(w_step)
        if step == 0:
            raise space.value_error("range() step argument must not be zero")
        n = range_length(start, stop, step)
        if n < 0:
            return range_longs(space, w_start, w_stop, w_step)
        items_w: list[W_Root] = []
        v = start
        for i in range(n):
            items_w.append(space.newint(v))
            if i + 1 < n:
                v += step
        return space.newlist(items_w)
    return range_longs(space, w_start, w_stop, w_step)


MAX_RANGE_ITEMS = 0x7fffffffffffffff


def range_length(start: int, stop: int, step: int) -> int:
    """Number of items, or -1 if the computation overflows."""
    try:
        if step > 0:
            if start >= stop:
                return 0
            diff = ovfcheck(stop - start)
            return (diff - 1) // step + 1
        if start <= stop:
            return 0
        diff = ovfcheck(start - stop)
        return (diff - 1) // ovfcheck(-step) + 1
    except OverflowError:
        return -1


def range_longs(space: "ObjSpace", w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> W_Root:
    w_zero = space.newint(0)
    if space.eq_w(w_step, w_zero):
        raise space.value_error("range() step argument must not be zero")
    w_one = space.newint(1)
    if space.is_true(space.compare("gt", w_step, w_zero)):
        if not space.is_true(space.compare("lt", w_start, w_stop)):
            return space.newlist([])
        w_diff = space.sub(space.sub(w_stop, w_start), w_one)
        w_n = space.add(space.binop("floordiv", w_diff, w_step), w_one)
    else:
        if not space.is_true(space.compare("gt", w_start, w_stop)):
            return space.newlist([])
        w_diff = space.sub(space.sub(w_start, w_stop), w_one)
        w_n = space.add(space.binop("floordiv", w_diff, space.unaryop("neg", w_step)), w_one)
    if not fits_int(space, w_n):
        raise space.error(space.w_OverflowError, "range() result has too many items")
    n = space.int_w(w_n)
    if n > 0x7fffffff:
        raise space.error(space.w_MemoryError, "")
    items_w: list[W_Root] = []
    w_v = w_start
    for i in range(n):
        items_w.append(w_v)
        w_v = space.add(w_v, w_step)
    return space.newlist(items_w)


# ---- enumerate (registered unless the containers part provides it) ---------------------

class W_Enumerate(W_Root):
    w_iter: W_Root
    index: int
    w_index: Optional[W_Root]     # once the index no longer fits a machine int
    w_class: Optional["W_TypeObject"]
    user: Optional[UserAttrs]       # instances of subclasses: __dict__, __slots__

    def __init__(self, w_iter: W_Root, index: int, w_index: Optional[W_Root]) -> None:
        self.w_iter = w_iter
        self.index = index
        self.w_index = w_index
        self.w_class = None
        self.user = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_class is not None:
            return self.w_class
        w_type = space.builtin_types_w.get("enumerate", None)
        assert w_type is not None
        return w_type

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user


def enumerate_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    from pypy27.interpreter.arguments import Signature
    from pypy27.interpreter.module.builtin.operation import index_of
    args.unpack_stars(space, "enumerate()")
    for kw in args.keywords:
        if kw != "sequence" and kw != "start":
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
    if not args.args_w and "sequence" not in args.keywords:
        raise space.type_error("Required argument 'sequence' (pos 1) not found")
    sig = Signature(["sequence", "start"])
    scope = args.parse_into_scope(space, "enumerate()", sig, [space.newint(0)])
    w_seq = scope[0]
    w_start = scope[1]
    assert w_seq is not None and w_start is not None
    w_start = index_of(space, w_start)
    w_it = space.iter(w_seq)
    if fits_int(space, w_start):
        w_res = W_Enumerate(w_it, space.int_w(w_start), None)
    else:
        w_res = W_Enumerate(w_it, 0, w_start)
    if w_subtype is not space.builtin_types_w.get("enumerate", None):
        w_res.w_class = w_subtype
    return w_res


def enumerate_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return w_self


def enumerate_next(space: "ObjSpace", w_self: W_Root) -> W_Root:
    if not isinstance(w_self, W_Enumerate):
        raise space.type_error("descriptor 'next' requires a 'enumerate' object but received a '%s'"
                               % space.type(w_self).name)
    w_item = space.next(w_self.w_iter)
    if w_item is None:
        raise OperationError(space.w_StopIteration, space.w_None)
    w_index = w_self.w_index
    if w_index is not None:
        w_self.w_index = space.add(w_index, space.newint(1))
        return space.newtuple([w_index, w_item])
    i = w_self.index
    try:
        w_self.index = ovfcheck(i + 1)
    except OverflowError:
        w_self.w_index = space.add(space.newint(i), space.newint(1))
    return space.newtuple([space.newint(i), w_item])


def make_enumerate_type(space: "ObjSpace") -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin1
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {
        "__iter__": Builtin1("__iter__", enumerate_iter, method=True),
        "next": Builtin1("next", enumerate_next, method=True),
        "__doc__": space.newstr(ENUMERATE_DOC),
    }
    return W_TypeObject("enumerate", [space.w_object], dict_w, new_fn=enumerate_new)


ENUMERATE_DOC = ("enumerate(iterable[, start]) -> iterator for index, value of iterable\n\n"
                 "Return an enumerate object.  iterable must be another object that supports\n"
                 "iteration.  The enumerate object yields pairs containing a count (from\n"
                 "start, which defaults to zero) and a value yielded by the iterable argument.\n"
                 "enumerate is useful for obtaining an indexed list:\n"
                 "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...")
