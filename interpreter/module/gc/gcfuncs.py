"""The run-time functions of the gc module (see moduledef.py for what they
can and cannot mean under Boehm)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


class GcState:
    enabled: bool
    debug: int
    thresholds: list[int]
    w_garbage: Optional[W_Root]

    def __init__(self) -> None:
        self.enabled = True
        self.debug = 0
        self.thresholds = [700, 10, 10]     # 2.7's defaults
        self.w_garbage = None


state = GcState()


def gc_enable(space: "ObjSpace") -> W_Root:
    state.enabled = True
    return space.w_None


def gc_disable(space: "ObjSpace") -> W_Root:
    state.enabled = False
    return space.w_None


def gc_isenabled(space: "ObjSpace") -> W_Root:
    return space.newbool(state.enabled)


def int_arg(space: "ObjSpace", w_value: W_Root) -> int:
    if not (space.isinstance_w(w_value, space.w_int) or space.isinstance_w(w_value, space.w_long)):
        raise space.type_error("an integer is required")
    return space.int_w(w_value)


def gc_collect(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_gen = args_w[0]
    if w_gen is not None:
        gen = int_arg(space, w_gen)
        if gen < 0 or gen > 2:
            raise space.value_error("invalid generation")
    from pypy27.interpreter.module.gc.finalize import collect
    return space.newint(collect(space))    # the objects finalized (Boehm does not count the rest)


def gc_get_count(space: "ObjSpace") -> W_Root:
    return space.newtuple([space.newint(0), space.newint(0), space.newint(0)])


def gc_get_threshold(space: "ObjSpace") -> W_Root:
    return space.newtuple([space.newint(t) for t in state.thresholds])


def gc_set_threshold(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "set_threshold()")
    if args.keywords:
        raise space.type_error("set_threshold() takes no keyword arguments")
    n = len(args.args_w)
    if n < 1:
        raise space.type_error("set_threshold() takes at least 1 argument (0 given)")
    if n > 3:
        raise space.type_error("set_threshold() takes at most 3 arguments (%d given)" % n)
    values = [int_arg(space, w) for w in args.args_w]
    for i in range(n):
        state.thresholds[i] = values[i]
    return space.w_None


def gc_get_debug(space: "ObjSpace") -> W_Root:
    return space.newint(state.debug)


def gc_set_debug(space: "ObjSpace", w_flags: W_Root) -> W_Root:
    state.debug = int_arg(space, w_flags)
    return space.w_None


def one_arg(space: "ObjSpace", args: Arguments, fname: str) -> W_Root:
    args.unpack_stars(space, fname + "()")
    if args.keywords:
        raise space.type_error("%s() takes no keyword arguments" % fname)
    if len(args.args_w) != 1:
        raise space.type_error("%s() takes exactly one argument (%d given)" % (fname, len(args.args_w)))
    return args.args_w[0]


def is_atomic(space: "ObjSpace", w_obj: W_Root) -> bool:
    """Objects that cannot be part of a cycle (2.7 never tracks them)."""
    for w_type in [space.w_int, space.w_long, space.w_float, space.w_str, space.w_unicode, space.w_bool]:
        if space.is_w(space.type(w_obj), w_type):
            return True
    return space.is_w(w_obj, space.w_None)


def gc_is_tracked(space: "ObjSpace", args: Arguments) -> W_Root:
    w_obj = one_arg(space, args, "is_tracked")
    if is_atomic(space, w_obj):
        return space.w_False
    if space.is_w(space.type(w_obj), space.w_dict):
        # 2.7 tracks a dict only once it holds a container
        w_items = space.call_method(w_obj, "items", [])
        for w_pair in space.listview(w_items):
            for w_x in space.listview(w_pair):
                if not is_atomic(space, w_x):
                    return space.w_True
        return space.w_False
    return space.w_True


def referents_of(space: "ObjSpace", w_obj: W_Root, out: list[W_Root]) -> None:
    if is_atomic(space, w_obj):
        return
    if space.isinstance_w(w_obj, space.w_list) or space.isinstance_w(w_obj, space.w_tuple):
        items_w = space.listview(w_obj)
        for i in range(len(items_w) - 1, -1, -1):     # 2.7 visits them last to first
            out.append(items_w[i])
    elif space.isinstance_w(w_obj, space.w_dict):
        for w_pair in space.listview(space.call_method(w_obj, "items", [])):
            out.extend(space.listview(w_pair))
    else:
        w_dict = w_obj.getdict(space)
        if w_dict is not None:
            out.append(w_dict)
            out.append(space.type(w_obj))


def gc_get_referents(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "get_referents()")
    out: list[W_Root] = []
    for w_obj in args.args_w:
        referents_of(space, w_obj, out)
    return space.newlist(out)


def gc_get_referrers(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "get_referrers()")
    return space.newlist([])


def gc_get_objects(space: "ObjSpace") -> W_Root:
    return space.newlist([])
