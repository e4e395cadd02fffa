"""The operator functions: each is one space operation."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


# ---- one argument ----------------------------------------------------------------------

def op_abs(space: "ObjSpace", w_a: W_Root) -> W_Root:
    return space.unaryop("abs", w_a)


def op_invert(space: "ObjSpace", w_a: W_Root) -> W_Root:
    return space.unaryop("invert", w_a)


def op_neg(space: "ObjSpace", w_a: W_Root) -> W_Root:
    return space.unaryop("neg", w_a)


def op_pos(space: "ObjSpace", w_a: W_Root) -> W_Root:
    return space.unaryop("pos", w_a)


def op_not(space: "ObjSpace", w_a: W_Root) -> W_Root:
    return space.newbool(not space.is_true(w_a))


def op_truth(space: "ObjSpace", w_a: W_Root) -> W_Root:
    return space.newbool(space.is_true(w_a))


def op_index(space: "ObjSpace", w_a: W_Root) -> W_Root:
    if space.lookup(w_a, "__index__") is None:
        raise space.type_error("'%s' object cannot be interpreted as an index" % space.type(w_a).name)
    return space.unaryop("index", w_a)


def op_isCallable(space: "ObjSpace", w_a: W_Root) -> W_Root:
    from pypy27.interpreter.module.builtin.operation import callable_w
    return space.newbool(callable_w(space, w_a))


def is_sequence(space: "ObjSpace", w_a: W_Root) -> bool:
    """2.7's PySequence_Check: an item getter, and not a dict."""
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    if isinstance(w_a, W_InstanceObject):
        return space.findattr(w_a, "__getitem__") is not None
    if space.isinstance_w(w_a, space.w_dict):
        return False
    return space.lookup(w_a, "__getitem__") is not None


def op_isSequenceType(space: "ObjSpace", w_a: W_Root) -> W_Root:
    return space.newbool(is_sequence(space, w_a))


def op_isMappingType(space: "ObjSpace", w_a: W_Root) -> W_Root:
    """2.7's PyMapping_Check: an item getter on a type without slicing (so
    not lists, strings, tuples; deque indexes like a sequence only)."""
    from pypy27.interpreter.module._collections.deque import W_Deque
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    if isinstance(w_a, W_InstanceObject):
        return space.newbool(space.findattr(w_a, "__getitem__") is not None)
    if isinstance(w_a, W_Deque):
        return space.w_False
    return space.newbool(space.lookup(w_a, "__getitem__") is not None and
                         space.lookup(w_a, "__getslice__") is None)


