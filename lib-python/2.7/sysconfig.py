"""Where this interpreter installs things, and how it was built.

    get_paths(scheme)     the installation directories of a scheme
    get_path(name)        one of them (default scheme)
    get_config_var(name)  a build variable: SOABI, SO, CC, py_version_nodot...
    get_platform()        the platform tag of built distributions

Being PyPy, the default scheme is 'pypy': the standard library lives in
<prefix>/lib-python/2.7, third-party packages in <prefix>/site-packages,
and C extensions end in '.pypy-73.so'.  There is no Makefile nor
pyconfig.h to read; the build variables are set from known values."""
import sys
import os
from os.path import pardir, realpath

__all__ = ["get_config_h_filename", "get_config_var", "get_config_vars",
           "get_makefile_filename", "get_path", "get_path_names", "get_paths",
           "get_platform", "get_python_version", "get_scheme_names", "parse_config_h"]


def _layout(root, lib, purelib, include, scripts, platroot=None,
            platinclude=True):
    """One installation scheme from its pieces: `lib` is the standard
    library directory (also the platform one, under platroot), `purelib`
    the packages directory (likewise), include the headers' directory."""
    if platroot is None:
        platroot = root
    scheme = {}
    scheme['stdlib'] = root + lib
    scheme['platstdlib'] = platroot + lib
    scheme['purelib'] = root + purelib
    scheme['platlib'] = platroot + purelib
    scheme['include'] = root + include
    if platinclude:
        scheme['platinclude'] = platroot + include
    scheme['scripts'] = root + scripts
    scheme['data'] = root
    return scheme


_VERSIONED = '/lib/python{py_version_short}'
_WINDOWS_USER = '/Python{py_version_nodot}'

_INSTALL_SCHEMES = {
    'posix_prefix': _layout('{base}', _VERSIONED, _VERSIONED + '/site-packages',
                            '/include/python{py_version_short}', '/bin',
                            platroot='{platbase}'),
    'posix_home': _layout('{base}', '/lib/python', '/lib/python',
                          '/include/python', '/bin'),
    'pypy': _layout('{base}', '/lib-python/{py_version_short}', '/site-packages',
                    '/include', '/bin'),
    'nt': _layout('{base}', '/Lib', '/Lib/site-packages', '/Include',
                  '/Scripts'),
    'os2': _layout('{base}', '/Lib', '/Lib/site-packages', '/Include',
                   '/Scripts'),
    'os2_home': _layout('{userbase}', _VERSIONED, _VERSIONED + '/site-packages',
                        '/include/python{py_version_short}', '/bin',
                        platinclude=False),
    'nt_user': _layout('{userbase}', _WINDOWS_USER, _WINDOWS_USER + '/site-packages',
                       _WINDOWS_USER + '/Include', '/Scripts',
                       platinclude=False),
    'posix_user': _layout('{userbase}', _VERSIONED, _VERSIONED + '/site-packages',
                          '/include/python{py_version_short}', '/bin',
                          platinclude=False),
    'osx_framework_user': _layout('{userbase}', '/lib/python',
                                  '/lib/python/site-packages', '/include',
                                  '/bin', platinclude=False),
}
del _layout, _VERSIONED, _WINDOWS_USER

# the path names every scheme defines (platinclude is optional)
_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')

_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = sys.version[:3]
_PY_VERSION_SHORT_NO_DOT = _PY_VERSION[0] + _PY_VERSION[2]
_PREFIX = os.path.normpath(sys.prefix)
_EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
# ABI tag of extension modules, from the PyPy version (pypy-73 for 7.3.x)
_SOABI = 'pypy-%d%d' % tuple(getattr(sys, 'pypy_version_info', (7, 3))[:2])
_CONFIG_VARS = None
_USER_BASE = None


def _safe_realpath(path):
    try:
        return realpath(path)
    except OSError:
        return path


def _project_base():
    # the directory of the running executable (the cwd when unknown)
    if sys.executable:
        return os.path.dirname(_safe_realpath(sys.executable))
    return _safe_realpath(os.getcwd())

_PROJECT_BASE = _project_base()

