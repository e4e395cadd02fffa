"""CCompiler: the abstract interface to a C/C++ compiler and linker used
by build_ext and build_clib, plus new_compiler() to pick the concrete
class for the platform (here: unixccompiler)."""
import os
import re
import sys

from distutils import log
from distutils import dir_util, file_util
from distutils.dep_util import newer_group
from distutils.errors import (CompileError, DistutilsModuleError, DistutilsPlatformError,
                              LinkError, UnknownFileError)
from distutils.spawn import spawn
from distutils.util import execute, split_quoted

__revision__ = "$Id$"


class CCompiler:
    """Holds the include/library directories, macros and libraries common
    to all compilations; subclasses implement _compile, link and friends."""

    compiler_type = None
    src_extensions = None
    obj_extension = None
    static_lib_extension = None
    shared_lib_extension = None
    static_lib_format = None
    shared_lib_format = None
    exe_extension = None

    # language of each source extension, and their precedence when mixed
    language_map = {".c": "c", ".cc": "c++", ".cpp": "c++", ".cxx": "c++", ".m": "objc"}
    language_order = ["c++", "objc", "c"]

    # the names of the programs a subclass runs (set_executables keys)
    executables = {}

    # link() target types
    SHARED_OBJECT = "shared_object"
    SHARED_LIBRARY = "shared_library"
    EXECUTABLE = "executable"

    def __init__(self, verbose=0, dry_run=0, force=0):
        self.verbose, self.dry_run, self.force = verbose, dry_run, force
        self.output_dir = None
        # settings applying to every compile/link; each call may add more
        self.macros, self.include_dirs, self.objects = [], [], []
        self.libraries, self.library_dirs, self.runtime_library_dirs = [], [], []
        for key, value in self.executables.items():
            self.set_executable(key, value)

    def set_executables(self, **args):
        """Set programs by keyword (compiler='gcc -O', linker_so=...);
        strings are split like a shell would."""
        for key, value in args.items():
            if key not in self.executables:
                raise ValueError("unknown executable '%s' for class %s"
                                 % (key, self.__class__.__name__))
            self.set_executable(key, value)

    def set_executable(self, key, value):
        if isinstance(value, basestring):
            setattr(self, key, split_quoted(value))
        else:
            setattr(self, key, value)

    def _find_macro(self, name):
        for i, defn in enumerate(self.macros):
            if defn[0] == name:
                return i
        return None

    def _check_macro_definitions(self, definitions):
        for defn in definitions:
            if not (isinstance(defn, tuple) and
                    (len(defn) == 1 or (len(defn) == 2 and
                                        (isinstance(defn[1], str) or defn[1] is None))) and
                    isinstance(defn[0], str)):
                raise TypeError(("invalid macro definition '%s': " % defn) +
                                "must be tuple (string,), (string, string), or " +
                                "(string, None)")

    # -- settings --------------------------------------------------------

    def define_macro(self, name, value=None):
        i = self._find_macro(name)
        if i is not None:
            del self.macros[i]
        self.macros.append((name, value))

    def undefine_macro(self, name):
        i = self._find_macro(name)
        if i is not None:
            del self.macros[i]
        self.macros.append((name,))

    def add_include_dir(self, dir):
        self.include_dirs.append(dir)

    def set_include_dirs(self, dirs):
        self.include_dirs = dirs[:]

    def add_library(self, libname):
        self.libraries.append(libname)

    def set_libraries(self, libnames):
        self.libraries = libnames[:]

    def add_library_dir(self, dir):
        self.library_dirs.append(dir)

    def set_library_dirs(self, dirs):
        self.library_dirs = dirs[:]

    def add_runtime_library_dir(self, dir):
        self.runtime_library_dirs.append(dir)

    def set_runtime_library_dirs(self, dirs):
        self.runtime_library_dirs = dirs[:]

    def add_link_object(self, object):
        self.objects.append(object)

    def set_link_objects(self, objects):
        self.objects = objects[:]

    # -- argument normalisation -------------------------------------------

    def _setup_compile(self, outdir, macros, incdirs, sources, depends, extra):
        """(macros, objects, extra args, pp_opts, {object: (src, ext)}) for
        a compile() call; creates the objects' directories."""
        outdir, macros, incdirs = self._fix_compile_args(outdir, macros, incdirs)
        if extra is None:
            extra = []
        objects = self.object_filenames(sources, strip_dir=0, output_dir=outdir)
        assert len(objects) == len(sources)
        pp_opts = gen_preprocess_options(macros, incdirs)
        build = {}
        for src, obj in zip(sources, objects):
            build[obj] = (src, os.path.splitext(src)[1])
            self.mkpath(os.path.dirname(obj))
        return macros, objects, extra, pp_opts, build

    def _get_cc_args(self, pp_opts, debug, before):
        """Compiler arguments: extra_preargs, -g when debugging, the
        preprocessor options and -c."""
        return list(before or []) + (['-g'] if debug else []) + pp_opts + ['-c']

    def _fix_compile_args(self, output_dir, macros, include_dirs):
        if output_dir is None:
            output_dir = self.output_dir
        elif not isinstance(output_dir, str):
            raise TypeError("'output_dir' must be a string or None")
        if macros is None:
            macros = self.macros
        elif isinstance(macros, list):
            macros = macros + (self.macros or [])
        else:
            raise TypeError("'macros' (if supplied) must be a list of tuples")
        if include_dirs is None:
            include_dirs = self.include_dirs
        elif isinstance(include_dirs, (list, tuple)):
            include_dirs = list(include_dirs) + (self.include_dirs or [])
        else:
            raise TypeError("'include_dirs' (if supplied) must be a list of strings")
        return output_dir, macros, include_dirs

    def _fix_object_args(self, objects, output_dir):
        if not isinstance(objects, (list, tuple)):
            raise TypeError("'objects' must be a list or tuple of strings")
        objects = list(objects)
        if output_dir is None:
            output_dir = self.output_dir
        elif not isinstance(output_dir, str):
            raise TypeError("'output_dir' must be a string or None")
        return objects, output_dir

    def _fix_lib_args(self, libraries, library_dirs, runtime_library_dirs):
        def merge(given, mine, what):
            if given is None:
                return mine
            if isinstance(given, (list, tuple)):
                return list(given) + (mine or [])
            raise TypeError("'%s' (if supplied) must be a list of strings" % what)
        return (merge(libraries, self.libraries, 'libraries'),
                merge(library_dirs, self.library_dirs, 'library_dirs'),
                merge(runtime_library_dirs, self.runtime_library_dirs,
                      'runtime_library_dirs'))

    def _need_link(self, objects, output_file):
        if self.force:
            return 1
        if self.dry_run:
            return newer_group(objects, output_file, missing='newer')
        return newer_group(objects, output_file)

    def detect_language(self, sources):
        """The language of a list of sources (the highest in language_order)."""
        if not isinstance(sources, list):
            sources = [sources]
        lang = None
        index = len(self.language_order)
        for source in sources:
            extlang = self.language_map.get(os.path.splitext(source)[1])
            if extlang in self.language_order:
                extindex = self.language_order.index(extlang)
                if extindex < index:
                    lang = extlang
                    index = extindex
        return lang

    # -- the operations ----------------------------------------------------

    def preprocess(self, source, output_file=None, macros=None, include_dirs=None,
                   extra_preargs=None, extra_postargs=None):
        pass

    def compile(self, sources, output_dir=None, macros=None, include_dirs=None, debug=0,
                extra_preargs=None, extra_postargs=None, depends=None):
        """Compile sources to object files; returns the object names."""
        macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs)
        cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)
        for obj in objects:
            src, ext = build[obj]
            self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)
        return objects

    def _compile(self, obj, src, ext, cc_args, extra_postargs, pp_opts):
        pass

    def create_static_lib(self, objects, output_libname, output_dir=None, debug=0,
                          target_lang=None):
        pass

    def link(self, target_desc, objects, output_filename, output_dir=None, libraries=None,
             library_dirs=None, runtime_library_dirs=None, export_symbols=None, debug=0,
             extra_preargs=None, extra_postargs=None, build_temp=None, target_lang=None):
        raise NotImplementedError

    def link_shared_lib(self, objects, output_libname, output_dir=None, libraries=None,
                        library_dirs=None, runtime_library_dirs=None, export_symbols=None,
                        debug=0, extra_preargs=None, extra_postargs=None, build_temp=None,
                        target_lang=None):
        self.link(CCompiler.SHARED_LIBRARY, objects,
                  self.library_filename(output_libname, lib_type='shared'),
                  output_dir, libraries, library_dirs, runtime_library_dirs,
                  export_symbols, debug, extra_preargs, extra_postargs, build_temp,
                  target_lang)

    def link_shared_object(self, objects, output_filename, output_dir=None, libraries=None,
                           library_dirs=None, runtime_library_dirs=None, export_symbols=None,
                           debug=0, extra_preargs=None, extra_postargs=None, build_temp=None,
                           target_lang=None):
        self.link(CCompiler.SHARED_OBJECT, objects, output_filename, output_dir,
                  libraries, library_dirs, runtime_library_dirs, export_symbols, debug,
                  extra_preargs, extra_postargs, build_temp, target_lang)

    def link_executable(self, objects, output_progname, output_dir=None, libraries=None,
                        library_dirs=None, runtime_library_dirs=None, debug=0,
                        extra_preargs=None, extra_postargs=None, target_lang=None):
        self.link(CCompiler.EXECUTABLE, objects, self.executable_filename(output_progname),
                  output_dir, libraries, library_dirs, runtime_library_dirs, None, debug,
                  extra_preargs, extra_postargs, None, target_lang)

    def library_dir_option(self, dir):
        raise NotImplementedError

    def runtime_library_dir_option(self, dir):
        raise NotImplementedError

    def library_option(self, lib):
        raise NotImplementedError

    def has_function(self, funcname, includes=None, include_dirs=None, libraries=None,
                     library_dirs=None):
        """Whether a program calling funcname compiles and links."""
        import tempfile
        fd, fname = tempfile.mkstemp(".c", funcname, text=True)
        source = ['#include "%s"\n' % name for name in includes or []]
        source.append("int main (int argc, char **argv) {\n    %s();\n}\n" % funcname)
        out = os.fdopen(fd, "w")
        out.writelines(source)
        out.close()
        try:
            objects = self.compile([fname], include_dirs=include_dirs or [])
        except CompileError:
            return False
        try:
            self.link_executable(objects, "a.out", libraries=libraries or [],
                                 library_dirs=library_dirs or [])
        except (LinkError, TypeError):
            return False
        return True

    def find_library_file(self, dirs, lib, debug=0):
        raise NotImplementedError

    # -- file names ----------------------------------------------------------

    def object_filenames(self, source_filenames, strip_dir=0, output_dir=''):
        if output_dir is None:
            output_dir = ''
        names = []
        for src_name in source_filenames:
            base, ext = os.path.splitext(src_name)
            base = os.path.splitdrive(base)[1]
            base = base[os.path.isabs(base):]
            if ext not in self.src_extensions:
                raise UnknownFileError("unknown file type '%s' (from '%s')" % (ext, src_name))
            if strip_dir:
                base = os.path.basename(base)
            names.append(os.path.join(output_dir, base + self.obj_extension))
        return names

    def shared_object_filename(self, basename, strip_dir=0, output_dir=''):
        assert output_dir is not None
        if strip_dir:
            basename = os.path.basename(basename)
        return os.path.join(output_dir, basename + self.shared_lib_extension)

    def executable_filename(self, basename, strip_dir=0, output_dir=''):
        assert output_dir is not None
        if strip_dir:
            basename = os.path.basename(basename)
        return os.path.join(output_dir, basename + (self.exe_extension or ''))

    def library_filename(self, libname, lib_type='static', strip_dir=0, output_dir=''):
        assert output_dir is not None
        if lib_type not in ("static", "shared", "dylib", "xcode_stub"):
            raise ValueError("'lib_type' must be \"static\", \"shared\", "
                             "\"dylib\", or \"xcode_stub\"")
        fmt = getattr(self, lib_type + "_lib_format")
        ext = getattr(self, lib_type + "_lib_extension")
        dir, base = os.path.split(libname)
        if strip_dir:
            dir = ''
        return os.path.join(output_dir, dir, fmt % (base, ext))

    # -- utilities honouring dry_run ---------------------------------------

    def announce(self, msg, level=1):
        log.debug(msg)

    def debug_print(self, msg):
        from distutils.debug import DEBUG
        if DEBUG:
            print msg

    def warn(self, msg):
        sys.stderr.write("warning: %s\n" % msg)

    def execute(self, func, args, msg=None, level=1):
        execute(func, args, msg, self.dry_run)

    def spawn(self, cmd):
        spawn(cmd, dry_run=self.dry_run)

    def move_file(self, src, dst):
        return file_util.move_file(src, dst, dry_run=self.dry_run)

    def mkpath(self, name, mode=0777):
        dir_util.mkpath(name, mode, dry_run=self.dry_run)


