"""Set-up of the string types: basestring, str, unicode, bytearray, buffer,
memoryview; and W_StrMethod, built-in methods with 2.7's argument-count
messages for methods (self not counted)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments, arg_count_error
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import W_Builtin, FnOpt, FnArgs, Fn1, Fn2, Fn3
from pypy27.interpreter.objspace import bytesobject as B
from pypy27.interpreter.objspace import unicodeobject as U
from pypy27.interpreter.objspace.typeobject import W_TypeObject
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

# calling conventions of W_StrMethod (as CPython's method flags)
NOARGS = 0      # upper(): "upper() takes no arguments (1 given)"
ONEARG = 1      # join(x): "join() takes exactly one argument (0 given)"
VARARGS = 2     # split([sep[, maxsplit]]): "split() takes at most 2 arguments (3 given)"
WRAPPER = 3     # __add__(x): "expected 1 arguments, got 0"
KEYWORDS = 4    # decode(encoding=..., errors=...): the function parses its Arguments
UNPACK = 5      # PyArg_UnpackTuple: "translate expected at most 2 arguments, got 3"


def _check_self(space: "ObjSpace", args: Arguments, name: str, typename: str) -> None:
    if len(args.args_w) == 0:
        raise space.type_error("descriptor '%s' of '%s' object needs an argument" % (name, typename))


class W_StrMethod(W_Builtin):
    """A method of a string type: fn gets [w_self, arg1, ...], with None for
    missing optional arguments."""
    fn: FnOpt
    kind: int
    min_args: int       # not counting self
    max_args: int
    typename: str
    errname: str        # the name in argument-count messages

    def __init__(self, name: str, fn: FnOpt, kind: int, min_args: int, max_args: int,
                 typename: str) -> None:
        W_Builtin.__init__(self, name, True, "")
        self.fn = fn
        self.kind = kind
        self.min_args = min_args
        self.max_args = max_args
        self.typename = typename
        self.errname = name

    def fname(self) -> str:
        return self.errname + "()"

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        args.unpack_stars(space, self.fname())
        _check_self(space, args, self.name, self.typename)
        if args.keywords:
            raise space.type_error("%s takes no keyword arguments" % self.fname())
        n = len(args.args_w) - 1
        if n < self.min_args or n > self.max_args:
            if self.kind == NOARGS:
                raise space.type_error("%s takes no arguments (%d given)" % (self.fname(), n))
            if self.kind == ONEARG:
                raise space.type_error("%s takes exactly one argument (%d given)" % (self.fname(), n))
            if self.kind == UNPACK:
                raise space.type_error("%s expected at %s %d arguments, got %d"
                                       % (self.name, "least" if n < self.min_args else "most",
                                          self.min_args if n < self.min_args else self.max_args, n))
            raise arg_count_error(space, self.fname(), self.min_args, self.max_args, n, True)
        full: list[Optional[W_Root]] = [None] * (self.max_args + 1)
        for i in range(n + 1):
            full[i] = args.args_w[i]
        return self.fn(space, full)

    # Positional calls skip the Arguments object when the count is valid
    # (W_Builtin's contract: same behaviour as call_args).
    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        n = len(args_w) - 1
        if n < self.min_args or n > self.max_args:
            return self.call_args(space, Arguments(args_w))
        full: list[Optional[W_Root]] = [None] * (self.max_args + 1)
        for i in range(n + 1):
            full[i] = args_w[i]
        return self.fn(space, full)

    def call_self0(self, space: "ObjSpace", w_self: W_Root) -> W_Root:
        if self.min_args > 0:
            return self.call_args(space, Arguments([w_self]))
        full: list[Optional[W_Root]] = [None] * (self.max_args + 1)
        full[0] = w_self
        return self.fn(space, full)

    def call_self1(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root) -> W_Root:
        if self.min_args > 1 or self.max_args < 1:
            return self.call_args(space, Arguments([w_self, w_a]))
        full: list[Optional[W_Root]] = [None] * (self.max_args + 1)
        full[0] = w_self
        full[1] = w_a
        return self.fn(space, full)

    def call_self2(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root, w_b: W_Root) -> W_Root:
        if self.min_args > 2 or self.max_args < 2:
            return self.call_args(space, Arguments([w_self, w_a, w_b]))
        full: list[Optional[W_Root]] = [None] * (self.max_args + 1)
        full[0] = w_self
        full[1] = w_a
        full[2] = w_b
        return self.fn(space, full)


class W_StrMethodArgs(W_Builtin):
    """A method parsing its own Arguments (keywords allowed)."""
    fn: FnArgs

    def __init__(self, name: str, fn: FnArgs) -> None:
        W_Builtin.__init__(self, name, True, "")
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        return self.fn(space, args)


class W_StrSpecial(W_Builtin):
    """A special method (__add__, __getitem__...): exact arity, 2.7's wrapper messages."""
    nargs: int
    typename: str

    def __init__(self, name: str, nargs: int, typename: str) -> None:
        W_Builtin.__init__(self, name, True, "")
        self.nargs = nargs
        self.typename = typename

    def check(self, space: "ObjSpace", args: Arguments) -> list[W_Root]:
        args.unpack_stars(space, self.fname())
        _check_self(space, args, self.name, self.typename)
        if args.keywords:
            raise space.type_error("wrapper %s doesn't take keyword arguments" % self.name)
        n = len(args.args_w) - 1
        if n != self.nargs:
            raise space.type_error("expected %d arguments, got %d" % (self.nargs, n))
        return args.args_w