# an installed interpreter, never one running from its build tree
_PYTHON_BUILD = False


def is_python_build():
    return _PYTHON_BUILD


def _subst_vars(path, local_vars):
    """Fill in the {name} fields of a path template from local_vars, then
    from the environment.  A field naming neither raises AttributeError
    (2.7's behaviour); braces around other text are left alone."""
    pieces = []
    rest = path
    while True:
        opening = rest.find('{')
        closing = rest.find('}', opening) if opening >= 0 else -1
        if closing < 0:
            pieces.append(rest)
            return ''.join(pieces)
        pieces.append(rest[:opening])
        field = rest[opening + 1:closing]
        if field and field.replace('_', 'a').isalnum():
            if field in local_vars:
                pieces.append(str(local_vars[field]))
            elif field in os.environ:
                pieces.append(os.environ[field])
            else:
                raise AttributeError('{%s}' % field)
        else:
            pieces.append(rest[opening:closing + 1])
        rest = rest[closing + 1:]


def _expand_vars(scheme, vars):
    # config variables fill in what the caller's vars leave out
    if vars is None:
        vars = {}
    for key, value in get_config_vars().items():
        vars.setdefault(key, value)
    expand_user = os.name in ('posix', 'nt')
    expanded = {}
    for name, template in _INSTALL_SCHEMES[scheme].items():
        if expand_user:
            template = os.path.expanduser(template)
        expanded[name] = os.path.normpath(_subst_vars(template, vars))
    return expanded


def _get_default_scheme():
    is_pypy = ('__pypy__' in sys.builtin_module_names
               or hasattr(sys, 'pypy_version_info'))
    if is_pypy:
        return 'pypy'
    if os.name == 'posix':
        return 'posix_prefix'
    return os.name


def _getuserbase():
    """$PYTHONUSERBASE, else ~/.local (%APPDATA%\\Python on Windows)."""
    chosen = os.environ.get("PYTHONUSERBASE")
    if chosen:
        return chosen
    if os.name == "nt":
        parts = (os.environ.get("APPDATA") or "~", "Python")
    else:
        parts = ("~", ".local")
    return os.path.expanduser(os.path.join(*parts))


# compiler settings for C extensions on a POSIX PyPy
_POSIX_BUILD = (
    ('CC', 'gcc -pthread'),
    ('CXX', 'g++ -pthread'),
    ('OPT', '-DNDEBUG -O2'),
    ('CFLAGS', '-DNDEBUG -O2'),
    ('CCSHARED', '-fPIC'),
    ('LDSHARED', 'gcc -pthread -shared'),
    ('LDFLAGS', ''),
    ('AR', 'ar'),
    ('ARFLAGS', 'rc'),
    ('EXE', ''),
    ('HOST_GNU_TYPE', 'x86_64-pc-linux-gnu'),
    ('Py_ENABLE_SHARED', 0),
    ('WITH_DOC_STRINGS', 1),
)


def _init_posix(vars):
    """Build variables of a POSIX PyPy."""
    suffix = '.%s.so' % _SOABI
    vars['SO'] = suffix
    vars['EXT_SUFFIX'] = suffix
    vars['SOABI'] = _SOABI
    for name, value in _POSIX_BUILD:
        vars[name] = value
    vars['LIBDIR'] = os.path.join(_PREFIX, 'bin')
    vars['INCLUDEPY'] = os.path.join(_PREFIX, 'include')
    vars['VERSION'] = _PY_VERSION_SHORT


def _init_non_posix(vars):
    """Build variables on Windows and OS/2."""
    vars.update(LIBDEST=get_path('stdlib'),
                BINLIBDEST=get_path('platstdlib'),
                INCLUDEPY=get_path('include'),
                SO='.pyd', EXE='.exe',
                VERSION=_PY_VERSION_SHORT_NO_DOT,
                BINDIR=os.path.dirname(_safe_realpath(sys.executable)))


def _define_value(text):
    try:
        return int(text)
    except ValueError:
        return text


