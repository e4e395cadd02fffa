"""install_egg_info: write the distribution's PKG-INFO as a
NAME-VERSION-pyX.Y.egg-info file next to the installed modules, so that
pkg_resources and pip see the distribution as installed."""
import os
import re
import sys

from distutils.cmd import Command
from distutils import log, dir_util

__revision__ = "$Id$"


class install_egg_info(Command):

    description = "Install package's PKG-INFO metadata as an egg-info file"
    user_options = [('install-dir=', 'd', "directory to install to")]

    def initialize_options(self):
        self.install_dir = None

    def finalize_options(self):
        self.set_undefined_options('install_lib', ('install_dir', 'install_dir'))
        meta = self.distribution.metadata
        basename = "%s-%s-py%s.egg-info" % (to_filename(safe_name(meta.get_name())),
                                            to_filename(safe_version(meta.get_version())),
                                            sys.version[:3])
        self.target = os.path.join(self.install_dir, basename)
        self.outputs = [self.target]

    def run(self):
        target = self.target
        if os.path.isdir(target) and not os.path.islink(target):
            dir_util.remove_tree(target, dry_run=self.dry_run)
        elif os.path.exists(target):
            self.execute(os.unlink, (self.target,), "Removing " + target)
        elif not os.path.isdir(self.install_dir):
            self.execute(os.makedirs, (self.install_dir,), "Creating " + self.install_dir)
        log.info("Writing %s", target)
        if not self.dry_run:
            f = open(target, 'w')
            try:
                self.distribution.metadata.write_pkg_file(f)
            finally:
                f.close()

    def get_outputs(self):
        return self.outputs


# the name conventions of pkg_resources, so both agree on file names

def safe_name(name):
    """Runs of characters other than letters, digits and '.' become '-'."""
    return re.sub('[^A-Za-z0-9.]+', '-', name)


def safe_version(version):
    """Spaces become dots, then as safe_name."""
    return re.sub('[^A-Za-z0-9.]+', '-', version.replace(' ', '.'))


def to_filename(name):
    """'-' is the separator of egg file names, so it becomes '_'."""
    return name.replace('-', '_')
