"""The installation's configuration as distutils sees it: where headers
and libraries are, and the compiler settings for C extensions.  The values
come from the stdlib sysconfig module, so both always agree."""
from __future__ import absolute_import

import os
import sys
import sysconfig as _sysconfig

from distutils.errors import DistutilsPlatformError

__revision__ = "$Id$"

PREFIX = os.path.normpath(sys.prefix)
EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
project_base = os.path.dirname(os.path.abspath(sys.executable))
python_build = False

get_config_h_filename = _sysconfig.get_config_h_filename
get_makefile_filename = _sysconfig.get_makefile_filename
parse_config_h = _sysconfig.parse_config_h


def get_python_version():
    """'2.7'."""
    return sys.version[:3]


def get_python_inc(plat_specific=0, prefix=None):
    """The directory of the C-API headers (<prefix>/include)."""
    return os.path.join(PREFIX if prefix is None else prefix, 'include')


def get_python_lib(plat_specific=0, standard_lib=0, prefix=None):
    """The standard library directory (standard_lib true) or the directory
    third-party packages are installed in."""
    if prefix is None:
        prefix = PREFIX
    if standard_lib:
        return os.path.join(prefix, 'lib-python', get_python_version())
    return os.path.join(prefix, 'site-packages')


def get_config_vars(*args):
    """All configuration variables as a dict, or the values of the named ones."""
    return _sysconfig.get_config_vars(*args)


def get_config_var(name):
    """One configuration variable (None when unknown)."""
    return _sysconfig.get_config_var(name)


def customize_compiler(compiler):
    """Set a Unix compiler object's programs and flags from the
    configuration, overridden by $CC, $CXX, $LDSHARED, $CPP, $CFLAGS,
    $CPPFLAGS, $LDFLAGS, $AR and $ARFLAGS."""
    if compiler.compiler_type != "unix":
        return
    cc, cxx, cflags, ccshared, ldshared, so_ext, ar, ar_flags = get_config_vars(
        'CC', 'CXX', 'CFLAGS', 'CCSHARED', 'LDSHARED', 'SO', 'AR', 'ARFLAGS')
    env = os.environ
    cc = env.get('CC', cc)
    cxx = env.get('CXX', cxx)
    ldshared = env.get('LDSHARED', ldshared)
    cpp = env.get('CPP', cc + " -E")
    if 'LDFLAGS' in env:
        ldshared = ldshared + ' ' + env['LDFLAGS']
    if 'CFLAGS' in env:
        cflags = cflags + ' ' + env['CFLAGS']
        ldshared = ldshared + ' ' + env['CFLAGS']
    if 'CPPFLAGS' in env:
        cpp = cpp + ' ' + env['CPPFLAGS']
        cflags = cflags + ' ' + env['CPPFLAGS']
        ldshared = ldshared + ' ' + env['CPPFLAGS']
    ar = env.get('AR', ar)
    archiver = ar + ' ' + env.get('ARFLAGS', ar_flags)
    compiler.set_executables(preprocessor=cpp, compiler=cc + ' ' + cflags,
                             compiler_so=cc + ' ' + cflags + ' ' + ccshared,
                             compiler_cxx=cxx, linker_so=ldshared, linker_exe=cc,
                             archiver=archiver)
    compiler.shared_lib_extension = so_ext
