"""clean: remove the temporary build files (with --all, everything that
build and bdist made)."""
import os

from distutils.core import Command
from distutils.cmd import set_option_defaults
from distutils.dir_util import remove_tree
from distutils import log

__revision__ = "$Id$"


class clean(Command):

    description = "clean up temporary files from 'build' command"
    user_options = [
        ('build-base=', 'b', "base build directory (default: 'build.build-base')"),
        ('build-lib=', None, "build directory for all modules (default: 'build.build-lib')"),
        ('build-temp=', 't', "temporary build directory (default: 'build.build-temp')"),
        ('build-scripts=', None, "build directory for scripts (default: 'build.build-scripts')"),
        ('bdist-base=', None, "temporary directory for built distributions"),
        ('all', 'a', "remove all build output, not just temporary by-products"),
    ]

    boolean_options = ['all']

    def initialize_options(self):
        set_option_defaults(self, build_base=None, build_lib=None, build_temp=None,
                            build_scripts=None, bdist_base=None, all=None)

    def finalize_options(self):
        self.set_undefined_options('build', ('build_base', 'build_base'),
                                   ('build_lib', 'build_lib'),
                                   ('build_scripts', 'build_scripts'),
                                   ('build_temp', 'build_temp'))
        self.set_undefined_options('bdist', ('bdist_base', 'bdist_base'))

    def run(self):
        if os.path.exists(self.build_temp):
            remove_tree(self.build_temp, dry_run=self.dry_run)
        else:
            log.debug("'%s' does not exist -- can't clean it", self.build_temp)
        if self.all:
            for directory in (self.build_lib, self.bdist_base, self.build_scripts):
                if os.path.exists(directory):
                    remove_tree(directory, dry_run=self.dry_run)
                else:
                    log.warn("'%s' does not exist -- can't clean it", directory)
        if self.dry_run:
            return
        # the build base goes too, but only when nothing else is left in it
        if os.path.isdir(self.build_base) and not os.listdir(self.build_base):
            os.rmdir(self.build_base)
            log.info("removing '%s'", self.build_base)
