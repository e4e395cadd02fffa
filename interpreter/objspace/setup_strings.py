"""Set-up of the string types: str, unicode, basestring (and later
bytearray, buffer, memoryview)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import Builtin1, Builtin2
from pypy27.interpreter.objspace import bytesobject as B
from pypy27.interpreter.objspace import unicodeobject as U
from pypy27.interpreter.objspace.typeobject import W_TypeObject
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def basestring_new(space: "ObjSpace", w_subtype: W_TypeObject, args: Arguments) -> W_Root:
    raise space.type_error("The basestring type cannot be instantiated")


@not_rpython
def _methods(table: list[tuple[str, object]]) -> dict[str, W_Root]:
    dict_w: dict[str, W_Root] = {}
    for name, fn in table:
        w_fn = _make(name, fn)
        dict_w[name] = w_fn
    return dict_w


@not_rpython
def _make(name: str, fn: object) -> W_Root:
    import inspect
    from pypy27.interpreter import gateway
    sig = inspect.signature(fn)  # type: ignore[arg-type]
    params = list(sig.parameters)
    if len(params) == 2 and params[1] == "args":
        return gateway.BuiltinArgs(name, fn, method=True)  # type: ignore[arg-type]
    if len(params) == 2 and params[1] == "args_w":
        raise ValueError(name)
    n = len(params) - 1
    if n == 1:
        return Builtin1(name, fn, method=True)  # type: ignore[arg-type]
    if n == 2:
        return Builtin2(name, fn, method=True)  # type: ignore[arg-type]
    if n == 3:
        return gateway.Builtin3(name, fn, method=True)  # type: ignore[arg-type]
    raise ValueError(name)


@not_rpython
def _opt(dict_w: dict[str, W_Root], name: str, fn: object, minargs: int, maxargs: int) -> None:
    from pypy27.interpreter import gateway
    dict_w[name] = gateway.BuiltinOpt(name, fn, minargs, maxargs, method=True)  # type: ignore[arg-type]


@not_rpython
def str_methods() -> dict[str, W_Root]:
    return _methods([
        ("__len__", B.descr_len), ("__repr__", B.descr_repr), ("__str__", B.descr_str),
        ("__hash__", B.descr_hash),
        ("__eq__", B.descr_eq), ("__ne__", B.descr_ne), ("__lt__", B.descr_lt),
        ("__le__", B.descr_le), ("__gt__", B.descr_gt), ("__ge__", B.descr_ge),
        ("__add__", B.descr_add), ("__mul__", B.descr_mul), ("__rmul__", B.descr_rmul),
        ("__contains__", B.descr_contains), ("__getitem__", B.descr_getitem),
        ("__getslice__", B.descr_getslice),
    ])


@not_rpython
def unicode_methods() -> dict[str, W_Root]:
    return _methods([
        ("__len__", U.descr_len), ("__repr__", U.descr_repr), ("__str__", U.descr_str),
        ("__hash__", U.descr_hash),
        ("__eq__", U.descr_eq), ("__ne__", U.descr_ne), ("__lt__", U.descr_lt),
        ("__le__", U.descr_le), ("__gt__", U.descr_gt), ("__ge__", U.descr_ge),
        ("__add__", U.descr_add),
    ])


@not_rpython
def setup(space: "ObjSpace") -> None:
    space.w_basestring = W_TypeObject("basestring", [space.w_object], {}, new_fn=basestring_new)
    space.w_str = W_TypeObject("str", [space.w_basestring], str_methods(), new_fn=B.str_new)
    space.w_unicode = W_TypeObject("unicode", [space.w_basestring], unicode_methods(),
                                   new_fn=U.unicode_new)
    for w_t in [space.w_basestring, space.w_str, space.w_unicode]:
        for w_v in w_t.dict_w.values():
            from pypy27.interpreter.gateway import W_Builtin
            if isinstance(w_v, W_Builtin):
                w_v.w_objclass = w_t
        space.builtin_types_w[w_t.name] = w_t