class W_StrSpecial1(W_StrSpecial):
    fn: Fn1

    def __init__(self, name: str, fn: Fn1, typename: str) -> None:
        W_StrSpecial.__init__(self, name, 0, typename)
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = self.check(space, args)
        return self.fn(space, a[0])

    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        if len(args_w) == 1:
            return self.fn(space, args_w[0])
        return self.call_args(space, Arguments(args_w))

    def call_self0(self, space: "ObjSpace", w_self: W_Root) -> W_Root:
        return self.fn(space, w_self)


class W_StrSpecial2(W_StrSpecial):
    fn: Fn2

    def __init__(self, name: str, fn: Fn2, typename: str) -> None:
        W_StrSpecial.__init__(self, name, 1, typename)
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = self.check(space, args)
        return self.fn(space, a[0], a[1])

    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        if len(args_w) == 2:
            return self.fn(space, args_w[0], args_w[1])
        return self.call_args(space, Arguments(args_w))

    def call_self1(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root) -> W_Root:
        return self.fn(space, w_self, w_a)


class W_StrSpecial3(W_StrSpecial):
    fn: Fn3

    def __init__(self, name: str, fn: Fn3, typename: str) -> None:
        W_StrSpecial.__init__(self, name, 2, typename)
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = self.check(space, args)
        return self.fn(space, a[0], a[1], a[2])

    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        if len(args_w) == 3:
            return self.fn(space, args_w[0], args_w[1], args_w[2])
        return self.call_args(space, Arguments(args_w))

    def call_self2(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root, w_b: W_Root) -> W_Root:
        return self.fn(space, w_self, w_a, w_b)


