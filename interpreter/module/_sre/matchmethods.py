"""Methods and attributes of match objects."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module._sre.objects import W_SRE_Match
from pypy27.interpreter.module._sre.patternmethods import import_app, match_group
from pypy27.interpreter.objspace.boolobject import W_BoolObject
from pypy27.interpreter.objspace.intobject import W_IntObject
from pypy27.interpreter.objspace.longobject import W_LongObject

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def get_match(space: "ObjSpace", w_self: Optional[W_Root]) -> W_SRE_Match:
    if not isinstance(w_self, W_SRE_Match):
        raise space.type_error("descriptor requires a '_sre.SRE_Match' object")
    return w_self


def group_index(space: "ObjSpace", w_m: W_SRE_Match, w_index: W_Root) -> int:
    """A group number from an int or a group name; IndexError otherwise."""
    if isinstance(w_index, W_IntObject) or isinstance(w_index, W_LongObject) or \
            isinstance(w_index, W_BoolObject):
        try:
            i = space.int_w(w_index)
        except OperationError:
            i = -1
    else:
        i = -1
        try:
            w_num = space.getitem(w_m.w_pattern.w_groupindex, w_index)
            i = space.int_w(w_num)
        except OperationError:
            i = -1
    if i < 0 or i > w_m.w_pattern.groups:
        raise space.error(space.w_IndexError, "no such group")
    return i


def match_group_m(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "group()")
    if args.keywords:
        raise space.type_error("group() takes no keyword arguments")
    w_m = get_match(space, args.args_w[0] if len(args.args_w) > 0 else None)
    n = len(args.args_w) - 1
    if n == 0:
        return match_group(space, w_m, 0)
    if n == 1:
        return match_group(space, w_m, group_index(space, w_m, args.args_w[1]))
    items_w: list[W_Root] = []
    for k in range(1, n + 1):
        items_w.append(match_group(space, w_m, group_index(space, w_m, args.args_w[k])))
    return space.newtuple(items_w)


def match_groups(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_m = get_match(space, a[0])
    w_default = a[1] if a[1] is not None else space.w_None
    items_w: list[W_Root] = []
    for g in range(1, w_m.w_pattern.groups + 1):
        w_v = match_group(space, w_m, g)
        items_w.append(w_default if space.is_w(w_v, space.w_None) else w_v)
    return space.newtuple(items_w)


def match_groupdict(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_m = get_match(space, a[0])
    w_default = a[1] if a[1] is not None else space.w_None
    w_dict = space.newdict()
    w_gi = w_m.w_pattern.w_groupindex
    for w_key in space.listview(space.call_method(w_gi, "keys", [])):
        g = group_index(space, w_m, w_key)
        w_v = match_group(space, w_m, g)
        space.setitem(w_dict, w_key, w_default if space.is_w(w_v, space.w_None) else w_v)
    return w_dict


def opt_group(space: "ObjSpace", w_m: W_SRE_Match, w_g: Optional[W_Root]) -> int:
    if w_g is None:
        return 0
    return group_index(space, w_m, w_g)


def match_start(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_m = get_match(space, a[0])
    return space.newint(w_m.spans[2 * opt_group(space, w_m, a[1])])


def match_end(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_m = get_match(space, a[0])
    return space.newint(w_m.spans[2 * opt_group(space, w_m, a[1]) + 1])


def span_of(space: "ObjSpace", w_m: W_SRE_Match, g: int) -> W_Root:
    return space.newtuple([space.newint(w_m.spans[2 * g]), space.newint(w_m.spans[2 * g + 1])])


def match_span(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_m = get_match(space, a[0])
    return span_of(space, w_m, opt_group(space, w_m, a[1]))


def match_expand(space: "ObjSpace", w_self: W_Root, w_template: W_Root) -> W_Root:
    w_m = get_match(space, w_self)
    w_re = import_app(space, "re")
    return space.call_function(space.getattr_str(w_re, "_expand"), [w_m.w_pattern, w_m, w_template])


def get_regs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_m = get_match(space, w_self)
    items_w: list[W_Root] = []
    for g in range(w_m.w_pattern.groups + 1):
        items_w.append(span_of(space, w_m, g))
    return space.newtuple(items_w)


def get_lastindex(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_m = get_match(space, w_self)
    if w_m.lastindex < 0:
        return space.w_None
    return space.newint(w_m.lastindex)


def get_lastgroup(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_m = get_match(space, w_self)
    w_ig = w_m.w_pattern.w_indexgroup
    if w_m.lastindex < 0 or space.is_w(w_ig, space.w_None):
        return space.w_None
    try:
        return space.getitem(w_ig, space.newint(w_m.lastindex))
    except OperationError:
        return space.w_None


def get_pos(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(get_match(space, w_self).pos)


def get_endpos(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(get_match(space, w_self).endpos)


def get_re(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return get_match(space, w_self).w_pattern


def get_string(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return get_match(space, w_self).w_string


def match_copy(space: "ObjSpace", w_self: W_Root) -> W_Root:
    raise space.type_error("cannot copy this match object")


def match_deepcopy(space: "ObjSpace", w_self: W_Root, w_memo: W_Root) -> W_Root:
    raise space.type_error("cannot deepcopy this match object")
