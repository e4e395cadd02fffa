"""time.struct_time (a struct sequence of 9 ints) and the conversions
between it (or any 9-sequence) and C's struct tm fields, with 2.7's checks."""
from typing import TYPE_CHECKING

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.time import ctm
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"]


class TypeHolder(object):
    w_struct_time: "W_TypeObject"


holder = TypeHolder()


def struct_time_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    items_w = space.fixedview(w_self, -1)
    parts: list[str] = []
    for i in range(len(items_w)):
        if i < len(FIELDS):
            parts.append("%s=%s" % (FIELDS[i], space.str_w(space.repr(items_w[i]))))
    return space.newstr("time.struct_time(%s)" % ", ".join(parts))


def struct_time_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    items_w = space.fixedview(w_self, -1)
    return space.newtuple([space.type(w_self), space.newtuple([space.newtuple(items_w)])])


def new_struct_time(space: "ObjSpace", items_w: list[W_Root]) -> W_Root:
    from pypy27.interpreter.module.sys.structseq import new_structseq
    return new_structseq(space, holder.w_struct_time, items_w)


def struct_time_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    from pypy27.interpreter.objspace.tupleobject import W_TupleObject
    args.unpack_stars(space, "struct_time")
    if len(args.args_w) < 1 or len(args.args_w) > 2:
        raise space.type_error("structseq() takes at most 2 arguments (%d given)" % len(args.args_w))
    try:
        items_w = space.listview(args.args_w[0])
    except OperationError as e:
        if not e.match(space, space.w_TypeError):
            raise
        raise space.type_error("constructor requires a sequence")
    if len(items_w) != len(FIELDS):
        raise space.type_error("time.struct_time() takes a 9-sequence (%d-sequence given)" % len(items_w))
    w_tup = W_TupleObject(items_w)
    w_tup.w_class = w_subtype
    return w_tup


@not_rpython
def make_type(space: "ObjSpace") -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin1
    from pypy27.interpreter.module.sys.structseq import W_StructField
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {}
    for i in range(len(FIELDS)):
        dict_w[FIELDS[i]] = W_StructField(i, FIELDS[i])
    dict_w["__repr__"] = Builtin1("__repr__", struct_time_repr, method=True)
    dict_w["__reduce__"] = Builtin1("__reduce__", struct_time_reduce, method=True)
    dict_w["n_sequence_fields"] = space.newint(9)
    dict_w["n_fields"] = space.newint(9)
    dict_w["n_unnamed_fields"] = space.newint(0)
    w_type = W_TypeObject("time.struct_time", [space.w_tuple], dict_w, new_fn=struct_time_new)
    holder.w_struct_time = w_type
    return w_type


def from_tm(space: "ObjSpace", tm: ctm.Tm) -> W_Root:
    f = tm.fields
    values = [f[ctm.YEAR] + 1900, f[ctm.MON] + 1, f[ctm.MDAY], f[ctm.HOUR], f[ctm.MIN], f[ctm.SEC],
              (f[ctm.WDAY] + 6) % 7, f[ctm.YDAY] + 1, f[ctm.ISDST]]
    return new_struct_time(space, [space.newint(v) for v in values])


def _c_rem(a: int, b: int) -> int:
    """C's % (the sign of the dividend)."""
    r = a % b
    if r != 0 and a < 0:
        r -= b
    return r


def _accept2dyear(space: "ObjSpace") -> bool:
    """time.accept2dyear as the program left it (a true int allows 2-digit years)."""
    from pypy27.interpreter.module.time.tzmodule import holder as module_holder
    from pypy27.interpreter.objspace.intobject import W_IntObject
    w_mod = module_holder.w_time
    if w_mod is None:
        return True
    w_flag = w_mod.getdictvalue(space, "accept2dyear")
    return isinstance(w_flag, W_IntObject) and w_flag.intval != 0


def tm_fields(space: "ObjSpace", w_tup: W_Root) -> list[int]:
    """gettmarg: a 9-sequence as struct tm's fields, in C order; 2-digit
    years are mapped to 1969..2068 (accept2dyear)."""
    from pypy27.interpreter.objspace.listobject import W_ListObject
    from pypy27.interpreter.objspace.tupleobject import W_TupleObject
    if not isinstance(w_tup, W_TupleObject) and not isinstance(w_tup, W_ListObject):
        raise space.type_error("argument must be 9-item sequence, not %s" % space.type(w_tup).name)
    items_w = space.listview(w_tup)
    if len(items_w) != 9:
        raise space.type_error("argument must be sequence of length 9, not %d" % len(items_w))
    v = [space.int_w(w) for w in items_w]
    for x in v:
        # the fields are C ints in 2.7 (PyArg_Parse "i")
        if x > 2147483647:
            raise space.error(space.w_OverflowError, "signed integer is greater than maximum")
        if x < -2147483648:
            raise space.error(space.w_OverflowError, "signed integer is less than minimum")
    year = v[0]
    if year < 1900:
        if not _accept2dyear(space):
            raise space.value_error("year >= 1900 required")
        if 69 <= year <= 99:
            year += 1900
        elif 0 <= year <= 68:
            year += 2000
        else:
            raise space.value_error("year out of range")
    fields = [0] * 9
    fields[ctm.YEAR] = year - 1900
    fields[ctm.MON] = v[1] - 1
    fields[ctm.MDAY] = v[2]
    fields[ctm.HOUR] = v[3]
    fields[ctm.MIN] = v[4]
    fields[ctm.SEC] = v[5]
    fields[ctm.WDAY] = _c_rem(v[6] + 1, 7)
    fields[ctm.YDAY] = v[7] - 1
    fields[ctm.ISDST] = v[8]
    return fields


def check_bounds(space: "ObjSpace", f: list[int], lenient: bool) -> None:
    """The field checks of strftime and asctime (lenient: 0 for month, day
    and yday means 'unset'), or strict ones."""
    if lenient and f[ctm.MON] == -1:
        f[ctm.MON] = 0
    elif f[ctm.MON] < 0 or f[ctm.MON] > 11:
        raise space.value_error("month out of range")
    if lenient and f[ctm.MDAY] == 0:
        f[ctm.MDAY] = 1
    elif f[ctm.MDAY] < 1 or f[ctm.MDAY] > 31:
        raise space.value_error("day of month out of range")
    if f[ctm.HOUR] < 0 or f[ctm.HOUR] > 23:
        raise space.value_error("hour out of range")
    if f[ctm.MIN] < 0 or f[ctm.MIN] > 59:
        raise space.value_error("minute out of range")
    if f[ctm.SEC] < 0 or f[ctm.SEC] > 61:
        raise space.value_error("seconds out of range")
    if f[ctm.WDAY] < 0:
        raise space.value_error("day of week out of range")
    if lenient and f[ctm.YDAY] == -1:
        f[ctm.YDAY] = 0
    elif f[ctm.YDAY] < 0 or f[ctm.YDAY] > 365:
        raise space.value_error("day of year out of range")
    if lenient:
        if f[ctm.ISDST] < -1:
            f[ctm.ISDST] = -1
        elif f[ctm.ISDST] > 1:
            f[ctm.ISDST] = 1