def op_isNumberType(space: "ObjSpace", w_a: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    if isinstance(w_a, W_InstanceObject):
        return space.w_True
    return space.newbool(space.lookup(w_a, "__int__") is not None or space.lookup(w_a, "__float__") is not None)


# ---- binary operators ----------------------------------------------------------------------

def op_add(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.add(w_a, w_b)


def op_sub(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.sub(w_a, w_b)


def op_mul(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.mul(w_a, w_b)


def op_div(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.binop("div", w_a, w_b)


def op_truediv(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.binop("truediv", w_a, w_b)


def op_floordiv(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.binop("floordiv", w_a, w_b)


def op_mod(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.binop("mod", w_a, w_b)


def op_pow(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.pow(w_a, w_b, space.w_None)


def op_lshift(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.binop("lshift", w_a, w_b)


def op_rshift(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.binop("rshift", w_a, w_b)


def op_and(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.binop("and", w_a, w_b)


def op_or(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.binop("or", w_a, w_b)


def op_xor(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.binop("xor", w_a, w_b)


def op_iadd(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("add", w_a, w_b)


def op_isub(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("sub", w_a, w_b)


def op_imul(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("mul", w_a, w_b)


def op_idiv(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("div", w_a, w_b)


def op_itruediv(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("truediv", w_a, w_b)


def op_ifloordiv(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("floordiv", w_a, w_b)


def op_imod(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("mod", w_a, w_b)


def op_ipow(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("pow", w_a, w_b)


def op_ilshift(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("lshift", w_a, w_b)


def op_irshift(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("rshift", w_a, w_b)


def op_iand(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("and", w_a, w_b)


def op_ior(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("or", w_a, w_b)


def op_ixor(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.inplace_binop("xor", w_a, w_b)


# ---- comparisons and identity ------------------------------------------------------------

def op_lt(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.compare("lt", w_a, w_b)


def op_le(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.compare("le", w_a, w_b)


def op_eq(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.compare("eq", w_a, w_b)


def op_ne(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.compare("ne", w_a, w_b)


def op_gt(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.compare("gt", w_a, w_b)


def op_ge(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.compare("ge", w_a, w_b)


def op_is(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.newbool(space.is_w(w_a, w_b))


def op_is_not(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.newbool(not space.is_w(w_a, w_b))


# ---- sequences ---------------------------------------------------------------------------------

def op_concat(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    if not is_sequence(space, w_a):
        raise space.type_error("'%s' object can't be concatenated" % space.type(w_a).name)
    return space.add(w_a, w_b)


def op_iconcat(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    if not is_sequence(space, w_a):
        raise space.type_error("'%s' object can't be concatenated" % space.type(w_a).name)
    return space.inplace_binop("add", w_a, w_b)


def check_count_arg(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> None:
    if not (space.isinstance_w(w_b, space.w_int) or space.isinstance_w(w_b, space.w_long)):
        raise space.type_error("an integer is required")
    if not is_sequence(space, w_a):
        raise space.type_error("'%s' object can't be repeated" % space.type(w_a).name)


def op_repeat(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    check_count_arg(space, w_a, w_b)
    return space.mul(w_a, w_b)


def op_irepeat(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    check_count_arg(space, w_a, w_b)
    return space.inplace_binop("mul", w_a, w_b)


def op_contains(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.newbool(space.contains(w_a, w_b))


def search_iter(space: "ObjSpace", w_seq: W_Root) -> W_Root:
    try:
        return space.iter(w_seq)
    except OperationError:
        # 2.7 replaces whatever iter() raised (a closed file's ValueError too)
        raise space.type_error("argument of type '%s' is not iterable" % space.type(w_seq).name)


def op_countOf(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    w_it = search_iter(space, w_a)
    n = 0
    while True:
        w_item = space.next(w_it)
        if w_item is None:
            break
        if space.eq_w(w_item, w_b):
            n += 1
    return space.newint(n)


def op_indexOf(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    w_it = search_iter(space, w_a)
    n = 0
    while True:
        w_item = space.next(w_it)
        if w_item is None:
            break
        if space.eq_w(w_item, w_b):
            return space.newint(n)
        n += 1
    raise space.value_error("sequence.index(x): x not in sequence")


def op_getitem(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    return space.getitem(w_a, w_b)


def op_setitem(space: "ObjSpace", w_a: W_Root, w_b: W_Root, w_c: W_Root) -> W_Root:
    space.setitem(w_a, w_b, w_c)
    return space.w_None


def op_delitem(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    space.delitem(w_a, w_b)
    return space.w_None


def slice_index(space: "ObjSpace", w_i: W_Root) -> W_Root:
    if not (space.isinstance_w(w_i, space.w_int) or space.isinstance_w(w_i, space.w_long)):
        raise space.type_error("an integer is required")
    return w_i


def check_sliceable(space: "ObjSpace", w_a: W_Root) -> None:
    if space.lookup(w_a, "__getitem__") is None and space.lookup(w_a, "__getslice__") is None:
        raise space.type_error("'%s' object is unsliceable" % space.type(w_a).name)


def op_getslice(space: "ObjSpace", w_a: W_Root, w_b: W_Root, w_c: W_Root) -> W_Root:
    w_b = slice_index(space, w_b)
    w_c = slice_index(space, w_c)
    check_sliceable(space, w_a)
    return space.getslice(w_a, w_b, w_c)


def op_delslice(space: "ObjSpace", w_a: W_Root, w_b: W_Root, w_c: W_Root) -> W_Root:
    w_b = slice_index(space, w_b)
    w_c = slice_index(space, w_c)
    check_sliceable(space, w_a)
    space.delslice(w_a, w_b, w_c)
    return space.w_None


def op_setslice(space: "ObjSpace", w_args: W_Root) -> W_Root:
    a = space.fixedview(w_args, 4)
    w_b = slice_index(space, a[1])
    w_c = slice_index(space, a[2])
    check_sliceable(space, a[0])
    space.setslice(a[0], w_b, w_c, a[3])
    return space.w_None


def op_compare_digest(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    a_uni = space.isinstance_w(w_a, space.w_unicode)
    b_uni = space.isinstance_w(w_b, space.w_unicode)
    if a_uni and b_uni:
        return space.newbool(space.unicode_w(w_a) == space.unicode_w(w_b))
    if a_uni or b_uni:
        w_uni = w_a if a_uni else w_b
        if space.isinstance_w(w_a, space.w_str) or space.isinstance_w(w_b, space.w_str):
            raise space.type_error("'%s' does not have the buffer interface" % space.type(w_uni).name)
    if space.isinstance_w(w_a, space.w_str) and space.isinstance_w(w_b, space.w_str):
        return space.newbool(space.str_w(w_a) == space.str_w(w_b))
    raise space.type_error("unsupported operand types(s) or combination of types: '%s' and '%s'"
                           % (space.type(w_a).name, space.type(w_b).name))