def get_default_compiler(osname=None, platform=None):
    """The compiler type for an OS/platform: 'unix' except on Windows
    ('msvc') and OS/2 ('emx')."""
    platform = platform or sys.platform
    osname = osname or os.name
    if platform.startswith('cygwin'):
        return 'unix'
    if platform == 'os2emx' or osname == 'os2emx':
        return 'emx'
    if osname == 'nt' or platform == 'nt':
        return 'msvc'
    return 'unix'


# compiler type -> (module, class, description)
compiler_class = {'unix': ('unixccompiler', 'UnixCCompiler',
                           "standard UNIX-style compiler"),
                  'msvc': ('msvccompiler', 'MSVCCompiler',
                           "Microsoft Visual C++"),
                  'cygwin': ('cygwinccompiler', 'CygwinCCompiler',
                             "Cygwin port of GNU C Compiler for Win32"),
                  'mingw32': ('cygwinccompiler', 'Mingw32CCompiler',
                              "Mingw32 port of GNU C Compiler for Win32"),
                  'bcpp': ('bcppcompiler', 'BCPPCompiler',
                           "Borland C++ Compiler"),
                  'emx': ('emxccompiler', 'EMXCCompiler',
                          "EMX port of GNU C Compiler for OS/2"),
                  }


def show_compilers():
    from distutils.fancy_getopt import FancyGetopt
    compilers = sorted(("compiler=" + name, None, compiler_class[name][2])
                       for name in compiler_class.keys())
    FancyGetopt(compilers).print_help("List of available compilers:")