class W_BytearrayViaStr(W_StrMethod):
    """A read-only bytearray method computed by str's method on a snapshot."""
    convert: bool
    bufargs: str         # positions of the arguments that must support the buffer API

    def __init__(self, name: str, fn: FnOpt, kind: int, min_args: int, max_args: int,
                 convert: bool, bufargs: str) -> None:
        W_StrMethod.__init__(self, name, fn, kind, min_args, max_args, "bytearray")
        self.convert = convert
        self.bufargs = bufargs

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        from pypy27.interpreter.objspace.bytearrayobject import via_str
        args.unpack_stars(space, self.fname())
        _check_self(space, args, self.name, self.typename)
        if args.keywords:
            raise space.type_error("%s takes no keyword arguments" % self.fname())
        n = len(args.args_w) - 1
        if n < self.min_args or n > self.max_args:
            if self.kind == NOARGS:
                raise space.type_error("%s takes no arguments (%d given)" % (self.fname(), n))
            if self.kind == ONEARG:
                raise space.type_error("%s takes exactly one argument (%d given)" % (self.fname(), n))
            if self.name == "translate":
                raise space.type_error("translate expected at least 1 arguments, got 0")
            raise arg_count_error(space, self.fname(), self.min_args, self.max_args, n, True)
        full: list[Optional[W_Root]] = [None] * (self.max_args + 1)
        for i in range(n + 1):
            full[i] = args.args_w[i]
        return via_str(space, full, self.name, self.fn, self.convert, self.bufargs)

    # not W_StrMethod's direct calls: the arguments go through via_str
    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        return self.call_args(space, Arguments(args_w))

    def call_self0(self, space: "ObjSpace", w_self: W_Root) -> W_Root:
        return self.call_args(space, Arguments([w_self]))

    def call_self1(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root) -> W_Root:
        return self.call_args(space, Arguments([w_self, w_a]))

    def call_self2(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root, w_b: W_Root) -> W_Root:
        return self.call_args(space, Arguments([w_self, w_a, w_b]))


@not_rpython
def special(dict_w: dict[str, W_Root], typename: str, name: str, fn: object) -> None:
    import inspect
    n = len(inspect.signature(fn).parameters) - 1  # type: ignore[arg-type]
    if n == 1:
        dict_w[name] = W_StrSpecial1(name, fn, typename)  # type: ignore[arg-type]
    elif n == 2:
        dict_w[name] = W_StrSpecial2(name, fn, typename)  # type: ignore[arg-type]
    else:
        dict_w[name] = W_StrSpecial3(name, fn, typename)  # type: ignore[arg-type]


@not_rpython
def method(dict_w: dict[str, W_Root], typename: str, name: str, fn: object, kind: int,
           min_args: int = 0, max_args: int = 0) -> None:
    if kind == KEYWORDS:
        dict_w[name] = W_StrMethodArgs(name, fn)  # type: ignore[arg-type]
        return
    if kind == ONEARG:
        min_args = max_args = 1
    dict_w[name] = W_StrMethod(name, fn, kind, min_args, max_args, typename)  # type: ignore[arg-type]


def basestring_new(space: "ObjSpace", w_subtype: W_TypeObject, args: Arguments) -> W_Root:
    raise space.type_error("The basestring type cannot be instantiated")


@not_rpython
def common_methods(d: dict[str, W_Root], t: str, M: object) -> None:
    """The methods str and unicode share (same names in both modules)."""
    g = M.__dict__
    for name in ["__len__", "__repr__", "__str__", "__hash__", "__eq__", "__ne__", "__lt__",
                 "__le__", "__gt__", "__ge__", "__add__", "__mul__", "__rmul__", "__contains__",
                 "__getitem__", "__getslice__", "__mod__", "__rmod__", "__format__",
                 "__getnewargs__", "__sizeof__"]:
        fn = g.get("descr_" + name.strip("_"))
        if fn is not None:
            special(d, t, name, fn)
    for name in ["lower", "upper", "swapcase", "capitalize", "title", "istitle", "islower",
                 "isupper", "isalpha", "isalnum", "isdigit", "isspace", "isdecimal", "isnumeric"]:
        fn = g.get("m_" + name)
        if fn is not None:
            method(d, t, name, fn, NOARGS)
    for name, lo, hi in [("center", 1, 2), ("ljust", 1, 2), ("rjust", 1, 2), ("zfill", 1, 1),
                         ("expandtabs", 0, 1), ("find", 1, 3), ("rfind", 1, 3), ("index", 1, 3),
                         ("rindex", 1, 3), ("count", 1, 3), ("startswith", 1, 3), ("endswith", 1, 3),
                         ("strip", 0, 1), ("lstrip", 0, 1), ("rstrip", 0, 1), ("split", 0, 2),
                         ("rsplit", 0, 2), ("splitlines", 0, 1), ("replace", 2, 3),
                         ("translate", 1, 2)]:
        fn = g.get("m_" + name)
        if fn is not None:
            method(d, t, name, fn, VARARGS, lo, hi)
    for name in ["partition", "rpartition", "join"]:
        method(d, t, name, g["m_" + name], ONEARG)
    for name in ["_formatter_parser", "_formatter_field_name_split"]:
        special(d, t, name, g["descr" + name])
    for name in ["decode", "encode", "format"]:
        method(d, t, name, g["m_" + name], KEYWORDS)


