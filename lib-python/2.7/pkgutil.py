"""Utilities for packages and the PEP 302 import protocol: finding
loaders and importers, listing the modules below a path, extending a
package's __path__, and reading data files that live in packages.

ImpImporter and ImpLoader wrap the classic imp-module search as PEP 302
objects, so code can treat the file system like any other importer."""
import imp
import os
import sys
from types import ModuleType

__all__ = ['get_importer', 'iter_importers', 'get_loader', 'find_loader',
           'walk_packages', 'iter_modules', 'get_data',
           'ImpImporter', 'ImpLoader', 'read_code', 'extend_path']


def read_code(stream):
    """The code object of a .pyc stream, or None when its magic number is
    not this interpreter's."""
    import marshal
    if stream.read(4) != imp.get_magic():
        return None
    stream.read(4)          # the source's modification time
    return marshal.load(stream)


def simplegeneric(func):
    """A function dispatching on the class of its first argument
    (registered with .register(cls, impl)); func is the fallback."""
    registry = {}

    def wrapper(*args, **kw):
        cls = getattr(args[0], '__class__', type(args[0]))
        mro = getattr(cls, '__mro__', None)
        if mro is None:
            # an old-style class: its bases, depth first, then object
            class Probe(cls, object):
                pass
            mro = Probe.__mro__[1:]
        for klass in mro:
            if klass in registry:
                return registry[klass](*args, **kw)
        return func(*args, **kw)

    def register(typ, impl=None):
        if impl is None:
            return lambda f: register(typ, f)
        registry[typ] = impl
        return impl

    wrapper.register = register
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__dict__.update(func.__dict__)
    return wrapper


def walk_packages(path=None, prefix='', onerror=None):
    """(module_loader, name, ispkg) for every module below path (default:
    all of sys.path), recursing into packages, which are imported to find
    their __path__.  onerror(name) is called when one cannot be imported
    (ImportErrors are otherwise ignored)."""
    seen = {}
    for importer, name, ispkg in iter_modules(path, prefix):
        yield importer, name, ispkg
        if not ispkg:
            continue
        try:
            __import__(name)
        except ImportError:
            if onerror is not None:
                onerror(name)
            continue
        except Exception:
            if onerror is None:
                raise
            onerror(name)
            continue
        sub_path = getattr(sys.modules[name], '__path__', None) or []
        sub_path = [p for p in sub_path if p not in seen]
        for p in sub_path:
            seen[p] = True
        for item in walk_packages(sub_path, name + '.', onerror):
            yield item


def iter_modules(path=None, prefix=''):
    """(module_loader, name, ispkg) for each top-level module of path (a
    list of directories, default sys.path), each name once."""
    importers = iter_importers() if path is None else map(get_importer, path)
    seen = set()
    for importer in importers:
        for name, ispkg in iter_importer_modules(importer, prefix):
            if name not in seen:
                seen.add(name)
                yield importer, name, ispkg


@simplegeneric
def iter_importer_modules(importer, prefix=''):
    """(name, ispkg) of the modules an importer offers, when it can tell."""
    if not hasattr(importer, 'iter_modules'):
        return []
    return importer.iter_modules(prefix)


def _module_name_of(filename):
    """The module name a directory entry stands for, or None."""
    for suffix, mode, kind in imp.get_suffixes():
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


