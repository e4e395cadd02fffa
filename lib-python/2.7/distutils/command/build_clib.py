"""build_clib: build the C libraries (static) that extensions link with,
from the setup script's 'libraries' list of (name, build_info) pairs."""
import os

from distutils.core import Command
from distutils.cmd import set_option_defaults
from distutils.command._common import show_compilers
from distutils.errors import DistutilsSetupError
from distutils.sysconfig import customize_compiler
from distutils import log

__revision__ = "$Id$"


class build_clib(Command):

    description = "build C/C++ libraries used by Python extensions"

    user_options = [
        ('build-clib=', 'b', "directory to build C/C++ libraries to"),
        ('build-temp=', 't', "directory to put temporary build by-products"),
        ('debug', 'g', "compile with debugging information"),
        ('force', 'f', "forcibly build everything (ignore file timestamps)"),
        ('compiler=', 'c', "specify the compiler type"),
    ]

    boolean_options = ['debug', 'force']

    help_options = [('help-compiler', None, "list available compilers", show_compilers)]

    def initialize_options(self):
        set_option_defaults(self, build_clib=None, build_temp=None, libraries=None,
                            include_dirs=None, define=None, undef=None, debug=None,
                            force=0, compiler=None)

    def finalize_options(self):
        # the libraries are by-products: they go to the temporary directory
        self.set_undefined_options('build', ('build_temp', 'build_clib'),
                                   ('build_temp', 'build_temp'), ('compiler', 'compiler'),
                                   ('debug', 'debug'), ('force', 'force'))
        self.libraries = self.distribution.libraries
        if self.libraries:
            self.check_library_list(self.libraries)
        dirs = self.include_dirs
        if dirs is None:
            dirs = self.distribution.include_dirs or []
        if isinstance(dirs, str):
            dirs = dirs.split(os.pathsep)
        self.include_dirs = dirs

    def run(self):
        if not self.libraries:
            return
        from distutils.ccompiler import new_compiler
        compiler = new_compiler(compiler=self.compiler, dry_run=self.dry_run,
                                force=self.force)
        customize_compiler(compiler)
        if self.include_dirs is not None:
            compiler.set_include_dirs(self.include_dirs)
        for name, value in self.define or []:
            compiler.define_macro(name, value)
        for name in self.undef or []:
            compiler.undefine_macro(name)
        self.compiler = compiler
        self.build_libraries(self.libraries)

    def check_library_list(self, libraries):
        if not isinstance(libraries, list):
            raise DistutilsSetupError("'libraries' option must be a list of tuples")
        for lib in libraries:
            if not isinstance(lib, tuple) and len(lib) != 2:
                raise DistutilsSetupError("each element of 'libraries' must a 2-tuple")
            name, build_info = lib
            if not isinstance(name, str):
                raise DistutilsSetupError(
                    "first element of each tuple in 'libraries' "
                    "must be a string (the library name)")
            if '/' in name or (os.sep != '/' and os.sep in name):
                raise DistutilsSetupError(
                    ("bad library name '%s': " +
                     "may not contain directory separators") % lib[0])
            if not isinstance(build_info, dict):
                raise DistutilsSetupError(
                    "second element of each tuple in 'libraries' "
                    "must be a dictionary (build info)")

    def get_library_names(self):
        if not self.libraries:
            return None
        return [name for name, _ in self.libraries]

    def _sources_of(self, lib_name, build_info):
        sources = build_info.get('sources')
        if sources is None or not isinstance(sources, (list, tuple)):
            raise DistutilsSetupError(
                ("in 'libraries' option (library '%s'), "
                 "'sources' must be present and must be "
                 "a list of source filenames") % lib_name)
        return list(sources)

    def get_source_files(self):
        self.check_library_list(self.libraries)
        files = []
        for lib_name, build_info in self.libraries:
            files.extend(self._sources_of(lib_name, build_info))
        return files

    def build_libraries(self, libraries):
        for lib_name, build_info in libraries:
            sources = self._sources_of(lib_name, build_info)
            log.info("building '%s' library", lib_name)
            objects = self.compiler.compile(sources, output_dir=self.build_temp,
                                            macros=build_info.get('macros'),
                                            include_dirs=build_info.get('include_dirs'),
                                            debug=self.debug)
            self.compiler.create_static_lib(objects, lib_name, output_dir=self.build_clib,
                                            debug=self.debug)
