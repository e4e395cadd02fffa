"""Built-in functions and methods: interpreter-level functions exposed to
app-level code through typed wrappers (one class per calling convention; no
generated code).

    Builtin1("len", builtin_len)                   # fn(space, w_a)
    Builtin2("__add__", int_add, method=True)      # fn(space, w_self, w_other)
    BuiltinOpt("split", str_split, 1, 3, True)     # fn(space, [w_self, w_sep or None, ...])
    BuiltinArgs("max", builtin_max)                # fn(space, Arguments)

With method=True the object lives in a type's dict and binds like a method
descriptor: `(1).__add__` is a bound built-in method.
"""
from typing import TYPE_CHECKING, Callable, Optional

from pypy27.interpreter.arguments import Arguments, arg_count_error
from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

Fn0 = Callable[["ObjSpace"], W_Root]
Fn1 = Callable[["ObjSpace", W_Root], W_Root]
Fn2 = Callable[["ObjSpace", W_Root, W_Root], W_Root]
Fn3 = Callable[["ObjSpace", W_Root, W_Root, W_Root], W_Root]
FnOpt = Callable[["ObjSpace", list[Optional[W_Root]]], W_Root]
FnArgs = Callable[["ObjSpace", Arguments], W_Root]


# special methods that 2.7 implements as ordinary methods, not type slots
NOT_SLOTS = {"__reduce__": True, "__reduce_ex__": True, "__format__": True, "__sizeof__": True,
             "__subclasshook__": True, "__getnewargs__": True, "__enter__": True, "__exit__": True,
             "__reversed__": True, "__length_hint__": True, "__copy__": True, "__deepcopy__": True,
             "__trunc__": True, "__getformat__": True, "__setformat__": True, "__unicode__": True,
             "__instancecheck__": True, "__subclasscheck__": True, "__subclasses__": True,
             "__getstate__": True, "__setstate__": True, "__complex__": True, "__dir__": True,
             "__missing__": True, "__getinitargs__": True}


def is_slot_name(name: str) -> bool:
    """Is a built-in type's method of this name a slot wrapper in 2.7
    (`object.__init__` is a wrapper_descriptor, `list.append` a method_descriptor)?"""
    if name == "next":
        return True
    return len(name) > 4 and name.startswith("__") and name.endswith("__") and name not in NOT_SLOTS


class W_Builtin(W_Root):
    name: str
    is_method: bool
    is_slot: bool                   # a method that is a slot wrapper (is_slot_name)
    w_objclass: Optional[W_Root]    # for methods: the type they belong to
    doc: str
    modname: str                    # __module__ of a function (set by modules other than __builtin__)

    def __init__(self, name: str, method: bool, doc: str) -> None:
        self.name = name
        self.is_method = method
        self.is_slot = method and is_slot_name(name)
        self.w_objclass = None
        self.doc = doc
        self.modname = "__builtin__"

    def getclass(self, space: "ObjSpace") -> "W_Root":  # type: ignore[override]
        if self.is_method:
            from pypy27.interpreter.setup_eval import eval_types
            w_type = eval_types.w_wrapper_descriptor if self.is_slot else eval_types.w_method_descriptor
            if w_type is not None:
                return w_type
        return space.w_builtin_function

    def is_interp_descr(self) -> bool:
        return self.is_method

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        if w_obj is None or not self.is_method:
            return self
        return W_BuiltinMethod(self, w_obj)

    def fname(self) -> str:
        return self.name + "()"

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        raise NotImplementedError

    # Calls with positional arguments only, without an Arguments object (the
    # evaluator's and descroperation's fast paths).  Each must behave exactly
    # like call_args(Arguments(...)); subclasses override them where the
    # argument count lets them call fn directly.
    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        return self.call_args(space, Arguments(args_w))

    def call_self0(self, space: "ObjSpace", w_self: W_Root) -> W_Root:
        """A method called with no arguments besides self."""
        return self.call_fixed(space, [w_self])

    def call_self1(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root) -> W_Root:
        return self.call_fixed(space, [w_self, w_a])

    def call_self2(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root, w_b: W_Root) -> W_Root:
        return self.call_fixed(space, [w_self, w_a, w_b])


