"""Installation paths and build configuration of this interpreter.

    get_paths(scheme)           the install directories of a scheme
    get_config_var(name)        a build variable (SOABI, CC, py_version_nodot...)
    get_platform()              e.g. 'linux-x86_64'

This is PyPy: the default scheme is 'pypy' (site-packages directly under
the prefix) and extension modules are named '*.pypy-73.so'."""
import sys
import os
from os.path import pardir, realpath

__all__ = ["get_config_h_filename", "get_config_var", "get_config_vars",
           "get_makefile_filename", "get_path", "get_path_names", "get_paths",
           "get_platform", "get_python_version", "get_scheme_names", "parse_config_h"]

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{base}/lib/python{py_version_short}',
        'platstdlib': '{platbase}/lib/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/lib/python{py_version_short}/site-packages',
        'include': '{base}/include/python{py_version_short}',
        'platinclude': '{platbase}/include/python{py_version_short}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{base}/include/python',
        'platinclude': '{base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'pypy': {
        'stdlib': '{base}/lib-python/{py_version_short}',
        'platstdlib': '{base}/lib-python/{py_version_short}',
        'purelib': '{base}/site-packages',
        'platlib': '{base}/site-packages',
        'include': '{base}/include',
        'platinclude': '{base}/include',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {
        'stdlib': '{base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{base}/Include',
        'platinclude': '{base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'os2': {
        'stdlib': '{base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{base}/Include',
        'platinclude': '{base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'os2_home': {
        'stdlib': '{userbase}/lib/python{py_version_short}',
        'platstdlib': '{userbase}/lib/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'nt_user': {
        'stdlib': '{userbase}/Python{py_version_nodot}',
        'platstdlib': '{userbase}/Python{py_version_nodot}',
        'purelib': '{userbase}/Python{py_version_nodot}/site-packages',
        'platlib': '{userbase}/Python{py_version_nodot}/site-packages',
        'include': '{userbase}/Python{py_version_nodot}/Include',
        'scripts': '{userbase}/Scripts',
        'data': '{userbase}',
    },
    'posix_user': {
        'stdlib': '{userbase}/lib/python{py_version_short}',
        'platstdlib': '{userbase}/lib/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'osx_framework_user': {
        'stdlib': '{userbase}/lib/python',
        'platstdlib': '{userbase}/lib/python',
        'purelib': '{userbase}/lib/python/site-packages',
        'platlib': '{userbase}/lib/python/site-packages',
        'include': '{userbase}/include',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
}

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')
_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = sys.version[:3]
_PY_VERSION_SHORT_NO_DOT = _PY_VERSION[0] + _PY_VERSION[2]
_PREFIX = os.path.normpath(sys.prefix)
_EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
_SOABI = 'pypy-%d%d' % tuple(getattr(sys, 'pypy_version_info', (7, 3))[:2])
_CONFIG_VARS = None
_USER_BASE = None


def _safe_realpath(path):
    try:
        return realpath(path)
    except OSError:
        return path


if sys.executable:
    _PROJECT_BASE = os.path.dirname(_safe_realpath(sys.executable))
else:
    _PROJECT_BASE = _safe_realpath(os.getcwd())


def is_python_build():
    return False


_PYTHON_BUILD = False


def _subst_vars(path, local_vars):
    """Replace each {name} in path by local_vars[name] (or os.environ[name]);
    unknown names raise AttributeError as 2.7 does."""
    out = []
    i = 0
    while True:
        start = path.find('{', i)
        if start < 0:
            out.append(path[i:])
            break
        end = path.find('}', start)
        if end < 0:
            out.append(path[i:])
            break
        name = path[start + 1:end]
        out.append(path[i:start])
        if name and (name.replace('_', 'a').isalnum()):
            if name in local_vars:
                out.append(str(local_vars[name]))
            elif name in os.environ:
                out.append(os.environ[name])
            else:
                raise AttributeError('{%s}' % name)
        else:
            out.append(path[start:end + 1])
        i = end + 1
    return ''.join(out)


def _extend_dict(target_dict, other_dict):
    target_keys = target_dict.keys()
    for key, value in other_dict.items():
        if key in target_keys:
            continue
        target_dict[key] = value


def _expand_vars(scheme, vars):
    res = {}
    if vars is None:
        vars = {}
    _extend_dict(vars, get_config_vars())
    for key, value in _INSTALL_SCHEMES[scheme].items():
        if os.name in ('posix', 'nt'):
            value = os.path.expanduser(value)
        res[key] = os.path.normpath(_subst_vars(value, vars))
    return res


def _get_default_scheme():
    if '__pypy__' in sys.builtin_module_names or hasattr(sys, 'pypy_version_info'):
        return 'pypy'
    if os.name == 'posix':
        return 'posix_prefix'
    return os.name


def _getuserbase():
    env_base = os.environ.get("PYTHONUSERBASE", None)

    def joinuser(*args):
        return os.path.expanduser(os.path.join(*args))

    if os.name == "nt":
        base = os.environ.get("APPDATA") or "~"
        return env_base if env_base else joinuser(base, "Python")
    return env_base if env_base else joinuser("~", ".local")


