"""build_py: copy the pure Python modules, packages and package data
into the build directory (and byte-compile them if asked)."""
import os
import sys
from glob import glob

from distutils.cmd import Command, set_option_defaults
from distutils.command import _common
from distutils.errors import DistutilsFileError
from distutils.util import convert_path
from distutils import log

__revision__ = "$Id$"


class build_py(Command):

    description = "\"build\" pure Python modules (copy to build directory)"

    user_options = [('build-lib=', 'd', "directory to \"build\" (copy) to"),
                    ('compile', 'c', "compile .py to .pyc"),
                    ('no-compile', None, "don't compile .py files [default]"),
                    _common.OPTIMIZE, _common.FORCE_BUILD]

    boolean_options = ['compile', 'force']
    negative_opt = {'no-compile': 'compile'}

    def initialize_options(self):
        set_option_defaults(self, build_lib=None, py_modules=None, package=None,
                            package_data=None, package_dir=None, compile=0, optimize=0,
                            force=None)

    def finalize_options(self):
        self.set_undefined_options('build', ('build_lib', 'build_lib'), ('force', 'force'))
        dist = self.distribution
        self.packages, self.py_modules = dist.packages, dist.py_modules
        self.package_data = dist.package_data
        self.package_dir = dict((name, convert_path(path))
                                for name, path in (dist.package_dir or {}).items())
        self.data_files = self.get_data_files()
        self.optimize = _common.checked_optimize(self.optimize)

    def run(self):
        # package data needs packages; modules alone have none
        if self.py_modules:
            self.build_modules()
        if self.packages:
            self.build_packages()
            self.build_package_data()
        self.byte_compile(self.get_outputs(include_bytecode=0))

    # -- package data ------------------------------------------------------

    def get_data_files(self):
        """[(package, source dir, build dir, [file names relative to the
        source dir])] for the package_data of each package."""
        result = []
        for package in self.packages or ():
            src_dir = self.get_package_dir(package)
            target = os.path.join(self.build_lib, *package.split('.'))
            skip = len(src_dir) + 1 if src_dir else 0
            names = [path[skip:] for path in self.find_data_files(package, src_dir)]
            result.append((package, src_dir, target, names))
        return result

    def find_data_files(self, package, src_dir):
        """The files of src_dir matching the package_data globs of the
        package and of '' (all packages)."""
        patterns = self.package_data.get('', []) + self.package_data.get(package, [])
        files = []
        for pattern in patterns:
            for path in glob(os.path.join(src_dir, convert_path(pattern))):
                if path not in files and os.path.isfile(path):
                    files.append(path)
        return files

    def build_package_data(self):
        for package, src_dir, build_dir, filenames in self.data_files:
            for filename in filenames:
                target = os.path.join(build_dir, filename)
                self.mkpath(os.path.dirname(target))
                self.copy_file(os.path.join(src_dir, filename), target, preserve_mode=False)

    # -- finding modules -----------------------------------------------------

    def get_package_dir(self, package):
        """The source directory of a dotted package name, following
        package_dir (whose '' entry is the root of all packages)."""
        parts = package.split('.')
        if not self.package_dir:
            return os.path.join(*parts) if parts else ''
        tail = []
        while parts:
            mapped = self.package_dir.get('.'.join(parts))
            if mapped is not None:
                tail.insert(0, mapped)
                return os.path.join(*tail)
            tail.insert(0, parts.pop())
        root = self.package_dir.get('')
        if root is not None:
            tail.insert(0, root)
        return os.path.join(*tail) if tail else ''

    def check_package(self, package, package_dir):
        """The package's __init__.py if it has one (warns otherwise)."""
        if package_dir != "":
            if not os.path.exists(package_dir):
                raise DistutilsFileError("package directory '%s' does not exist" % package_dir)
            if not os.path.isdir(package_dir):
                raise DistutilsFileError(("supposed package directory '%s' exists, "
                                          "but is not a directory") % package_dir)
        if package:
            init_py = os.path.join(package_dir, "__init__.py")
            if os.path.isfile(init_py):
                return init_py
            log.warn("package init file '%s' not found (or not a regular file)",
                     init_py)
        return None

    def check_module(self, module, module_file):
        """Whether the module's file exists (warns when not)."""
        found = os.path.isfile(module_file)
        if not found:
            log.warn("file %s (for module %s) not found", module_file, module)
        return found

    def find_package_modules(self, package, package_dir):
        """(package, module, file) for every .py file of package_dir except
        the setup script itself."""
        self.check_package(package, package_dir)
        setup_script = os.path.abspath(self.distribution.script_name)
        modules = []
        for path in glob(os.path.join(package_dir, "*.py")):
            if os.path.abspath(path) == setup_script:
                self.debug_print("excluding %s" % setup_script)
                continue
            modules.append((package, os.path.splitext(os.path.basename(path))[0], path))
        return modules

    def find_modules(self):
        """(package, module, file) for each of py_modules, plus the
        __init__ of each package they live in."""
        seen_packages = {}
        modules = []
        for dotted in self.py_modules:
            parts = dotted.split('.')
            package = '.'.join(parts[:-1])
            base = parts[-1]
            package_dir = seen_packages.get(package)
            if package_dir is None:
                package_dir = self.get_package_dir(package)
                init_py = self.check_package(package, package_dir)
                seen_packages[package] = package_dir
                if init_py:
                    modules.append((package, "__init__", init_py))
            module_file = os.path.join(package_dir, base + ".py")
            if self.check_module(dotted, module_file):
                modules.append((package, base, module_file))
        return modules

    def find_all_modules(self):
        found = self.find_modules() if self.py_modules else []
        for package in self.packages or ():
            found.extend(self.find_package_modules(package, self.get_package_dir(package)))
        return found

    def get_source_files(self):
        return [module[-1] for module in self.find_all_modules()]

    def get_module_outfile(self, build_dir, package, module):
        return os.path.join(*([build_dir] + list(package) + [module + ".py"]))

    def get_outputs(self, include_bytecode=1):
        suffixes = ['']
        if include_bytecode and self.compile:
            suffixes.append('c')
        if include_bytecode and self.optimize > 0:
            suffixes.append('o')
        outputs = []
        for package, module, _ in self.find_all_modules():
            source = self.get_module_outfile(self.build_lib, package.split('.'), module)
            outputs.extend(source + suffix for suffix in suffixes)
        for _, _, build_dir, filenames in self.data_files:
            outputs.extend(os.path.join(build_dir, name) for name in filenames)
        return outputs

    # -- copying -------------------------------------------------------------

    def build_module(self, module, module_file, package):
        if isinstance(package, str):
            package = package.split('.')
        elif not isinstance(package, (list, tuple)):
            raise TypeError("'package' must be a string (dot-separated), list, or tuple")
        outfile = self.get_module_outfile(self.build_lib, package, module)
        self.mkpath(os.path.dirname(outfile))
        return self.copy_file(module_file, outfile, preserve_mode=0)

    def build_modules(self):
        for package, module, module_file in self.find_modules():
            self.build_module(module, module_file, package)

    def build_packages(self):
        for package in self.packages:
            package_dir = self.get_package_dir(package)
            for _, module, module_file in self.find_package_modules(package, package_dir):
                self.build_module(module, module_file, package)

    def byte_compile(self, files):
        if sys.dont_write_bytecode:
            self.warn('byte-compiling is disabled, skipping.')
            return
        from distutils.util import byte_compile
        # paths recorded in the .pyc files are relative to build_lib
        prefix = os.path.join(self.build_lib, '')
        for wanted, level in ((self.compile, 0), (self.optimize > 0, self.optimize)):
            if wanted:
                byte_compile(files, optimize=level, force=self.force, prefix=prefix,
                             dry_run=self.dry_run)
