"""object.__reduce_ex__ and object.__reduce__: the default pickling protocol.

Protocol 2 builds (copy_reg.__newobj__, (cls,) + __getnewargs__(), state,
listitems, dictitems) here; protocols 0 and 1 defer to copy_reg._reduce_ex,
as 2.7 does."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def import_copy_reg(space: "ObjSpace") -> W_Root:
    from pypy27.interpreter.importing import importhook
    return importhook(space, "copy_reg", None, None, 0)


def proto_of(space: "ObjSpace", w_proto: Optional[W_Root]) -> int:
    """The protocol: a C int, as 2.7's "|i"."""
    if w_proto is None:
        return 0
    proto = space.int_w(w_proto)
    if proto > 0x7fffffff:
        raise space.error(space.w_OverflowError, "signed integer is greater than maximum")
    if proto < -0x80000000:
        raise space.error(space.w_OverflowError, "signed integer is less than minimum")
    return proto


def object_reduce_ex(space: "ObjSpace", w_self: W_Root, w_proto: Optional[W_Root]) -> W_Root:
    """A class that overrides __reduce__ gets it called; else the default."""
    proto = proto_of(space, w_proto)
    w_reduce = space.findattr(w_self, "__reduce__")
    if w_reduce is not None:
        w_clsreduce = space.findattr(space.type(w_self), "__reduce__")
        w_objreduce = space.w_object.lookup("__reduce__")
        if w_clsreduce is not None and w_clsreduce is not w_objreduce:
            return space.call_function(w_reduce, [])
    return common_reduce(space, w_self, proto)


def object_reduce(space: "ObjSpace", w_self: W_Root, w_proto: Optional[W_Root]) -> W_Root:
    return common_reduce(space, w_self, proto_of(space, w_proto))


def common_reduce(space: "ObjSpace", w_self: W_Root, proto: int) -> W_Root:
    w_copy_reg = import_copy_reg(space)
    if proto >= 2:
        return reduce_2(space, w_self, w_copy_reg)
    w_fn = space.getattr_str(w_copy_reg, "_reduce_ex")
    return space.call_function(w_fn, [w_self, space.newint(proto)])


def reduce_2(space: "ObjSpace", w_self: W_Root, w_copy_reg: W_Root) -> W_Root:
    w_cls = space.getattr_str(w_self, "__class__")
    w_getnewargs = space.findattr(w_self, "__getnewargs__")
    if w_getnewargs is not None:
        w_args = space.call_function(w_getnewargs, [])
        if not space.isinstance_w(w_args, space.w_tuple):
            raise space.type_error("__getnewargs__ should return a tuple, not '%s'"
                                   % space.type(w_args).name)
        args_w = space.fixedview(w_args, -1)
    else:
        args_w = []
    w_getstate = space.findattr(w_self, "__getstate__")
    if w_getstate is not None:
        w_state = space.call_function(w_getstate, [])
    else:
        w_state = default_state(space, w_self, w_cls, w_copy_reg)
    w_listitems = space.w_None
    if space.isinstance_w(w_self, space.w_list):
        w_listitems = space.iter(w_self)
    w_dictitems = space.w_None
    if space.isinstance_w(w_self, space.w_dict):
        w_dictitems = space.call_method(w_self, "iteritems", [])
    w_newobj = space.getattr_str(w_copy_reg, "__newobj__")
    return space.newtuple([w_newobj, space.newtuple([w_cls] + args_w), w_state, w_listitems, w_dictitems])


def default_state(space: "ObjSpace", w_self: W_Root, w_cls: W_Root, w_copy_reg: W_Root) -> W_Root:
    """The instance's __dict__ (or None), paired with a dict of its __slots__
    values when it has any."""
    w_state = space.findattr(w_self, "__dict__")
    if w_state is None:
        w_state = space.w_None
    w_names = space.call_function(space.getattr_str(w_copy_reg, "_slotnames"), [w_cls])
    if space.is_w(w_names, space.w_None):
        return w_state
    w_slots = space.newdict()
    count = 0
    for w_name in space.listview(w_names):
        try:
            w_value = space.getattr(w_self, w_name)
        except OperationError as e:
            if not e.match(space, space.w_AttributeError):
                raise
            continue
        space.setitem(w_slots, w_name, w_value)
        count += 1
    if count == 0:
        return w_state
    return space.newtuple([w_state, w_slots])
