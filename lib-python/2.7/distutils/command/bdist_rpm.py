"""bdist_rpm: an RPM package (binary and source) built with rpmbuild.

The command and its options exist, since setuptools and bdist's format
table import it; building RPMs is not supported by this distribution, and
running it says so."""
from distutils.core import Command
from distutils.cmd import set_option_defaults
from distutils.errors import DistutilsPlatformError

__revision__ = "$Id$"


class bdist_rpm(Command):

    description = "create an RPM distribution"

    user_options = [('bdist-base=', None, "base directory for creating built distributions"),
                    ('rpm-base=', None, "base directory for creating RPMs"),
                    ('dist-dir=', 'd', "directory to put final RPM files in"),
                    ('python=', None, "path to Python interpreter to hard-code in the .spec file"),
                    ('fix-python', None, "hard-code the exact path to the current Python "
                                         "interpreter in the .spec file"),
                    ('spec-only', None, "only regenerate spec file"),
                    ('source-only', None, "only generate source RPM"),
                    ('binary-only', None, "only generate binary RPM"),
                    ('use-bzip2', None, "use bzip2 instead of gzip to create source distribution"),
                    ('distribution-name=', None, "name of the (Linux) distribution to which this "
                                                 "RPM applies (*not* the name of the module "
                                                 "distribution!)"),
                    ('group=', None, "package classification [default: \"Development/Libraries\"]"),
                    ('release=', None, "RPM release number"),
                    ('serial=', None, "RPM serial number"),
                    ('vendor=', None, "RPM \"vendor\" (eg. \"Joe Blow <joe@example.com>\") "
                                      "[default: maintainer or author from setup script]"),
                    ('packager=', None, "RPM packager (eg. \"Jane Doe <jane@example.net>\")"
                                        "[default: vendor]"),
                    ('doc-files=', None, "list of documentation files (space or comma-separated)"),
                    ('changelog=', None, "RPM changelog"),
                    ('icon=', None, "name of icon file"),
                    ('provides=', None, "capabilities provided by this package"),
                    ('requires=', None, "capabilities required by this package"),
                    ('conflicts=', None, "capabilities which conflict with this package"),
                    ('build-requires=', None, "capabilities required to build this package"),
                    ('obsoletes=', None, "capabilities made obsolete by this package"),
                    ('no-autoreq', None, "do not automatically calculate dependencies"),
                    ('keep-temp', 'k', "don't clean up RPM build directory"),
                    ('no-keep-temp', None, "clean up RPM build directory [default]"),
                    ('use-rpm-opt-flags', None, "compile with RPM_OPT_FLAGS when building from source RPM"),
                    ('no-rpm-opt-flags', None, "do not pass any RPM CFLAGS to compiler"),
                    ('rpm3-mode', None, "RPM 3 compatibility mode (default)"),
                    ('rpm2-mode', None, "RPM 2 compatibility mode"),
                    ('prep-script=', None, "Specify a script for the PREP phase of RPM building"),
                    ('build-script=', None, "Specify a script for the BUILD phase of RPM building"),
                    ('pre-install=', None, "Specify a script for the pre-INSTALL phase of RPM building"),
                    ('install-script=', None, "Specify a script for the INSTALL phase of RPM building"),
                    ('post-install=', None, "Specify a script for the post-INSTALL phase of RPM building"),
                    ('pre-uninstall=', None, "Specify a script for the pre-UNINSTALL phase of RPM building"),
                    ('post-uninstall=', None, "Specify a script for the post-UNINSTALL phase of RPM building"),
                    ('clean-script=', None, "Specify a script for the CLEAN phase of RPM building"),
                    ('verify-script=', None, "Specify a script for the VERIFY phase of the RPM build"),
                    ('force-arch=', None, "Force an architecture onto the RPM build process"),
                    ('quiet', 'q', "Run the INSTALL phase of RPM building in quiet mode"),
                    ]

    boolean_options = ['keep-temp', 'use-rpm-opt-flags', 'rpm3-mode', 'no-autoreq', 'quiet']

    negative_opt = {'no-keep-temp': 'keep-temp', 'no-rpm-opt-flags': 'use-rpm-opt-flags',
                    'rpm2-mode': 'rpm3-mode'}

    def initialize_options(self):
        for opt in self.user_options:
            name = opt[0].rstrip('=').replace('-', '_')
            if not hasattr(self.__class__, name):
                setattr(self, name, None)
        set_option_defaults(self, keep_temp=0, use_rpm_opt_flags=1, rpm3_mode=1,
                            no_autoreq=0, quiet=0, fix_python=None, spec_only=None,
                            source_only=None, binary_only=None, use_bzip2=None)

    def finalize_options(self):
        self.set_undefined_options('bdist', ('bdist_base', 'bdist_base'))
        self.set_undefined_options('bdist', ('dist_dir', 'dist_dir'))
        if self.group is None:
            self.group = "Development/Libraries"

    def run(self):
        raise DistutilsPlatformError("bdist_rpm is not supported here: building RPMs is not provided")

    def _make_spec_file(self):
        raise DistutilsPlatformError("bdist_rpm is not supported here: building RPMs is not provided")
