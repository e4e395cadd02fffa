"""compile eval execfile input raw_input locals globals: running source
through interpreter/astcompiler and the evaluator."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments, Signature
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.pyparser.consts import CO_NESTED, PyCF_DONT_IMPLY_DEDENT, PyCF_MASK, \
    PyCF_ONLY_AST, PyCF_SOURCE_IS_UTF8

if TYPE_CHECKING:
    from pypy27.interpreter.astcompiler import ast
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.pyframe import PyFrame
    from pypy27.interpreter.pycode import PyCode

CO_GENERATOR_ALLOWED = 0x1000
# nested_scopes' flag is accepted too: its feature is always on in 2.7
ALLOWED_FLAGS = (PyCF_MASK | PyCF_SOURCE_IS_UTF8 | PyCF_DONT_IMPLY_DEDENT | PyCF_ONLY_AST
                 | CO_GENERATOR_ALLOWED | CO_NESTED)
IGNORED_FLAGS = CO_GENERATOR_ALLOWED | CO_NESTED


def caller_frame(space: "ObjSpace") -> Optional["PyFrame"]:
    from pypy27.interpreter.executioncontext import get_ec
    return get_ec(space).topframe


def caller_locals(space: "ObjSpace") -> W_Root:
    frame = caller_frame(space)
    if frame is None:
        return caller_globals(space)
    return frame.getlocalsdict()


def caller_globals(space: "ObjSpace") -> W_Root:
    frame = caller_frame(space)
    if frame is None:
        from pypy27.interpreter.module.builtin.moduleobject import W_Module
        w_main = space.builtin_modules_w.get("__main__", None)
        if isinstance(w_main, W_Module):
            return w_main.w_dict
        return space.newdict()
    return frame.w_globals


def builtin_locals(space: "ObjSpace") -> W_Root:
    return caller_locals(space)


def builtin_globals(space: "ObjSpace") -> W_Root:
    return caller_globals(space)


def caller_future_flags(space: "ObjSpace") -> int:
    frame = caller_frame(space)
    if frame is None:
        return 0
    return frame.pycode.co_flags & PyCF_MASK


def syntax_error(space: "ObjSpace", e: Exception) -> OperationError:
    """The app-level SyntaxError (or IndentationError, TabError) for a
    compiler error."""
    from pypy27.interpreter.pyparser.error import SyntaxErr
    assert isinstance(e, SyntaxErr)
    w_type = space.exceptions_w.get(e.type_name(), space.w_SyntaxError)
    if e.bare:
        w_exc = space.call_function(w_type, [space.newstr(e.msg)])
        if e.lineno >= 0:
            space.setattr(w_exc, space.newstr("filename"), space.newstr(e.filename))
            space.setattr(w_exc, space.newstr("lineno"), space.newint(e.lineno))
        return OperationError(w_type, w_exc)
    w_text = space.w_None if e.text is None else space.newstr(e.text)
    w_offset = space.w_None if e.offset < 0 else space.newint(e.offset)
    w_info = space.newtuple([space.newstr(e.filename), space.newint(e.lineno), w_offset, w_text])
    w_exc = space.call_function(w_type, [space.newstr(e.msg), w_info])
    return OperationError(w_type, w_exc)


def compile_to_code(space: "ObjSpace", source: str, filename: str, mode: str, flags: int) -> "PyCode":
    from pypy27.interpreter.astcompiler.compiler import compile_source
    from pypy27.interpreter.astcompiler.misc import WarningSink
    from pypy27.interpreter.module._warnings.interp_warn import warn_compiled
    from pypy27.interpreter.pycode import PyCode
    from pypy27.interpreter.pyparser.error import SyntaxErr
    sink = WarningSink()
    try:
        co = compile_source(source, filename, mode, flags, sink)
    except SyntaxErr as e:
        warn_compiled(space, sink, filename)    # 2.7 has issued those found before the error
        raise syntax_error(space, e)
    warn_compiled(space, sink, filename)
    return PyCode(space, co)


def source_of(space: "ObjSpace", w_source: W_Root, fname: str, flags: int) -> tuple[str, int]:
    """The source text of a str/unicode argument (unicode as UTF-8)."""
    if space.isinstance_w(w_source, space.w_unicode):
        return space.unicode_w(w_source), flags | PyCF_SOURCE_IS_UTF8
    if space.isinstance_w(w_source, space.w_str):
        return space.str_w(w_source), flags
    w_buffer_type = space.builtin_types_w.get("buffer", None)
    if w_buffer_type is not None and space.isinstance_w(w_source, w_buffer_type):
        return space.str_w(space.str_of(w_source)), flags
    raise space.type_error("expected a readable buffer object")


def builtin_compile(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "compile()")
    if not args.args_w and "source" not in args.keywords:
        raise space.type_error("Required argument 'source' (pos 1) not found")
    sig = Signature(["source", "filename", "mode", "flags", "dont_inherit"])
    scope = args.parse_into_scope(space, "compile()", sig, [space.newint(0), space.newint(0)])
    w_source = scope[0]
    w_filename = scope[1]
    w_mode = scope[2]
    w_flags = scope[3]
    w_dont_inherit = scope[4]
    assert w_source is not None and w_filename is not None and w_mode is not None
    assert w_flags is not None and w_dont_inherit is not None
    if space.isinstance_w(w_filename, space.w_unicode):
        w_filename = space.str_of(w_filename)    # 2.7 encodes it with the default encoding
    if not space.isinstance_w(w_filename, space.w_str):
        raise space.type_error("compile() argument 2 must be string, not %s" % space.type(w_filename).name)
    if not space.isinstance_w(w_mode, space.w_str):
        raise space.type_error("compile() argument 3 must be string, not %s" % space.type(w_mode).name)
    filename = space.str_w(w_filename)
    mode = space.str_w(w_mode)
    flags = space.int_w(w_flags)
    if flags & ~ALLOWED_FLAGS:
        raise space.value_error("compile(): unrecognised flags")
    if not space.is_true(w_dont_inherit):
        flags |= caller_future_flags(space)
    if mode != "exec" and mode != "eval" and mode != "single":
        raise space.value_error("compile() arg 3 must be 'exec', 'eval' or 'single'")
    from pypy27.interpreter.module.builtin import astmodule
    if astmodule.is_ast_object(space, w_source):
        if flags & PyCF_ONLY_AST:
            return w_source
        tree = astmodule.tree_from_app(space, w_source, mode)
        return compile_tree(space, tree, filename, mode, flags & ~IGNORED_FLAGS)
    source, flags = source_of(space, w_source, "compile", flags)
    if "\x00" in source:
        raise space.type_error("compile() expected string without null bytes")
    if flags & PyCF_ONLY_AST:
        from pypy27.interpreter.pyparser.error import SyntaxErr
        from pypy27.interpreter.pyparser.parser import parse
        try:
            tree = parse(source, filename, mode, flags & ~(IGNORED_FLAGS | PyCF_ONLY_AST))
        except SyntaxErr as e:
            raise syntax_error(space, e)
        return astmodule.tree_to_app(space, tree)
    return compile_to_code(space, source, filename, mode, flags & ~IGNORED_FLAGS)


def compile_tree(space: "ObjSpace", tree: "ast.mod", filename: str, mode: str, flags: int) -> "PyCode":
    from pypy27.interpreter.astcompiler.compiler import compile_ast
    from pypy27.interpreter.pycode import PyCode
    from pypy27.interpreter.pyparser.error import SyntaxErr
    try:
        co = compile_ast(tree, filename, mode, flags)
    except SyntaxErr as e:
        raise syntax_error(space, e)
    return PyCode(space, co)


def is_mapping(space: "ObjSpace", w_obj: W_Root) -> bool:
    """2.7's PyMapping_Check: an old-style instance with __getitem__, or a
    type with __getitem__ that is not a sliceable sequence (__getslice__)."""
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    if isinstance(w_obj, W_InstanceObject):
        return space.findattr(w_obj, "__getitem__") is not None
    if space.lookup(w_obj, "__getitem__") is None:
        return False
    return space.lookup(w_obj, "__getslice__") is None


def check_globals_locals(space: "ObjSpace", w_globals: Optional[W_Root], w_locals: Optional[W_Root],
                         what: str) -> tuple[W_Root, W_Root]:
    """The (globals, locals) to run eval/exec/execfile code with."""
    if w_globals is not None and space.is_w(w_globals, space.w_None):
        w_globals = None
    if w_locals is not None and space.is_w(w_locals, space.w_None):
        w_locals = None
    if w_globals is not None and not space.isinstance_w(w_globals, space.w_dict):
        if what == "eval":
            raise space.type_error("globals must be a dict")
        raise space.type_error("%s() arg 2 must be a dictionary" % what)
    if w_locals is not None and not is_mapping(space, w_locals):
        raise space.type_error("locals must be a mapping")
    if w_globals is None:
        w_globals = caller_globals(space)
        if w_locals is None:
            w_locals = caller_locals(space)
    if w_locals is None:
        w_locals = w_globals
    ensure_builtins(space, w_globals)
    return w_globals, w_locals


def ensure_builtins(space: "ObjSpace", w_globals: W_Root) -> None:
    from pypy27.interpreter.module.builtin.moduleobject import finditem_str
    if finditem_str(space, w_globals, "__builtins__") is None:
        space.setitem(w_globals, space.newstr("__builtins__"), space.w_builtin)


def run_code(space: "ObjSpace", code: "PyCode", w_globals: W_Root, w_locals: W_Root) -> W_Root:
    from pypy27.interpreter.pyframe import PyFrame
    frame = PyFrame(space, code, w_globals, None)
    frame.w_locals = w_locals
    return frame.run()


def builtin_eval(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.pycode import PyCode
    w_source = args_w[0]
    assert w_source is not None
    w_globals, w_locals = check_globals_locals(space, args_w[1], args_w[2], "eval")
    if isinstance(w_source, PyCode):
        if w_source.co_freevars:
            raise space.type_error("code object passed to eval() may not contain free variables")
        return run_code(space, w_source, w_globals, w_locals)
    if not (space.isinstance_w(w_source, space.w_str) or space.isinstance_w(w_source, space.w_unicode)):
        w_buffer_type = space.builtin_types_w.get("buffer", None)
        if w_buffer_type is None or not space.isinstance_w(w_source, w_buffer_type):
            raise space.type_error("eval() arg 1 must be a string or code object")
    source, flags = source_of(space, w_source, "eval", caller_future_flags(space))
    if "\x00" in source:
        raise space.type_error("eval() expected string without null bytes")
    i = 0
    while i < len(source) and (source[i] == " " or source[i] == "\t"):
        i += 1
    source = source[i:]
    code = compile_to_code(space, source, "<string>", "eval", flags)
    return run_code(space, code, w_globals, w_locals)


def builtin_execfile(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.module.builtin.io import ioerror
    from pypy27.support.fileio import FileError, read_file
    w_filename = args_w[0]
    assert w_filename is not None
    if not space.isinstance_w(w_filename, space.w_str):
        raise space.type_error("execfile() argument 1 must be string, not %s" % space.type(w_filename).name)
    filename = space.str_w(w_filename)
    w_g = args_w[1]
    if w_g is not None and not space.isinstance_w(w_g, space.w_dict):
        raise space.type_error("execfile() argument 2 must be dict, not %s" % space.type(w_g).name)
    w_globals, w_locals = check_globals_locals(space, w_g, args_w[2], "execfile")
    try:
        source = read_file(filename)
    except FileError as e:
        raise ioerror(space, e.errno, filename)
    flags = caller_future_flags(space) | 0x100000   # PyCF_SOURCE_IS_FILE
    code = compile_to_code(space, source, filename, "exec", flags)
    run_code(space, code, w_globals, w_locals)
    return space.w_None


def builtin_raw_input(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.module.sys.state import sys_get
    w_prompt = args_w[0]
    w_stdin = sys_get(space, "stdin")
    w_stdout = sys_get(space, "stdout")
    if w_stdin is None:
        raise space.error(space.w_RuntimeError, "[raw_]input: lost sys.stdin")
    if w_stdout is None:
        raise space.error(space.w_RuntimeError, "[raw_]input: lost sys.stdout")
    from pypy27.interpreter.module.readline.lineinput import readline_input, usable
    if usable(space):       # the readline module is imported and we are on a terminal
        prompt = space.str_w(space.str_of(w_prompt)) if w_prompt is not None else ""
        space.call_method(w_stdout, "flush", [])
        space.setattr(w_stdout, space.newstr("softspace"), space.newint(0))
        line = readline_input(space, prompt)
        if line is None:
            raise space.error(space.w_EOFError, "EOF when reading a line")
        return space.newstr(line)
    if w_prompt is not None:
        space.call_method(w_stdout, "write", [space.str_of(w_prompt)])
    w_flush = space.findattr(w_stdout, "flush")
    if w_flush is not None:
        space.call_function(w_flush, [])
    space.setattr(w_stdout, space.newstr("softspace"), space.newint(0))
    w_line = space.call_method(w_stdin, "readline", [])
    if not space.is_true(w_line):
        raise space.error(space.w_EOFError, "EOF when reading a line")
    line = space.str_w(w_line)
    if line.endswith("\n"):
        line = line[:-1]
    return space.newstr(line)


def builtin_input(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_line = builtin_raw_input(space, args_w)
    return builtin_eval(space, [w_line, None, None])
