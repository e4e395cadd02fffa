"""install_data: copy the data_files of the setup script: plain names
go to the data directory, (dir, files) pairs to dir (relative to it)."""
import os

from distutils.cmd import Command, set_option_defaults
from distutils.command import _common
from distutils.util import change_root, convert_path

__revision__ = "$Id$"


class install_data(Command):

    description = "install data files"

    user_options = [('install-dir=', 'd', "base directory for installing data files "
                     "(default: installation base dir)"),
                    ('root=', None,
                     "install everything relative to this alternate root directory"),
                    _common.FORCE_INSTALL]

    boolean_options = ['force']

    def initialize_options(self):
        set_option_defaults(self, install_dir=None, outfiles=[], root=None, force=0,
                            warn_dir=1)
        self.data_files = self.distribution.data_files

    def finalize_options(self):
        self.set_undefined_options('install', ('install_data', 'install_dir'),
                                   ('root', 'root'), ('force', 'force'))

    def run(self):
        self.mkpath(self.install_dir)
        for entry in self.data_files:
            if isinstance(entry, str):
                path = convert_path(entry)
                if self.warn_dir:
                    self.warn("setup script did not provide a directory for "
                              "'%s' -- installing right in '%s'" % (path, self.install_dir))
                out, _ = self.copy_file(path, self.install_dir)
                self.outfiles.append(out)
                continue
            target = convert_path(entry[0])
            if not os.path.isabs(target):
                target = os.path.join(self.install_dir, target)
            elif self.root:
                target = change_root(self.root, target)
            self.mkpath(target)
            if entry[1] == []:
                # an empty list asks for the directory alone
                self.outfiles.append(target)
                continue
            for data in entry[1]:
                out, _ = self.copy_file(convert_path(data), target)
                self.outfiles.append(out)

    def get_inputs(self):
        return self.data_files or []

    def get_outputs(self):
        return self.outfiles