def parse_config_h(fp, vars=None):
    """Collect the macros of a pyconfig.h-style file into a dict:
    '#define NAME VALUE' gives VALUE (an int when it parses as one),
    '#define NAME' gives 1 and '/* #undef NAME */' gives 0."""
    if vars is None:
        vars = {}
    for raw in fp:
        line = raw.strip()
        if line.startswith('#define '):
            words = line.split(None, 2)
            if len(words) == 2:
                vars[words[1]] = 1
            elif len(words) == 3:
                vars[words[1]] = _define_value(words[2])
        elif line.startswith('/* #undef ') and line.endswith('*/'):
            vars[line.split()[2]] = 0
    return vars


def get_config_h_filename():
    """The path pyconfig.h would have."""
    return os.path.join(_PREFIX, 'include', 'pyconfig.h')


def get_makefile_filename():
    """The path the build Makefile would have.  PyPy ships none, but
    callers only use the name to look for the file, so one is given."""
    return os.path.join(_PREFIX, 'lib-python', _PY_VERSION_SHORT, 'config',
                        'Makefile')


def get_scheme_names():
    """The installation scheme names, sorted, as a tuple."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """The path names a scheme defines."""
    return _SCHEME_KEYS


def get_paths(scheme=_get_default_scheme(), vars=None, expand=True):
    """The directories of an installation scheme as {name: path}; with
    expand false, the raw templates."""
    if not expand:
        return _INSTALL_SCHEMES[scheme]
    return _expand_vars(scheme, vars)


def get_path(name, scheme=_get_default_scheme(), vars=None, expand=True):
    """One directory of an installation scheme."""
    return get_paths(scheme, vars, expand)[name]


def _compute_config_vars():
    found = {
        'prefix': _PREFIX,
        'exec_prefix': _EXEC_PREFIX,
        'py_version': _PY_VERSION,
        'py_version_short': _PY_VERSION_SHORT,
        'py_version_nodot': _PY_VERSION_SHORT_NO_DOT,
        'base': _PREFIX,
        'platbase': _EXEC_PREFIX,
        'projectbase': _PROJECT_BASE,
        'implementation': 'PyPy',
        'implementation_lower': 'pypy',
    }
    if os.name == 'posix':
        _init_posix(found)
    elif os.name in ('nt', 'os2'):
        _init_non_posix(found)
    found['userbase'] = _getuserbase()
    found.setdefault('srcdir', _PROJECT_BASE)
    return found


def get_config_vars(*args):
    """All build variables as a dict, or with arguments the list of the
    named variables' values (None for unknown names)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _compute_config_vars()
    if not args:
        return _CONFIG_VARS
    return [_CONFIG_VARS.get(name) for name in args]


def get_config_var(name):
    """One build variable (None when unknown)."""
    return get_config_vars().get(name)


def get_platform():
    """The tag of built distributions: 'linux-x86_64' on Linux,
    'os-release-machine' on other POSIX systems, sys.platform elsewhere.
    $PYTHON_HOST_PLATFORM overrides it (for cross builds)."""
    if os.name != 'posix' or not hasattr(os, 'uname'):
        return sys.platform
    forced = os.environ.get('PYTHON_HOST_PLATFORM')
    if 'PYTHON_HOST_PLATFORM' in os.environ:
        return forced
    system, _, release, _, machine = os.uname()
    system = system.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if system.startswith('linux'):
        return "%s-%s" % (system, machine)
    return "%s-%s-%s" % (system, release, machine)


def get_python_version():
    """'2.7'."""
    return _PY_VERSION_SHORT


def _show(title, mapping):
    if not mapping:
        return
    print '%s: ' % (title,)
    for key, value in sorted(mapping.items()):
        print '\t%s = "%s"' % (key, value)


def _main():
    """python -m sysconfig: print the platform, version, paths and
    variables of this interpreter."""
    print 'Platform: "%s"' % get_platform()
    print 'Python version: "%s"' % get_python_version()
    print 'Current installation scheme: "%s"' % _get_default_scheme()
    print
    _show('Paths', get_paths())
    print
    _show('Variables', get_config_vars())


if __name__ == '__main__':
    _main()
