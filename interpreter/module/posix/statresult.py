"""stat/lstat/fstat and the stat_result struct sequence.

A stat_result is a 10-item tuple (integer times) whose type also has the
st_* attributes; st_atime/st_mtime/st_ctime are floats and st_blksize,
st_blocks, st_rdev exist only as attributes, as in 2.7 on Linux."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.tupleobject import W_TupleObject
from pypy27.interpreter.module.posix.errors import c_int_w, last_oserror, path_w
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i32, raw_load_i64
# struct stat on x86_64 Linux (checked at build time in moduledef)
from pypy27.support.rstat import (OFS_ATIM, OFS_BLKSIZE, OFS_BLOCKS, OFS_CTIM, OFS_DEV, OFS_GID, OFS_INO,
                                  OFS_MODE, OFS_MTIM, OFS_NLINK, OFS_RDEV, OFS_SIZE, OFS_UID, STAT_SIZE,
                                  c_fstat, c_lstat, c_stat)

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

SEQ_FIELDS = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
              "st_atime", "st_mtime", "st_ctime"]
# attribute-only fields, after the float times
EXTRA_FIELDS = ["st_blksize", "st_blocks", "st_rdev"]
# the names of extra_w, in order
EXTRA_NAMES = ["st_atime", "st_mtime", "st_ctime"] + EXTRA_FIELDS


class W_StatResult(W_TupleObject):
    """The 10 tuple items plus the float times and the extra fields."""
    extra_w: list[W_Root]       # st_atime, st_mtime, st_ctime (floats), then EXTRA_FIELDS

    def __init__(self, items_w: list[W_Root], extra_w: list[W_Root]) -> None:
        W_TupleObject.__init__(self, items_w)
        self.extra_w = extra_w


class W_StatField(W_Root):
    """A read-only st_* attribute: item `index` of the tuple, or of
    extra_w when `extra` is set."""
    index: int
    extra: bool

    def __init__(self, index: int, extra: bool) -> None:
        self.index = index
        self.extra = extra

    def is_interp_descr(self) -> bool:
        return True

    def is_data_descr(self) -> bool:
        return True

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        if w_obj is None:
            return self
        if self.extra and isinstance(w_obj, W_StatResult):
            return w_obj.extra_w[self.index]
        items_w = space.fixedview(w_obj, -1)
        if self.index < len(items_w):
            return items_w[self.index]
        return space.w_None

    def descr_set(self, space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
        raise OperationError(space.w_TypeError, space.newstr("readonly attribute"))

    def descr_delete(self, space: "ObjSpace", w_obj: W_Root) -> None:
        raise OperationError(space.w_TypeError, space.newstr("readonly attribute"))


class StatTypeHolder(object):
    w_type: Optional["W_TypeObject"]

    def __init__(self) -> None:
        self.w_type = None


holder = StatTypeHolder()


def stat_type() -> "W_TypeObject":
    w_type = holder.w_type
    assert w_type is not None
    return w_type


def stat_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    items_w = space.fixedview(w_self, -1)
    parts: list[str] = []
    for i in range(len(SEQ_FIELDS)):
        if i < len(items_w):
            parts.append("%s=%s" % (SEQ_FIELDS[i], space.str_w(space.repr(items_w[i]))))
    return space.newstr("posix.stat_result(%s)" % ", ".join(parts))


def stat_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    """stat_result(sequence): 10 to 16 items (2.7 accepts this to rebuild one)."""
    args.unpack_stars(space, "stat_result()")
    nargs = len(args.args_w)
    if nargs < 1 or nargs > 2:
        raise space.type_error("stat_result() takes at most 2 arguments (%d given)" % nargs)
    items_w = space.fixedview(args.args_w[0], -1)
    from pypy27.interpreter.module.builtin.moduleobject import finditem_str
    w_dict: Optional[W_Root] = None
    if nargs == 2 and not space.is_w(args.args_w[1], space.w_None):
        w_dict = args.args_w[1]
        if not space.isinstance_w(w_dict, space.w_dict):
            raise space.type_error("posix.stat_result() takes a dict as second arg, if any")
    n = len(items_w)
    if n < 10:
        raise space.type_error("posix.stat_result() takes an at least 10-sequence (%d-sequence given)" % n)
    if n > 16:
        raise space.type_error("posix.stat_result() takes an at most 16-sequence (%d-sequence given)" % n)
    extra_w: list[W_Root] = []
    for i in range(6):
        # the fields past the sequence come from the dict (what __reduce__
        # gives), else the integer time or None
        w_named: Optional[W_Root] = None
        if w_dict is not None:
            w_named = finditem_str(space, w_dict, EXTRA_NAMES[i])
        if 10 + i < n:
            extra_w.append(items_w[10 + i])
        elif w_named is not None:
            extra_w.append(w_named)
        elif i < 3:
            extra_w.append(items_w[7 + i])
        else:
            extra_w.append(space.w_None)
    w_res = W_StatResult(items_w[:10], extra_w)
    w_res.w_class = w_subtype
    return w_res


def stat_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    """(type, (the 10 items, {the other fields})), as 2.7's struct sequences."""
    items_w = space.fixedview(w_self, -1)
    w_dict = space.newdict()
    if isinstance(w_self, W_StatResult):
        for i in range(len(EXTRA_NAMES)):
            if i < len(w_self.extra_w):
                space.setitem(w_dict, space.newstr(EXTRA_NAMES[i]), w_self.extra_w[i])
    return space.newtuple([space.type(w_self), space.newtuple([space.newtuple(items_w[:10]), w_dict])])