class ImpImporter:
    """The classic import search as a PEP 302 importer: for one directory
    (dirname), or for sys.path and the built-in modules (dirname None)."""

    def __init__(self, path=None):
        self.path = path        # None: sys.path and the built-in modules

    def find_module(self, fullname, path=None):
        """An ImpLoader for fullname, or None.  Without a directory only
        top-level names can be found."""
        last = fullname.rpartition(".")[2]
        if self.path is None and last != fullname:
            return None
        where = None if self.path is None else [os.path.realpath(self.path)]
        try:
            found = imp.find_module(last, where)
        except ImportError:
            return None
        return ImpLoader(fullname, *found)

    def iter_modules(self, prefix=''):
        if self.path is None or not os.path.isdir(self.path):
            return
        seen = {}
        try:
            names = os.listdir(self.path)
        except OSError:
            names = []
        names.sort()
        for entry in names:
            modname = _module_name_of(entry)
            if modname == '__init__' or modname in seen:
                continue
            ispkg = False
            full = os.path.join(self.path, entry)
            if not modname and os.path.isdir(full) and '.' not in entry:
                modname = entry
                try:
                    inside = os.listdir(full)
                except OSError:
                    inside = []
                if not any(_module_name_of(n) == '__init__' for n in inside):
                    continue    # a plain directory, not a package
                ispkg = True
            if modname and '.' not in modname:
                seen[modname] = True
                yield prefix + modname, ispkg


class ImpLoader:
    """The PEP 302 loader of a module found by imp.find_module."""

    # filled on demand by get_code / get_source
    code = source = None

    def __init__(self, fullname, file, filename, etc):
        self.fullname, self.file, self.filename, self.etc = fullname, file, filename, etc

    def load_module(self, fullname):
        self._reopen()
        try:
            return imp.load_module(fullname, self.file, self.filename, self.etc)
        finally:
            if self.file:
                self.file.close()

    def get_data(self, pathname):
        f = open(pathname, "rb")
        try:
            return f.read()
        finally:
            f.close()

    def _reopen(self):
        if self.file and self.file.closed:
            kind = self.etc[2]
            if kind == imp.PY_SOURCE:
                self.file = open(self.filename, 'rU')
            elif kind in (imp.PY_COMPILED, imp.C_EXTENSION):
                self.file = open(self.filename, 'rb')

    def _fix_name(self, fullname):
        if fullname is None:
            return self.fullname
        if fullname != self.fullname:
            raise ImportError("Loader for module %s cannot handle "
                              "module %s" % (self.fullname, fullname))
        return fullname

    def is_package(self, fullname):
        self._fix_name(fullname)
        return self.etc[2] == imp.PKG_DIRECTORY

    def get_code(self, fullname=None):
        fullname = self._fix_name(fullname)
        if self.code is not None:
            return self.code
        kind = self.etc[2]
        if kind == imp.PY_SOURCE:
            self.code = compile(self.get_source(fullname), self.filename, 'exec')
        elif kind == imp.PY_COMPILED:
            self._reopen()
            try:
                self.code = read_code(self.file)
            finally:
                self.file.close()
        elif kind == imp.PKG_DIRECTORY:
            self.code = self._get_delegate().get_code()
        return self.code

    def get_source(self, fullname=None):
        fullname = self._fix_name(fullname)
        if self.source is not None:
            return self.source
        kind = self.etc[2]
        if kind == imp.PY_SOURCE:
            self._reopen()
            try:
                self.source = self.file.read()
            finally:
                self.file.close()
        elif kind == imp.PY_COMPILED:
            source_file = self.filename[:-1]
            if os.path.exists(source_file):
                f = open(source_file, 'rU')
                try:
                    self.source = f.read()
                finally:
                    f.close()
        elif kind == imp.PKG_DIRECTORY:
            self.source = self._get_delegate().get_source()
        return self.source

    def _get_delegate(self):
        """The loader of a package's __init__ module (its code and source)."""
        return ImpImporter(self.filename).find_module('__init__')

    def get_filename(self, fullname=None):
        fullname = self._fix_name(fullname)
        kind = self.etc[2]
        if kind == imp.PKG_DIRECTORY:
            return self._get_delegate().get_filename()
        if kind in (imp.PY_SOURCE, imp.PY_COMPILED, imp.C_EXTENSION):
            return self.filename
        return None


try:
    import zipimport
    from zipimport import zipimporter
except ImportError:
    zipimporter = None