class Builtin0(W_Builtin):
    fn: Fn0

    def __init__(self, name: str, fn: Fn0, method: bool = False, doc: str = "") -> None:
        W_Builtin.__init__(self, name, method, doc)
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        args.fixedunpack(space, self.fname(), 0, self.is_method)
        return self.fn(space)


class Builtin1(W_Builtin):
    fn: Fn1

    def __init__(self, name: str, fn: Fn1, method: bool = False, doc: str = "") -> None:
        W_Builtin.__init__(self, name, method, doc)
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = args.fixedunpack(space, self.fname(), 1, self.is_method)
        return self.fn(space, a[0])

    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        if len(args_w) == 1:
            return self.fn(space, args_w[0])
        return self.call_args(space, Arguments(args_w))

    def call_self0(self, space: "ObjSpace", w_self: W_Root) -> W_Root:
        return self.fn(space, w_self)


class Builtin2(W_Builtin):
    fn: Fn2

    def __init__(self, name: str, fn: Fn2, method: bool = False, doc: str = "") -> None:
        W_Builtin.__init__(self, name, method, doc)
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = args.fixedunpack(space, self.fname(), 2, self.is_method)
        return self.fn(space, a[0], a[1])

    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        if len(args_w) == 2:
            return self.fn(space, args_w[0], args_w[1])
        return self.call_args(space, Arguments(args_w))

    def call_self1(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root) -> W_Root:
        return self.fn(space, w_self, w_a)


class Builtin3(W_Builtin):
    fn: Fn3

    def __init__(self, name: str, fn: Fn3, method: bool = False, doc: str = "") -> None:
        W_Builtin.__init__(self, name, method, doc)
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = args.fixedunpack(space, self.fname(), 3, self.is_method)
        return self.fn(space, a[0], a[1], a[2])

    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        if len(args_w) == 3:
            return self.fn(space, args_w[0], args_w[1], args_w[2])
        return self.call_args(space, Arguments(args_w))

    def call_self2(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root, w_b: W_Root) -> W_Root:
        return self.fn(space, w_self, w_a, w_b)


class BuiltinOpt(W_Builtin):
    """min_args..max_args positional arguments; missing ones are None."""
    fn: FnOpt
    min_args: int
    max_args: int

    def __init__(self, name: str, fn: FnOpt, min_args: int, max_args: int, method: bool = False,
                 doc: str = "") -> None:
        W_Builtin.__init__(self, name, method, doc)
        self.fn = fn
        self.min_args = min_args
        self.max_args = max_args

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        args.unpack_stars(space, self.fname())
        if args.keywords:
            raise space.type_error("%s takes no keyword arguments" % self.fname())
        n = len(args.args_w)
        if n < self.min_args or n > self.max_args:
            if self.is_method and n > 0:     # 2.7's messages don't count self
                raise arg_count_error(space, self.fname(), self.min_args - 1, self.max_args - 1, n - 1, True)
            raise arg_count_error(space, self.fname(), self.min_args, self.max_args, n, True)
        full: list[Optional[W_Root]] = [None] * self.max_args
        for i in range(n):
            full[i] = args.args_w[i]
        return self.fn(space, full)

    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        n = len(args_w)
        if n < self.min_args or n > self.max_args:
            return self.call_args(space, Arguments(args_w))
        full: list[Optional[W_Root]] = [None] * self.max_args
        for i in range(n):
            full[i] = args_w[i]
        return self.fn(space, full)


class BuiltinArgs(W_Builtin):
    """Takes the call's Arguments as they are (keywords, *args...)."""
    fn: FnArgs

    def __init__(self, name: str, fn: FnArgs, method: bool = False, doc: str = "") -> None:
        W_Builtin.__init__(self, name, method, doc)
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        return self.fn(space, args)


class W_BuiltinMethod(W_Root):
    """A built-in method bound to its object: `[].append`."""
    w_function: W_Builtin
    w_self: W_Root

    def __init__(self, w_function: W_Builtin, w_self: W_Root) -> None:
        self.w_function = w_function
        self.w_self = w_self

    def getclass(self, space: "ObjSpace") -> "W_Root":  # type: ignore[override]
        if self.w_function.is_slot:
            from pypy27.interpreter.setup_eval import eval_types
            w_type = eval_types.w_method_wrapper
            if w_type is not None:
                return w_type
        return space.w_builtin_function

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        return self.w_function.call_args(space, args.prepend(self.w_self))