def make_stat_type(space: "ObjSpace") -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin1
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {}
    for i in range(len(SEQ_FIELDS)):
        dict_w[SEQ_FIELDS[i]] = W_StatField(i, False)
    dict_w["st_atime"] = W_StatField(0, True)
    dict_w["st_mtime"] = W_StatField(1, True)
    dict_w["st_ctime"] = W_StatField(2, True)
    for i in range(len(EXTRA_FIELDS)):
        dict_w[EXTRA_FIELDS[i]] = W_StatField(3 + i, True)
    dict_w["__repr__"] = Builtin1("__repr__", stat_repr, method=True)
    dict_w["__reduce__"] = Builtin1("__reduce__", stat_reduce, method=True)
    dict_w["n_sequence_fields"] = space.newint(10)
    dict_w["n_fields"] = space.newint(16)
    dict_w["n_unnamed_fields"] = space.newint(3)
    w_type = W_TypeObject("posix.stat_result", [space.w_tuple], dict_w, new_fn=stat_new)
    holder.w_type = w_type
    return w_type


def wrap_uint(space: "ObjSpace", v: int) -> W_Root:
    """An unsigned 64-bit field read as a signed word."""
    if v >= 0:
        return space.newint(v)
    from pypy27.support.rarith import uint_floordiv, uint_mod
    digits: list[str] = []
    while v != 0:
        digits.append(chr(48 + uint_mod(v, 10)))
        v = uint_floordiv(v, 10)
    digits.reverse()
    return space.newlong_from_decimal("".join(digits))


def stat_from_buffer(space: "ObjSpace", buf: int) -> W_Root:
    atime = raw_load_i64(buf, OFS_ATIM)
    mtime = raw_load_i64(buf, OFS_MTIM)
    ctime = raw_load_i64(buf, OFS_CTIM)
    items_w = [
        space.newint(raw_load_i32(buf, OFS_MODE) & 0xffffffff),
        wrap_uint(space, raw_load_i64(buf, OFS_INO)),
        wrap_uint(space, raw_load_i64(buf, OFS_DEV)),
        space.newint(raw_load_i64(buf, OFS_NLINK)),
        space.newint(raw_load_i32(buf, OFS_UID) & 0xffffffff),
        space.newint(raw_load_i32(buf, OFS_GID) & 0xffffffff),
        space.newint(raw_load_i64(buf, OFS_SIZE)),
        space.newint(atime),
        space.newint(mtime),
        space.newint(ctime),
    ]
    extra_w = [
        space.newfloat(float(atime) + float(raw_load_i64(buf, OFS_ATIM + 8)) * 1e-9),
        space.newfloat(float(mtime) + float(raw_load_i64(buf, OFS_MTIM + 8)) * 1e-9),
        space.newfloat(float(ctime) + float(raw_load_i64(buf, OFS_CTIM + 8)) * 1e-9),
        space.newint(raw_load_i64(buf, OFS_BLKSIZE)),
        space.newint(raw_load_i64(buf, OFS_BLOCKS)),
        wrap_uint(space, raw_load_i64(buf, OFS_RDEV)),
    ]
    w_res = W_StatResult(items_w, extra_w)
    w_res.w_class = stat_type()
    return w_res


def do_stat(space: "ObjSpace", w_path: W_Root, follow: bool) -> W_Root:
    path = path_w(space, w_path, "stat" if follow else "lstat")
    buf = raw_alloc(STAT_SIZE)
    try:
        res = c_stat(path, buf) if follow else c_lstat(path, buf)
        if res < 0:
            raise last_oserror(space, w_path)
        return stat_from_buffer(space, buf)
    finally:
        raw_free(buf)


def posix_stat(space: "ObjSpace", w_path: W_Root) -> W_Root:
    return do_stat(space, w_path, True)


def posix_lstat(space: "ObjSpace", w_path: W_Root) -> W_Root:
    return do_stat(space, w_path, False)


def posix_fstat(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    fd = c_int_w(space, w_fd)
    buf = raw_alloc(STAT_SIZE)
    try:
        if c_fstat(fd, buf) < 0:
            raise last_oserror(space)
        return stat_from_buffer(space, buf)
    finally:
        raw_free(buf)


def posix_stat_float_times(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """Float times are always on (the 2.7 default); the query answers True,
    a setting (a C int, as 2.7's "|i") is accepted and ignored."""
    if args_w[0] is None:
        return space.w_True
    c_int_w(space, args_w[0])
    return space.w_None
