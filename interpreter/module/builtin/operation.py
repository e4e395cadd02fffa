"""Built-in functions operating on single objects: abs divmod pow round cmp
hash id hex oct bin ord chr unichr repr len isinstance issubclass callable
getattr setattr delattr hasattr vars dir intern coerce format apply."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.utf8 import utf8_codepoint_at, utf8_encode_codepoint, utf8_length

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


class IdState(object):
    """id() of immutable values that `is` compares by value (small ints,
    strings...), and the table of intern()."""
    value_ids: dict[str, int]
    interned_w: dict[str, W_Root]

    def __init__(self) -> None:
        self.value_ids = {}
        self.interned_w = {}


state = IdState()


def id_of(space: "ObjSpace", w_obj: W_Root) -> int:
    """id(): the same number the default repr shows as the address
    (objectobject.object_id), shared by values that are `is`-identical."""
    from pypy27.interpreter.objspace.objectobject import object_id
    w_unique = w_obj.immutable_unique_id(space)
    if w_unique is not None:
        key = space.type(w_obj).name + ":" + space.str_w(space.repr(w_unique))
        n = state.value_ids.get(key, 0)
        if n == 0:
            n = object_id(w_obj)
            state.value_ids[key] = n
        return n
    return object_id(w_obj)


def builtin_id(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(id_of(space, w_obj))


def builtin_abs(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.unaryop("abs", w_obj)


def builtin_divmod(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_a = args_w[0]
    w_b = args_w[1]
    assert w_a is not None and w_b is not None
    return space.binop("divmod", w_a, w_b)


def builtin_pow(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_a = args_w[0]
    w_b = args_w[1]
    assert w_a is not None and w_b is not None
    w_c = args_w[2]
    return space.pow(w_a, w_b, w_c if w_c is not None else space.w_None)


def builtin_cmp(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_a = args_w[0]
    w_b = args_w[1]
    assert w_a is not None and w_b is not None
    return space.newint(space.cmp_w(w_a, w_b))


def builtin_hash(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(space.hash_w(w_obj))


def builtin_repr(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.repr(w_obj)


def builtin_len(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(space.len_w(w_obj))


def builtin_hex(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    if space.lookup(w_obj, "__hex__") is None:
        raise space.type_error("hex() argument can't be converted to hex")
    return check_string_result(space, space.unaryop("hex", w_obj), "__hex__")


def builtin_oct(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    if space.lookup(w_obj, "__oct__") is None:
        raise space.type_error("oct() argument can't be converted to oct")
    return check_string_result(space, space.unaryop("oct", w_obj), "__oct__")


def check_string_result(space: "ObjSpace", w_res: W_Root, meth: str) -> W_Root:
    if not space.isinstance_w(w_res, space.w_str):
        raise space.type_error("%s returned non-string (type %s)" % (meth, space.type(w_res).name))
    return w_res


def builtin_bin(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    w_index = index_of(space, w_obj)
    if space.isinstance_w(w_index, space.w_long):
        w_index = space.call_method(w_index, "__format__", [space.newstr("#b")])
        text = space.str_w(w_index)
        return space.newstr(text)
    n = space.int_w(w_index)
    return space.newstr(int_to_bin(n))


MIN_INT_BIN = "-0b1" + "0" * 63


def int_to_bin(n: int) -> str:
    if n == 0:
        return "0b0"
    if n == -9223372036854775807 - 1:
        return MIN_INT_BIN
    neg = n < 0
    if neg:
        n = -n
    digits: list[str] = []
    while n != 0:
        digits.append("1" if n & 1 else "0")
        n = n >> 1
    digits.reverse()
    return ("-0b" if neg else "0b") + "".join(digits)


def index_of(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    if space.isinstance_w(w_obj, space.w_int) or space.isinstance_w(w_obj, space.w_long):
        return w_obj
    if space.type(w_obj) is space.w_instance and space.findattr(w_obj, "__index__") is None:
        raise space.type_error("object cannot be interpreted as an index")
    if space.lookup(w_obj, "__index__") is None:
        raise space.type_error("'%s' object cannot be interpreted as an index" % space.type(w_obj).name)
    w_res = space.unaryop("index", w_obj)
    if not (space.isinstance_w(w_res, space.w_int) or space.isinstance_w(w_res, space.w_long)):
        raise space.type_error("__index__ returned non-(int,long) (type %s)" % space.type(w_res).name)
    return w_res


def builtin_ord(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    if space.isinstance_w(w_obj, space.w_str):
        s = space.str_w(w_obj)
        if len(s) != 1:
            raise space.type_error("ord() expected a character, but string of length %d found" % len(s))
        return space.newint(ord(s[0]))
    if space.isinstance_w(w_obj, space.w_unicode):
        u = space.unicode_w(w_obj)
        n = utf8_length(u)
        if n != 1:
            raise space.type_error("ord() expected a character, but string of length %d found" % n)
        return space.newint(utf8_codepoint_at(u, 0))
    w_bytearray = space.builtin_types_w.get("bytearray", None)
    if w_bytearray is not None and space.isinstance_w(w_obj, w_bytearray):
        n = space.len_w(w_obj)
        if n != 1:
            raise space.type_error("ord() expected a character, but string of length %d found" % n)
        return space.getitem(w_obj, space.newint(0))
    raise space.type_error("ord() expected string of length 1, but %s found" % space.type(w_obj).name)


def int_arg(space: "ObjSpace", w_obj: W_Root) -> int:
    """A C long argument ('l' format): ints, longs, and objects with __int__
    (not floats: 2.7 warns then truncates; we follow the conversion)."""
    if space.isinstance_w(w_obj, space.w_float):
        raise space.type_error("integer argument expected, got float")
    if not (space.isinstance_w(w_obj, space.w_int) or space.isinstance_w(w_obj, space.w_long)):
        if space.lookup(w_obj, "__int__") is None:
            raise space.type_error("an integer is required")
        w_obj = space.unaryop("int", w_obj)
    return space.int_w(w_obj)


def builtin_chr(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    try:
        n = int_arg(space, w_obj)
    except OperationError as e:
        if e.match(space, space.w_OverflowError):
            raise space.error(space.w_OverflowError, "Python int too large to convert to C long")
        raise
    if n < 0 or n > 255:
        raise space.value_error("chr() arg not in range(256)")
    return space.newstr(chr(n))


def builtin_unichr(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    try:
        n = int_arg(space, w_obj)
    except OperationError as e:
        if e.match(space, space.w_OverflowError):
            raise space.error(space.w_OverflowError, "Python int too large to convert to C long")
        raise
    if n > 0x7fffffff:
        raise space.error(space.w_OverflowError, "signed integer is greater than maximum")
    if n < -0x80000000:
        raise space.error(space.w_OverflowError, "signed integer is less than minimum")
    if n < 0 or n > 0x10ffff:
        raise space.value_error("unichr() arg not in range(0x110000) (wide Python build)")
    return space.newunicode(utf8_encode_codepoint(n))


# ---- isinstance / issubclass ---------------------------------------------------

def is_type(space: "ObjSpace", w_obj: W_Root) -> bool:
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    return isinstance(w_obj, W_TypeObject)


def get_bases(space: "ObjSpace", w_cls: W_Root) -> Optional[W_Root]:
    """w_cls.__bases__ if it is a tuple, else None (abstract classes)."""
    try:
        w_bases = space.getattr_str(w_cls, "__bases__")
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
        return None
    if not space.isinstance_w(w_bases, space.w_tuple):
        return None
    return w_bases


def abstract_issubclass(space: "ObjSpace", w_derived: W_Root, w_cls: W_Root) -> bool:
    while True:
        if w_derived is w_cls:
            return True
        w_bases = get_bases(space, w_derived)
        if w_bases is None:
            return False
        bases_w = space.fixedview(w_bases, -1)
        if len(bases_w) == 0:
            return False
        if len(bases_w) == 1:
            w_derived = bases_w[0]
            continue
        for w_base in bases_w:
            if abstract_issubclass(space, w_base, w_cls):
                return True
        return False


def recursive_isinstance(space: "ObjSpace", w_inst: W_Root, w_cls: W_Root) -> bool:
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    if isinstance(w_cls, W_TypeObject):
        if space.type(w_inst).issubtype(w_cls):
            return True
        w_c = space.findattr(w_inst, "__class__")
        if w_c is not None and w_c is not space.type(w_inst) and isinstance(w_c, W_TypeObject):
            return w_c.issubtype(w_cls)
        return False
    if space.type(w_cls) is not space.w_classobj and get_bases(space, w_cls) is None:
        raise space.type_error("isinstance() arg 2 must be a class, type, or tuple of classes and types")
    w_icls = space.findattr(w_inst, "__class__")
    if w_icls is None:
        return False
    return abstract_issubclass(space, w_icls, w_cls)


def isinstance_w(space: "ObjSpace", w_inst: W_Root, w_cls: W_Root) -> bool:
    """2.7's isinstance(): types, old-style classes, tuples, __instancecheck__."""
    if space.type(w_inst) is w_cls:
        return True
    w_type_of_cls = space.type(w_cls)
    if w_type_of_cls is space.w_type:
        return recursive_isinstance(space, w_inst, w_cls)
    if space.isinstance_w(w_cls, space.w_tuple):
        from pypy27.interpreter.recursionguard import enter_recursive_call, leave_recursive_call
        enter_recursive_call(space, " in __instancecheck__")
        try:
            for w_item in space.fixedview(w_cls, -1):
                if isinstance_w(space, w_inst, w_item):
                    return True
        finally:
            leave_recursive_call(space)
        return False
    if w_type_of_cls is not space.w_classobj:
        w_check = space.lookup(w_cls, "__instancecheck__")
        if w_check is not None:
            return space.is_true(space.call_function(space.get(w_check, w_cls), [w_inst]))
    return recursive_isinstance(space, w_inst, w_cls)


