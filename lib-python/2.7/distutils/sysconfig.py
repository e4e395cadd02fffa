"""The installation's configuration as distutils sees it: where headers
and libraries are, and the compiler settings for C extensions.  The values
come from the stdlib sysconfig module, so both always agree."""
from __future__ import absolute_import

import os
import re
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


# the dict of configuration variables, shared with the stdlib sysconfig;
# None until first asked for (setuptools imports and edits it)
_config_vars = None


def get_config_vars(*args):
    """All configuration variables as a dict, or the values of the named ones."""
    global _config_vars
    if _config_vars is None:
        _config_vars = _sysconfig.get_config_vars()
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """One configuration variable (None when unknown)."""
    return get_config_vars().get(name)


# NAME = value lines of a makefile, and $(NAME)/${NAME} references
_variable_rx = re.compile(r"([a-zA-Z][a-zA-Z0-9_]+)\s*=\s*(.*)")
_findvar1_rx = re.compile(r"\$\(([A-Za-z][A-Za-z0-9_]*)\)")
_findvar2_rx = re.compile(r"\${([A-Za-z][A-Za-z0-9_]*)}")


def parse_makefile(fn, g=None):
    """The variables of a makefile as a dict (numbers as ints).  $(NAME)
    and ${NAME} references are expanded (from the file, else the
    environment); '$$' stands for '$'; a value with any other '$' is
    dropped."""
    from distutils.text_file import TextFile
    fp = TextFile(fn, strip_comments=1, skip_blanks=1, join_lines=1)
    if g is None:
        g = {}
    raw = {}
    try:
        while 1:
            line = fp.readline()
            if line is None:
                break
            m = _variable_rx.match(line)
            if m:
                raw[m.group(1)] = m.group(2).strip()
    finally:
        fp.close()
    for name in raw:
        value = _resolve(raw, name, [])
        if value is not None:
            g[name] = value
    return g


def _as_number(text):
    try:
        return int(text)
    except ValueError:
        return text


def _resolve(raw, name, active):
    """The final value of one makefile variable, or None when it cannot
    be expanded."""
    value = raw[name]
    if '$' not in value.replace('$$', ''):
        return _as_number(value.replace('$$', '$'))
    found = []

    def sub(m):
        found.append(1)
        ref = m.group(1)
        if ref in active or ref == name:
            return ''
        if ref in raw:
            resolved = _resolve(raw, ref, active + [name])
            return '' if resolved is None else str(resolved)
        return os.environ.get(ref, '')
    value = _findvar2_rx.sub(sub, _findvar1_rx.sub(sub, value))
    if not found:
        return None
    return _as_number(value.strip())


def expand_makefile_vars(s, vars):
    """s with $(NAME)/${NAME} replaced from vars (missing names expand to
    '') until no reference is left."""
    while 1:
        m = _findvar1_rx.search(s) or _findvar2_rx.search(s)
        if not m:
            return s
        beg, end = m.span()
        s = s[0:beg] + str(vars.get(m.group(1), '')) + s[end:]


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
