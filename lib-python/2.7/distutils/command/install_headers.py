"""install_headers: copy the C header files of the distribution into
the headers directory of the installation scheme."""
from distutils.cmd import Command, set_option_defaults

__revision__ = "$Id$"


class install_headers(Command):

    description = "install C/C++ header files"

    user_options = [('install-dir=', 'd', "directory to install header files to"),
                    ('force', 'f', "force installation (overwrite existing files)")]

    boolean_options = ['force']

    def initialize_options(self):
        set_option_defaults(self, install_dir=None, force=0, outfiles=[])

    def finalize_options(self):
        self.set_undefined_options('install', ('install_headers', 'install_dir'),
                                   ('force', 'force'))

    def run(self):
        if not self.distribution.headers:
            return
        self.mkpath(self.install_dir)
        self.outfiles.extend(self.copy_file(h, self.install_dir)[0]
                             for h in self.distribution.headers)

    def get_inputs(self):
        return self.distribution.headers or []

    def get_outputs(self):
        return self.outfiles
