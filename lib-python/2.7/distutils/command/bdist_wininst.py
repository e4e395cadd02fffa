"""bdist_wininst: a Windows installer (.exe) for the distribution.

The installer is a prebuilt Windows stub with the archive appended; this
distribution ships no stub, so the command exists (setuptools and bdist's
format table import it) but running it reports that it is unsupported."""
from distutils.core import Command
from distutils.cmd import set_option_defaults
from distutils.errors import DistutilsPlatformError, DistutilsOptionError
from distutils.util import get_platform

__revision__ = "$Id$"


class bdist_wininst(Command):

    description = "create an executable installer for MS Windows"

    user_options = [('bdist-dir=', None, "temporary directory for creating the distribution"),
                    ('plat-name=', 'p', "platform name to embed in generated filenames "
                                        "(default: %s)" % get_platform()),
                    ('keep-temp', 'k', "keep the pseudo-installation tree around after "
                                       "creating the distribution archive"),
                    ('target-version=', None, "require a specific python version on the target system"),
                    ('no-target-compile', 'c', "do not compile .py to .pyc on the target system"),
                    ('no-target-optimize', 'o', "do not compile .py to .pyo (optimized) "
                                                "on the target system"),
                    ('dist-dir=', 'd', "directory to put final built distributions in"),
                    ('bitmap=', 'b', "bitmap to use for the installer instead of python-powered logo"),
                    ('title=', 't', "title to display on the installer background instead of default"),
                    ('skip-build', None, "skip rebuilding everything (for testing/debugging)"),
                    ('install-script=', None, "basename of installation script to be run after "
                                              "installation or before deinstallation"),
                    ('pre-install-script=', None, "Fully qualified filename of a script to be run "
                                                  "before any files are installed."),
                    ('user-access-control=', None, "specify Vista's UAC handling - 'none'/default=no "
                                                   "handling, 'auto'=use UAC if target Python "
                                                   "installed for all users, 'force'=always use UAC"),
                    ]

    boolean_options = ['keep-temp', 'no-target-compile', 'no-target-optimize', 'skip-build']

    def initialize_options(self):
        set_option_defaults(self, bdist_dir=None, plat_name=None, keep_temp=0,
                            no_target_compile=0, no_target_optimize=0, target_version=None,
                            dist_dir=None, bitmap=None, title=None, skip_build=None,
                            install_script=None, pre_install_script=None,
                            user_access_control=None)

    def finalize_options(self):
        self.set_undefined_options('bdist', ('skip_build', 'skip_build'))
        self.set_undefined_options('bdist', ('dist_dir', 'dist_dir'),
                                   ('plat_name', 'plat_name'))
        if self.target_version is None:
            self.target_version = ""
        if self.install_script:
            scripts = [s for s in (self.distribution.scripts or ())
                       if s.split('/')[-1] == self.install_script]
            if not scripts:
                raise DistutilsOptionError(
                    "install_script '%s' not found in scripts" % self.install_script)

    def run(self):
        raise DistutilsPlatformError(
            "bdist_wininst is not supported here: no Windows installer stub is shipped")
