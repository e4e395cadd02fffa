"""register: register the distribution with a package index.  The
legacy PyPI registration API is gone, so this version only checks the
metadata and explains what to use instead."""
from distutils.core import PyPIRCCommand
from distutils.cmd import set_option_defaults
from distutils.errors import DistutilsError
from distutils import log

__revision__ = "$Id$"


class register(PyPIRCCommand):

    description = "register the distribution with the Python package index"
    user_options = PyPIRCCommand.user_options + [
        ('list-classifiers', None, 'list the valid Trove classifiers'),
        ('strict', None, 'Will stop the registering if the meta-data are not fully compliant')]
    boolean_options = PyPIRCCommand.boolean_options + ['verify', 'list-classifiers', 'strict']

    def _always(self):
        return True

    sub_commands = [('check', _always)]

    def initialize_options(self):
        PyPIRCCommand.initialize_options(self)
        set_option_defaults(self, list_classifiers=0, strict=0)

    def finalize_options(self):
        PyPIRCCommand.finalize_options(self)
        # the metadata check runs with our strictness
        self.distribution.command_options['check'] = {
            'strict': ('register', self.strict), 'restructuredtext': ('register', 1)}

    def run(self):
        self.finalize_options()
        config = self._read_pypirc()
        self.has_config = bool(config)
        for key in ('username', 'password', 'repository', 'realm'):
            if key in config:
                setattr(self, key, config[key])
        for name in self.get_sub_commands():
            self.run_command(name)
        log.warn("registering with %s is not supported here; "
                 "package indexes register on upload (use twine)", self.repository)
        raise DistutilsError("register: not supported by this distutils")
