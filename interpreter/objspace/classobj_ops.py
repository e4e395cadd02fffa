"""The special methods of old-style instances, one small function per operator
(written out: the subset has no closures)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import Builtin1, Builtin2
from pypy27.interpreter.objspace.classobj import _binop_inplace, _binop_left, _binop_right, instance_rich, unary
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def inst_add(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "add")


def inst_radd(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "add")


def inst_iadd(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "add")


def inst_sub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "sub")


def inst_rsub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "sub")


def inst_isub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "sub")


def inst_mul(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "mul")


def inst_rmul(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "mul")


def inst_imul(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "mul")


def inst_div(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "div")


def inst_rdiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "div")


def inst_idiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "div")


def inst_truediv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "truediv")


def inst_rtruediv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "truediv")


def inst_itruediv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "truediv")


def inst_floordiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "floordiv")


def inst_rfloordiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "floordiv")


def inst_ifloordiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "floordiv")


def inst_mod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "mod")


def inst_rmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "mod")


def inst_imod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "mod")


def inst_divmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "divmod")


def inst_rdivmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "divmod")


def inst_idivmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "divmod")


def inst_pow(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "pow")


def inst_rpow(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "pow")


def inst_ipow(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "pow")


def inst_lshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "lshift")


def inst_rlshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "lshift")


def inst_ilshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "lshift")


def inst_rshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "rshift")


def inst_rrshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "rshift")


def inst_irshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "rshift")


def inst_and(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "and")


def inst_rand(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "and")


def inst_iand(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "and")


def inst_or(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "or")


def inst_ror(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "or")


def inst_ior(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "or")


def inst_xor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_left(space, w_self, w_other, "xor")


def inst_rxor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_right(space, w_self, w_other, "xor")


def inst_ixor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _binop_inplace(space, w_self, w_other, "xor")


def inst_neg(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return unary(space, w_self, "__neg__")


def inst_pos(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return unary(space, w_self, "__pos__")


def inst_abs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return unary(space, w_self, "__abs__")


def inst_invert(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return unary(space, w_self, "__invert__")


def inst_int(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return unary(space, w_self, "__int__")


def inst_long(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return unary(space, w_self, "__long__")


def inst_float(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return unary(space, w_self, "__float__")


def inst_oct(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return unary(space, w_self, "__oct__")


def inst_hex(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return unary(space, w_self, "__hex__")


def inst_index(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return unary(space, w_self, "__index__")


def inst_complex(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return unary(space, w_self, "__complex__")


def inst_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return instance_rich(space, w_self, w_other, "__lt__")


def inst_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return instance_rich(space, w_self, w_other, "__le__")


def inst_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return instance_rich(space, w_self, w_other, "__eq__")


def inst_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return instance_rich(space, w_self, w_other, "__ne__")


def inst_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return instance_rich(space, w_self, w_other, "__gt__")


def inst_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return instance_rich(space, w_self, w_other, "__ge__")


@not_rpython
def add_instance_ops(dict_w: dict[str, W_Root]) -> None:
    dict_w["__add__"] = Builtin2("__add__", inst_add, method=True)
    dict_w["__radd__"] = Builtin2("__radd__", inst_radd, method=True)
    dict_w["__iadd__"] = Builtin2("__iadd__", inst_iadd, method=True)
    dict_w["__sub__"] = Builtin2("__sub__", inst_sub, method=True)
    dict_w["__rsub__"] = Builtin2("__rsub__", inst_rsub, method=True)
    dict_w["__isub__"] = Builtin2("__isub__", inst_isub, method=True)
    dict_w["__mul__"] = Builtin2("__mul__", inst_mul, method=True)
    dict_w["__rmul__"] = Builtin2("__rmul__", inst_rmul, method=True)
    dict_w["__imul__"] = Builtin2("__imul__", inst_imul, method=True)
    dict_w["__div__"] = Builtin2("__div__", inst_div, method=True)
    dict_w["__rdiv__"] = Builtin2("__rdiv__", inst_rdiv, method=True)
    dict_w["__idiv__"] = Builtin2("__idiv__", inst_idiv, method=True)
    dict_w["__truediv__"] = Builtin2("__truediv__", inst_truediv, method=True)
    dict_w["__rtruediv__"] = Builtin2("__rtruediv__", inst_rtruediv, method=True)
    dict_w["__itruediv__"] = Builtin2("__itruediv__", inst_itruediv, method=True)
    dict_w["__floordiv__"] = Builtin2("__floordiv__", inst_floordiv, method=True)
    dict_w["__rfloordiv__"] = Builtin2("__rfloordiv__", inst_rfloordiv, method=True)
    dict_w["__ifloordiv__"] = Builtin2("__ifloordiv__", inst_ifloordiv, method=True)
    dict_w["__mod__"] = Builtin2("__mod__", inst_mod, method=True)
    dict_w["__rmod__"] = Builtin2("__rmod__", inst_rmod, method=True)
    dict_w["__imod__"] = Builtin2("__imod__", inst_imod, method=True)
    dict_w["__divmod__"] = Builtin2("__divmod__", inst_divmod, method=True)
    dict_w["__rdivmod__"] = Builtin2("__rdivmod__", inst_rdivmod, method=True)
    dict_w["__idivmod__"] = Builtin2("__idivmod__", inst_idivmod, method=True)
    dict_w["__pow__"] = Builtin2("__pow__", inst_pow, method=True)
    dict_w["__rpow__"] = Builtin2("__rpow__", inst_rpow, method=True)
    dict_w["__ipow__"] = Builtin2("__ipow__", inst_ipow, method=True)
    dict_w["__lshift__"] = Builtin2("__lshift__", inst_lshift, method=True)
    dict_w["__rlshift__"] = Builtin2("__rlshift__", inst_rlshift, method=True)
    dict_w["__ilshift__"] = Builtin2("__ilshift__", inst_ilshift, method=True)
    dict_w["__rshift__"] = Builtin2("__rshift__", inst_rshift, method=True)
    dict_w["__rrshift__"] = Builtin2("__rrshift__", inst_rrshift, method=True)
    dict_w["__irshift__"] = Builtin2("__irshift__", inst_irshift, method=True)
    dict_w["__and__"] = Builtin2("__and__", inst_and, method=True)
    dict_w["__rand__"] = Builtin2("__rand__", inst_rand, method=True)
    dict_w["__iand__"] = Builtin2("__iand__", inst_iand, method=True)
    dict_w["__or__"] = Builtin2("__or__", inst_or, method=True)
    dict_w["__ror__"] = Builtin2("__ror__", inst_ror, method=True)
    dict_w["__ior__"] = Builtin2("__ior__", inst_ior, method=True)
    dict_w["__xor__"] = Builtin2("__xor__", inst_xor, method=True)
    dict_w["__rxor__"] = Builtin2("__rxor__", inst_rxor, method=True)
    dict_w["__ixor__"] = Builtin2("__ixor__", inst_ixor, method=True)
    dict_w["__neg__"] = Builtin1("__neg__", inst_neg, method=True)
    dict_w["__pos__"] = Builtin1("__pos__", inst_pos, method=True)
    dict_w["__abs__"] = Builtin1("__abs__", inst_abs, method=True)
    dict_w["__invert__"] = Builtin1("__invert__", inst_invert, method=True)
    dict_w["__int__"] = Builtin1("__int__", inst_int, method=True)
    dict_w["__long__"] = Builtin1("__long__", inst_long, method=True)
    dict_w["__float__"] = Builtin1("__float__", inst_float, method=True)
    dict_w["__oct__"] = Builtin1("__oct__", inst_oct, method=True)
    dict_w["__hex__"] = Builtin1("__hex__", inst_hex, method=True)
    dict_w["__index__"] = Builtin1("__index__", inst_index, method=True)
    dict_w["__complex__"] = Builtin1("__complex__", inst_complex, method=True)
    dict_w["__lt__"] = Builtin2("__lt__", inst_lt, method=True)
    dict_w["__le__"] = Builtin2("__le__", inst_le, method=True)
    dict_w["__eq__"] = Builtin2("__eq__", inst_eq, method=True)
    dict_w["__ne__"] = Builtin2("__ne__", inst_ne, method=True)
    dict_w["__gt__"] = Builtin2("__gt__", inst_gt, method=True)
    dict_w["__ge__"] = Builtin2("__ge__", inst_ge, method=True)
