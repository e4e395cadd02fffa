"""Set-up of the container types: tuple, list, dict, set, frozenset, xrange,
slice, and their iterators and views."""
from typing import TYPE_CHECKING

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import Fn1, Fn2, Fn3, W_Builtin
from pypy27.interpreter.objspace import dictobject as D
from pypy27.interpreter.objspace import iterobject as I
from pypy27.interpreter.objspace import listobject as L
from pypy27.interpreter.objspace import tupleobject as T
from pypy27.interpreter.objspace.typeobject import W_BuiltinNewMarker, W_TypeObject
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


class W_MethodBase(W_Builtin):
    """A built-in method with 2.7's argument-count messages (which do not
    count self)."""

    def unpack(self, space: "ObjSpace", args: Arguments, n: int) -> list[W_Root]:
        args.unpack_stars(space, self.fname())
        if not args.args_w:
            typename = self.w_objclass.name if isinstance(self.w_objclass, W_TypeObject) else "object"
            raise space.type_error("descriptor '%s' of '%s' object needs an argument" % (self.name, typename))
        if args.keywords:
            raise space.type_error("%s takes no keyword arguments" % self.fname())
        given = len(args.args_w) - 1
        if given != n:
            if n == 0:
                raise space.type_error("%s takes no arguments (%d given)" % (self.fname(), given))
            if n == 1:
                raise space.type_error("%s takes exactly one argument (%d given)" % (self.fname(), given))
            raise space.type_error("%s takes exactly %d arguments (%d given)" % (self.fname(), n, given))
        return args.args_w


class W_MethNoArgs(W_MethodBase):
    fn: Fn1

    def __init__(self, name: str, fn: Fn1) -> None:
        W_Builtin.__init__(self, name, True, "")
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = self.unpack(space, args, 0)
        return self.fn(space, a[0])

    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        if len(args_w) == 1:
            return self.fn(space, args_w[0])
        return self.call_args(space, Arguments(args_w))

    def call_self0(self, space: "ObjSpace", w_self: W_Root) -> W_Root:
        return self.fn(space, w_self)


class W_MethO(W_MethodBase):
    fn: Fn2

    def __init__(self, name: str, fn: Fn2) -> None:
        W_Builtin.__init__(self, name, True, "")
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = self.unpack(space, args, 1)
        return self.fn(space, a[0], a[1])

    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        if len(args_w) == 2:
            return self.fn(space, args_w[0], args_w[1])
        return self.call_args(space, Arguments(args_w))

    def call_self1(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root) -> W_Root:
        return self.fn(space, w_self, w_a)


class W_Meth2(W_MethodBase):
    fn: Fn3

    def __init__(self, name: str, fn: Fn3) -> None:
        W_Builtin.__init__(self, name, True, "")
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = self.unpack(space, args, 2)
        return self.fn(space, a[0], a[1], a[2])

    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        if len(args_w) == 3:
            return self.fn(space, args_w[0], args_w[1], args_w[2])
        return self.call_args(space, Arguments(args_w))

    def call_self2(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root, w_b: W_Root) -> W_Root:
        return self.fn(space, w_self, w_a, w_b)


@not_rpython
def _make(name: str, fn: object) -> W_Root:
    import inspect
    from pypy27.interpreter import gateway
    params = list(inspect.signature(fn).parameters)  # type: ignore[arg-type]
    if len(params) == 2 and params[1] == "args":
        return gateway.BuiltinArgs(name, fn, method=True)  # type: ignore[arg-type]
    n = len(params) - 1
    if not name.startswith("__") or name == "__getitem__" or name == "__contains__":
        if n == 1:
            return W_MethNoArgs(name, fn)  # type: ignore[arg-type]
        if n == 2:
            return W_MethO(name, fn)  # type: ignore[arg-type]
        if n == 3:
            return W_Meth2(name, fn)  # type: ignore[arg-type]
    if n == 1:
        return gateway.Builtin1(name, fn, method=True)  # type: ignore[arg-type]
    if n == 2:
        return gateway.Builtin2(name, fn, method=True)  # type: ignore[arg-type]
    if n == 3:
        return gateway.Builtin3(name, fn, method=True)  # type: ignore[arg-type]
    raise ValueError(name)


@not_rpython
def _opt(name: str, fn: object, minargs: int, maxargs: int) -> W_Root:
    from pypy27.interpreter import gateway
    return gateway.BuiltinOpt(name, fn, minargs, maxargs, method=True)  # type: ignore[arg-type]


