"""Start-up after the command line is parsed: the environment variables, sys
settings (flags, path, argv, warnoptions), the site module, then running the
program (-c, -m, a script, stdin, or the interactive prompt) and exiting."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.cmdline import VERSION_LINE, CmdLine, help_text, usage_line
from pypy27.interpreter.error import OperationError
from pypy27.support.ffi import external

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def ignore_sigpipe() -> None:
    """Like 2.7, ignore SIGPIPE: writing to a closed pipe is an IOError
    (EPIPE) for the program to handle, not a silent death."""
    c_signal(SIGPIPE, SIG_IGN)


c_signal = external("signal", ["int", "void*"], "void*", header="<signal.h>")
SIGPIPE = 13
SIG_IGN = 1


def getenv(cl: CmdLine, name: str) -> str:
    """An environment variable ("" when unset or under -E)."""
    from pypy27.interpreter.home import c_getenv
    if cl.ignore_environment:
        return ""
    value = c_getenv(name)
    if value is None:
        return ""
    return value


def apply_environment(cl: CmdLine) -> None:
    if getenv(cl, "PYTHONINSPECT") and stdin_is_tty():
        cl.inspect = True     # unlike -i, only when stdin is a terminal
    if getenv(cl, "PYTHONUNBUFFERED"):
        cl.unbuffered = True
    if getenv(cl, "PYTHONDONTWRITEBYTECODE"):
        cl.dont_write_bytecode = True
    if getenv(cl, "PYTHONNOUSERSITE"):
        cl.no_user_site = True
    if getenv(cl, "PYTHONOPTIMIZE") and cl.optimize == 0:
        cl.optimize = env_level(getenv(cl, "PYTHONOPTIMIZE"))
    if getenv(cl, "PYTHONVERBOSE") and cl.verbose == 0:
        cl.verbose = env_level(getenv(cl, "PYTHONVERBOSE"))
    warnings = getenv(cl, "PYTHONWARNINGS")
    if warnings:
        # 2.7 puts them after the -W options
        cl.warnoptions = cl.warnoptions + [w.strip() for w in warnings.split(",") if w.strip()]


def env_level(value: str) -> int:
    """PYTHONOPTIMIZE=2 means -OO; any other non-empty value counts as 1."""
    if value.isdigit() and len(value) < 9:
        return max(1, int(value))
    return 1


def apply_flags(space: "ObjSpace", cl: CmdLine) -> None:
    """sys.flags, sys.dont_write_bytecode, sys.py3kwarning, sys.warnoptions,
    __debug__, the compiler's -O and -u's unbuffered stdout."""
    from pypy27.interpreter.astcompiler.options import options
    from pypy27.interpreter.module.builtin.io import set_unbuffered
    from pypy27.interpreter.module.sys.state import set_flag
    values = [("debug", 1 if cl.debug else 0), ("py3k_warning", 1 if cl.py3k_warning else 0),
              ("division_warning", cl.division_warning), ("division_new", 1 if cl.division_new else 0),
              ("inspect", 1 if cl.inspect else 0), ("interactive", 1 if cl.interactive else 0),
              ("optimize", cl.optimize), ("dont_write_bytecode", 1 if cl.dont_write_bytecode else 0),
              ("no_user_site", 1 if cl.no_user_site else 0), ("no_site", 1 if cl.no_site else 0),
              ("ignore_environment", 1 if cl.ignore_environment else 0), ("tabcheck", cl.tabcheck),
              ("verbose", cl.verbose), ("unicode", 1 if cl.unicode else 0),
              ("bytes_warning", cl.bytes_warning),
              ("hash_randomization", 1 if cl.hash_randomization else 0)]
    for name, value in values:
        set_flag(space, name, value)
    options.optimize = cl.optimize
    options.division_new = cl.division_new
    space.setattr(space.w_builtin, space.newstr("__debug__"), space.newbool(cl.optimize == 0))
    items_w: list[W_Root] = []
    for w in cl.warnoptions:
        items_w.append(space.newstr(w))
    space.setattr(space.w_sys, space.newstr("warnoptions"), space.newlist(items_w))
    if cl.unbuffered:
        set_unbuffered(space)
    if cl.ignore_environment:
        from pypy27.interpreter.module.builtin.io import std_env
        std_env.ignore_environment = True


def add_pythonpath(space: "ObjSpace", cl: CmdLine) -> None:
    """PYTHONPATH's directories go before the library (before site runs)."""
    w_path = space.findattr(space.w_sys, "path")
    pythonpath = getenv(cl, "PYTHONPATH")
    if w_path is None or not pythonpath:
        return
    i = 0
    for entry in pythonpath.split(":"):
        if entry:
            space.call_method(w_path, "insert", [space.newint(i), space.newstr(entry)])
            i += 1


