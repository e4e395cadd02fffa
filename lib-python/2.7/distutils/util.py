"""Miscellaneous helpers of distutils: platform names, path conversions,
environment substitution, shell-like splitting, byte-compiling."""
from __future__ import absolute_import

import os
import re
import string
import sys

from distutils.errors import DistutilsPlatformError, DistutilsByteCompileError
from distutils.dep_util import newer
from distutils.spawn import spawn
from distutils import log

__revision__ = "$Id$"


def get_platform():
    """The platform a build is for, e.g. 'linux-x86_64' (sysconfig's answer)."""
    import sysconfig
    return sysconfig.get_platform()


def convert_path(pathname):
    """A '/'-separated setup-script path in this system's form."""
    if os.sep == '/' or not pathname:
        return pathname
    if pathname[0] == '/':
        raise ValueError("path '%s' cannot be absolute" % pathname)
    if pathname[-1] == '/':
        raise ValueError("path '%s' cannot end with '/'" % pathname)
    parts = [p for p in pathname.split('/') if p != '.']
    return os.path.join(*parts) if parts else os.curdir


def change_root(new_root, pathname):
    """pathname re-rooted under new_root (absolute paths lose their root)."""
    if os.name != 'posix':
        raise DistutilsPlatformError("nothing known about platform '%s'" % os.name)
    if not os.path.isabs(pathname):
        return os.path.join(new_root, pathname)
    return os.path.join(new_root, pathname[1:])


_environ_checked = 0


def check_environ():
    """Make sure HOME and PLAT are in os.environ (for subst_vars and config
    files)."""
    global _environ_checked
    if _environ_checked:
        return
    if os.name == 'posix' and 'HOME' not in os.environ:
        import pwd
        os.environ['HOME'] = pwd.getpwuid(os.getuid())[5]
    if 'PLAT' not in os.environ:
        os.environ['PLAT'] = get_platform()
    _environ_checked = 1


def subst_vars(s, local_vars):
    """s with $name and ${name} replaced from local_vars, then os.environ;
    ValueError for an unknown name."""
    check_environ()

    def value(m):
        name = m.group(1)
        if name in local_vars:
            return str(local_vars[name])
        return os.environ[name]
    try:
        return re.sub(r'\$([a-zA-Z_][a-zA-Z_0-9]*)', value, s)
    except KeyError as var:
        raise ValueError("invalid variable '$%s'" % var)


def grok_environment_error(exc, prefix="error: "):
    """A message for an EnvironmentError (with the file name if known)."""
    if hasattr(exc, 'filename') and hasattr(exc, 'strerror'):
        if exc.filename:
            return prefix + "%s: %s" % (exc.filename, exc.strerror)
        return prefix + "%s" % exc.strerror
    return prefix + str(exc[-1])


def split_quoted(s):
    """Split s into words like a shell: blanks separate, quotes and
    backslashes protect, and are removed."""
    words = []
    current = None          # None: between words
    i = 0
    s = s.strip()
    n = len(s)
    while i < n:
        c = s[i]
        if c in string.whitespace:
            if current is not None:
                words.append(current)
                current = None
            i += 1
        elif c == '\\':
            current = (current or '') + s[i + 1:i + 2]
            i += 2
        elif c in '\'"':
            end = s.find(c, i + 1)
            if end < 0:
                raise ValueError("bad string (mismatched %s quotes?)" % c)
            current = (current or '') + s[i + 1:end]
            i = end + 1
        else:
            current = (current or '') + c
            i += 1
    if current is not None:
        words.append(current)
    return words


def execute(func, args, msg=None, verbose=0, dry_run=0):
    """Log msg (default: a description of the call) and call func(*args)
    unless dry_run."""
    if msg is None:
        msg = "%s%r" % (func.__name__, args)
        if msg[-2:] == ',)':
            msg = msg[0:-2] + ')'
    log.info(msg)
    if not dry_run:
        func(*args)


def strtobool(val):
    """1 for y, yes, t, true, on, 1; 0 for n, no, f, false, off, 0 (any
    case); ValueError otherwise."""
    val = val.lower()
    if val in ('y', 'yes', 't', 'true', 'on', '1'):
        return 1
    if val in ('n', 'no', 'f', 'false', 'off', '0'):
        return 0
    raise ValueError("invalid truth value %r" % (val,))


def byte_compile(py_files, optimize=0, force=0, prefix=None, base_dir=None, verbose=1,
                 dry_run=0, direct=None):
    """Byte-compile the .py files of py_files (others are skipped) with
    py_compile, recording names without prefix (or relative to base_dir);
    up-to-date files are left alone unless force."""
    if sys.dont_write_bytecode:
        raise DistutilsByteCompileError('byte-compiling is disabled.')
    if direct is None:
        direct = __debug__ and optimize == 0
    if not direct:
        # a different optimization level needs a child interpreter
        from tempfile import mkstemp
        fd, script_name = mkstemp(".py")
        log.info("writing byte-compilation script '%s'", script_name)
        if not dry_run:
            script = os.fdopen(fd, "w")
            script.write("from distutils.util import byte_compile\nfiles = [\n")
            script.write(",\n".join(map(repr, py_files)) + "]\n")
            script.write("byte_compile(files, optimize=%r, force=%r,\n"
                         "             prefix=%r, base_dir=%r,\n"
                         "             verbose=%r, dry_run=0,\n"
                         "             direct=1)\n" % (optimize, force, prefix, base_dir, verbose))
            script.close()
        cmd = [sys.executable, script_name]
        if optimize == 1:
            cmd.insert(1, "-O")
        elif optimize == 2:
            cmd.insert(1, "-OO")
        spawn(cmd, dry_run=dry_run)
        execute(os.remove, (script_name,), "removing %s" % script_name, dry_run=dry_run)
        return
    from py_compile import compile as compile_one
    for path in py_files:
        if path[-3:] != ".py":
            continue
        cfile = path + ('c' if __debug__ else 'o')
        dfile = path
        if prefix:
            if path[:len(prefix)] != prefix:
                raise ValueError("invalid prefix: filename %r doesn't start with %r"
                                 % (path, prefix))
            dfile = dfile[len(prefix):]
        if base_dir:
            dfile = os.path.join(base_dir, dfile)
        cfile_base = os.path.basename(cfile)
        if not direct:
            continue
        if force or newer(path, cfile):
            log.info("byte-compiling %s to %s", path, cfile_base)
            if not dry_run:
                compile_one(path, cfile, dfile)
        else:
            log.debug("skipping byte-compilation of %s to %s", path, cfile_base)


def rfc822_escape(header):
    """header with each line after the first indented by 8 spaces."""
    lines = header.split('\n')
    return ('\n' + 8 * ' ').join(lines)
