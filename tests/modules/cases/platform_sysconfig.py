# platform and sysconfig: the facts that do not depend on the machine
import platform
import sysconfig
import sys
import os

print platform.system(), platform.machine(), platform.architecture()[0]
print platform.python_version() == '2.7.18', platform.python_version_tuple()
print platform.python_implementation() in ('CPython', 'PyPy')
print platform.uname()[0], len(platform.uname()), platform.release() == os.uname()[2]
print platform.platform().startswith('Linux-'), platform.libc_ver()[0]
print platform._sys_version('2.7.18 (default, Apr 20 2020, 00:00:00) \n[GCC 9.3.0]')
print platform._sys_version('2.7.18 (pypy27, Nov 22 2026, 00:00:00)\n[PyPy 7.3.17 with GCC]')[:6]
print sysconfig.get_python_version(), sysconfig.get_config_var('py_version_nodot')
print sysconfig.get_config_var('py_version_short'), sysconfig.get_platform()
print 'posix_prefix' in sysconfig.get_scheme_names(), 'venv' in sysconfig.get_scheme_names()
print sysconfig.get_path_names()
print sysconfig.get_paths('posix_prefix', expand=False)['purelib']
print sysconfig.get_paths('posix_user', expand=False)['scripts']
print sysconfig.get_path('scripts', 'posix_home', {'base': '/B'})
p = sysconfig.get_paths('posix_prefix', vars={'base': '/X', 'platbase': '/Y'})
print p['purelib'], p['platlib'], p['include'], p['scripts']
print sysconfig.get_config_vars('prefix', 'nothing')[1], sysconfig.get_config_var('nothing')
print sysconfig.get_config_var('prefix') == os.path.normpath(sys.prefix)
print isinstance(sysconfig.get_makefile_filename(), str)