@not_rpython
def bytearray_methods() -> dict[str, W_Root]:
    from pypy27.interpreter.objspace import bytearrayobject as BA
    from pypy27.interpreter.objspace.descriptors import W_ClassMethod, descr_types
    from pypy27.interpreter.gateway import Builtin2
    d: dict[str, W_Root] = {}
    t = "bytearray"
    g = BA.__dict__
    for name in ["__len__", "__repr__", "__str__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__",
                 "__ge__", "__add__", "__iadd__", "__mul__", "__rmul__", "__imul__", "__contains__",
                 "__getitem__", "__setitem__", "__delitem__", "__alloc__", "__reduce__", "__iter__"]:
        special(d, t, name, g["descr_" + name.strip("_")])
    d["__init__"] = W_StrMethodArgs("__init__", BA.descr_init)
    for name, lo, hi in [("append", 1, 1), ("extend", 1, 1), ("insert", 2, 2), ("pop", 0, 1),
                         ("remove", 1, 1), ("reverse", 0, 0), ("join", 1, 1), ("index", 1, 3),
                         ("rindex", 1, 3)]:
        kind = ONEARG if lo == 1 and hi == 1 else (NOARGS if hi == 0 else VARARGS)
        method(d, t, name, g["m_" + name], kind, lo, hi)
        if name == "index" or name == "rindex":
            w_i = d[name]
            assert isinstance(w_i, W_StrMethod)
            w_i.errname = "find/rfind/index/rindex"
    method(d, t, "decode", BA.m_decode, KEYWORDS)
    for name, lo, hi, conv in [
            ("lower", 0, 0, True), ("upper", 0, 0, True), ("swapcase", 0, 0, True),
            ("capitalize", 0, 0, True), ("title", 0, 0, True), ("istitle", 0, 0, False),
            ("islower", 0, 0, False), ("isupper", 0, 0, False), ("isalpha", 0, 0, False),
            ("isalnum", 0, 0, False), ("isdigit", 0, 0, False), ("isspace", 0, 0, False),
            ("center", 1, 2, True), ("ljust", 1, 2, True), ("rjust", 1, 2, True), ("zfill", 1, 1, True),
            ("expandtabs", 0, 1, True), ("find", 1, 3, False), ("rfind", 1, 3, False),
            ("count", 1, 3, False), ("startswith", 1, 3, False), ("endswith", 1, 3, False),
            ("strip", 0, 1, True), ("lstrip", 0, 1, True), ("rstrip", 0, 1, True), ("split", 0, 2, True),
            ("rsplit", 0, 2, True), ("splitlines", 0, 1, True), ("replace", 2, 3, True),
            ("translate", 1, 2, True), ("partition", 1, 1, True), ("rpartition", 1, 1, True)]:
        kind = NOARGS if hi == 0 else (ONEARG if name.endswith("partition") else VARARGS)
        bufargs = ""
        if name in ["find", "rfind", "count", "startswith", "endswith", "strip", "lstrip", "rstrip",
                    "split", "rsplit", "partition", "rpartition"]:
            bufargs = "1"
        elif name == "replace" or name == "translate":
            bufargs = "12"
        w_m = W_BytearrayViaStr(name, B.__dict__["m_" + name], kind, lo, hi, conv, bufargs)
        if name == "find" or name == "rfind":
            w_m.errname = "find/rfind/index/rindex"
        d[name] = w_m
    d["fromhex"] = W_ClassMethod(descr_types.w_classmethod, Builtin2("fromhex", BA.fromhex, method=True), False)
    return d