def check_class(space: "ObjSpace", w_cls: W_Root, msg: str) -> None:
    if is_type(space, w_cls) or space.type(w_cls) is space.w_classobj:
        return
    if get_bases(space, w_cls) is None:
        raise space.type_error(msg)


def recursive_issubclass(space: "ObjSpace", w_derived: W_Root, w_cls: W_Root) -> bool:
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    if isinstance(w_cls, W_TypeObject) and isinstance(w_derived, W_TypeObject):
        return w_derived.issubtype(w_cls)
    check_class(space, w_derived, "issubclass() arg 1 must be a class")
    check_class(space, w_cls, "issubclass() arg 2 must be a class or tuple of classes")
    return abstract_issubclass(space, w_derived, w_cls)


def issubclass_w(space: "ObjSpace", w_derived: W_Root, w_cls: W_Root) -> bool:
    w_type_of_cls = space.type(w_cls)
    if w_type_of_cls is space.w_type:
        return recursive_issubclass(space, w_derived, w_cls)
    if space.isinstance_w(w_cls, space.w_tuple):
        from pypy27.interpreter.recursionguard import enter_recursive_call, leave_recursive_call
        enter_recursive_call(space, " while calling a Python object")
        try:
            for w_item in space.fixedview(w_cls, -1):
                if issubclass_w(space, w_derived, w_item):
                    return True
        finally:
            leave_recursive_call(space)
        return False
    if w_type_of_cls is not space.w_classobj:
        w_check = space.lookup(w_cls, "__subclasscheck__")
        if w_check is not None:
            return space.is_true(space.call_function(space.get(w_check, w_cls), [w_derived]))
    return recursive_issubclass(space, w_derived, w_cls)


