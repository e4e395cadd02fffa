"""Struct sequences (sys.version_info, sys.flags, sys.float_info...): tuples
of a named type whose fields are also attributes."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_StructField(W_Root):
    """A read-only field: item `index` of the tuple."""
    index: int
    name: str

    def __init__(self, index: int, name: str) -> None:
        self.index = index
        self.name = name

    def is_interp_descr(self) -> bool:
        return True

    def is_data_descr(self) -> bool:
        return True

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        if w_obj is None:
            return self
        return space.fixedview(w_obj, -1)[self.index]

    def descr_set(self, space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
        raise OperationError(space.w_TypeError, space.newstr("readonly attribute"))

    def descr_delete(self, space: "ObjSpace", w_obj: W_Root) -> None:
        raise OperationError(space.w_TypeError, space.newstr("readonly attribute"))


def structseq_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_type = space.type(w_self)
    items_w = space.fixedview(w_self, -1)
    parts: list[str] = []
    for name, w_descr in w_type.dict_w.items():
        if isinstance(w_descr, W_StructField) and w_descr.index < len(items_w):
            parts.append("%s=%s" % (name, space.str_w(space.repr(items_w[w_descr.index]))))
    return space.newstr("%s(%s)" % (w_type.name, ", ".join(parts)))


def structseq_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    """(type, (items, {})): what 2.7's struct sequences pickle as."""
    items_w = space.fixedview(w_self, -1)
    return space.newtuple([space.type(w_self), space.newtuple([space.newtuple(items_w), space.newdict()])])


def structseq_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    """T(sequence[, dict]): exactly n_sequence_fields items."""
    args.unpack_stars(space, w_subtype.name + "()")
    nargs = len(args.args_w)
    if nargs < 1 or nargs > 2:
        raise space.type_error("structseq() takes at most 2 arguments (%d given)" % nargs)
    items_w = space.fixedview(args.args_w[0], -1)
    count = 0
    for w_descr in w_subtype.dict_w.values():
        if isinstance(w_descr, W_StructField):
            count += 1
    if len(items_w) != count:
        raise space.type_error("%s() takes a %d-sequence (%d-sequence given)"
                               % (w_subtype.name, count, len(items_w)))
    return new_structseq(space, w_subtype, items_w)


def make_structseq_type(space: "ObjSpace", name: str, fields: list[str]) -> "W_TypeObject":
    from pypy27.interpreter.gateway import Builtin1
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    dict_w: dict[str, W_Root] = {}
    for i in range(len(fields)):
        dict_w[fields[i]] = W_StructField(i, fields[i])
    dict_w["__repr__"] = Builtin1("__repr__", structseq_repr, method=True)
    dict_w["__reduce__"] = Builtin1("__reduce__", structseq_reduce, method=True)
    dict_w["n_sequence_fields"] = space.newint(len(fields))
    dict_w["n_fields"] = space.newint(len(fields))
    dict_w["n_unnamed_fields"] = space.newint(0)
    return W_TypeObject(name, [space.w_tuple], dict_w, new_fn=structseq_new)


def new_structseq(space: "ObjSpace", w_type: "W_TypeObject", items_w: list[W_Root]) -> W_Root:
    from pypy27.interpreter.objspace.tupleobject import W_TupleObject
    w_tup = W_TupleObject(items_w)
    w_tup.w_class = w_type
    return w_tup