@not_rpython
def buffer_methods() -> dict[str, W_Root]:
    from pypy27.interpreter.objspace import bufferobject as BU
    d: dict[str, W_Root] = {}
    g = BU.__dict__
    for name in ["__len__", "__repr__", "__str__", "__hash__", "__cmp__", "__add__", "__mul__",
                 "__rmul__", "__getitem__", "__getslice__", "__setitem__", "__setslice__",
                 "__delitem__", "__delslice__"]:
        special(d, "buffer", name, g["descr_" + name.strip("_")])
    return d


@not_rpython
def memoryview_methods() -> dict[str, W_Root]:
    from pypy27.interpreter.objspace import memoryobject as M
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    d: dict[str, W_Root] = {}
    g = M.__dict__
    for name in ["__len__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__getitem__",
                 "__setitem__", "__delitem__", "__repr__"]:
        special(d, "memoryview", name, g["descr_" + name.strip("_")])
    for name in ["tobytes", "tolist"]:
        special(d, "memoryview", name, g["m_" + name])
    for name in ["format", "itemsize", "ndim", "shape", "strides", "readonly", "suboffsets"]:
        d[name] = W_GetSetProperty(name, g["get_" + name])
    return d


@not_rpython
def str_methods() -> dict[str, W_Root]:
    d: dict[str, W_Root] = {}
    common_methods(d, "str", B)
    for name in ["find", "rfind", "index", "rindex"]:
        w_m = d[name]
        assert isinstance(w_m, W_StrMethod)
        w_m.errname = "find/rfind/index/rindex"
    method(d, "str", "translate", B.m_translate, UNPACK, 1, 2)
    return d


@not_rpython
def unicode_methods() -> dict[str, W_Root]:
    d: dict[str, W_Root] = {}
    common_methods(d, "unicode", U)
    method(d, "unicode", "translate", U.m_translate, ONEARG)
    return d


@not_rpython
def setup(space: "ObjSpace") -> None:
    space.w_basestring = W_TypeObject("basestring", [space.w_object], {}, new_fn=basestring_new)
    space.w_str = W_TypeObject("str", [space.w_basestring], str_methods(), new_fn=B.str_new)
    space.w_unicode = W_TypeObject("unicode", [space.w_basestring], unicode_methods(),
                                   new_fn=U.unicode_new)
    from pypy27.interpreter.objspace import bytearrayobject as BA
    from pypy27.interpreter.objspace import bufferobject as BU
    from pypy27.interpreter.objspace import memoryobject as M
    space.w_bytearray = W_TypeObject("bytearray", [space.w_object], bytearray_methods(),
                                     new_fn=BA.bytearray_new)
    space.w_bytearray.dict_w["__hash__"] = space.w_None      # unhashable
    from pypy27.interpreter.objspace import iterobject
    from pypy27.interpreter.gateway import Builtin1
    w_baiter = W_TypeObject("bytearray_iterator", [space.w_object], {
        "__iter__": Builtin1("__iter__", iterobject.descr_iter_self, method=True),
        "next": Builtin1("next", iterobject.descr_next, method=True),
        "__length_hint__": Builtin1("__length_hint__", iterobject.descr_length_hint, method=True)})
    space.builtin_types_w["bytearray_iterator"] = w_baiter
    space.w_buffer = W_TypeObject("buffer", [space.w_object], buffer_methods(), new_fn=BU.buffer_new)
    space.w_memoryview = W_TypeObject("memoryview", [space.w_object], memoryview_methods(),
                                      new_fn=M.memoryview_new)
    space.w_memoryview.dict_w["__hash__"] = space.w_None     # unhashable
    for w_t in [space.w_basestring, space.w_str, space.w_unicode, space.w_bytearray, space.w_buffer,
                space.w_memoryview]:
        for w_v in w_t.dict_w.values():
            if isinstance(w_v, W_Builtin):
                w_v.w_objclass = w_t
        space.builtin_types_w[w_t.name] = w_t