@not_rpython
def _methods(table: list[tuple[str, object]]) -> dict[str, W_Root]:
    dict_w: dict[str, W_Root] = {}
    for name, fn in table:
        if isinstance(fn, W_Root):
            dict_w[name] = fn
        else:
            dict_w[name] = _make(name, fn)
    return dict_w


@not_rpython
def _type(space: "ObjSpace", name: str, base: W_TypeObject, dict_w: dict[str, W_Root],
          new_fn: object = None) -> W_TypeObject:
    from pypy27.interpreter.gateway import W_Builtin
    w_t = W_TypeObject(name, [base], dict_w, new_fn=new_fn)  # type: ignore[arg-type]
    for w_v in dict_w.values():
        if isinstance(w_v, W_Builtin):
            w_v.w_objclass = w_t
    space.builtin_types_w[name] = w_t
    return w_t


@not_rpython
def _iter_methods() -> dict[str, W_Root]:
    return _methods([("__iter__", I.descr_iter_self), ("next", I.descr_next),
                     ("__length_hint__", I.descr_length_hint)])


@not_rpython
def setup_tuple(space: "ObjSpace") -> None:
    d = _methods([
        ("__len__", T.descr_len), ("__getitem__", T.descr_getitem), ("__getslice__", T.descr_getslice),
        ("__contains__", T.descr_contains), ("count", T.descr_count),
        ("__add__", T.descr_add), ("__mul__", T.descr_mul), ("__rmul__", T.descr_mul),
        ("__hash__", T.descr_hash), ("__repr__", T.descr_repr),
        ("__eq__", T.descr_eq), ("__ne__", T.descr_ne), ("__lt__", T.descr_lt),
        ("__le__", T.descr_le), ("__gt__", T.descr_gt), ("__ge__", T.descr_ge),
        ("__iter__", T.descr_iter), ("__getnewargs__", T.descr_getnewargs),
    ])
    d["index"] = _opt("index", T.descr_index, 2, 4)
    d["__new__"] = W_BuiltinNewMarker()
    space.w_tuple = _type(space, "tuple", space.w_object, d, T.tuple_new)
    _type(space, "tupleiterator", space.w_object, _iter_methods())


@not_rpython
def setup_list(space: "ObjSpace") -> None:
    d = _methods([
        ("__init__", L.descr_init),
        ("append", L.descr_append), ("extend", L.descr_extend), ("insert", L.descr_insert),
        ("remove", L.descr_remove), ("count", L.descr_count), ("reverse", L.descr_reverse),
        ("__len__", L.descr_len), ("__getitem__", L.descr_getitem), ("__setitem__", L.descr_setitem),
        ("__delitem__", L.descr_delitem), ("__getslice__", L.descr_getslice),
        ("__setslice__", L.descr_setslice_args), ("__delslice__", L.descr_delslice),
        ("__contains__", L.descr_contains),
        ("__add__", L.descr_add), ("__iadd__", L.descr_iadd), ("__mul__", L.descr_mul),
        ("__rmul__", L.descr_mul), ("__imul__", L.descr_imul),
        ("__repr__", L.descr_repr),
        ("__eq__", L.descr_eq), ("__ne__", L.descr_ne), ("__lt__", L.descr_lt),
        ("__le__", L.descr_le), ("__gt__", L.descr_gt), ("__ge__", L.descr_ge),
        ("sort", L.descr_sort),
        ("__iter__", L.descr_iter), ("__reversed__", L.descr_reversed), ("__sizeof__", L.descr_sizeof),
    ])
    d["pop"] = _opt("pop", L.descr_pop, 1, 2)
    d["index"] = _opt("index", L.descr_index, 2, 4)
    d["__hash__"] = space.w_None
    d["__new__"] = W_BuiltinNewMarker()
    space.w_list = _type(space, "list", space.w_object, d, L.list_new)
    _type(space, "listiterator", space.w_object, _iter_methods())
    _type(space, "listreverseiterator", space.w_object, _iter_methods())
    _type(space, "iterator", space.w_object, _iter_methods())
    d = _iter_methods()
    d["__new__"] = W_BuiltinNewMarker()
    _type(space, "reversed", space.w_object, d, I.reversed_new)


