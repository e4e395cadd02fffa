"""install: install everything from the build directory (runs the
install_* sub-commands).  Where files go is chosen by an installation
scheme (prefix, home, user, or PyPy's own layout) or option by option."""
import os
import sys

from distutils import log
from distutils.cmd import Command, set_option_defaults
from distutils.debug import DEBUG
from distutils.sysconfig import get_config_vars
from distutils.errors import DistutilsPlatformError, DistutilsOptionError
from distutils.file_util import write_file
from distutils.util import convert_path, subst_vars, change_root, get_platform

try:
    from site import USER_BASE, USER_SITE
except ImportError:
    USER_BASE = USER_SITE = None

__revision__ = "$Id$"

# per-scheme templates; $base, $platbase, $py_version_short, $dist_name,
# $userbase and $usersite are substituted in finalize_options
def _scheme(purelib, platlib, headers, scripts, data):
    return {'purelib': purelib, 'platlib': platlib, 'headers': headers,
            'scripts': scripts, 'data': data}


_WINDOWS_LIKE = _scheme('$base/Lib/site-packages', '$base/Lib/site-packages',
                        '$base/Include/$dist_name', '$base/Scripts', '$base')

INSTALL_SCHEMES = {
    'unix_prefix': _scheme('$base/lib/python$py_version_short/site-packages',
                           '$platbase/lib/python$py_version_short/site-packages',
                           '$base/include/python$py_version_short/$dist_name',
                           '$base/bin', '$base'),
    'unix_home': _scheme('$base/lib/python', '$base/lib/python',
                         '$base/include/python/$dist_name', '$base/bin', '$base'),
    'unix_user': _scheme('$usersite', '$usersite',
                         '$userbase/include/python$py_version_short/$dist_name',
                         '$userbase/bin', '$userbase'),
    'nt': dict(_WINDOWS_LIKE),
    'nt_user': _scheme('$usersite', '$usersite',
                       '$userbase/Python$py_version_nodot/Include/$dist_name',
                       '$userbase/Scripts', '$userbase'),
    'os2': dict(_WINDOWS_LIKE),
    'os2_home': _scheme('$usersite', '$usersite',
                        '$userbase/include/python$py_version_short/$dist_name',
                        '$userbase/bin', '$userbase'),
    # PyPy's layout: site-packages directly under the prefix
    'pypy': _scheme('$base/site-packages', '$base/site-packages',
                    '$base/include/$dist_name', '$base/bin', '$base'),
}

# the directories a scheme names, each an install_<key> option
SCHEME_KEYS = ('purelib', 'platlib', 'headers', 'scripts', 'data')