def new_compiler(plat=None, compiler=None, verbose=0, dry_run=0, force=0):
    """An instance of the compiler class for the platform (or named type)."""
    if plat is None:
        plat = os.name
    try:
        if compiler is None:
            compiler = get_default_compiler(plat)
        module_name, class_name, long_description = compiler_class[compiler]
    except KeyError:
        msg = "don't know how to compile C/C++ code on platform '%s'" % plat
        if compiler is not None:
            msg = msg + " with '%s' compiler" % compiler
        raise DistutilsPlatformError(msg)
    try:
        module_name = "distutils." + module_name
        __import__(module_name)
        module = sys.modules[module_name]
        klass = vars(module)[class_name]
    except ImportError:
        raise DistutilsModuleError(
            "can't compile C/C++ code: unable to load module '%s'" % module_name)
    except KeyError:
        raise DistutilsModuleError(("can't compile C/C++ code: unable to find class '%s' " +
                                    "in module '%s'") % (class_name, module_name))
    return klass(None, dry_run, force)


def gen_preprocess_options(macros, include_dirs):
    """-D/-U options for the macros, then -I options."""
    opts = []
    for macro in macros:
        if not (isinstance(macro, tuple) and 1 <= len(macro) <= 2):
            raise TypeError(("bad macro definition '%s': " +
                             "each element of 'macros' list must be a 1- or 2-tuple")
                            % (macro,))
        if len(macro) == 1:
            opts.append("-U%s" % macro[0])
        elif macro[1] is None:
            opts.append("-D%s" % macro[0])
        else:
            opts.append("-D%s=%s" % macro)
    for dir in include_dirs:
        opts.append("-I%s" % dir)
    return opts


def gen_lib_options(compiler, library_dirs, runtime_library_dirs, libraries):
    """Linker options for library directories, run-time directories and
    libraries (a library given with a directory must exist there)."""
    opts = []
    for dir in library_dirs:
        opts.append(compiler.library_dir_option(dir))
    for dir in runtime_library_dirs:
        opt = compiler.runtime_library_dir_option(dir)
        if isinstance(opt, list):
            opts.extend(opt)
        else:
            opts.append(opt)
    for lib in libraries:
        lib_dir, lib_name = os.path.split(lib)
        if lib_dir:
            lib_file = compiler.find_library_file([lib_dir], lib_name)
            if lib_file:
                opts.append(lib_file)
            else:
                compiler.warn("no library file corresponding to '%s' found (skipping)" % lib)
        else:
            opts.append(compiler.library_option(lib))
    return opts
