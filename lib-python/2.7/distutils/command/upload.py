"""upload: upload built distributions to a package index.  Not supported
by this distutils (use twine); the command exists so that setup scripts
and setuptools, which subclass it, can import it."""
from distutils.core import PyPIRCCommand
from distutils.cmd import set_option_defaults
from distutils.errors import DistutilsOptionError, DistutilsError

__revision__ = "$Id$"


class upload(PyPIRCCommand):

    description = "upload binary package to PyPI"

    user_options = PyPIRCCommand.user_options + [
        ('sign', 's', 'sign files to upload using gpg'),
        ('identity=', 'i', 'GPG identity used to sign files')]

    boolean_options = PyPIRCCommand.boolean_options + ['sign']

    def initialize_options(self):
        PyPIRCCommand.initialize_options(self)
        set_option_defaults(self, username='', password='', show_response=0,
                            sign=False, identity=None)

    def finalize_options(self):
        PyPIRCCommand.finalize_options(self)
        if self.identity and not self.sign:
            raise DistutilsOptionError("Must use --sign for --identity to have meaning")
        # ~/.pypirc settings win over the defaults
        for key, value in self._read_pypirc().items():
            if key in ('username', 'password', 'repository', 'realm'):
                setattr(self, key, value)
        self.password = self.password or self.distribution.password

    def run(self):
        if not self.distribution.dist_files:
            raise DistutilsOptionError("No dist file created in earlier command")
        raise DistutilsError("upload: not supported by this distutils (use twine)")
