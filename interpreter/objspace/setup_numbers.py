"""Set-up of the number types: bool, int, long, float, complex (and
space.w_True / space.w_False)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import Builtin1, Builtin2, BuiltinOpt
from pypy27.interpreter.objspace import boolobject as BO
from pypy27.interpreter.objspace import complexobject as C
from pypy27.interpreter.objspace import floatobject as F
from pypy27.interpreter.objspace import intobject as I
from pypy27.interpreter.objspace import longobject as L
from pypy27.interpreter.objspace.typeobject import W_TypeObject
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


@not_rpython
def _methods(table: list[tuple[str, object]]) -> dict[str, W_Root]:
    import inspect
    dict_w: dict[str, W_Root] = {}
    for name, fn in table:
        params = list(inspect.signature(fn).parameters)  # type: ignore[arg-type]
        w_fn: W_Root
        if len(params) == 2 and params[1] == "args_w":
            # (self, other[, mod]): __pow__ / __rpow__
            w_fn = BuiltinOpt(name, fn, 2, 3, method=True)  # type: ignore[arg-type]
        elif len(params) == 2:
            w_fn = Builtin1(name, fn, method=True)  # type: ignore[arg-type]
        elif len(params) == 3:
            w_fn = Builtin2(name, fn, method=True)  # type: ignore[arg-type]
        else:
            raise ValueError(name)
        dict_w[name] = w_fn
    return dict_w


@not_rpython
def _getsets(space: "ObjSpace", w_type: W_TypeObject, table: list[tuple[str, object]],
             fset: object = None) -> None:
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    for name, fn in table:
        w_descr = W_GetSetProperty(name, fn, fset)  # type: ignore[arg-type]
        w_descr.w_objclass = w_type
        w_type.dict_w[name] = w_descr


@not_rpython
def _classmethod(space: "ObjSpace", w_type: W_TypeObject, name: str, fn: object) -> None:
    import inspect
    from pypy27.interpreter.gateway import Builtin3
    from pypy27.interpreter.objspace.descriptors import W_ClassMethod, descr_types
    n = len(inspect.signature(fn).parameters)  # type: ignore[arg-type]
    w_fn: W_Root
    if n == 3:
        w_fn = Builtin2(name, fn, method=True)  # type: ignore[arg-type]
    else:
        w_fn = Builtin3(name, fn, method=True)  # type: ignore[arg-type]
    w_type.dict_w[name] = W_ClassMethod(descr_types.w_classmethod, w_fn, False)


@not_rpython
def _doc(space: "ObjSpace", w_type: W_TypeObject, doc: str) -> None:
    w_type.dict_w["__doc__"] = space.newstr(doc)


ARITH = ["add", "sub", "mul", "div", "truediv", "floordiv", "mod", "divmod"]
BITS = ["lshift", "rshift", "and", "or", "xor"]


@not_rpython
def _number_table(mod: object, names: list[str]) -> list[tuple[str, object]]:
    table: list[tuple[str, object]] = []
    for op in names:
        table.append(("__%s__" % op, getattr(mod, "descr_" + op)))
        table.append(("__r%s__" % op, getattr(mod, "descr_r" + op)))
    table.append(("__pow__", getattr(mod, "descr_pow")))
    table.append(("__rpow__", getattr(mod, "descr_rpow")))
    return table


@not_rpython
def int_methods() -> dict[str, W_Root]:
    table = _number_table(I, ARITH + BITS)
    table += [
        ("__neg__", I.descr_neg), ("__pos__", I.descr_pos), ("__abs__", I.descr_abs),
        ("__invert__", I.descr_invert), ("__nonzero__", I.descr_nonzero), ("__int__", I.descr_int),
        ("__long__", I.descr_long), ("__float__", I.descr_float), ("__index__", I.descr_index),
        ("__trunc__", I.descr_trunc), ("__oct__", I.descr_oct), ("__hex__", I.descr_hex),
        ("__hash__", I.descr_hash), ("__repr__", I.descr_repr), ("__str__", I.descr_str),
        ("__cmp__", I.descr_cmp), ("__coerce__", I.descr_coerce),
        ("__getnewargs__", I.descr_getnewargs), ("conjugate", I.descr_conjugate),
        ("bit_length", I.descr_bit_length), ("__format__", I.descr_format),
    ]
    return _methods(table)


@not_rpython
def long_methods() -> dict[str, W_Root]:
    table = _number_table(L, ARITH + BITS)
    table += [
        ("__neg__", L.descr_neg), ("__pos__", L.descr_pos), ("__abs__", L.descr_abs),
        ("__invert__", L.descr_invert), ("__nonzero__", L.descr_nonzero), ("__int__", L.descr_int),
        ("__long__", L.descr_long), ("__float__", L.descr_float), ("__index__", L.descr_index),
        ("__trunc__", L.descr_trunc), ("__oct__", L.descr_oct), ("__hex__", L.descr_hex),
        ("__hash__", L.descr_hash), ("__repr__", L.descr_repr), ("__str__", L.descr_str),
        ("__cmp__", L.descr_cmp), ("__coerce__", L.descr_coerce),
        ("__getnewargs__", L.descr_getnewargs), ("conjugate", L.descr_conjugate),
        ("bit_length", L.descr_bit_length), ("__format__", L.descr_format),
    ]
    return _methods(table)


@not_rpython
def float_methods() -> dict[str, W_Root]:
    table = _number_table(F, ARITH)
    table += [
        ("__lt__", F.descr_lt), ("__le__", F.descr_le), ("__eq__", F.descr_eq),
        ("__ne__", F.descr_ne), ("__gt__", F.descr_gt), ("__ge__", F.descr_ge),
        ("__neg__", F.descr_neg), ("__pos__", F.descr_pos), ("__abs__", F.descr_abs),
        ("__nonzero__", F.descr_nonzero), ("__int__", F.descr_int), ("__long__", F.descr_long),
        ("__float__", F.descr_float), ("__trunc__", F.descr_trunc),
        ("__hash__", F.descr_hash), ("__repr__", F.descr_repr), ("__str__", F.descr_str),
        ("__coerce__", F.descr_coerce), ("__getnewargs__", F.descr_getnewargs),
        ("conjugate", F.descr_conjugate), ("is_integer", F.descr_is_integer),
        ("as_integer_ratio", F.descr_as_integer_ratio), ("hex", F.descr_hex),
        ("__format__", F.descr_format),
    ]
    return _methods(table)


@not_rpython
def complex_methods() -> dict[str, W_Root]:
    table = _number_table(C, ARITH)
    table += [
        ("__lt__", C.descr_lt), ("__le__", C.descr_le), ("__eq__", C.descr_eq),
        ("__ne__", C.descr_ne), ("__gt__", C.descr_gt), ("__ge__", C.descr_ge),
        ("__neg__", C.descr_neg), ("__pos__", C.descr_pos), ("__abs__", C.descr_abs),
        ("__nonzero__", C.descr_nonzero), ("__int__", C.descr_int), ("__long__", C.descr_long),
        ("__float__", C.descr_float),
        ("__hash__", C.descr_hash), ("__repr__", C.descr_repr), ("__str__", C.descr_str),
        ("__coerce__", C.descr_coerce), ("__getnewargs__", C.descr_getnewargs),
        ("conjugate", C.descr_conjugate), ("__format__", C.descr_format),
    ]
    return _methods(table)


@not_rpython
def bool_methods() -> dict[str, W_Root]:
    return _methods([
        ("__repr__", BO.descr_repr), ("__str__", BO.descr_repr),
        ("__and__", BO.descr_and), ("__rand__", BO.descr_and),
        ("__or__", BO.descr_or), ("__ror__", BO.descr_or),
        ("__xor__", BO.descr_xor), ("__rxor__", BO.descr_xor),
    ])


@not_rpython
def _finish(space: "ObjSpace", w_type: W_TypeObject, name: str) -> None:
    for w_v in w_type.dict_w.values():
        from pypy27.interpreter.gateway import W_Builtin
        if isinstance(w_v, W_Builtin):
            w_v.w_objclass = w_type
    space.builtin_types_w[name] = w_type


@not_rpython
def setup(space: "ObjSpace") -> None:
    w_object = space.w_object
    space.w_int = W_TypeObject("int", [w_object], int_methods(), new_fn=I.int_new)
    _getsets(space, space.w_int, [("real", I.get_real), ("imag", I.get_imag),
                                  ("numerator", I.get_real), ("denominator", I.get_denominator)])
    _doc(space, space.w_int, INT_DOC)
    _finish(space, space.w_int, "int")

    space.w_bool = W_TypeObject("bool", [space.w_int], bool_methods(), new_fn=BO.bool_new)
    _doc(space, space.w_bool, BOOL_DOC)
    _finish(space, space.w_bool, "bool")
    space.w_True = BO.W_BoolObject(1)
    space.w_False = BO.W_BoolObject(0)

    space.w_long = W_TypeObject("long", [w_object], long_methods(), new_fn=L.long_new)
    _getsets(space, space.w_long, [("real", L.get_real), ("imag", L.get_imag),
                                   ("numerator", L.get_real), ("denominator", L.get_denominator)])
    _doc(space, space.w_long, LONG_DOC)
    _finish(space, space.w_long, "long")

    space.w_float = W_TypeObject("float", [w_object], float_methods(), new_fn=F.float_new)
    _getsets(space, space.w_float, [("real", F.get_real), ("imag", F.get_imag)])
    _classmethod(space, space.w_float, "fromhex", F.descr_fromhex)
    _classmethod(space, space.w_float, "__getformat__", F.descr_getformat)
    _classmethod(space, space.w_float, "__setformat__", F.descr_setformat)
    _doc(space, space.w_float, FLOAT_DOC)
    _finish(space, space.w_float, "float")

    space.w_complex = W_TypeObject("complex", [w_object], complex_methods(), new_fn=C.complex_new)
    _getsets(space, space.w_complex, [("real", C.get_real), ("imag", C.get_imag)], C.set_readonly)
    _doc(space, space.w_complex, COMPLEX_DOC)
    _finish(space, space.w_complex, "complex")


INT_DOC = """int(x=0) -> int or long
int(x, base=10) -> int or long

