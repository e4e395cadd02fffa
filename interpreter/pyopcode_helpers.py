"""The larger pieces of some opcodes: raise, slices, class creation, print,
exec, and compiling source to app-level code objects."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.pyframe import PyFrame, dict_finditem_str

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.pycode import PyCode


# ---- raise ---------------------------------------------------------------------------

def is_exception_class(space: "ObjSpace", w_obj: W_Root) -> bool:
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    if isinstance(w_obj, W_TypeObject):
        return w_obj.issubtype(space.w_BaseException)
    return space.type(w_obj) is space.w_classobj


def is_exception_instance(space: "ObjSpace", w_obj: W_Root) -> bool:
    w_type = space.type(w_obj)
    return w_type.issubtype(space.w_BaseException) or w_type is space.w_instance


def prepare_raise(space: "ObjSpace", w_type: W_Root, w_value: W_Root,
                  w_tb: Optional[W_Root]) -> OperationError:
    """The exception `raise w_type, w_value, w_tb` raises (2.7's do_raise)."""
    from pypy27.interpreter.traceback import W_Traceback
    if w_tb is not None:
        if space.is_w(w_tb, space.w_None):
            w_tb = None
        elif not isinstance(w_tb, W_Traceback):
            return space.type_error("raise: arg 3 must be a traceback or None")
    # raise (E1, E2), v  raises E1
    while space.isinstance_w(w_type, space.w_tuple):
        items_w = space.fixedview(w_type, -1)
        if len(items_w) == 0:
            break
        w_type = items_w[0]
    if is_exception_class(space, w_type):
        from pypy27.interpreter.objspace import classobj
        operr = OperationError(w_type, None if space.is_w(w_value, space.w_None) else w_value, w_tb)
        w_inst = operr.normalize(space)
        if space.isinstance_w(w_inst, space.w_BaseException):
            operr.w_type = space.type(w_inst)
        elif isinstance(w_inst, classobj.W_InstanceObject):
            operr.w_type = w_inst.w_class       # `raise Base, sub_instance`: the instance's class
        elif not is_exception_instance(space, w_inst):
            return space.type_error("calling %s should have returned an instance of "
                                    "BaseException, not %s"
                                    % (space.str_w(space.repr(w_type)), space.type(w_inst).name))
        return operr
    if is_exception_instance(space, w_type):
        if not space.is_w(w_value, space.w_None):
            return space.type_error("instance exception may not have a separate value")
        w_inst = w_type
        if space.type(w_inst) is space.w_instance:
            w_cls = space.getattr_str(w_inst, "__class__")
        else:
            w_cls = space.type(w_inst)
        return OperationError(w_cls, w_inst, w_tb)
    return space.type_error("exceptions must be old-style classes or derived from "
                            "BaseException, not %s" % space.type(w_type).name)


# ---- slices --------------------------------------------------------------------------

def setslice(space: "ObjSpace", w_obj: W_Root, w_start: W_Root, w_stop: W_Root,
             w_value: W_Root) -> None:
    space.setslice(w_obj, w_start, w_stop, w_value)


def delslice(space: "ObjSpace", w_obj: W_Root, w_start: W_Root, w_stop: W_Root) -> None:
    space.delslice(w_obj, w_start, w_stop)


# ---- class statement --------------------------------------------------------------------

def build_class(frame: PyFrame, w_name: W_Root, w_bases: W_Root, w_dict: W_Root) -> W_Root:
    """The class statement: the type system finds the metaclass and calls it."""
    from pypy27.interpreter.objspace import typeobject
    return typeobject.build_class(frame.space, w_name, w_bases, w_dict, frame.w_globals)


# ---- print -------------------------------------------------------------------------------

def sys_stdout(space: "ObjSpace") -> W_Root:
    w_stdout = space.findattr(space.w_sys, "stdout")
    if w_stdout is None:
        raise OperationError(space.w_RuntimeError, space.newstr("lost sys.stdout"))
    return w_stdout


def file_softspace(space: "ObjSpace", w_file: W_Root, newflag: bool) -> bool:
    """Set the file's softspace and return its old value (2.7's PyFile_SoftSpace,
    errors ignored)."""
    old = False
    try:
        w_old = space.findattr(w_file, "softspace")
        if w_old is not None:
            old = space.int_w(w_old) != 0
    except OperationError:
        pass
    try:
        space.setattr(w_file, space.newstr("softspace"), space.newint(1 if newflag else 0))
    except OperationError:
        pass
    return old


def print_item(space: "ObjSpace", w_stream: Optional[W_Root], w_value: W_Root) -> None:
    if w_stream is None or space.is_w(w_stream, space.w_None):
        w_stream = sys_stdout(space)
    from pypy27.interpreter.module.builtin.io import W_File, file_write
    if isinstance(w_stream, W_File) and w_stream.w_class is None:
        # a real file: its softspace field directly (2.7 does the same)
        if w_stream.softspace:
            file_write(space, w_stream, space.newstr(" "))
        if space.isinstance_w(w_value, space.w_unicode):
            w_text = w_value
            soft = softspace_after(space.unicode_w(w_value))
        elif space.isinstance_w(w_value, space.w_str):
            w_text = w_value
            soft = softspace_after(space.str_w(w_value))
        else:
            w_text = space.str_of(w_value)
            soft = True
        file_write(space, w_stream, w_text)
        w_stream.softspace = 1 if soft else 0
        return
    w_write = space.getattr_str(w_stream, "write")
    if file_softspace(space, w_stream, False):
        space.call_function(w_write, [space.newstr(" ")])
    if space.isinstance_w(w_value, space.w_unicode):
        w_text = w_value
        text = space.unicode_w(w_value)
    else:
        w_text = space.str_of(w_value)
        if space.isinstance_w(w_text, space.w_unicode):
            text = space.unicode_w(w_text)
        else:
            text = space.str_w(w_text)
    space.call_function(w_write, [w_text])
    if isinstance_str_or_unicode(space, w_value):
        if len(text) == 0 or not is_space_char(text[len(text) - 1]) or text[len(text) - 1] == " ":
            file_softspace(space, w_stream, True)
    else:
        file_softspace(space, w_stream, True)


def softspace_after(text: str) -> bool:
    """Does printing this string leave the softspace set? (not after a
    whitespace character other than a space)"""
    if len(text) == 0:
        return True
    c = text[len(text) - 1]
    return not is_space_char(c) or c == " "


def isinstance_str_or_unicode(space: "ObjSpace", w_value: W_Root) -> bool:
    return space.isinstance_w(w_value, space.w_str) or space.isinstance_w(w_value, space.w_unicode)


def is_space_char(c: str) -> bool:
    return c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\x0b" or c == "\x0c"


def print_newline(space: "ObjSpace", w_stream: Optional[W_Root]) -> None:
    if w_stream is None or space.is_w(w_stream, space.w_None):
        w_stream = sys_stdout(space)
    from pypy27.interpreter.module.builtin.io import W_File, file_write
    if isinstance(w_stream, W_File) and w_stream.w_class is None:
        file_write(space, w_stream, space.newstr("\n"))
        w_stream.softspace = 0
        return
    space.call_method(w_stream, "write", [space.newstr("\n")])
    file_softspace(space, w_stream, False)


def print_expr(space: "ObjSpace", w_value: W_Root) -> None:
    """The interactive `>>> expr`: sys.displayhook(value)."""
    w_hook = space.findattr(space.w_sys, "displayhook")
    if w_hook is None:
        raise OperationError(space.w_RuntimeError, space.newstr("lost sys.displayhook"))
    space.call_function(w_hook, [w_value])


# ---- exec --------------------------------------------------------------------------------

def syntax_error(space: "ObjSpace", e: Exception) -> OperationError:
    """An app-level SyntaxError (or IndentationError, TabError) from the
    compiler's SyntaxErr."""
    from pypy27.interpreter.pyparser.error import SyntaxErr
    assert isinstance(e, SyntaxErr)
    if e.bare:
        from pypy27.interpreter.module.builtin.compiling import syntax_error as located_error
        return located_error(space, e)
    w_type = space.exceptions_w.get(e.type_name(), space.w_SyntaxError)
    w_text: W_Root = space.w_None
    if e.text is not None:
        w_text = space.newstr(e.text)
    w_offset: W_Root = space.w_None
    if e.offset >= 0:
        w_offset = space.newint(e.offset)
    w_details = space.newtuple([space.newstr(e.filename), space.newint(e.lineno), w_offset, w_text])
    w_args = space.newtuple([space.newstr(e.msg), w_details])
    return OperationError(w_type, w_args)


def compile_code(space: "ObjSpace", source: str, filename: str, mode: str, flags: int) -> "PyCode":
    """Compile 2.7 source to an app-level code object (SyntaxError raised at
    app level)."""
    from pypy27.interpreter.astcompiler.compiler import compile_source
    from pypy27.interpreter.pycode import PyCode
    from pypy27.interpreter.pyparser.error import SyntaxErr
    try:
        co = compile_source(source, filename, mode, flags)
    except SyntaxErr as e:
        raise syntax_error(space, e)
    return PyCode(space, co)


def exec_stmt(frame: PyFrame, w_prog: W_Root, w_globals: W_Root, w_locals: W_Root) -> None:
    from pypy27.interpreter.astcompiler.pycode import CO_FUTURE_MASK
    from pypy27.interpreter.pycode import PyCode
    space = frame.space
    if (space.isinstance_w(w_prog, space.w_tuple) and space.is_w(w_globals, space.w_None)
            and space.is_w(w_locals, space.w_None)):
        items_w = space.fixedview(w_prog, -1)
        if len(items_w) == 2 or len(items_w) == 3:
            w_prog = items_w[0]
            w_globals = items_w[1]
            if len(items_w) == 3:
                w_locals = items_w[2]
    plain = False
    if space.is_w(w_globals, space.w_None):
        w_globals = frame.w_globals
        if space.is_w(w_locals, space.w_None):
            w_locals = frame.getlocalsdict()
            plain = True
    elif space.is_w(w_locals, space.w_None):
        w_locals = w_globals
    is_code = isinstance(w_prog, PyCode)
    if not (is_code or space.isinstance_w(w_prog, space.w_str)
            or space.isinstance_w(w_prog, space.w_unicode)):
        raise space.type_error("exec: arg 1 must be a string, file, or code object")
    if not space.isinstance_w(w_globals, space.w_dict):
        raise space.type_error("exec: arg 2 must be a dictionary or None")
    from pypy27.interpreter.module.builtin.compiling import is_mapping
    if not is_mapping(space, w_locals):
        raise space.type_error("exec: arg 3 must be a mapping or None")
    if dict_finditem_str(space, w_globals, "__builtins__") is None:
        space.setitem(w_globals, space.newstr("__builtins__"), space.w_builtin)
    if isinstance(w_prog, PyCode):
        code = w_prog
        if len(code.co_freevars) > 0:
            raise space.type_error("code object passed to exec may not contain free variables")
    else:
        if space.isinstance_w(w_prog, space.w_unicode):
            source = space.unicode_w(w_prog)
        else:
            source = space.str_w(w_prog)
        code = compile_code(space, source, "<string>", "exec", frame.pycode.co_flags & CO_FUTURE_MASK)
    run_code(space, code, w_globals, w_locals)
    if plain:
        frame.locals2fast()


def run_code(space: "ObjSpace", code: "PyCode", w_globals: W_Root, w_locals: Optional[W_Root]) -> W_Root:
    """Run module-level code (a module body, exec, eval) in the given namespaces."""
    frame = PyFrame(space, code, w_globals, None)
    if w_locals is not None:
        frame.w_locals = w_locals
    return frame.run()


# ---- f(*args, **kwargs) ----------------------------------------------------------------

def func_desc(space: "ObjSpace", w_func: W_Root) -> str:
    """How 2.7 names a callable in call errors: 'f()', 'C constructor',
    'A object' (PyEval_GetFuncName + PyEval_GetFuncDesc)."""
    from pypy27.interpreter.function import W_Function, W_Method, class_name
    from pypy27.interpreter.gateway import W_Builtin, W_BuiltinMethod
    if isinstance(w_func, W_Method):
        w_func = w_func.w_function
    if isinstance(w_func, W_Function):
        return w_func.name + "()"
    if isinstance(w_func, W_Builtin):
        return w_func.name + "()"
    if isinstance(w_func, W_BuiltinMethod):
        return w_func.w_function.name + "()"
    w_type = space.type(w_func)
    if w_type is space.w_classobj:
        return class_name(space, w_func) + " constructor"
    if w_type is space.w_instance:
        w_cls = space.findattr(w_func, "__class__")
        if w_cls is not None:
            return class_name(space, w_cls) + " instance"
    return w_type.name + " object"


def make_call_args(space: "ObjSpace", w_func: W_Root, args_w: list[W_Root],
                   keywords: Optional[list[str]], keywords_w: Optional[list[W_Root]],
                   w_star: Optional[W_Root], w_starstar: Optional[W_Root]) -> "Arguments":
    """The Arguments of a call with *args and/or **kwargs, checked like 2.7's
    ext_do_call (the caller reports a bad * or ** argument)."""
    from pypy27.interpreter.arguments import Arguments
    if w_starstar is not None and not space.isinstance_w(w_starstar, space.w_dict):
        if space.findattr(w_starstar, "keys") is None:
            raise space.type_error("%s argument after ** must be a mapping, not %s"
                                   % (func_desc(space, w_func), space.type(w_starstar).name))
        w_d = space.newdict()
        for w_key in space.listview(space.call_method(w_starstar, "keys", [])):
            space.setitem(w_d, w_key, space.getitem(w_starstar, w_key))
        w_starstar = w_d
    if w_star is not None:
        if not (space.isinstance_w(w_star, space.w_tuple) or space.isinstance_w(w_star, space.w_list)):
            try:
                items_w = space.listview(w_star)
            except OperationError as e:
                from pypy27.interpreter.objspace.intobject import special_method
                if (e.match(space, space.w_TypeError) and special_method(space, w_star, "__iter__") is None
                        and special_method(space, w_star, "__getitem__") is None):
                    raise space.type_error("%s argument after * must be an iterable, not %s"
                                           % (func_desc(space, w_func), space.type(w_star).name))
                raise
            w_star = space.newtuple(items_w)
        args_w = args_w + space.fixedview(w_star, -1)
        w_star = None
    return Arguments(args_w, keywords, keywords_w, None, w_starstar)