def _init_posix(vars):
    """The build variables of a POSIX PyPy: compiler settings for C
    extensions and the extension suffix."""
    vars['SO'] = '.' + _SOABI + '.so'
    vars['EXT_SUFFIX'] = vars['SO']
    vars['SOABI'] = _SOABI
    vars['CC'] = 'gcc -pthread'
    vars['CXX'] = 'g++ -pthread'
    vars['OPT'] = '-DNDEBUG -O2'
    vars['CFLAGS'] = '-DNDEBUG -O2'
    vars['CCSHARED'] = '-fPIC'
    vars['LDSHARED'] = 'gcc -pthread -shared'
    vars['LDFLAGS'] = ''
    vars['AR'] = 'ar'
    vars['ARFLAGS'] = 'rc'
    vars['EXE'] = ''
    vars['LIBDIR'] = os.path.join(_PREFIX, 'bin')
    vars['VERSION'] = _PY_VERSION_SHORT
    vars['INCLUDEPY'] = os.path.join(_PREFIX, 'include')
    vars['HOST_GNU_TYPE'] = 'x86_64-pc-linux-gnu'
    vars['Py_ENABLE_SHARED'] = 0
    vars['WITH_DOC_STRINGS'] = 1


def _init_non_posix(vars):
    vars['LIBDEST'] = get_path('stdlib')
    vars['BINLIBDEST'] = get_path('platstdlib')
    vars['INCLUDEPY'] = get_path('include')
    vars['SO'] = '.pyd'
    vars['EXE'] = '.exe'
    vars['VERSION'] = _PY_VERSION_SHORT_NO_DOT
    vars['BINDIR'] = os.path.dirname(_safe_realpath(sys.executable))


def parse_config_h(fp, vars=None):
    """Read a pyconfig.h-style file: #define NAME VALUE and
    /* #undef NAME */ lines into a dict."""
    if vars is None:
        vars = {}
    for line in fp:
        line = line.strip()
        if line.startswith('#define '):
            parts = line.split(None, 2)
            if len(parts) == 3:
                name, value = parts[1], parts[2]
                try:
                    value = int(value)
                except ValueError:
                    pass
                vars[name] = value
            elif len(parts) == 2:
                vars[parts[1]] = 1
        elif line.startswith('/* #undef ') and line.endswith('*/'):
            vars[line.split()[2]] = 0
    return vars


def get_config_h_filename():
    """Where pyconfig.h would be."""
    return os.path.join(_PREFIX, 'include', 'pyconfig.h')


def get_makefile_filename():
    """Where the build Makefile would be (PyPy has none; the name is
    still given, as callers only use it to look for the file)."""
    return os.path.join(_PREFIX, 'lib-python', _PY_VERSION_SHORT, 'config', 'Makefile')


def get_scheme_names():
    """The names of the installation schemes, sorted."""
    schemes = _INSTALL_SCHEMES.keys()
    schemes.sort()
    return tuple(schemes)


def get_path_names():
    """The names of the paths of a scheme."""
    return _SCHEME_KEYS


def get_paths(scheme=_get_default_scheme(), vars=None, expand=True):
    """{path name: directory} of an installation scheme (unexpanded
    templates if expand is false)."""
    if expand:
        return _expand_vars(scheme, vars)
    return _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=_get_default_scheme(), vars=None, expand=True):
    """One path of an installation scheme."""
    return get_paths(scheme, vars, expand)[name]


def get_config_vars(*args):
    """The build configuration as a dict (or the values of the given
    names, as a list)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = {}
        _CONFIG_VARS['prefix'] = _PREFIX
        _CONFIG_VARS['exec_prefix'] = _EXEC_PREFIX
        _CONFIG_VARS['py_version'] = _PY_VERSION
        _CONFIG_VARS['py_version_short'] = _PY_VERSION_SHORT
        _CONFIG_VARS['py_version_nodot'] = _PY_VERSION_SHORT_NO_DOT
        _CONFIG_VARS['base'] = _PREFIX
        _CONFIG_VARS['platbase'] = _EXEC_PREFIX
        _CONFIG_VARS['projectbase'] = _PROJECT_BASE
        _CONFIG_VARS['implementation'] = 'PyPy'
        _CONFIG_VARS['implementation_lower'] = 'pypy'
        if os.name in ('nt', 'os2'):
            _init_non_posix(_CONFIG_VARS)
        if os.name == 'posix':
            _init_posix(_CONFIG_VARS)
        _CONFIG_VARS['userbase'] = _getuserbase()
        if 'srcdir' not in _CONFIG_VARS:
            _CONFIG_VARS['srcdir'] = _PROJECT_BASE
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """One build variable, or None."""
    return get_config_vars().get(name)


def get_platform():
    """The platform tag for built distributions, e.g. 'linux-x86_64'."""
    if os.name != 'posix' or not hasattr(os, 'uname'):
        return sys.platform
    if 'PYTHON_HOST_PLATFORM' in os.environ:
        return os.environ['PYTHON_HOST_PLATFORM']
    osname, host, release, version, machine = os.uname()
    osname = osname.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname[:5] == 'linux':
        return "%s-%s" % (osname, machine)
    return "%s-%s-%s" % (osname, release, machine)


def get_python_version():
    return _PY_VERSION_SHORT


def _print_dict(title, data):
    for index, (key, value) in enumerate(sorted(data.items())):
        if index == 0:
            print '%s: ' % (title)
        print '\t%s = "%s"' % (key, value)


def _main():
    """Show the paths and configuration of this interpreter."""
    print 'Platform: "%s"' % get_platform()
    print 'Python version: "%s"' % get_python_version()
    print 'Current installation scheme: "%s"' % _get_default_scheme()
    print
    _print_dict('Paths', get_paths())
    print
    _print_dict('Variables', get_config_vars())


if __name__ == '__main__':
    _main()
