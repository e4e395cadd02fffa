"""UnixCCompiler: the compiler interface for Unix-style cc/gcc/clang,
with its programs and flags taken from the interpreter's configuration
(see sysconfig.customize_compiler)."""
import os
import sys
import re

from distutils import sysconfig
from distutils.dep_util import newer
from distutils.ccompiler import CCompiler, gen_preprocess_options, gen_lib_options
from distutils.errors import DistutilsExecError, CompileError, LibError, LinkError
from distutils import log

__revision__ = "$Id$"


class UnixCCompiler(CCompiler):

    compiler_type = 'unix'

    executables = {'preprocessor': None,
                   'compiler': ["cc"],
                   'compiler_so': ["cc"],
                   'compiler_cxx': ["cc"],
                   'linker_so': ["cc", "-shared"],
                   'linker_exe': ["cc"],
                   'archiver': ["ar", "-cr"],
                   'ranlib': None,
                   }

    src_extensions = [".c", ".C", ".cc", ".cxx", ".cpp", ".m"]
    obj_extension = ".o"
    exe_extension = None
    # library file names: lib<name><extension>
    static_lib_extension, static_lib_format = ".a", "lib%s%s"
    shared_lib_extension, shared_lib_format = ".so", "lib%s%s"
    dylib_lib_extension, dylib_lib_format = ".dylib", "lib%s%s"
    xcode_stub_lib_extension, xcode_stub_lib_format = ".tbd", "lib%s%s"

    def preprocess(self, source, output_file=None, macros=None, include_dirs=None,
                   extra_preargs=None, extra_postargs=None):
        ignore, macros, include_dirs = self._fix_compile_args(None, macros, include_dirs)
        command = (self.preprocessor + (extra_preargs or []) +
                   gen_preprocess_options(macros, include_dirs))
        if output_file:
            command += ['-o', output_file]
        command += (extra_postargs or []) + [source]
        if not (self.force or output_file is None or newer(source, output_file)):
            return
        if output_file:
            self.mkpath(os.path.dirname(output_file))
        try:
            self.spawn(command)
        except DistutilsExecError, msg:
            raise CompileError(msg)

    def _compile(self, obj, src, ext, cc_args, extra_postargs, pp_opts):
        try:
            self.spawn(self.compiler_so + cc_args + [src, '-o', obj] + extra_postargs)
        except DistutilsExecError, msg:
            raise CompileError(msg)

    def create_static_lib(self, objects, output_libname, output_dir=None, debug=0,
                          target_lang=None):
        objects, output_dir = self._fix_object_args(objects, output_dir)
        output_filename = self.library_filename(output_libname, output_dir=output_dir)
        if self._need_link(objects, output_filename):
            self.mkpath(os.path.dirname(output_filename))
            self.spawn(self.archiver + [output_filename] + objects + self.objects)
            if self.ranlib:
                try:
                    self.spawn(self.ranlib + [output_filename])
                except DistutilsExecError, msg:
                    raise LibError(msg)
        else:
            log.debug("skipping %s (up-to-date)", output_filename)

    def link(self, target_desc, objects, output_filename, output_dir=None, libraries=None,
             library_dirs=None, runtime_library_dirs=None, export_symbols=None, debug=0,
             extra_preargs=None, extra_postargs=None, build_temp=None, target_lang=None):
        objects, output_dir = self._fix_object_args(objects, output_dir)
        libraries, library_dirs, runtime_library_dirs = self._fix_lib_args(
            libraries, library_dirs, runtime_library_dirs)
        lib_opts = gen_lib_options(self, library_dirs, runtime_library_dirs, libraries)
        if not isinstance(output_dir, (str, type(None))):
            raise TypeError("'output_dir' must be a string or None")
        if output_dir is not None:
            output_filename = os.path.join(output_dir, output_filename)

        if not self._need_link(objects, output_filename):
            log.debug("skipping %s (up-to-date)", output_filename)
            return
        ld_args = ((extra_preargs or []) + (['-g'] if debug else []) + objects +
                   self.objects + lib_opts + ['-o', output_filename] + (extra_postargs or []))
        self.mkpath(os.path.dirname(output_filename))
        if target_desc == CCompiler.EXECUTABLE:
            linker = list(self.linker_exe)
        else:
            linker = list(self.linker_so)
        if target_lang == "c++" and self.compiler_cxx:
            # the C++ driver replaces the C one, after any 'env NAME=value'
            pos = 0
            if os.path.basename(linker[0]) == "env":
                pos = 1
                while '=' in linker[pos]:
                    pos += 1
            linker[pos] = self.compiler_cxx[pos]
        try:
            self.spawn(linker + ld_args)
        except DistutilsExecError, msg:
            raise LinkError(msg)

    def library_dir_option(self, dir):
        return "-L" + dir

    def _is_gcc(self, compiler_name):
        return "gcc" in compiler_name or "g++" in compiler_name

    def runtime_library_dir_option(self, dir):
        """The option embedding a run-time library directory; its form
        depends on the platform and on whether gcc is used."""
        compiler = os.path.basename(sysconfig.get_config_var("CC") or "cc")
        platform = sys.platform
        if platform.startswith("darwin"):
            return "-L" + dir
        if platform.startswith("hp-ux"):
            prefix = ["-Wl,+s"] if self._is_gcc(compiler) else ["+s"]
            return prefix + ["-L" + dir]
        if platform.startswith(("irix646", "osf1V5")):
            return ["-rpath", dir]
        if self._is_gcc(compiler):
            return "-Wl,-R" + dir
        return "-R" + dir

    def library_option(self, lib):
        return "-l" + lib

    def find_library_file(self, dirs, lib, debug=0):
        """The shared (preferred) or static library lib in dirs, or None."""
        shared = self.library_filename(lib, lib_type='shared')
        dylib = self.library_filename(lib, lib_type='dylib')
        static = self.library_filename(lib, lib_type='static')
        for dir in dirs:
            for name in (dylib, shared, static):
                path = os.path.join(dir, name)
                if os.path.exists(path):
                    return path
        return None