def insert_path0(space: "ObjSpace", path0: str) -> None:
    """The program's directory ('' for -c, -m and stdin) becomes sys.path[0]
    once site has run, as in 2.7."""
    w_path = space.findattr(space.w_sys, "path")
    if w_path is not None:
        space.call_method(w_path, "insert", [space.newint(0), space.newstr(path0)])


def import_warnings(space: "ObjSpace", cl: CmdLine) -> None:
    """Like 2.7, _warnings is loaded from the start (with its default
    filters), and warnings too when there are -W options, which it applies;
    a failure to import it is ignored."""
    from pypy27.interpreter.importing import importhook
    try:
        importhook(space, "_warnings", None, None, 0)
        if cl.warnoptions:
            importhook(space, "warnings", None, None, 0)
    except OperationError:
        pass


def import_site(space: "ObjSpace", cl: CmdLine) -> None:
    """`import site` (unless -S), when the library has one; a failure is
    reported as 2.7 does and start-up goes on."""
    from pypy27.interpreter.importing import importhook
    from pypy27.interpreter.main import print_uncaught
    from pypy27.interpreter.traceback import write_to_stderr
    try:
        importhook(space, "site", None, None, 0)
    except OperationError as e:
        if e.match(space, space.w_ImportError) and not site_exists(space):
            return
        if e.match(space, space.w_SystemExit):
            raise
        if cl.verbose:
            print_uncaught(space, e)
        else:
            write_to_stderr(space, "'import site' failed; use -v for traceback\n")


def site_exists(space: "ObjSpace") -> bool:
    from pypy27.interpreter.importfs import is_file
    w_path = space.findattr(space.w_sys, "path")
    if w_path is None:
        return False
    for w_dir in space.listview(w_path):
        if space.isinstance_w(w_dir, space.w_str):
            d = space.str_w(w_dir)
            if is_file((d + "/" if d else "") + "site.py"):
                return True
    return False


def script_dir(filename: str) -> str:
    """sys.path[0] for a script: 2.7 takes the directory of its real path
    (absolute, symlinks resolved) while __file__ stays as given."""
    from pypy27.interpreter.home import realpath
    real = realpath(filename)
    return dirname_of(real if real else filename)


def dirname_of(filename: str) -> str:
    slash = filename.rfind("/")
    if slash < 0:
        return ""
    if slash == 0:
        return "/"
    return filename[:slash]


def skip_first_line(source: str) -> str:
    """-x: the first line is not Python; keep its newline so line numbers stay."""
    nl = source.find("\n")
    if nl < 0:
        return ""
    return source[nl:]


def read_stdin_source(space: "ObjSpace") -> str:
    w_stdin = space.getattr_str(space.w_sys, "stdin")
    return space.str_w(space.call_method(w_stdin, "read", []))


def stdin_is_tty() -> bool:
    from pypy27.interpreter.module.builtin.io import c_isatty
    return c_isatty(0) == 1


class Program(object):
    """What to run as __main__: source and its file name, or a module for
    runpy, or nothing (the interactive prompt only); path0 is sys.path[0]."""
    source: Optional[str]
    filename: str
    module: Optional[str]
    path0: str

    def __init__(self, source: Optional[str], filename: str, module: Optional[str], path0: str = "") -> None:
        self.source = source
        self.filename = filename
        self.module = module
        self.path0 = path0