class install(Command):

    description = "install everything from build directory"

    user_options = [
        ('prefix=', None, "installation prefix"),
        ('exec-prefix=', None, "(Unix only) prefix for platform-specific files"),
        ('home=', None, "(Unix only) home directory to install under"),
        ('user', None, "install in user site-package '%s'" % USER_SITE),
        ('install-base=', None, "base installation directory (instead of --prefix or --home)"),
        ('install-platbase=', None,
         "base installation directory for platform-specific files " +
         "(instead of --exec-prefix or --home)"),
        ('root=', None, "install everything relative to this alternate root directory"),
        ('install-purelib=', None, "installation directory for pure Python module distributions"),
        ('install-platlib=', None, "installation directory for non-pure module distributions"),
        ('install-lib=', None,
         "installation directory for all module distributions " +
         "(overrides --install-purelib and --install-platlib)"),
        ('install-headers=', None, "installation directory for C/C++ headers"),
        ('install-scripts=', None, "installation directory for Python scripts"),
        ('install-data=', None, "installation directory for data files"),
        ('compile', 'c', "compile .py to .pyc [default]"),
        ('no-compile', None, "don't compile .py files"),
        ('optimize=', 'O',
         "also compile with optimization: -O1 for \"python -O\", "
         "-O2 for \"python -OO\", and -O0 to disable [default: -O0]"),
        ('force', 'f', "force installation (overwrite any existing files)"),
        ('skip-build', None, "skip rebuilding everything (for testing/debugging)"),
        ('record=', None, "filename in which to record list of installed files"),
    ]

    boolean_options = ['compile', 'force', 'skip-build', 'user']
    negative_opt = {'no-compile': 'compile'}

    def initialize_options(self):
        set_option_defaults(
            self, prefix=None, exec_prefix=None, home=None, user=0, install_base=None,
            install_platbase=None, root=None, install_purelib=None, install_platlib=None,
            install_headers=None, install_lib=None, install_scripts=None,
            install_data=None, install_userbase=USER_BASE, install_usersite=USER_SITE,
            compile=None, optimize=None, extra_path=None, install_path_file=1, force=0,
            skip_build=0, warn_dir=1, build_base=None, build_lib=None, record=None)

    def _check_option_combinations(self):
        bases = self.install_base or self.install_platbase
        if (self.prefix or self.exec_prefix or self.home) and bases:
            raise DistutilsOptionError(
                "must supply either prefix/exec-prefix/home or " +
                "install-base/install-platbase -- not both")
        if self.home and (self.prefix or self.exec_prefix):
            raise DistutilsOptionError(
                "must supply either home or prefix/exec-prefix -- not both")
        if self.user and (self.prefix or self.exec_prefix or self.home or bases):
            raise DistutilsOptionError("can't combine user with prefix, "
                                       "exec_prefix/home, or install_(plat)base")
        if os.name != "posix" and self.exec_prefix:
            self.warn("exec-prefix option ignored on this platform")
            self.exec_prefix = None

    def _substitutions(self):
        """The $names install directories may use."""
        dist = self.distribution
        version = sys.version.split()[0]
        prefix, exec_prefix = get_config_vars('prefix', 'exec_prefix')
        return dict(dist_name=dist.get_name(), dist_version=dist.get_version(),
                    dist_fullname=dist.get_fullname(), py_version=version,
                    py_version_short=version[0:3], py_version_nodot=version[0] + version[2],
                    sys_prefix=prefix, prefix=prefix, sys_exec_prefix=exec_prefix,
                    exec_prefix=exec_prefix, userbase=self.install_userbase,
                    usersite=self.install_usersite)

    def finalize_options(self):
        """Choose the scheme, expand its $names, then apply --root and
        extra_path."""
        self._check_option_combinations()
        self.dump_dirs("pre-finalize_{unix,other}")
        (self.finalize_unix if os.name == 'posix' else self.finalize_other)()
        self.dump_dirs("post-finalize_{unix,other}()")

        self.config_vars = self._substitutions()
        self.expand_basedirs()
        self.dump_dirs("post-expand_basedirs()")
        self.config_vars.update(base=self.install_base, platbase=self.install_platbase)
        if DEBUG:
            from pprint import pprint
            print("config vars:")
            pprint(self.config_vars)
        self.expand_dirs()
        self.dump_dirs("post-expand_dirs()")
        if self.user:
            self.create_home_path()

        if self.install_lib is None:
            self.install_lib = (self.install_platlib if self.distribution.ext_modules
                                else self.install_purelib)
        self.convert_paths('lib', 'purelib', 'platlib', 'scripts', 'data', 'headers',
                           'userbase', 'usersite')

        # extra_path puts the modules one directory deeper, named by a .pth file
        self.handle_extra_path()
        self.install_libbase = self.install_lib
        self.install_lib = os.path.join(self.install_lib, self.extra_dirs)

        if self.root is not None:
            self.change_roots('libbase', 'lib', 'purelib', 'platlib', 'scripts',
                              'data', 'headers')
        self.dump_dirs("after prepending root")
        self.set_undefined_options('build', ('build_base', 'build_base'),
                                   ('build_lib', 'build_lib'))

    def dump_dirs(self, msg):
        if not DEBUG:
            return
        from distutils.fancy_getopt import longopt_xlate
        log.debug(msg + ":")
        for opt in self.user_options:
            name = opt[0]
            if name[-1] == "=":
                name = name[0:-1]
            if name in self.negative_opt:
                name = self.negative_opt[name].translate(longopt_xlate)
                val = not getattr(self, name)
            else:
                name = name.translate(longopt_xlate)
                val = getattr(self, name)
            log.debug("  %s: %s" % (name, val))

    def _scheme_base(self, base, scheme):
        self.install_base = self.install_platbase = base
        self.select_scheme(scheme)

    def _user_base(self):
        if self.install_userbase is None:
            raise DistutilsPlatformError("User base directory is not specified")
        return self.install_userbase

    def finalize_unix(self):
        if self.install_base is not None or self.install_platbase is not None:
            # explicit bases: every directory must then be given
            no_lib = (self.install_lib is None and self.install_purelib is None and
                      self.install_platlib is None)
            if no_lib or None in (self.install_headers, self.install_scripts,
                                  self.install_data):
                raise DistutilsOptionError(
                    "install-base or install-platbase supplied, but "
                    "installation scheme is incomplete")
        elif self.user:
            self._scheme_base(self._user_base(), "unix_user")
        elif self.home is not None:
            self._scheme_base(self.home, "unix_home")
        else:
            if self.prefix is None and self.exec_prefix is not None:
                raise DistutilsOptionError("must not supply exec-prefix without prefix")
            if self.prefix is None:
                self.prefix = os.path.normpath(sys.prefix)
                self.exec_prefix = os.path.normpath(sys.exec_prefix)
            elif self.exec_prefix is None:
                self.exec_prefix = self.prefix
            self.install_base, self.install_platbase = self.prefix, self.exec_prefix
            self.select_scheme("unix_prefix")

    def finalize_other(self):
        if self.user:
            self._scheme_base(self._user_base(), os.name + "_user")
        elif self.home is not None:
            self._scheme_base(self.home, "unix_home")
        else:
            self.prefix = self.prefix or os.path.normpath(sys.prefix)
            if os.name not in INSTALL_SCHEMES:
                raise DistutilsPlatformError(
                    "I don't know how to install stuff on '%s'" % os.name)
            self._scheme_base(self.prefix, os.name)

    def select_scheme(self, name):
        """Fill the still-unset install_* directories from a scheme; PyPy
        uses its own layout except for --user and --home."""
        if (hasattr(sys, 'pypy_version_info') and
                not name.endswith(('_user', '_home'))):
            name = 'pypy'
        scheme = INSTALL_SCHEMES[name]
        for key in SCHEME_KEYS:
            attr = 'install_' + key
            if getattr(self, attr) is None:
                setattr(self, attr, scheme[key])

    def _expand_attrs(self, attrs):
        for attr in attrs:
            val = getattr(self, attr)
            if val is not None:
                if os.name in ('posix', 'nt'):
                    val = os.path.expanduser(val)
                setattr(self, attr, subst_vars(val, self.config_vars))

    def expand_basedirs(self):
        self._expand_attrs(['install_base', 'install_platbase', 'root'])

    def expand_dirs(self):
        self._expand_attrs(['install_purelib', 'install_platlib', 'install_lib',
                            'install_headers', 'install_scripts', 'install_data'])

    def convert_paths(self, *names):
        for name in names:
            attr = "install_" + name
            setattr(self, attr, convert_path(getattr(self, attr)))

    def handle_extra_path(self):
        if self.extra_path is None:
            self.extra_path = self.distribution.extra_path
        if self.extra_path is None:
            self.path_file = None
            self.extra_dirs = ''
            return
        extra = self.extra_path
        if isinstance(extra, str):
            extra = extra.split(',')
        if len(extra) == 1:
            path_file = extra_dirs = extra[0]
        elif len(extra) == 2:
            path_file, extra_dirs = extra
        else:
            raise DistutilsOptionError(
                "'extra_path' option must be a list, tuple, or "
                "comma-separated string with 1 or 2 elements")
        self.extra_path = extra
        self.path_file = path_file
        self.extra_dirs = convert_path(extra_dirs)

    def change_roots(self, *names):
        for name in names:
            attr = "install_" + name
            setattr(self, attr, change_root(self.root, getattr(self, attr)))

    def create_home_path(self):
        """Create the per-user directories under ~ that don't exist yet."""
        if not self.user:
            return
        home = convert_path(os.path.expanduser("~"))
        for name, path in self.config_vars.iteritems():
            if isinstance(path, str) and path.startswith(home) and not os.path.isdir(path):
                self.debug_print("os.makedirs('%s', 0700)" % path)
                os.makedirs(path, 0700)

    def run(self):
        if not self.skip_build:
            self.run_command('build')
            # files built for another platform must not be installed here
            built_for = self.distribution.get_command_obj('build').plat_name
            if self.warn_dir and built_for != get_platform():
                raise DistutilsPlatformError("Can't install when cross-compiling")
        for name in self.get_sub_commands():
            self.run_command(name)
        if self.path_file:
            self.create_path_file()
        if self.record:
            skip = len(self.root) if self.root else 0
            installed = [path[skip:] for path in self.get_outputs()]
            self.execute(write_file, (self.record, installed),
                         "writing list of installed files to '%s'" % self.record)

        def normal(path):
            return os.path.normcase(os.path.normpath(path))
        visible = normal(self.install_lib) in [normal(p) for p in sys.path]
        uses_pth = self.path_file and self.install_path_file
        if self.warn_dir and not uses_pth and not visible:
            log.debug(("modules installed to '%s', which is not in "
                       "Python's module search path (sys.path) -- "
                       "you'll have to change the search path yourself"),
                      self.install_lib)

    def create_path_file(self):
        filename = os.path.join(self.install_libbase, self.path_file + ".pth")
        if self.install_path_file:
            self.execute(write_file, (filename, [self.extra_dirs]), "creating %s" % filename)
        else:
            self.warn("path file '%s' not created" % filename)

    def get_outputs(self):
        outputs = []
        for name in self.get_sub_commands():
            for path in self.get_finalized_command(name).get_outputs():
                if path not in outputs:
                    outputs.append(path)
        if self.path_file and self.install_path_file:
            outputs.append(os.path.join(self.install_libbase, self.path_file + ".pth"))
        return outputs

    def get_inputs(self):
        inputs = []
        for name in self.get_sub_commands():
            inputs.extend(self.get_finalized_command(name).get_inputs())
        return inputs

    def has_lib(self):
        return (self.distribution.has_pure_modules() or
                self.distribution.has_ext_modules())

    def has_headers(self):
        return self.distribution.has_headers()

    def has_scripts(self):
        return self.distribution.has_scripts()

    def has_data(self):
        return self.distribution.has_data_files()

    sub_commands = [('install_lib', has_lib),
                    ('install_headers', has_headers),
                    ('install_scripts', has_scripts),
                    ('install_data', has_data),
                    ('install_egg_info', lambda self: True),
                    ]