def builtin_isinstance(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_inst = args_w[0]
    w_cls = args_w[1]
    assert w_inst is not None and w_cls is not None
    return space.newbool(isinstance_w(space, w_inst, w_cls))


def builtin_issubclass(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_derived = args_w[0]
    w_cls = args_w[1]
    assert w_derived is not None and w_cls is not None
    return space.newbool(issubclass_w(space, w_derived, w_cls))


def callable_w(space: "ObjSpace", w_obj: W_Root) -> bool:
    from pypy27.interpreter.gateway import W_Builtin, W_BuiltinMethod
    if isinstance(w_obj, W_Builtin) or isinstance(w_obj, W_BuiltinMethod) or is_type(space, w_obj):
        return True
    w_type = space.type(w_obj)
    if w_type is space.w_instance:
        return space.findattr(w_obj, "__call__") is not None
    if (w_type is space.w_function or w_type is space.w_method or w_type is space.w_classobj
            or w_type is space.w_builtin_function):
        return True
    return space.lookup(w_obj, "__call__") is not None


def builtin_callable(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newbool(callable_w(space, w_obj))


# ---- attributes --------------------------------------------------------------------

def attr_name(space: "ObjSpace", w_name: W_Root, errmsg: str) -> W_Root:
    """A str attribute name (unicode is encoded with the default encoding)."""
    if space.isinstance_w(w_name, space.w_str):
        return w_name
    if space.isinstance_w(w_name, space.w_unicode):
        return space.call_method(w_name, "encode", [])
    if errmsg:
        raise space.type_error(errmsg)
    raise space.type_error("attribute name must be string, not '%s'" % space.type(w_name).name)


def builtin_getattr(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_obj = args_w[0]
    w_name = args_w[1]
    assert w_obj is not None and w_name is not None
    w_name = attr_name(space, w_name, "getattr(): attribute name must be string")
    w_default = args_w[2]
    if w_default is None:
        return space.getattr(w_obj, w_name)
    try:
        return space.getattr(w_obj, w_name)
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
        return w_default


def builtin_hasattr(space: "ObjSpace", w_obj: W_Root, w_name: W_Root) -> W_Root:
    w_name = attr_name(space, w_name, "hasattr(): attribute name must be string")
    try:
        space.getattr(w_obj, w_name)
    except OperationError as e:
        if not e.match(space, space.w_Exception):
            raise
        return space.w_False
    return space.w_True


def builtin_setattr(space: "ObjSpace", w_obj: W_Root, w_name: W_Root, w_value: W_Root) -> W_Root:
    space.setattr(w_obj, attr_name(space, w_name, ""), w_value)
    return space.w_None


def builtin_delattr(space: "ObjSpace", w_obj: W_Root, w_name: W_Root) -> W_Root:
    space.delattr(w_obj, attr_name(space, w_name, ""))
    return space.w_None


def builtin_intern(space: "ObjSpace", w_s: W_Root) -> W_Root:
    if space.type(w_s) is not space.w_str:
        if space.isinstance_w(w_s, space.w_str):
            raise space.type_error("can't intern subclass of string")
        raise space.type_error("intern() argument 1 must be string, not %s" % space.type(w_s).name)
    s = space.str_w(w_s)
    w_known = state.interned_w.get(s, None)
    if w_known is not None:
        return w_known
    state.interned_w[s] = w_s
    return w_s


def builtin_coerce(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_a = args_w[0]
    w_b = args_w[1]
    assert w_a is not None and w_b is not None
    w_res = coerce_w(space, w_a, w_b)
    if w_res is None:
        raise space.type_error("number coercion failed")
    return w_res


def coerce_w(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> Optional[W_Root]:
    """2.7's PyNumber_CoerceEx: a tuple, or None if neither side can coerce."""
    w_coerce = special_method(space, w_a, "__coerce__")
    w_ta = space.type(w_a)
    if w_ta is space.type(w_b) and w_coerce is None and not w_ta.is_heaptype and not (
            w_ta is space.w_str or w_ta is space.w_unicode or w_ta is space.w_set
            or w_ta is space.w_frozenset or w_ta is space.w_instance):
        # 2.7's shortcut for same-type operands of types without number methods
        return space.newtuple([w_a, w_b])
    if w_coerce is not None:
        w_res = space.call_function(w_coerce, [w_b])
        if not space.is_w(w_res, space.w_NotImplemented) and not space.is_w(w_res, space.w_None):
            check_coerce_result(space, w_res)
            return w_res
    w_coerce = special_method(space, w_b, "__coerce__")
    if w_coerce is not None:
        w_res = space.call_function(w_coerce, [w_a])
        if not space.is_w(w_res, space.w_NotImplemented) and not space.is_w(w_res, space.w_None):
            check_coerce_result(space, w_res)
            items_w = space.fixedview(w_res, 2)
            return space.newtuple([items_w[1], items_w[0]])
    return None


def special_method(space: "ObjSpace", w_obj: W_Root, name: str) -> Optional[W_Root]:
    """The bound special method of w_obj: looked up on the type, or on the
    instance itself for old-style instances; None if it has none."""
    if space.type(w_obj) is space.w_instance:
        return space.findattr(w_obj, name)
    w_descr = space.lookup(w_obj, name)
    if w_descr is None:
        return None
    return space.get(w_descr, w_obj)


def check_coerce_result(space: "ObjSpace", w_res: W_Root) -> None:
    if not space.isinstance_w(w_res, space.w_tuple) or space.len_w(w_res) != 2:
        raise space.type_error("coercion should return None or 2-tuple")


def builtin_format(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_value = args_w[0]
    assert w_value is not None
    w_spec = args_w[1]
    if w_spec is None:
        w_spec = space.newstr("")
    elif not (space.isinstance_w(w_spec, space.w_str) or space.isinstance_w(w_spec, space.w_unicode)):
        raise space.type_error("format expects arg 2 to be string or unicode, not %s" % space.type(w_spec).name)
    # 2.7's PyObject_Format: __format__ looked up on the type (format(int, '')
    # formats the class), a classic instance's own attribute
    from pypy27.interpreter.objspace.newformat import format_obj
    return format_obj(space, w_value, w_spec)


def builtin_apply(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_func = args_w[0]
    assert w_func is not None
    w_args = args_w[1]
    w_kwds = args_w[2]
    args_list: list[W_Root] = []
    if w_args is not None:
        if not space.isinstance_w(w_args, space.w_tuple):
            if space.lookup(w_args, "__getitem__") is None and space.lookup(w_args, "__iter__") is None:
                raise space.type_error("apply() arg 2 expected sequence, found %s" % space.type(w_args).name)
        args_list = space.listview(w_args)
    if w_kwds is not None and not space.isinstance_w(w_kwds, space.w_dict):
        raise space.type_error("apply() arg 3 expected dictionary, found %s" % space.type(w_kwds).name)
    return space.call_args(w_func, Arguments(args_list, None, None, None, w_kwds))


# ---- round -------------------------------------------------------------------------

def builtin_round(space: "ObjSpace", args: Arguments) -> W_Root:
    from pypy27.interpreter.arguments import Signature
    sig = Signature(["number", "ndigits"])
    args.unpack_stars(space, "round()")
    if not args.args_w and "number" not in args.keywords:
        raise space.type_error("Required argument 'number' (pos 1) not found")
    scope = args.parse_into_scope(space, "round()", sig, [space.newint(0)])
    w_number = scope[0]
    w_nd = scope[1]
    assert w_number is not None and w_nd is not None
    x = float_arg(space, w_number)
    w_index = index_of(space, w_nd)
    try:
        nd = space.int_w(w_index)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        # 2.7 clamps a huge ndigits (PyNumber_AsSsize_t without an error)
        nd = NDIGITS_MIN - 1 if space.is_true(space.compare("lt", w_index, space.newint(0))) else NDIGITS_MAX + 1
    return space.newfloat(round_float(space, x, nd))


def float_arg(space: "ObjSpace", w_obj: W_Root) -> float:
    if space.isinstance_w(w_obj, space.w_float):
        return space.float_w(w_obj)
    if space.lookup(w_obj, "__float__") is None:
        raise space.type_error("a float is required")
    return space.float_w(space.unaryop("float", w_obj))


NDIGITS_MAX = 323
NDIGITS_MIN = -308


def round_float(space: "ObjSpace", x: float, nd: int) -> float:
    """2.7's round(): correctly rounded, halfway cases away from zero."""
    from pypy27.interpreter.astcompiler.floatformat import format_float, is_finite
    if not is_finite(x) or x == 0.0:
        return x
    if nd > NDIGITS_MAX:
        return x
    if nd < NDIGITS_MIN:
        return 0.0 * x
    neg = x < 0.0
    ax = -x if neg else x
    if nd >= 0:
        text = format_float(ax, "f", nd + 1, False) if is_halfway(ax, nd) else ""
        if text:
            # the exact value ends in 5 at position nd+1: round it up by hand
            text = decimal_round_up(text[:-1])
        else:
            text = format_float(ax, "f", nd, False)
        try:
            r = float(text)
        except ValueError:
            r = ax
    else:
        r = round_negative_ndigits(ax, -nd)
        if not is_finite(r):
            raise space.error(space.w_OverflowError, "rounded value too large to represent")
    return -r if neg else r


def round_negative_ndigits(ax: float, k: int) -> float:
    """ax (> 0) rounded to a multiple of 10**k (k > 0), halfway away from zero."""
    from pypy27.interpreter.astcompiler.floatformat import format_float
    text = format_float(ax, "e", 16, False)
    exp_text = text[text.find("e") + 1:]
    if exp_text.startswith("+"):
        exp_text = exp_text[1:]
    exp10 = int(exp_text)
    digits = exp10 + 1 - k
    p = float("1e%d" % k)
    if digits <= 0:
        if digits == 0 and ax >= 0.5 * p:
            return p
        return 0.0
    if ax >= 4503599627370496.0 or ax == float(int(ax)):
        # an integer (only these can be halfway cases): round its exact
        # decimal digits, halfway away from zero
        text = format_float(ax, "f", 0, False)
        cut = len(text) - k
        if cut <= 0:
            return p if cut == 0 and text[0] >= "5" else 0.0
        head = text[:cut]
        if text[cut] >= "5":
            head = decimal_round_up(head)
        return float(head + "0" * k)
    try:
        return float(format_float(ax, "e", digits - 1, False))
    except ValueError:
        return ax


def is_halfway(ax: float, nd: int) -> bool:
    """Is ax (> 0) exactly k/2 * 10**-nd for an odd k?  Multiplying by powers
    of two is exact, so: ax * 2**(nd+1) is an integer and ax * 2**nd is not."""
    if nd > 1074:
        return False
    y = ax
    for _ in range(nd):
        y = y * 2.0
    if y >= 4503599627370496.0:   # 2**52: already an integer
        return False
    y2 = y * 2.0
    return y2 == float(int(y2)) and y != float(int(y))


def decimal_round_up(text: str) -> str:
    """Add one unit in the last place of a decimal 'ddd.ddd' string."""
    digits = list(text)
    i = len(digits) - 1
    while i >= 0:
        c = digits[i]
        if c == ".":
            i -= 1
            continue
        if c == "9":
            digits[i] = "0"
            i -= 1
            continue
        digits[i] = chr(ord(c) + 1)
        return "".join(digits)
    return "1" + "".join(digits)


# ---- vars / dir -----------------------------------------------------------------------

def builtin_vars(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_obj = args_w[0]
    if w_obj is None:
        from pypy27.interpreter.module.builtin import compiling
        return compiling.caller_locals(space)
    try:
        return space.getattr_str(w_obj, "__dict__")
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
        raise space.type_error("vars() argument must have __dict__ attribute")


def dict_keys_into(space: "ObjSpace", w_dict: W_Root, names: dict[str, W_Root]) -> None:
    for w_key in space.listview(space.call_method(w_dict, "keys", [])):
        if space.isinstance_w(w_key, space.w_str):
            names[space.str_w(w_key)] = w_key
        else:
            names["\x00" + space.str_w(space.repr(w_key))] = w_key


def class_dir_into(space: "ObjSpace", w_cls: W_Root, names: dict[str, W_Root]) -> None:
    w_dict = space.findattr(w_cls, "__dict__")
    if w_dict is not None:
        dict_keys_into(space, w_dict, names)
    w_bases = get_bases(space, w_cls)
    if w_bases is not None:
        for w_base in space.fixedview(w_bases, -1):
            class_dir_into(space, w_base, names)


def dir_w(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    w_dirfn = space.lookup(w_obj, "__dir__") if space.type(w_obj) is not space.w_instance else \
        space.findattr(w_obj, "__dir__")
    if w_dirfn is not None:
        if space.type(w_obj) is space.w_instance:
            w_res = space.call_function(w_dirfn, [])
        else:
            w_res = space.call_function(space.get(w_dirfn, w_obj), [])
        if not space.isinstance_w(w_res, space.w_list):
            raise space.type_error("__dir__() must return a list, not %s" % space.type(w_res).name)
        w_res = space.newlist(space.listview(w_res))
        space.call_method(w_res, "sort", [])
        return w_res
    names: dict[str, W_Root] = {}
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    if isinstance(w_obj, W_Module):
        w_dict = space.getattr_str(w_obj, "__dict__")
        if not space.isinstance_w(w_dict, space.w_dict):
            raise space.type_error("%s.__dict__ is not a dictionary" % w_obj.getname(space))
        dict_keys_into(space, w_dict, names)
    elif is_type(space, w_obj) or space.type(w_obj) is space.w_classobj:
        class_dir_into(space, w_obj, names)
    else:
        w_odict = space.findattr(w_obj, "__dict__")
        if w_odict is not None and space.isinstance_w(w_odict, space.w_dict):
            dict_keys_into(space, w_odict, names)
        for attr in ["__members__", "__methods__"]:
            w_list = space.findattr(w_obj, attr)
            if w_list is not None and space.isinstance_w(w_list, space.w_list):
                for w_item in space.listview(w_list):
                    if space.isinstance_w(w_item, space.w_str):
                        names[space.str_w(w_item)] = w_item
        w_cls = space.findattr(w_obj, "__class__")
        if w_cls is not None:
            class_dir_into(space, w_cls, names)
    w_res = space.newlist(list(names.values()))
    space.call_method(w_res, "sort", [])
    return w_res


def builtin_dir(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_obj = args_w[0]
    if w_obj is None:
        from pypy27.interpreter.module.builtin import compiling
        w_locals = compiling.caller_locals(space)
        w_keys = space.call_method(w_locals, "keys", [])
        if not space.isinstance_w(w_keys, space.w_list):
            raise space.type_error("dir(): expected keys() of locals to be a list, not '%s'"
                                   % space.type(w_keys).name)
        w_res = space.newlist(space.listview(w_keys))
        space.call_method(w_res, "sort", [])
        return w_res
    return dir_w(space, w_obj)
