"""install_lib: copy the built modules (build/lib...) into the
installation directory and byte-compile them there."""
import os
import sys

from distutils.cmd import Command, set_option_defaults
from distutils.command import _common

__revision__ = "$Id$"

PYTHON_SOURCE_EXTENSION = ".py"


class install_lib(Command):

    description = "install all Python modules (extensions and pure Python)"

    user_options = [('install-dir=', 'd', "directory to install to"),
                    ('build-dir=', 'b', "build directory (where to install from)"),
                    _common.FORCE_INSTALL, _common.COMPILE_DEFAULT, _common.NO_COMPILE,
                    _common.OPTIMIZE, _common.SKIP_BUILD]

    boolean_options = ['force', 'compile', 'skip-build']
    negative_opt = {'no-compile': 'compile'}

    def initialize_options(self):
        set_option_defaults(self, install_dir=None, build_dir=None, force=0, compile=None,
                            optimize=None, skip_build=None)

    def finalize_options(self):
        pairs = [('build_lib', 'build_dir'), ('install_lib', 'install_dir')]
        pairs += [(name, name) for name in ('force', 'compile', 'optimize', 'skip_build')]
        self.set_undefined_options('install', *pairs)
        if self.compile is None:
            self.compile = 1
        self.optimize = _common.checked_optimize(self.optimize or 0)

    def run(self):
        self.build()
        installed = self.install()
        if installed is None or not self.distribution.has_pure_modules():
            return
        self.byte_compile(installed)

    def build(self):
        """Run the build commands this one installs from (unless skipped)."""
        if self.skip_build:
            return
        dist = self.distribution
        for needed, command in ((dist.has_pure_modules(), 'build_py'),
                                (dist.has_ext_modules(), 'build_ext')):
            if needed:
                self.run_command(command)

    def install(self):
        if not os.path.isdir(self.build_dir):
            self.warn("'%s' does not exist -- no Python modules to install" % self.build_dir)
            return None
        return self.copy_tree(self.build_dir, self.install_dir)

    def byte_compile(self, files):
        if sys.dont_write_bytecode:
            self.warn('byte-compiling is disabled, skipping.')
            return
        from distutils.util import byte_compile
        # the .pyc files record paths as they will be after installation
        root = self.get_finalized_command('install').root
        levels = []
        if self.compile:
            levels.append(0)
        if self.optimize > 0:
            levels.append(self.optimize)
        for level in levels:
            byte_compile(files, optimize=level, force=self.force, prefix=root,
                         verbose=self.verbose, dry_run=self.dry_run)

    def _mutate_outputs(self, has_any, build_cmd, cmd_option, output_dir):
        """The outputs of a build command moved from its directory to output_dir."""
        if not has_any:
            return []
        cmd = self.get_finalized_command(build_cmd)
        skip = len(getattr(cmd, cmd_option)) + len(os.sep)
        return [os.path.join(output_dir, path[skip:]) for path in cmd.get_outputs()]

    def _bytecode_filenames(self, py_filenames):
        suffixes = []
        if self.compile:
            suffixes.append("c")
        if self.optimize > 0:
            suffixes.append("o")
        return [name + suffix for name in py_filenames
                if os.path.splitext(os.path.normcase(name))[1] == PYTHON_SOURCE_EXTENSION
                for suffix in suffixes]

    def get_outputs(self):
        dist = self.distribution
        pure = self._mutate_outputs(dist.has_pure_modules(), 'build_py', 'build_lib',
                                    self.install_dir)
        bytecode = self._bytecode_filenames(pure) if self.compile else []
        ext = self._mutate_outputs(dist.has_ext_modules(), 'build_ext', 'build_lib',
                                   self.install_dir)
        return pure + bytecode + ext

    def get_inputs(self):
        inputs = []
        for needed, command in ((self.distribution.has_pure_modules(), 'build_py'),
                                (self.distribution.has_ext_modules(), 'build_ext')):
            if needed:
                inputs.extend(self.get_finalized_command(command).get_outputs())
        return inputs
