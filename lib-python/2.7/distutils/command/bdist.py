"""bdist: make built distributions, delegating each format to its
bdist_* command."""
import os

from distutils.core import Command
from distutils.cmd import set_option_defaults
from distutils.errors import DistutilsPlatformError, DistutilsOptionError
from distutils.util import get_platform

__revision__ = "$Id$"


def show_formats():
    from distutils.fancy_getopt import FancyGetopt
    formats = [("formats=" + name, None, bdist.format_command[name][1])
               for name in bdist.format_commands]
    FancyGetopt(formats).print_help("List of available distribution formats:")


class bdist(Command):

    description = "create a built (binary) distribution"

    user_options = [('bdist-base=', 'b', "temporary directory for creating built distributions"),
                    ('plat-name=', 'p',
                     "platform name to embed in generated filenames "
                     "(default: %s)" % get_platform()),
                    ('formats=', None, "formats for distribution (comma-separated list)"),
                    ('dist-dir=', 'd',
                     "directory to put final built distributions in [default: dist]"),
                    ('skip-build', None, "skip rebuilding everything (for testing/debugging)"),
                    ('owner=', 'u',
                     "Owner name used when creating a tar file [default: current user]"),
                    ('group=', 'g',
                     "Group name used when creating a tar file [default: current group]"),
                    ]

    boolean_options = ['skip-build']

    help_options = [('help-formats', None, "lists available distribution formats",
                     show_formats)]

    # formats needing no compiler of their own beside bdist_dumb
    no_format_option = ('bdist_rpm',)

    default_format = {'posix': 'gztar', 'nt': 'zip', 'os2': 'zip'}

    format_commands = ['rpm', 'gztar', 'bztar', 'ztar', 'tar', 'wininst', 'zip', 'msi']

    format_command = {'rpm': ('bdist_rpm', "RPM distribution"),
                      'gztar': ('bdist_dumb', "gzip'ed tar file"),
                      'bztar': ('bdist_dumb', "bzip2'ed tar file"),
                      'ztar': ('bdist_dumb', "compressed tar file"),
                      'tar': ('bdist_dumb', "tar file"),
                      'wininst': ('bdist_wininst', "Windows executable installer"),
                      'zip': ('bdist_dumb', "ZIP file"),
                      'msi': ('bdist_msi', "Microsoft Installer")}

    def initialize_options(self):
        set_option_defaults(self, bdist_base=None, plat_name=None, formats=None,
                            dist_dir=None, skip_build=0, group=None, owner=None)

    def finalize_options(self):
        # a skipped build has no build command to ask for its platform
        if self.plat_name is None and self.skip_build:
            self.plat_name = get_platform()
        build = self.get_finalized_command('build')
        if self.plat_name is None:
            self.plat_name = build.plat_name
        if self.bdist_base is None:
            self.bdist_base = os.path.join(build.build_base, 'bdist.' + self.plat_name)
        self.ensure_string_list('formats')
        if self.formats is None:
            try:
                self.formats = [self.default_format[os.name]]
            except KeyError:
                raise DistutilsPlatformError(
                    "don't know how to create built distributions "
                    "on platform %s" % os.name)
        if self.dist_dir is None:
            self.dist_dir = "dist"

    def run(self):
        try:
            commands = [self.format_command[fmt][0] for fmt in self.formats]
        except KeyError, e:
            raise DistutilsOptionError("invalid format '%s'" % e.args[0])
        for i, (fmt, name) in enumerate(zip(self.formats, commands)):
            cmd = self.reinitialize_command(name)
            if name not in self.no_format_option:
                cmd.format = fmt
            if name == 'bdist_dumb':
                cmd.owner, cmd.group = self.owner, self.group
            # a later command of the same kind needs the temporary tree kept
            if name in commands[i + 1:]:
                cmd.keep_temp = 1
            self.run_command(name)