def choose_program(space: "ObjSpace", prog: str, cl: CmdLine) -> tuple[Optional[Program], int]:
    """The program and sys.path[0]; (None, status) when start-up fails."""
    from pypy27.interpreter.importfs import is_file
    from pypy27.interpreter.traceback import write_to_stderr
    from pypy27.support.fileio import FileError, read_file
    if cl.command is not None:
        return Program(cl.command, "<string>", None), 0
    if cl.module is not None:
        return Program(None, "", cl.module), 0
    filename = cl.filename
    if filename is None or filename == "-":
        if filename is None and (stdin_is_tty() or cl.inspect):
            return Program(None, "<stdin>", None), 0     # the prompt
        return Program(read_stdin_source(space), "<stdin>", None), 0
    try:
        source = read_file(filename)
    except FileError as e:
        if e.errno == 21 and is_file(filename + "/__main__.py"):
            # a directory with a __main__.py: run that, with the directory on sys.path
            return Program(None, "", "__main__", filename), 0
        if e.errno == 21:
            write_to_stderr(space, "%s: can't find '__main__' module in '%s'\n" % (prog, filename))
            return None, 1
        from pypy27.support.fileio import c_strerror
        strerror = c_strerror(e.errno)
        write_to_stderr(space, "%s: can't open file '%s': [Errno %d] %s\n"
                        % (prog, filename, e.errno, strerror if strerror is not None else "error"))
        return None, 2
    if cl.skip_first_line:
        source = skip_first_line(source)
    return Program(source, filename, None, script_dir(filename)), 0


def run_module(space: "ObjSpace", modname: str, set_argv0: bool) -> None:
    """-m: runpy._run_module_as_main(modname, set_argv0)."""
    from pypy27.interpreter.importing import importhook
    w_runpy = importhook(space, "runpy", None, None, 0)
    w_fn = space.getattr_str(w_runpy, "_run_module_as_main")
    space.call_function(w_fn, [space.newstr(modname), space.newbool(set_argv0)])


def run_startup_file(space: "ObjSpace", cl: CmdLine, w_globals: W_Root) -> None:
    """PYTHONSTARTUP, before the first prompt of an interactive session."""
    from pypy27.interpreter.main import print_uncaught
    from pypy27.interpreter.pyopcode_helpers import compile_code, run_code
    startup = getenv(cl, "PYTHONSTARTUP")
    if not startup:
        return
    from pypy27.support.fileio import FileError, read_file
    try:
        source = read_file(startup)
    except FileError:
        return
    try:
        run_code(space, compile_code(space, source, startup, "exec", 0), w_globals, w_globals)
    except OperationError as e:
        if e.match(space, space.w_SystemExit):
            raise
        print_uncaught(space, e)


def run_program(space: "ObjSpace", cl: CmdLine, program: Program) -> Optional[OperationError]:
    """Run the program as __main__; the uncaught exception, if any."""
    from pypy27.interpreter.executioncontext import get_ec
    from pypy27.interpreter.pyopcode_helpers import compile_code, run_code
    ec = get_ec(space)
    ec.sys_exc_operr = None
    try:
        if program.module is not None:
            run_module(space, program.module, True)
            return None
        source = program.source
        if source is None:
            return None
        filename = program.filename
        w_globals = main_dict(space)
        code = compile_code(space, source, filename, "exec", 0)
        run_code(space, code, w_globals, w_globals)
    except OperationError as e:
        ec.sys_exc_operr = e
        return e
    return None


def main_dict(space: "ObjSpace") -> W_Root:
    """__main__'s dict (a fresh one if the program replaced the module)."""
    from pypy27.interpreter.main import make_main_module
    from pypy27.interpreter.objspace.objectobject import dict_finditem_str
    w_modules = space.findattr(space.w_sys, "modules")
    if w_modules is not None:
        w_main = dict_finditem_str(space, w_modules, "__main__")
        if w_main is not None:
            w_dict = space.findattr(w_main, "__dict__")
            if w_dict is not None:
                return w_dict
    return make_main_module(space, None)