else:
    def _iter_zipimport_modules(importer, prefix=''):
        names = sorted(zipimport._zip_directory_cache[importer.archive])
        inner = importer.prefix
        seen = {}
        for fn in names:
            if not fn.startswith(inner):
                continue
            parts = fn[len(inner):].split(os.sep)
            if len(parts) == 2 and parts[1].startswith('__init__.py'):
                if parts[0] not in seen:
                    seen[parts[0]] = True
                    yield prefix + parts[0], True
            if len(parts) != 1:
                continue
            modname = _module_name_of(parts[0])
            if modname and modname != '__init__' and '.' not in modname \
                    and modname not in seen:
                seen[modname] = True
                yield prefix + modname, False

    iter_importer_modules.register(zipimporter, _iter_zipimport_modules)


def get_importer(path_item):
    """The PEP 302 importer of a sys.path entry: from
    sys.path_importer_cache, else the first sys.path_hooks hook accepting
    it (then cached); where there is none (None), an ImpImporter for it."""
    cache = sys.path_importer_cache
    if path_item not in cache:
        found = None
        for hook in sys.path_hooks:
            try:
                found = hook(path_item)
            except ImportError:
                continue
            break
        cache.setdefault(path_item, found)
    importer = cache[path_item]
    if importer is not None:
        return importer
    try:
        return ImpImporter(path_item)
    except ImportError:
        return None


def iter_importers(fullname=""):
    """The importers to ask for fullname: for a dotted name those of the
    parent package's __path__ (importing the parent); for a top-level one
    sys.meta_path's, then sys.path's, then one for the built-in modules."""
    if fullname.startswith('.'):
        raise ImportError("Relative module names not supported")
    parent = fullname.rpartition('.')[0]
    if parent:
        if parent not in sys.modules:
            __import__(parent)
        entries = getattr(sys.modules[parent], '__path__', None) or []
        importers = [get_importer(entry) for entry in entries]
    else:
        importers = list(sys.meta_path) + [get_importer(entry) for entry in sys.path]
        importers.append(ImpImporter())
    return iter(importers)


def get_loader(module_or_name):
    """The PEP 302 loader of a module (object or dotted name), or None."""
    module = sys.modules.get(module_or_name, module_or_name) \
        if isinstance(module_or_name, basestring) else module_or_name
    if not isinstance(module, ModuleType):
        return find_loader(module)
    return getattr(module, '__loader__', None) or find_loader(module.__name__)


def find_loader(fullname):
    """The first loader any importer offers for fullname, or None."""
    for importer in iter_importers(fullname):
        if importer is None:
            continue
        loader = importer.find_module(fullname)
        if loader is not None:
            return loader
    return None


def extend_path(path, name):
    """A package's __path__ extended with the same package directory in
    every other sys.path entry, plus the entries listed in any
    <package>.pkg files found there.  Used in a package's __init__.py as
    __path__ = extend_path(__path__, __name__)."""
    if not isinstance(path, list):
        return path     # not a plain list: leave it to its owner
    parts = name.split('.')
    subdir = os.path.join(*parts)
    pkgfile = parts[-1] + os.extsep + "pkg"
    path = path[:]
    for entry in sys.path:
        if not isinstance(entry, basestring) or not os.path.isdir(entry):
            continue
        candidate = os.path.join(entry, subdir)
        init_py = os.path.join(candidate, "__init__" + os.extsep + "py")
        if candidate not in path and os.path.isfile(init_py):
            path.append(candidate)
        listing = os.path.join(entry, pkgfile)
        if not os.path.isfile(listing):
            continue
        try:
            f = open(listing)
        except IOError, msg:
            sys.stderr.write("Can't open %s: %s\n" % (listing, msg))
            continue
        try:
            for line in f:
                line = line.rstrip('\n')
                if line and not line.startswith('#'):
                    path.append(line)
        finally:
            f.close()
    return path


def get_data(package, resource):
    """The contents of a data file of a package ('/'-separated resource
    path relative to the package directory), through the package's
    loader; None when the loader cannot read data."""
    loader = get_loader(package)
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    module = sys.modules.get(package) or loader.load_module(package)
    if module is None or not hasattr(module, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(module.__file__))
    return loader.get_data(os.path.join(*parts))