@not_rpython
def setup_dict(space: "ObjSpace") -> None:
    d = _methods([
        ("__init__", D.descr_init), ("update", D.descr_update),
        ("__len__", D.descr_len), ("__getitem__", D.descr_getitem), ("__setitem__", D.descr_setitem),
        ("__delitem__", D.descr_delitem), ("__contains__", D.descr_contains), ("has_key", D.descr_has_key),
        ("get", D.W_DictKeyMethod("get", D.KEY_GET, D.descr_get)),
        ("setdefault", D.W_DictKeyMethod("setdefault", D.KEY_SETDEFAULT, D.descr_setdefault)),
        ("pop", D.W_DictKeyMethod("pop", D.KEY_POP, D.descr_pop)),
        ("popitem", D.descr_popitem), ("clear", D.descr_clear), ("copy", D.descr_copy),
        ("keys", D.descr_keys), ("values", D.descr_values), ("items", D.descr_items),
        ("iterkeys", D.descr_iterkeys), ("itervalues", D.descr_itervalues), ("iteritems", D.descr_iteritems),
        ("viewkeys", D.descr_viewkeys), ("viewvalues", D.descr_viewvalues), ("viewitems", D.descr_viewitems),
        ("__iter__", D.descr_iter), ("__repr__", D.descr_repr),
        ("__eq__", D.descr_eq), ("__ne__", D.descr_ne), ("__cmp__", D.descr_cmp),
        ("__lt__", D.descr_notimpl), ("__le__", D.descr_notimpl), ("__gt__", D.descr_notimpl),
        ("__ge__", D.descr_notimpl),
        ("__sizeof__", D.descr_sizeof),
    ])
    d["__hash__"] = space.w_None
    d["__new__"] = W_BuiltinNewMarker()
    space.w_dict = _type(space, "dict", space.w_object, d, D.dict_new)
    # fromkeys is a classmethod: bound to the class it is looked up on
    w_fromkeys = _make("fromkeys", D.descr_fromkeys)
    assert isinstance(w_fromkeys, W_Builtin)
    space.w_dict.dict_w["fromkeys"] = D.W_BuiltinClassMethod(w_fromkeys)
    for name in D.ITER_TYPE_NAMES:
        _type(space, name, space.w_object, _iter_methods())
    for name in D.VIEW_TYPE_NAMES:
        v = _methods([("__len__", D.view_len), ("__iter__", D.view_iter),
                      ("__contains__", D.view_contains), ("__repr__", D.view_repr)])
        v["__hash__"] = space.w_None
        if name != "dict_values":
            v.update(_methods([
                ("__and__", D.view_and), ("__rand__", D.view_rand), ("__or__", D.view_or),
                ("__ror__", D.view_ror), ("__sub__", D.view_sub), ("__rsub__", D.view_rsub),
                ("__xor__", D.view_xor), ("__rxor__", D.view_rxor),
                ("__eq__", D.view_eq), ("__ne__", D.view_ne), ("__lt__", D.view_lt),
                ("__le__", D.view_le), ("__gt__", D.view_gt), ("__ge__", D.view_ge)]))
        _type(space, name, space.w_object, v)


@not_rpython
def setup_misc(space: "ObjSpace") -> None:
    from pypy27.interpreter.objspace import sliceobject as S
    d = _methods([("indices", S.descr_indices), ("__repr__", S.descr_repr), ("__hash__", S.descr_hash),
                  ("__eq__", S.descr_eq), ("__ne__", S.descr_ne), ("__lt__", S.descr_lt),
                  ("__le__", S.descr_le), ("__gt__", S.descr_gt), ("__ge__", S.descr_ge),
                  ("__reduce__", S.descr_reduce)])
    d["__new__"] = W_BuiltinNewMarker()
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    d["start"] = W_GetSetProperty("start", S.get_start, S.readonly_set, S.readonly_del)
    d["stop"] = W_GetSetProperty("stop", S.get_stop, S.readonly_set, S.readonly_del)
    d["step"] = W_GetSetProperty("step", S.get_step, S.readonly_set, S.readonly_del)
    space.w_slice = _type(space, "slice", space.w_object, d, S.slice_new)
    from pypy27.interpreter.objspace import xrangeobject as X
    d = _methods([("__len__", X.descr_len), ("__getitem__", X.descr_getitem), ("__iter__", X.descr_iter),
                  ("__reversed__", X.descr_reversed), ("__repr__", X.descr_repr),
                  ("__reduce__", X.descr_reduce)])
    d["__new__"] = W_BuiltinNewMarker()
    space.w_xrange = _type(space, "xrange", space.w_object, d, X.xrange_new)
    _type(space, "rangeiterator", space.w_object, _iter_methods())


@not_rpython
def setup_sets(space: "ObjSpace") -> None:
    from pypy27.interpreter.objspace import setobject as SO
    SO.setup_set_types(space)


@not_rpython
def setup(space: "ObjSpace") -> None:
    setup_tuple(space)
    setup_list(space)
    setup_dict(space)
    setup_misc(space)
    setup_sets(space)