def run_exitfunc(space: "ObjSpace", code: int) -> int:
    """sys.exitfunc (what the atexit module installs), called once at exit;
    a SystemExit it raises decides the exit status, as in 2.7."""
    from pypy27.interpreter.main import print_uncaught
    from pypy27.interpreter.traceback import write_to_stderr
    from pypy27.interpreter.main import end_softspace, exit_code_of, flush_output
    w_func = space.findattr(space.w_sys, "exitfunc")
    if w_func is None:
        return code
    try:
        space.delattr(space.w_sys, space.newstr("exitfunc"))
    except OperationError:
        pass
    try:
        space.call_function(w_func, [])
    except OperationError as e:
        end_softspace(space)
        flush_output(space)
        if e.match(space, space.w_SystemExit):
            return exit_code_of(space, e)
        write_to_stderr(space, "Error in sys.exitfunc:\n")
        print_uncaught(space, e)
    return code


def run_cmdline(space: "ObjSpace", prog: str, cl: CmdLine) -> int:
    from pypy27.interpreter.interactive import interact, print_banner
    from pypy27.interpreter.main import end_softspace, exit_code_of, flush_output, make_main_module, \
        set_sys_argv
    from pypy27.interpreter.traceback import write_to_stderr
    if cl.error:
        write_to_stderr(space, cl.error + usage_line(prog) + "Try `python -h' for more information.\n")
        return 2
    if cl.show_help:
        space.call_method(space.getattr_str(space.w_sys, "stdout"), "write",
                          [space.newstr(help_text(prog))])
        flush_output(space)
        return 0
    if cl.show_version:
        write_to_stderr(space, VERSION_LINE)
        return 0
    ignore_sigpipe()
    apply_environment(cl)
    apply_flags(space, cl)
    set_sys_argv(space, cl.prog_argv)
    add_pythonpath(space, cl)
    import_warnings(space, cl)
    program, status = choose_program(space, prog, cl)
    if program is None:
        return status
    w_main_dict = make_main_module(space, None)
    code = 0
    operr: Optional[OperationError] = None
    if not cl.no_site:
        try:
            import_site(space, cl)
        except OperationError as e:
            operr = e
    if not program.filename.startswith("<"):
        # set after site ran: its abs__file__ must not make it absolute (2.7)
        space.setitem(w_main_dict, space.newstr("__file__"), space.newstr(program.filename))
    insert_path0(space, program.path0)
    interactive_only = program.source is None and program.module is None
    if operr is None and not interactive_only:
        operr = run_program(space, cl, program)
    end_softspace(space)
    if operr is not None:
        flush_output(space)
        if operr.match(space, space.w_SystemExit) or not cl.inspect:
            code = exit_code_of(space, operr)
            return finish(space, code)
        exit_code_of(space, operr)      # prints the traceback; -i goes on to the prompt
    if cl.inspect or interactive_only:
        w_globals = main_dict(space)
        if interactive_only and (stdin_is_tty() or cl.inspect):
            print_banner(space)
        try:
            if interactive_only:
                run_startup_file(space, cl, w_globals)
        except OperationError as e:
            return finish(space, exit_code_of(space, e))
        code = interact(space, w_globals)
    return finish(space, code)


def finish(space: "ObjSpace", code: int) -> int:
    from pypy27.interpreter.main import end_softspace, flush_io_files, flush_output
    from pypy27.interpreter.module.gc.finalize import finalize_at_exit
    from pypy27.interpreter.module.thread.osthread import wait_for_thread_shutdown
    wait_for_thread_shutdown(space)
    code = run_exitfunc(space, code)
    end_softspace(space)
    finalize_at_exit(space)     # __del__ of what only __main__'s globals held
    end_softspace(space)
    flush_io_files(space)
    flush_output(space)
    return code