Convert a number or string to an integer, or return 0 if no arguments
are given.  If x is floating point, the conversion truncates towards zero.
If x is outside the integer range, the function returns a long instead.

If x is not a number or if base is given, then x must be a string or
Unicode object representing an integer literal in the given base.  The
literal can be preceded by '+' or '-' and be surrounded by whitespace.
The base defaults to 10.  Valid bases are 0 and 2-36.  Base 0 means to
interpret the base from the string as an integer literal.
>>> int('0b100', base=0)
4"""

BOOL_DOC = """bool(x) -> bool

Returns True when the argument x is true, False otherwise.
The builtins True and False are the only two instances of the class bool.
The class bool is a subclass of the class int, and cannot be subclassed."""

LONG_DOC = """long(x=0) -> long
long(x, base=10) -> long

Convert a number or string to a long integer, or return 0L if no arguments
are given.  If x is floating point, the conversion truncates towards zero.

If x is not a number or if base is given, then x must be a string or
Unicode object representing an integer literal in the given base.  The
literal can be preceded by '+' or '-' and be surrounded by whitespace.
The base defaults to 10.  Valid bases are 0 and 2-36.  Base 0 means to
interpret the base from the string as an integer literal.
>>> int('0b100', base=0)
4L"""

FLOAT_DOC = """float(x) -> floating point number

Convert a string or number to a floating point number, if possible."""

COMPLEX_DOC = """complex(real[, imag]) -> complex number

Create a complex number from a real part and an optional imaginary part.
This is equivalent to (real + imag*1j) where imag defaults to 0."""
