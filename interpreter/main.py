"""Running a program: a script, `-c` source, a `-m` module or stdin as the
__main__ module, with sys.argv, 2.7's exit codes (SystemExit, 1 on an
uncaught exception) and traceback printing. The options are parsed in
interpreter/cmdline.py and applied in interpreter/startup.py."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def make_main_module(space: "ObjSpace", filename: Optional[str]) -> W_Root:
    """A fresh __main__ module, registered in sys.modules; its dict."""
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    w_mod = W_Module(space, space.newstr("__main__"))
    w_dict = w_mod.w_dict
    from pypy27.interpreter.objspace.celldict import make_module_dict
    make_module_dict(space, w_dict)
    space.setitem(w_dict, space.newstr("__builtins__"), space.w_builtin)
    space.setitem(w_dict, space.newstr("__doc__"), space.w_None)
    space.setitem(w_dict, space.newstr("__package__"), space.w_None)
    if filename is not None:
        space.setitem(w_dict, space.newstr("__file__"), space.newstr(filename))
    w_modules = space.findattr(space.w_sys, "modules")
    if w_modules is not None:
        space.setitem(w_modules, space.newstr("__main__"), w_mod)
    return w_dict


def set_sys_argv(space: "ObjSpace", argv: list[str]) -> None:
    items_w: list[W_Root] = []
    for a in argv:
        items_w.append(space.newstr(a))
    space.setattr(space.w_sys, space.newstr("argv"), space.newlist(items_w))


def set_sys_path0(space: "ObjSpace", directory: str) -> None:
    w_path = space.findattr(space.w_sys, "path")
    if w_path is None:
        return
    space.call_method(w_path, "insert", [space.newint(0), space.newstr(directory)])


def run_main_source(space: "ObjSpace", source: str, filename: str, argv: list[str]) -> Optional[OperationError]:
    """Compile and run source as __main__; the uncaught exception, if any."""
    from pypy27.interpreter.executioncontext import get_ec
    from pypy27.interpreter.pyopcode_helpers import compile_code, run_code
    ec = get_ec(space)
    ec.sys_exc_operr = None
    try:
        set_sys_argv(space, argv)
        w_globals = make_main_module(space, None if filename.startswith("<") else filename)
        code = compile_code(space, source, filename, "exec", 0)
        run_code(space, code, w_globals, w_globals)
    except OperationError as e:
        ec.sys_exc_operr = e
        return e
    return None


def exit_code_of(space: "ObjSpace", operr: OperationError) -> int:
    """2.7's handling of an uncaught exception at exit: SystemExit's code
    (printing a non-integer one), else the traceback and 1."""
    from pypy27.interpreter.traceback import print_exception, write_to_stderr
    if operr.match(space, space.w_SystemExit):
        w_value = operr.normalize(space)
        w_code = space.findattr(w_value, "code")
        if w_code is None:
            w_code = w_value
        if space.is_w(w_code, space.w_None):
            return 0
        if space.isinstance_w(w_code, space.w_int):
            return space.int_w(w_code) & 0xff
        try:
            write_to_stderr(space, space.str_w(space.str_of(w_code)) + "\n")
        except OperationError:
            pass
        return 1
    print_uncaught(space, operr)
    return 1


def print_uncaught(space: "ObjSpace", operr: OperationError) -> None:
    """Report an uncaught exception: through a user's sys.excepthook, else
    2.7's traceback on sys.stderr."""
    from pypy27.interpreter.traceback import print_exception, write_to_stderr
    set_last_exception(space, operr)
    w_hook = space.findattr(space.w_sys, "excepthook")
    w_default = space.findattr(space.w_sys, "__excepthook__")
    if w_hook is None:
        write_to_stderr(space, "sys.excepthook is missing\n")
    elif w_hook is not None and not space.is_w(w_hook, space.w_None) and w_hook is not w_default:
        w_value = operr.normalize(space)
        w_tb = operr.w_traceback if operr.w_traceback is not None else space.w_None
        try:
            space.call_function(w_hook, [operr.w_type, w_value, w_tb])
            return
        except OperationError as e:
            write_to_stderr(space, "Error in sys.excepthook:\n")
            try:
                print_exception(space, e)
            except OperationError:
                pass
            write_to_stderr(space, "\nOriginal exception was:\n")
    try:
        print_exception(space, operr)
    except OperationError:
        pass


def set_last_exception(space: "ObjSpace", operr: OperationError) -> None:
    """sys.last_type, last_value and last_traceback (for pdb.pm())."""
    try:
        w_value = operr.normalize(space)
        w_tb = operr.w_traceback if operr.w_traceback is not None else space.w_None
        space.setattr(space.w_sys, space.newstr("last_type"), operr.w_type)
        space.setattr(space.w_sys, space.newstr("last_value"), w_value)
        space.setattr(space.w_sys, space.newstr("last_traceback"), w_tb)
    except OperationError:
        pass


def end_softspace(space: "ObjSpace") -> None:
    """2.7 ends a pending `print x,` line before exiting or printing a
    traceback."""
    from pypy27.interpreter.pyopcode_helpers import file_softspace
    w_stdout = space.findattr(space.w_sys, "stdout")
    if w_stdout is None or space.is_w(w_stdout, space.w_None):
        return
    try:
        if file_softspace(space, w_stdout, False):
            space.call_method(w_stdout, "write", [space.newstr("\n")])
    except OperationError:
        pass


def flush_output(space: "ObjSpace") -> None:
    from pypy27.interpreter.module.builtin.io import flush_std_files
    try:
        flush_std_files(space)
    except OperationError:
        pass


def main(space: "ObjSpace", argv: list[str]) -> int:
    """The program's entry point: argv[0] is the executable."""
    from pypy27.interpreter.cmdline import parse_cmdline
    from pypy27.interpreter.home import find_executable, find_home
    from pypy27.interpreter.module.sys.state import set_executable
    set_executable(space, find_executable(argv[0]), find_home(argv[0]))
    from pypy27.interpreter.startup import run_cmdline
    return run_cmdline(space, argv[0], parse_cmdline(argv[1:]))


def flush_io_files(space: "ObjSpace") -> None:
    """Write out the buffers of the files io.open() made that are still
    open (2.7 flushes them when it frees them at exit)."""
    from pypy27.interpreter.module.builtin.moduleobject import finditem_str
    w_modules = space.findattr(space.w_sys, "modules")
    if w_modules is None:
        return
    try:
        w_io = finditem_str(space, w_modules, "_io")
        if w_io is None:
            return
        w_flush = space.findattr(w_io, "_flush_at_exit")
        if w_flush is not None:
            space.call_function(w_flush, [])
    except OperationError:
        pass
