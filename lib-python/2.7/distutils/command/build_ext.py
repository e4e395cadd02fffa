"""build_ext: compile and link the C/C++ extension modules of the
distribution (ext_modules) into shared objects in the build directory
(or next to their sources with --inplace)."""
import os
import re
import sys

from distutils.core import Command
from distutils.cmd import set_option_defaults
from distutils.command._common import show_compilers
from distutils.errors import (DistutilsSetupError, DistutilsPlatformError,
                              DistutilsOptionError)
from distutils.sysconfig import customize_compiler, get_python_version
from distutils.dep_util import newer_group
from distutils.extension import Extension
from distutils.util import get_platform
from distutils import log

__revision__ = "$Id$"

# a valid dotted extension module name
extension_name_re = re.compile(r'^[a-zA-Z_][a-zA-Z_0-9]*(\.[a-zA-Z_][a-zA-Z_0-9]*)*$')


class build_ext(Command):

    description = "build C/C++ extensions (compile/link to build directory)"

    sep_by = " (separated by '%s')" % os.pathsep
    user_options = [
        ('build-lib=', 'b', "directory for compiled extension modules"),
        ('build-temp=', 't', "directory for temporary files (build by-products)"),
        ('plat-name=', 'p', "platform name to cross-compile for, if supported "
                            "(default: %s)" % get_platform()),
        ('inplace', 'i', "ignore build-lib and put compiled extensions into the source "
                         "directory alongside your pure Python modules"),
        ('include-dirs=', 'I', "list of directories to search for header files" + sep_by),
        ('define=', 'D', "C preprocessor macros to define"),
        ('undef=', 'U', "C preprocessor macros to undefine"),
        ('libraries=', 'l', "external C libraries to link with"),
        ('library-dirs=', 'L', "directories to search for external C libraries" + sep_by),
        ('rpath=', 'R', "directories to search for shared C libraries at runtime"),
        ('link-objects=', 'O', "extra explicit link objects to include in the link"),
        ('debug', 'g', "compile/link with debugging information"),
        ('force', 'f', "forcibly build everything (ignore file timestamps)"),
        ('compiler=', 'c', "specify the compiler type"),
        ('swig-cpp', None, "make SWIG create C++ files (default is C)"),
        ('swig-opts=', None, "list of SWIG command line options"),
        ('swig=', None, "path to the SWIG executable"),
        ('user', None, "add user include, library and rpath"),
    ]

    boolean_options = ['inplace', 'debug', 'force', 'swig-cpp', 'user']

    help_options = [('help-compiler', None, "list available compilers", show_compilers)]

    def initialize_options(self):
        set_option_defaults(self, extensions=None, build_lib=None, plat_name=None,
                            build_temp=None, inplace=0, package=None, include_dirs=None,
                            define=None, undef=None, libraries=None, library_dirs=None,
                            rpath=None, link_objects=None, debug=None, force=None,
                            compiler=None, swig=None, swig_cpp=None, swig_opts=None,
                            user=None)

    def _path_list(self, value):
        if value is None:
            return []
        if isinstance(value, str):
            return value.split(os.pathsep)
        return value

    def finalize_options(self):
        from distutils import sysconfig
        self.set_undefined_options('build', ('build_lib', 'build_lib'),
                                   ('build_temp', 'build_temp'), ('compiler', 'compiler'),
                                   ('debug', 'debug'), ('force', 'force'),
                                   ('plat_name', 'plat_name'))
        if self.package is None:
            self.package = self.distribution.ext_package
        self.extensions = self.distribution.ext_modules

        self.include_dirs = self._path_list(self.include_dirs or
                                            self.distribution.include_dirs)
        for inc in (sysconfig.get_python_inc(), sysconfig.get_python_inc(plat_specific=1)):
            if inc not in self.include_dirs:
                self.include_dirs.append(inc)

        if isinstance(self.libraries, str):
            self.libraries = [self.libraries]
        if self.libraries is None:
            self.libraries = []
        self.library_dirs = self._path_list(self.library_dirs)
        self.rpath = self._path_list(self.rpath)

        if self.define:
            self.define = [(symbol, '1') for symbol in self.define.split(',')]
        if self.undef:
            self.undef = self.undef.split(',')
        self.swig_opts = self.swig_opts.split(' ') if self.swig_opts is not None else []

        if self.user:
            # the user's own headers and libraries, when there are any
            from site import USER_BASE
            inc, lib = os.path.join(USER_BASE, "include"), os.path.join(USER_BASE, "lib")
            if os.path.isdir(inc):
                self.include_dirs.append(inc)
            if os.path.isdir(lib):
                self.library_dirs.append(lib)
                self.rpath.append(lib)

    def _configure_compiler(self, compiler):
        """Hand our directories, macros and libraries to the compiler."""
        customize_compiler(compiler)
        for name, value in self.define or []:
            compiler.define_macro(name, value)
        for name in self.undef or []:
            compiler.undefine_macro(name)
        settings = ((compiler.set_include_dirs, self.include_dirs),
                    (compiler.set_libraries, self.libraries),
                    (compiler.set_library_dirs, self.library_dirs),
                    (compiler.set_runtime_library_dirs, self.rpath),
                    (compiler.set_link_objects, self.link_objects))
        for setter, value in settings:
            if value is not None:
                setter(value)

    def run(self):
        if not self.extensions:
            return
        from distutils.ccompiler import new_compiler
        if self.distribution.has_c_libraries():
            # our extensions link with the libraries build_clib made
            clib = self.get_finalized_command('build_clib')
            self.libraries.extend(clib.get_library_names() or [])
            self.library_dirs.append(clib.build_clib)
        self.compiler = new_compiler(compiler=self.compiler, verbose=self.verbose,
                                     dry_run=self.dry_run, force=self.force)
        self._configure_compiler(self.compiler)
        self.build_extensions()

    def check_extensions_list(self, extensions):
        """Each entry must be an Extension or an old-style (name, build_info)
        pair, which is converted."""
        if not isinstance(extensions, list):
            raise DistutilsSetupError("'ext_modules' option must be a list of Extension instances")
        for i, ext in enumerate(extensions):
            if isinstance(ext, Extension):
                continue
            if not isinstance(ext, tuple) or len(ext) != 2:
                raise DistutilsSetupError(
                    "each element of 'ext_modules' option must be an "
                    "Extension instance or 2-tuple")
            ext_name, build_info = ext
            log.warn(("old-style (ext_name, build_info) tuple found in "
                      "ext_modules for extension '%s'"
                      "-- please convert to Extension instance" % ext_name))
            if not (isinstance(ext_name, str) and extension_name_re.match(ext_name)):
                raise DistutilsSetupError(
                    "first element of each tuple in 'ext_modules' "
                    "must be the extension name (a string)")
            if not isinstance(build_info, dict):
                raise DistutilsSetupError(
                    "second element of each tuple in 'ext_modules' "
                    "must be a dictionary (build info)")
            new = Extension(ext_name, build_info['sources'])
            for key in ('include_dirs', 'library_dirs', 'libraries', 'extra_objects',
                        'extra_compile_args', 'extra_link_args'):
                value = build_info.get(key)
                if value is not None:
                    setattr(new, key, value)
            new.runtime_library_dirs = build_info.get('rpath') or []
            if 'def_file' in build_info:
                log.warn("'def_file' element of build info dict no longer supported")
            for macro in build_info.get('macros') or []:
                if not isinstance(macro, tuple) or len(macro) not in (1, 2):
                    raise DistutilsSetupError(
                        "'macros' element of build info dict must be 1- or 2-tuple")
                if len(macro) == 1:
                    new.undef_macros.append(macro[0])
                else:
                    new.define_macros.append(macro)
            extensions[i] = new

    def get_source_files(self):
        self.check_extensions_list(self.extensions)
        files = []
        for ext in self.extensions:
            files.extend(ext.sources)
        return files

    def get_outputs(self):
        self.check_extensions_list(self.extensions)
        return [self.get_ext_fullpath(ext.name) for ext in self.extensions]

    def build_extensions(self):
        self.check_extensions_list(self.extensions)
        for extension in self.extensions:
            self.build_extension(extension)

    def build_extension(self, ext):
        if not isinstance(ext.sources, (list, tuple)):
            raise DistutilsSetupError(
                ("in 'ext_modules' option (extension '%s'), " +
                 "'sources' must be present and must be " +
                 "a list of source filenames") % ext.name)
        sources = list(ext.sources)
        target = self.get_ext_fullpath(ext.name)
        if not self.force and not newer_group(sources + ext.depends, target, 'newer'):
            log.debug("skipping '%s' extension (up-to-date)", ext.name)
            return
        log.info("building '%s' extension", ext.name)

        sources = self.swig_sources(sources, ext)
        macros = ext.define_macros[:]
        for undef in ext.undef_macros:
            macros.append((undef,))
        objects = self.compiler.compile(sources, output_dir=self.build_temp, macros=macros,
                                        include_dirs=ext.include_dirs, debug=self.debug,
                                        extra_postargs=ext.extra_compile_args or [],
                                        depends=ext.depends)
        self._built_objects = objects[:]
        if ext.extra_objects:
            objects.extend(ext.extra_objects)
        language = ext.language or self.compiler.detect_language(sources)
        self.compiler.link_shared_object(
            objects, target, libraries=self.get_libraries(ext),
            library_dirs=ext.library_dirs, runtime_library_dirs=ext.runtime_library_dirs,
            extra_postargs=ext.extra_link_args or [],
            export_symbols=self.get_export_symbols(ext), debug=self.debug,
            build_temp=self.build_temp, target_lang=language)

    def swig_sources(self, sources, extension):
        """Run SWIG on .i sources, replacing them by the generated C/C++."""
        cpp = self.swig_cpp or '-c++' in self.swig_opts or '-c++' in extension.swig_opts
        wrapped = {}
        result = []
        for source in sources:
            base, ext = os.path.splitext(source)
            if ext == ".i":
                wrapped[source] = base + '_wrap' + ('.cpp' if cpp else '.c')
                result.append(wrapped[source])
            else:
                result.append(source)
        if not wrapped:
            return result
        command = [self.swig or "swig", "-python"] + self.swig_opts
        if self.swig_cpp:
            command.append("-c++")
        if not self.swig_opts:
            command.extend(extension.swig_opts)
        for source in sources:
            if source in wrapped:
                log.info("swigging %s to %s", source, wrapped[source])
                self.spawn(command + ["-o", wrapped[source], source])
        return result

    def get_ext_fullpath(self, ext_name):
        """Where the built extension goes: under build_lib, or beside the
        package's sources with --inplace."""
        fullname = self.get_ext_fullname(ext_name)
        modpath = fullname.split('.')
        filename = self.get_ext_filename(modpath[-1])
        if not self.inplace:
            return os.path.join(self.build_lib, os.path.join(*(modpath[:-1] + [filename])))
        package = '.'.join(modpath[0:-1])
        build_py = self.get_finalized_command('build_py')
        package_dir = os.path.abspath(build_py.get_package_dir(package))
        return os.path.join(package_dir, filename)

    def get_ext_fullname(self, ext_name):
        if self.package is None:
            return ext_name
        return self.package + '.' + ext_name

    def get_ext_filename(self, ext_name):
        from distutils.sysconfig import get_config_var
        so_ext = get_config_var('SO')
        return os.path.join(*ext_name.split('.')) + so_ext

    def get_export_symbols(self, ext):
        initfunc_name = "init" + ext.name.split('.')[-1]
        if initfunc_name not in ext.export_symbols:
            ext.export_symbols.append(initfunc_name)
        return ext.export_symbols

    def get_libraries(self, ext):
        # PyPy's extensions are not linked against the interpreter's library
        return ext.libraries
