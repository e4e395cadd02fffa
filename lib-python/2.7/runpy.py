"""Locating and running modules and scripts as programs (what `python -m`
uses): run_module, run_path, and the command line's _run_module_as_main.

Modules are found as source files on sys.path (or on their package's
__path__); a package runs its __main__ submodule."""
import sys

__all__ = ["run_module", "run_path"]


class _ModuleSource(object):
    """A module found on disk: its file, source text and package name."""
    def __init__(self, name, filename, source, is_package):
        self.name = name
        self.filename = filename
        self.source = source
        self.is_package = is_package

    def get_code(self):
        return compile(self.source, self.filename, "exec", 0, True)


def _read(path):
    try:
        f = open(path, "rU")
    except IOError:
        return None
    try:
        return f.read()
    finally:
        f.close()


def _isdir_with(dirname, filename):
    return _read(dirname + "/" + filename) is not None


def _cwd():
    """The current directory with a trailing slash: the file of a module
    found through the '' entry of sys.path is named absolutely."""
    for name in ("os", "posix"):
        try:
            return __import__(name).getcwd() + "/"
        except (ImportError, AttributeError, OSError):
            pass
    return ""


def _search(name, path, fullname):
    for entry in path:
        if not isinstance(entry, str):
            continue
        base = entry + "/" + name if entry else _cwd() + name
        source = _read(base + "/__init__.py")
        if source is not None:
            return _ModuleSource(fullname, base + "/__init__.py", source, True)
        source = _read(base + ".py")
        if source is not None:
            return _ModuleSource(fullname, base + ".py", source, False)
    return None


def _find_module(mod_name):
    """The _ModuleSource of a dotted module name, importing its parents."""
    if "." in mod_name:
        parent, _, last = mod_name.rpartition(".")
        __import__(parent)
        path = getattr(sys.modules[parent], "__path__", None)
        if path is None:
            return None
        return _search(last, path, mod_name)
    if mod_name in sys.builtin_module_names and mod_name != "__main__":
        raise ImportError("No code object available for %s" % mod_name)
    return _search(mod_name, sys.path, mod_name)


def _get_module_details(mod_name):
    found = _find_module(mod_name)
    if found is None:
        raise ImportError("No module named %s" % mod_name)
    if found.is_package:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise ImportError("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__")
        except ImportError, e:
            raise ImportError(("%s; %r is a package and cannot " +
                               "be directly executed") % (e, mod_name))
    return found.name, found, found.get_code()


def _package_of(mod_name):
    return mod_name.rpartition(".")[0]


def _run_code(code, run_globals, init_globals=None, mod_name=None,
              mod_fname=None, mod_loader=None, pkg_name=None):
    """Run code in run_globals after setting the module attributes."""
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(__name__=mod_name, __file__=mod_fname,
                       __loader__=mod_loader, __package__=pkg_name)
    exec code in run_globals
    return run_globals


class _TempModule(object):
    """sys.modules[name] replaced by a fresh module while code runs in it."""
    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = type(sys)(mod_name)
        self._saved = None

    def __enter__(self):
        mod_name = self.mod_name
        self._saved = sys.modules.get(mod_name, _missing)
        sys.modules[mod_name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved is _missing:
            del sys.modules[self.mod_name]
        else:
            sys.modules[self.mod_name] = self._saved
        self._saved = None


class _ArgvZero(object):
    """sys.argv[0] set to a value while code runs."""
    def __init__(self, value):
        self.value = value
        self._saved = None

    def __enter__(self):
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        sys.argv[0] = self._saved


_missing = object()


def _run_module_code(code, init_globals=None, mod_name=None, mod_fname=None,
                     mod_loader=None, pkg_name=None):
    with _TempModule(mod_name) as temp:
        with _ArgvZero(mod_fname):
            mod_globals = temp.module.__dict__
            _run_code(code, mod_globals, init_globals, mod_name, mod_fname,
                      mod_loader, pkg_name)
    return mod_globals.copy()


def _run_module_as_main(mod_name, alter_argv=True):
    """Run a module as the __main__ script, in the existing __main__
    module's namespace (what `python -m mod_name` does)."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, found, code = _get_module_details(mod_name)
        else:
            mod_name, found, code = _get_module_details("__main__")
    except ImportError as exc:
        msg = "%s: %s" % (sys.executable, exc)
        sys.exit(msg)
    fname = found.filename
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = fname
    return _run_code(code, main_globals, None, "__main__", fname, None,
                     _package_of(mod_name))


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run a module's code (found like an import would) in a fresh namespace;
    returns that namespace."""
    mod_name, found, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    pkg_name = _package_of(mod_name)
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, found.filename,
                                None, pkg_name)
    return _run_code(code, {}, init_globals, run_name, found.filename, None,
                     pkg_name)


def run_path(path_name, init_globals=None, run_name=None):
    """Run a script file, or a directory holding a __main__.py; returns the
    resulting namespace."""
    if run_name is None:
        run_name = "<run_path>"
    source = _read(path_name)
    if source is not None:
        code = compile(source, path_name, "exec", 0, True)
        return _run_module_code(code, init_globals, run_name, path_name)
    if not _isdir_with(path_name, "__main__.py"):
        raise ImportError("can't find '__main__' module in %r" % path_name)
    sys.path.insert(0, path_name)
    try:
        mod_name, found, code = _get_module_details("__main__")
        return _run_module_code(code, init_globals, run_name, found.filename,
                                None, "")
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
