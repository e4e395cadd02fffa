"""Set-up of the evaluator's types: code, frame, function, instancemethod,
builtin_function_or_method, generator, cell, traceback."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.function import W_Cell, W_Function, W_Method, class_name, instance_type_name
from pypy27.interpreter.gateway import (
    Builtin1, Builtin2, BuiltinArgs, BuiltinOpt, W_Builtin, W_BuiltinMethod)
from pypy27.interpreter.generator import (
    W_Generator, generator_close, generator_iter, generator_next, generator_send, generator_throw)
from pypy27.interpreter.pycode import PyCode
from pypy27.interpreter.pycode_new import code_new
from pypy27.interpreter.pyframe import PyFrame, mark_escaped
from pypy27.interpreter.traceback import W_Traceback
from pypy27.interpreter.wrappercmp import wrapper_eq, wrapper_hash, wrapper_ne
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.descriptors import GetFn, SetFn
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class EvalTypes(object):
    """Types of the evaluator with no field on the space."""
    w_traceback: Optional["W_TypeObject"]
    # built-in methods of types: `object.__init__`, `(1).__add__`, `list.append`
    w_wrapper_descriptor: Optional["W_TypeObject"]
    w_method_wrapper: Optional["W_TypeObject"]
    w_method_descriptor: Optional["W_TypeObject"]

    def __init__(self) -> None:
        self.w_traceback = None
        self.w_wrapper_descriptor = None
        self.w_method_wrapper = None
        self.w_method_descriptor = None


eval_types = EvalTypes()


def addr(w_obj: W_Root) -> str:
    from pypy27.interpreter.objspace.objectobject import addr_str
    return addr_str(w_obj)


def wrap_opt(space: "ObjSpace", w_obj: Optional[W_Root]) -> W_Root:
    return w_obj if w_obj is not None else space.w_None


def wrap_strlist(space: "ObjSpace", names: list[str]) -> W_Root:
    items_w: list[W_Root] = []
    for n in names:
        items_w.append(space.newstr(n))
    return space.newtuple(items_w)


# ---- function -------------------------------------------------------------------------

def as_function(space: "ObjSpace", w_obj: W_Root) -> W_Function:
    if not isinstance(w_obj, W_Function):
        raise space.type_error("descriptor requires a 'function' object but received a '%s'"
                               % space.type(w_obj).name)
    return w_obj


def func_get_name(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newstr(as_function(space, w_obj).name)


def func_set_name(space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
    if not space.isinstance_w(w_value, space.w_str):
        raise space.type_error("__name__ must be set to a string object")
    as_function(space, w_obj).name = space.str_w(w_value)


def func_get_code(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return as_function(space, w_obj).code


def func_set_code(space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
    func = as_function(space, w_obj)
    if not isinstance(w_value, PyCode):
        raise space.type_error("__code__ must be set to a code object")
    if len(w_value.co_freevars) != len(func.closure):
        raise space.value_error("%s() requires a code object with %d free vars, not %d"
                                % (func.name, len(func.closure), len(w_value.co_freevars)))
    func.code = w_value


def func_get_globals(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return as_function(space, w_obj).w_func_globals


def func_get_defaults(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    func = as_function(space, w_obj)
    if len(func.defaults_w) == 0:
        return space.w_None
    w_defaults = func.w_defaults
    if w_defaults is None:
        w_defaults = space.newtuple(list(func.defaults_w))
        func.w_defaults = w_defaults
    return w_defaults


def func_set_defaults(space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
    func = as_function(space, w_obj)
    func.w_defaults = None
    if space.is_w(w_value, space.w_None):
        func.defaults_w = []
        return
    if not space.isinstance_w(w_value, space.w_tuple):
        raise space.type_error("__defaults__ must be set to a tuple object")
    func.defaults_w = space.fixedview(w_value, -1)
    func.w_defaults = w_value


def func_del_defaults(space: "ObjSpace", w_obj: W_Root) -> None:
    func = as_function(space, w_obj)
    func.defaults_w = []
    func.w_defaults = None


def func_get_closure(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    func = as_function(space, w_obj)
    if len(func.closure) == 0:
        return space.w_None
    cells_w: list[W_Root] = []
    for c in func.closure:
        cells_w.append(c)
    return space.newtuple(cells_w)


def func_get_doc(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return as_function(space, w_obj).w_doc


def func_set_doc(space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
    as_function(space, w_obj).w_doc = w_value


def func_del_doc(space: "ObjSpace", w_obj: W_Root) -> None:
    as_function(space, w_obj).w_doc = space.w_None


def func_get_module(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return wrap_opt(space, as_function(space, w_obj).w_module)


def func_set_module(space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
    as_function(space, w_obj).w_module = w_value


def func_get_dict(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    w_dict = as_function(space, w_obj).getdict(space)
    assert w_dict is not None
    return w_dict


def func_set_dict(space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
    if not space.isinstance_w(w_value, space.w_dict):
        raise space.type_error("setting function's dictionary to a non-dict")
    as_function(space, w_obj).w_dict = w_value


def func_repr(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    func = as_function(space, w_obj)
    return space.newstr("<function %s at %s>" % (func.name, addr(func)))


def func_call(space: "ObjSpace", args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise space.type_error("descriptor '__call__' of 'function' object needs an argument")
    w_self = args.args_w[0]
    return space.call_args(w_self, Arguments(args.args_w[1:], args.keywords, args.keywords_w,
                                             args.w_stararg, args.w_starstararg))


def descr_get_fn(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """function.__get__(obj, type=None) and instancemethod.__get__."""
    w_self = args_w[0]
    w_obj = args_w[1]
    w_type = args_w[2]
    assert w_self is not None and w_obj is not None
    if space.is_w(w_obj, space.w_None):
        if w_type is None or space.is_w(w_type, space.w_None):
            raise space.type_error("__get__(None, None) is invalid")
        return w_self.descr_get(space, None, w_type)
    if w_type is None or space.is_w(w_type, space.w_None):
        w_type = space.type(w_obj)
    return w_self.descr_get(space, w_obj, w_type)


def function_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    """function(code, globals[, name[, argdefs[, closure]]])"""
    args_w = args.args_w
    if len(args_w) < 2 or len(args_w) > 5:
        raise space.type_error("function() takes at least 2 arguments (%d given)" % len(args_w))
    w_code = args_w[0]
    if not isinstance(w_code, PyCode):
        raise space.type_error("function() argument 1 must be code, not %s" % space.type(w_code).name)
    w_globals = args_w[1]
    if not space.isinstance_w(w_globals, space.w_dict):
        raise space.type_error("function() argument 2 must be dict, not %s" % space.type(w_globals).name)
    defaults_w: list[W_Root] = []
    if len(args_w) > 3 and not space.is_w(args_w[3], space.w_None):
        defaults_w = space.fixedview(args_w[3], -1)
    cells: list[W_Cell] = []
    nfree = len(w_code.co_freevars)
    if len(args_w) > 4 and not space.is_w(args_w[4], space.w_None):
        if not space.isinstance_w(args_w[4], space.w_tuple):
            raise space.type_error("arg 5 (closure) must be None or tuple")
        closure_w = space.fixedview(args_w[4], -1)
        if len(closure_w) != nfree:     # 2.7 checks the length before the items
            raise space.value_error("%s requires closure of length %d, not %d"
                                    % (w_code.co_name, nfree, len(closure_w)))
        for w_c in closure_w:
            if not isinstance(w_c, W_Cell):
                raise space.type_error("arg 5 (closure) expected cell, found %s" % space.type(w_c).name)
            cells.append(w_c)
    elif nfree > 0:
        raise space.type_error("arg 5 (closure) must be tuple")
    if len(cells) != nfree:
        raise space.value_error("%s requires closure of length %d, not %d" % (w_code.co_name, nfree, len(cells)))
    func = W_Function(space, w_code, w_globals, defaults_w, cells)
    if len(args_w) > 2 and not space.is_w(args_w[2], space.w_None):
        func.name = space.str_w(args_w[2])
    return func


# ---- instancemethod ------------------------------------------------------------------------

def as_method(space: "ObjSpace", w_obj: W_Root) -> W_Method:
    if not isinstance(w_obj, W_Method):
        raise space.type_error("descriptor requires an 'instancemethod' object but received a '%s'"
                               % space.type(w_obj).name)
    return w_obj


def method_get_func(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return as_method(space, w_obj).w_function


def method_get_self(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return wrap_opt(space, as_method(space, w_obj).w_instance)


def method_get_class(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return as_method(space, w_obj).w_class


def method_get_doc(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.getattr_str(as_method(space, w_obj).w_function, "__doc__")


def method_getattribute(space: "ObjSpace", w_obj: W_Root, w_name: W_Root) -> W_Root:
    """Attributes of the method, then those of its function (2.7)."""
    from pypy27.interpreter.objspace.objectobject import object_getattribute
    try:
        return object_getattribute(space, w_obj, w_name)
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
    return space.getattr(as_method(space, w_obj).w_function, w_name)


def method_repr(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    m = as_method(space, w_obj)
    w_name = space.findattr(m.w_function, "__name__")
    name = "?"
    if w_name is not None and space.isinstance_w(w_name, space.w_str):
        name = space.str_w(w_name)
    clsname = class_name(space, m.w_class)
    if m.w_instance is None:
        return space.newstr("<unbound method %s.%s>" % (clsname, name))
    selfrepr = space.str_w(space.repr(m.w_instance))
    return space.newstr("<bound method %s.%s of %s>" % (clsname, name, selfrepr))


def method_call(space: "ObjSpace", args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise space.type_error("descriptor '__call__' of 'instancemethod' object needs an argument")
    w_self = args.args_w[0]
    return space.call_args(w_self, Arguments(args.args_w[1:], args.keywords, args.keywords_w,
                                             args.w_stararg, args.w_starstararg))


def method_eq(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    if not isinstance(w_a, W_Method) or not isinstance(w_b, W_Method):
        return space.w_NotImplemented
    if w_a.w_instance is None or w_b.w_instance is None:
        same_self = w_a.w_instance is w_b.w_instance
    else:
        same_self = space.eq_w(w_a.w_instance, w_b.w_instance)
    return space.newbool(same_self and space.eq_w(w_a.w_function, w_b.w_function))


def method_cmp(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    """2.7's instancemethod.__cmp__ (the type has no rich comparisons): 0
    when self and function are equal, else an arbitrary but stable order."""
    from pypy27.interpreter.objspace.objectobject import object_id
    if not isinstance(w_b, W_Method):
        raise space.type_error("instancemethod.__cmp__(x,y) requires y to be a 'instancemethod', not a '%s'"
                               % space.type(w_b).name)
    if not isinstance(w_a, W_Method):
        return space.w_NotImplemented
    if space.is_true(method_eq(space, w_a, w_b)):
        return space.newint(0)
    w_x: W_Root = w_a.w_function
    w_y: W_Root = w_b.w_function
    if w_a.w_instance is not w_b.w_instance:
        w_x = w_a.w_instance if w_a.w_instance is not None else space.w_None
        w_y = w_b.w_instance if w_b.w_instance is not None else space.w_None
    return space.newint(-1 if object_id(w_x) < object_id(w_y) else 1)


def method_hash(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    m = as_method(space, w_obj)
    h = space.hash_w(m.w_function)
    if m.w_instance is not None:
        h = h ^ space.hash_w(m.w_instance)
    return space.newint(h)


def method_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    if len(args.keywords) > 0 or args.w_starstararg is not None:
        raise space.type_error("instancemethod does not take keyword arguments")
    args_w = args.args_w
    if len(args_w) < 2 or len(args_w) > 3:
        raise space.type_error("instancemethod expected at least 2 arguments, got %d" % len(args_w))
    w_func = args_w[0]
    w_self: Optional[W_Root] = args_w[1]
    if w_self is not None and space.is_w(w_self, space.w_None):
        w_self = None
    w_class = args_w[2] if len(args_w) > 2 else space.w_None
    from pypy27.interpreter.module.builtin.operation import callable_w
    if not callable_w(space, w_func):
        raise space.type_error("first argument must be callable")
    if w_self is None and space.is_w(w_class, space.w_None):
        raise space.type_error("unbound methods must have non-NULL im_class")
    return W_Method(w_func, w_self, w_class)


# ---- builtin_function_or_method --------------------------------------------------------------

def builtin_name(space: "ObjSpace", w_obj: W_Root) -> str:
    from pypy27.interpreter.objspace.typeobject import W_BuiltinNewMarker
    if isinstance(w_obj, W_Builtin):
        return w_obj.name
    if isinstance(w_obj, W_BuiltinMethod):
        return w_obj.w_function.name
    if isinstance(w_obj, W_BuiltinNewMarker):     # a built-in type's __new__
        return "__new__"
    raise space.type_error("descriptor requires a 'builtin_function_or_method' object")


def builtin_get_name(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newstr(builtin_name(space, w_obj))


def builtin_get_self(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.typeobject import W_BuiltinNewMarker
    if isinstance(w_obj, W_BuiltinMethod):
        return w_obj.w_self
    if isinstance(w_obj, W_BuiltinNewMarker) and w_obj.w_type is not None:
        w_type = w_obj.w_type
        assert w_type is not None
        return w_type
    return space.w_None


def builtin_get_doc(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    doc = ""
    if isinstance(w_obj, W_Builtin):
        doc = w_obj.doc
    elif isinstance(w_obj, W_BuiltinMethod):
        doc = w_obj.w_function.doc
    if not doc:
        return space.w_None
    return space.newstr(doc)


def builtin_get_module(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    if isinstance(w_obj, W_Builtin) and not w_obj.is_method:
        return space.newstr(w_obj.modname)
    return space.w_None


def builtin_get_objclass(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    if isinstance(w_obj, W_Builtin) and w_obj.w_objclass is not None:
        return w_obj.w_objclass
    if isinstance(w_obj, W_BuiltinMethod) and w_obj.w_function.w_objclass is not None:
        w_cls = w_obj.w_function.w_objclass
        assert w_cls is not None
        return w_cls
    return space.w_object


def builtin_repr(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.typeobject import W_BuiltinNewMarker
    name = builtin_name(space, w_obj)
    if isinstance(w_obj, W_BuiltinNewMarker):
        # 2.7: a built-in method bound to the type
        w_owner = builtin_get_self(space, w_obj)
        return space.newstr("<built-in method __new__ of type object at %s>" % addr(w_owner))
    if isinstance(w_obj, W_BuiltinMethod) and w_obj.w_function.is_slot:
        return space.newstr("<method-wrapper '%s' of %s object at %s>"
                            % (name, instance_type_name(space, w_obj.w_self), addr(w_obj.w_self)))
    if isinstance(w_obj, W_Builtin) and w_obj.is_slot:
        w_cls = w_obj.w_objclass
        clsname = class_name(space, w_cls) if w_cls is not None else "object"
        return space.newstr("<slot wrapper '%s' of '%s' objects>" % (name, clsname))
    if isinstance(w_obj, W_BuiltinMethod):
        return space.newstr("<built-in method %s of %s object at %s>"
                            % (name, instance_type_name(space, w_obj.w_self), addr(w_obj.w_self)))
    if isinstance(w_obj, W_Builtin) and w_obj.is_method:
        w_cls = w_obj.w_objclass
        clsname = class_name(space, w_cls) if w_cls is not None else "object"
        return space.newstr("<method '%s' of '%s' objects>" % (name, clsname))
    return space.newstr("<built-in function %s>" % name)


def builtin_call(space: "ObjSpace", args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise space.type_error("descriptor '__call__' of 'builtin_function_or_method' object needs an argument")
    w_self = args.args_w[0]
    return space.call_args(w_self, Arguments(args.args_w[1:], args.keywords, args.keywords_w,
                                             args.w_stararg, args.w_starstararg))


# ---- code ------------------------------------------------------------------------------------

def as_code(space: "ObjSpace", w_obj: W_Root) -> PyCode:
    if not isinstance(w_obj, PyCode):
        raise space.type_error("descriptor requires a 'code' object but received a '%s'"
                               % space.type(w_obj).name)
    return w_obj


def code_argcount(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(as_code(space, w_obj).co_argcount)


def code_nlocals(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(as_code(space, w_obj).co_nlocals)


def code_stacksize(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(as_code(space, w_obj).co_stacksize)


def code_flags(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(as_code(space, w_obj).co_flags)


def code_code(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    from pypy27.interpreter.pycode import standard_code
    return space.newstr(standard_code(as_code(space, w_obj).co_code))


def code_consts(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newtuple(list(as_code(space, w_obj).co_consts_w))


def code_names(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return wrap_strlist(space, as_code(space, w_obj).co_names)


def code_varnames(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return wrap_strlist(space, as_code(space, w_obj).co_varnames)


def code_freevars(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return wrap_strlist(space, as_code(space, w_obj).co_freevars)


def code_cellvars(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return wrap_strlist(space, as_code(space, w_obj).co_cellvars)


def code_filename(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newstr(as_code(space, w_obj).co_filename)


def code_name(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newstr(as_code(space, w_obj).co_name)


def code_firstlineno(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(as_code(space, w_obj).co_firstlineno)


def code_lnotab(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newstr(as_code(space, w_obj).co_lnotab)


def code_same(space: "ObjSpace", a: PyCode, b: PyCode) -> bool:
    """2.7's code equality: same name, signature, flags, first line,
    bytecode, constants and names (not the file)."""
    if (a.co_name != b.co_name or a.co_argcount != b.co_argcount or a.co_nlocals != b.co_nlocals
            or a.co_flags != b.co_flags or a.co_firstlineno != b.co_firstlineno
            or a.co_code != b.co_code or a.co_names != b.co_names
            or a.co_varnames != b.co_varnames or a.co_freevars != b.co_freevars
            or a.co_cellvars != b.co_cellvars):
        return False
    return space.eq_w(space.newtuple(list(a.co_consts_w)), space.newtuple(list(b.co_consts_w)))


def code_eq(space: "ObjSpace", w_obj: W_Root, w_other: W_Root) -> W_Root:
    code = as_code(space, w_obj)
    if not isinstance(w_other, PyCode):
        return space.w_NotImplemented
    return space.newbool(code_same(space, code, w_other))


def code_ne(space: "ObjSpace", w_obj: W_Root, w_other: W_Root) -> W_Root:
    code = as_code(space, w_obj)
    if not isinstance(w_other, PyCode):
        return space.w_NotImplemented
    return space.newbool(not code_same(space, code, w_other))


def code_hash(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    code = as_code(space, w_obj)
    h = space.hash_w(space.newstr(code.co_name))
    h ^= space.hash_w(space.newstr(code.co_code))
    h ^= space.hash_w(space.newtuple(list(code.co_consts_w)))
    h ^= code.co_argcount ^ code.co_nlocals ^ code.co_flags
    return space.newint(h)


def code_repr(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    code = as_code(space, w_obj)
    return space.newstr('<code object %s at %s, file "%s", line %d>'
                        % (code.co_name, addr(code), code.co_filename, code.co_firstlineno))


# ---- frame ----------------------------------------------------------------------------------

def as_frame(space: "ObjSpace", w_obj: W_Root) -> PyFrame:
    if not isinstance(w_obj, PyFrame):
        raise space.type_error("descriptor requires a 'frame' object but received a '%s'"
                               % space.type(w_obj).name)
    return w_obj


def frame_back(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    w_back = as_frame(space, w_obj).f_backref
    mark_escaped(w_back)    # (a generator's f_back changes at each resume)
    return wrap_opt(space, w_back)


def frame_code(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return as_frame(space, w_obj).pycode


def frame_globals(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return as_frame(space, w_obj).w_globals


def frame_locals(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return as_frame(space, w_obj).getlocalsdict()


def frame_builtins(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return as_frame(space, w_obj).w_builtins


def frame_lineno(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(as_frame(space, w_obj).get_lineno())


def frame_lasti(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(as_frame(space, w_obj).last_instr)


def frame_get_trace(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return wrap_opt(space, as_frame(space, w_obj).w_f_trace)


def frame_set_trace(space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
    frame = as_frame(space, w_obj)
    if space.is_w(w_value, space.w_None):
        frame.w_f_trace = None
    else:
        frame.w_f_trace = w_value
        # f_lineno of a traced frame is the traced line: start it at the
        # current one (a frame traced from here on, e.g. the caller pdb
        # steps back into, must not report a stale line)
        frame.trace_lineno = frame.pycode.line_for_instr(frame.last_instr)


def frame_del_trace(space: "ObjSpace", w_obj: W_Root) -> None:
    as_frame(space, w_obj).w_f_trace = None


def frame_restricted(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.w_False


def frame_exc(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.w_None


# ---- generator -------------------------------------------------------------------------------

def as_generator(space: "ObjSpace", w_obj: W_Root) -> W_Generator:
    if not isinstance(w_obj, W_Generator):
        raise space.type_error("descriptor requires a 'generator' object but received a '%s'"
                               % space.type(w_obj).name)
    return w_obj


def gen_frame(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    frame = as_generator(space, w_obj).frame
    mark_escaped(frame)
    return wrap_opt(space, frame)


def gen_running(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(1 if as_generator(space, w_obj).running else 0)


def gen_code(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return as_generator(space, w_obj).w_code


def gen_name(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newstr(as_generator(space, w_obj).name)


def gen_repr(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    gen = as_generator(space, w_obj)
    return space.newstr("<generator object %s at %s>" % (gen.name, addr(gen)))


# ---- cell and traceback ------------------------------------------------------------------------

def cell_contents(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    if not isinstance(w_obj, W_Cell):
        raise space.type_error("descriptor requires a 'cell' object")
    w_value = w_obj.get()
    if w_value is None:
        raise space.value_error("Cell is empty")
    return w_value


def cell_repr(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    if not isinstance(w_obj, W_Cell):
        raise space.type_error("descriptor requires a 'cell' object")
    w_value = w_obj.get()
    if w_value is None:
        return space.newstr("<cell at %s: empty>" % addr(w_obj))
    return space.newstr("<cell at %s: %s object at %s>"
                        % (addr(w_obj), space.type(w_value).name, addr(w_value)))


def as_traceback(space: "ObjSpace", w_obj: W_Root) -> W_Traceback:
    if not isinstance(w_obj, W_Traceback):
        raise space.type_error("descriptor requires a 'traceback' object")
    return w_obj


def tb_frame(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return as_traceback(space, w_obj).frame


def tb_lineno(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(as_traceback(space, w_obj).get_lineno())


def tb_lasti(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(as_traceback(space, w_obj).lasti)


def tb_next(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return wrap_opt(space, as_traceback(space, w_obj).next)


# ---- set-up ----------------------------------------------------------------------------------

def readonly_set(space: "ObjSpace", w_obj: W_Root, w_value: W_Root) -> None:
    raise space.type_error("readonly attribute")


def readonly_del(space: "ObjSpace", w_obj: W_Root) -> None:
    raise space.type_error("readonly attribute")


@not_rpython
def _member(name: str, fget: "GetFn") -> W_Root:
    """A read-only member (2.7's T_OBJECT READONLY): setting or deleting it
    is a TypeError."""
    return _getset(name, fget, readonly_set, readonly_del)


@not_rpython
def _getset(name: str, fget: "GetFn", fset: Optional["SetFn"] = None,
            fdel: Optional[object] = None) -> W_Root:
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    return W_GetSetProperty(name, fget, fset, fdel)  # type: ignore[arg-type]


@not_rpython
def _make_type(space: "ObjSpace", name: str, dict_w: dict[str, W_Root],
               new_fn: Optional[object] = None) -> "W_TypeObject":
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    w_type = W_TypeObject(name, [space.w_object], dict_w, new_fn=new_fn)  # type: ignore[arg-type]
    for w_v in dict_w.values():
        if isinstance(w_v, W_GetSetProperty):
            w_v.w_objclass = w_type
        elif isinstance(w_v, W_Builtin):
            w_v.w_objclass = w_type
    return w_type


@not_rpython
def setup(space: "ObjSpace") -> None:
    g = _getset
    ro = _member
    space.w_function = _make_type(space, "function", {
        "func_name": g("func_name", func_get_name, func_set_name),
        "__name__": g("__name__", func_get_name, func_set_name),
        "func_code": g("func_code", func_get_code, func_set_code),
        "__code__": g("__code__", func_get_code, func_set_code),
        "func_globals": ro("func_globals", func_get_globals),
        "__globals__": ro("__globals__", func_get_globals),
        "func_defaults": g("func_defaults", func_get_defaults, func_set_defaults, func_del_defaults),
        "__defaults__": g("__defaults__", func_get_defaults, func_set_defaults, func_del_defaults),
        "func_closure": ro("func_closure", func_get_closure),
        "__closure__": ro("__closure__", func_get_closure),
        "func_doc": g("func_doc", func_get_doc, func_set_doc, func_del_doc),
        "__doc__": g("__doc__", func_get_doc, func_set_doc, func_del_doc),
        "func_dict": g("func_dict", func_get_dict, func_set_dict),
        "__dict__": g("__dict__", func_get_dict, func_set_dict),
        "__module__": g("__module__", func_get_module, func_set_module),
        "__repr__": Builtin1("__repr__", func_repr, method=True),
        "__call__": BuiltinArgs("__call__", func_call, method=True),
        "__get__": BuiltinOpt("__get__", descr_get_fn, 2, 3, method=True),
    }, function_new)
    space.w_method = _make_type(space, "instancemethod", {
        "im_func": ro("im_func", method_get_func),
        "__func__": ro("__func__", method_get_func),
        "im_self": ro("im_self", method_get_self),
        "__self__": ro("__self__", method_get_self),
        "im_class": ro("im_class", method_get_class),
        "__doc__": g("__doc__", method_get_doc),
        "__getattribute__": Builtin2("__getattribute__", method_getattribute, method=True),
        "__repr__": Builtin1("__repr__", method_repr, method=True),
        "__call__": BuiltinArgs("__call__", method_call, method=True),
        "__get__": BuiltinOpt("__get__", descr_get_fn, 2, 3, method=True),
        "__cmp__": Builtin2("__cmp__", method_cmp, method=True),
        "__hash__": Builtin1("__hash__", method_hash, method=True),
    }, method_new)
    space.w_builtin_function = _make_type(space, "builtin_function_or_method", {
        "__name__": g("__name__", builtin_get_name),
        "__self__": ro("__self__", builtin_get_self),
        "__doc__": g("__doc__", builtin_get_doc),
        "__module__": g("__module__", builtin_get_module),
        "__repr__": Builtin1("__repr__", builtin_repr, method=True),
        "__call__": BuiltinArgs("__call__", builtin_call, method=True),
    })
    eval_types.w_method_wrapper = _make_type(space, "method-wrapper", {
        "__name__": g("__name__", builtin_get_name),
        "__self__": ro("__self__", builtin_get_self),
        "__doc__": g("__doc__", builtin_get_doc),
        "__objclass__": ro("__objclass__", builtin_get_objclass),
        "__repr__": Builtin1("__repr__", builtin_repr, method=True),
        "__call__": BuiltinArgs("__call__", builtin_call, method=True),
        "__eq__": Builtin2("__eq__", wrapper_eq, method=True),
        "__ne__": Builtin2("__ne__", wrapper_ne, method=True),
        "__hash__": Builtin1("__hash__", wrapper_hash, method=True),
    })
    for attr, tname in [("w_wrapper_descriptor", "wrapper_descriptor"),
                        ("w_method_descriptor", "method_descriptor")]:
        setattr(eval_types, attr, _make_type(space, tname, {
            "__name__": g("__name__", builtin_get_name),
            "__doc__": g("__doc__", builtin_get_doc),
            "__objclass__": ro("__objclass__", builtin_get_objclass),
            "__repr__": Builtin1("__repr__", builtin_repr, method=True),
            "__call__": BuiltinArgs("__call__", builtin_call, method=True),
            "__get__": BuiltinOpt("__get__", descr_get_fn, 2, 3, method=True),
        }))
    space.w_code = _make_type(space, "code", {
        "co_argcount": ro("co_argcount", code_argcount),
        "co_nlocals": ro("co_nlocals", code_nlocals),
        "co_stacksize": ro("co_stacksize", code_stacksize),
        "co_flags": ro("co_flags", code_flags),
        "co_code": ro("co_code", code_code),
        "co_consts": ro("co_consts", code_consts),
        "co_names": ro("co_names", code_names),
        "co_varnames": ro("co_varnames", code_varnames),
        "co_freevars": ro("co_freevars", code_freevars),
        "co_cellvars": ro("co_cellvars", code_cellvars),
        "co_filename": ro("co_filename", code_filename),
        "co_name": ro("co_name", code_name),
        "co_firstlineno": ro("co_firstlineno", code_firstlineno),
        "co_lnotab": ro("co_lnotab", code_lnotab),
        "__repr__": Builtin1("__repr__", code_repr, method=True),
        "__eq__": Builtin2("__eq__", code_eq, method=True),
        "__ne__": Builtin2("__ne__", code_ne, method=True),
        "__hash__": Builtin1("__hash__", code_hash, method=True),
    }, code_new)
    space.w_frame = _make_type(space, "frame", {
        "f_back": ro("f_back", frame_back),
        "f_code": ro("f_code", frame_code),
        "f_globals": ro("f_globals", frame_globals),
        "f_locals": g("f_locals", frame_locals),
        "f_builtins": ro("f_builtins", frame_builtins),
        "f_lineno": g("f_lineno", frame_lineno),
        "f_lasti": ro("f_lasti", frame_lasti),
        "f_trace": g("f_trace", frame_get_trace, frame_set_trace, frame_del_trace),
        "f_restricted": ro("f_restricted", frame_restricted),
        "f_exc_type": ro("f_exc_type", frame_exc),
        "f_exc_value": ro("f_exc_value", frame_exc),
        "f_exc_traceback": ro("f_exc_traceback", frame_exc),
    })
    space.w_generator = _make_type(space, "generator", {
        "next": Builtin1("next", generator_next, method=True),
        "send": Builtin2("send", generator_send, method=True),
        "throw": BuiltinOpt("throw", generator_throw, 2, 4, method=True),
        "close": Builtin1("close", generator_close, method=True),
        "__iter__": Builtin1("__iter__", generator_iter, method=True),
        "gi_frame": ro("gi_frame", gen_frame),
        "gi_running": ro("gi_running", gen_running),
        "gi_code": ro("gi_code", gen_code),
        "__name__": g("__name__", gen_name),
        "__repr__": Builtin1("__repr__", gen_repr, method=True),
    })
    space.w_cell = _make_type(space, "cell", {
        "cell_contents": g("cell_contents", cell_contents),
        "__repr__": Builtin1("__repr__", cell_repr, method=True),
    })
    eval_types.w_traceback = _make_type(space, "traceback", {
        "tb_frame": ro("tb_frame", tb_frame),
        "tb_lineno": ro("tb_lineno", tb_lineno),
        "tb_lasti": ro("tb_lasti", tb_lasti),
        "tb_next": ro("tb_next", tb_next),
    })
