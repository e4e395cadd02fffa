"""Operating-system services, portable across platforms.

This is the posix module's functions plus: os.path (posixpath here),
os.environ (a mapping that also changes the process environment),
os.name, os.sep/pathsep/linesep/curdir/pardir/extsep/altsep/devnull,
makedirs/removedirs/renames, walk, the exec*p* and spawn* families and
popen*."""
import sys
import errno

if 'posix' not in sys.builtin_module_names:
    raise ImportError('no os specific module found')

import posix
from posix import *
import posixpath as path

name = 'posix'
linesep = '\n'
# "from posix import *" leaves out the underscore names
_exit = getattr(posix, '_exit', None)
if _exit is None:
    del _exit

__all__ = ["altsep", "curdir", "pardir", "sep", "extsep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END"]
__all__ += getattr(posix, '__all__', None) or [n for n in dir(posix) if n[:1] != '_']
del posix

# "import os.path" must find the module that os.path is
sys.modules['os.path'] = path
from os.path import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                     devnull)

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


# ---- directories -----------------------------------------------------------

def _split_dir(name):
    """path.split(), ignoring one trailing separator ('a/b/' -> ('a', 'b'))."""
    parent, leaf = path.split(name)
    if leaf:
        return parent, leaf
    return path.split(parent)


def makedirs(name, mode=0o777):
    """makedirs(path [, mode=0777]): mkdir, creating missing parents too.
    OSError (EEXIST) if the leaf already exists."""
    parent, leaf = _split_dir(name)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, mode)
        except OSError as exc:
            # another process may have made it in the meantime: fine
            if exc.errno != errno.EEXIST:
                raise
        if leaf == curdir:
            # 'x/y/.': the directory exists now that x/y does
            return
    mkdir(name, mode)


def removedirs(name):
    """removedirs(path): rmdir the leaf, then each parent that becomes
    empty, stopping silently at the first that cannot be removed."""
    rmdir(name)
    parent, leaf = _split_dir(name)
    while parent and leaf:
        try:
            rmdir(parent)
        except error:
            return
        parent, leaf = path.split(parent)


def renames(old, new):
    """renames(old, new): rename, creating the directories new needs and
    removing the directories old leaves empty."""
    target_dir, target_leaf = path.split(new)
    if target_dir and target_leaf and not path.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir, source_leaf = path.split(old)
    if not (source_dir and source_leaf):
        return
    try:
        removedirs(source_dir)
    except error:
        pass


__all__.extend(["makedirs", "removedirs", "renames"])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for top and every directory
    below it.  Top-down, the caller may prune dirnames in place; onerror is
    called with the OSError of a listdir that fails; symbolic links to
    directories are only entered with followlinks."""
    try:
        entries = listdir(top)
    except error as exc:
        if onerror is not None:
            onerror(exc)
        return
    subdirs = []
    files = []
    for entry in entries:
        if path.isdir(path.join(top, entry)):
            subdirs.append(entry)
        else:
            files.append(entry)
    if topdown:
        yield top, subdirs, files
    # subdirs may have been pruned by the caller meanwhile
    for entry in subdirs:
        below = path.join(top, entry)
        if not followlinks and path.islink(below):
            continue
        for found in walk(below, topdown, onerror, followlinks):
            yield found
    if not topdown:
        yield top, subdirs, files


__all__.append("walk")


# ---- exec with a PATH search -----------------------------------------------
# The *l* forms take the arguments inline, the *e forms an environment as
# the last argument, the *p* forms search $PATH for a bare file name.

def execl(file, *args):
    """execl(file, *args): execv(file, args)."""
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env): execve(file, args, env)."""
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    """execlp(file, *args): execvp(file, args)."""
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env): execvpe(file, args, env)."""
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """execvp(file, args): execv, looking file up in $PATH."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env): execve, looking file up in $PATH."""
    _execvpe(file, args, env)


__all__.extend(["execl", "execle", "execlp", "execlpe", "execvp", "execvpe"])


def _execvpe(file, args, env=None):
    if env is None:
        search = environ.get('PATH', defpath)
        run = lambda target: execv(target, args)
    else:
        search = env.get('PATH', defpath)
        run = lambda target: execve(target, args, env)
    if path.dirname(file):
        run(file)
        return
    # On failure report the first error that says more than "not there"
    # (e.g. permission denied), else the last one.
    telling = last = None
    for directory in search.split(pathsep):
        try:
            run(path.join(directory, file))
        except error as exc:
            last = (exc, sys.exc_info()[2])
            if telling is None and exc.errno not in (errno.ENOENT, errno.ENOTDIR):
                telling = last
    exc, tb = telling or last
    raise error, exc, tb


# ---- the environment ---------------------------------------------------------

class _Environ:
    """os.environ: a dict of the process environment whose changes are also
    made with putenv()/unsetenv(), so child processes see them.  (An
    old-style class, as 2.7's is.)"""

    def __init__(self, environ):
        self.data = environ

    def __getitem__(self, key):
        return self.data[key]

    def get(self, key, failobj=None):
        return self.data.get(key, failobj)

    def __setitem__(self, key, item):
        putenv(key, item)
        self.data[key] = item

    def __delitem__(self, key):
        unsetenv(key)
        del self.data[key]

    def __cmp__(self, other):
        if isinstance(other, _Environ):
            return cmp(self.data, other.data)
        return cmp(self.data, other)

    def clear(self):
        for key in list(self.data):
            del self[key]

    def pop(self, key, *default):
        unsetenv(key)
        return self.data.pop(key, *default)

    def popitem(self):
        item = self.data.popitem()
        unsetenv(item[0])
        return item

    def setdefault(self, key, failobj=None):
        if key not in self.data:
            self[key] = failobj
        return self.data[key]

    def update(self, other=None, **kwargs):
        if other is None:
            pairs = []
        elif hasattr(other, 'keys'):
            pairs = [(key, other[key]) for key in other.keys()]
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return dict(self.data)


def _reading(method):
    def delegate(self, *args):
        return getattr(self.data, method)(*args)
    delegate.__name__ = method
    return delegate

# the read-only part of the dict interface goes straight to the data
for _method in ('__contains__', 'has_key', '__len__', '__iter__', '__repr__', 'keys',
                'values', 'items', 'iterkeys', 'itervalues', 'iteritems'):
    setattr(_Environ, _method, _reading(_method))
del _method, _reading

environ = _Environ(environ)


def getenv(key, default=None):
    """getenv(key, default=None): the environment variable, or default."""
    return environ.get(key, default)


__all__.append("getenv")


def _exists(name):
    return name in globals()


# ---- spawn* (fork and exec) --------------------------------------------------

P_WAIT = 0
P_NOWAIT = P_NOWAITO = 1


def _status_of(pid):
    """Wait for pid to end: its exit code, or minus the signal that killed it."""
    while True:
        status = waitpid(pid, 0)[1]
        if WIFSTOPPED(status):
            continue
        if WIFSIGNALED(status):
            return -WTERMSIG(status)
        if WIFEXITED(status):
            return WEXITSTATUS(status)
        raise error("Not stopped, signaled or exited???")


def _spawnvef(mode, file, args, env, func):
    pid = fork()
    if pid == 0:
        # the child: become the program, or leave with status 127
        try:
            if env is None:
                func(file, args)
            else:
                func(file, args, env)
        except:
            _exit(127)
        return None
    if mode == P_NOWAIT:
        return pid
    return _status_of(pid)


def spawnv(mode, file, args):
    """spawnv(mode, file, args): run file with args; with P_WAIT the exit
    code (minus the signal number if killed), with P_NOWAIT the pid."""
    return _spawnvef(mode, file, args, None, execv)


def spawnve(mode, file, args, env):
    """spawnve(mode, file, args, env): spawnv with an environment."""
    return _spawnvef(mode, file, args, env, execve)


def spawnvp(mode, file, args):
    """spawnvp(mode, file, args): spawnv looking file up in $PATH."""
    return _spawnvef(mode, file, args, None, execvp)


def spawnvpe(mode, file, args, env):
    """spawnvpe(mode, file, args, env): spawnvp with an environment."""
    return _spawnvef(mode, file, args, env, execvpe)


def spawnl(mode, file, *args):
    """spawnl(mode, file, *args): spawnv with the arguments inline."""
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    """spawnle(mode, file, *args, env): spawnve with the arguments inline."""
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    """spawnlp(mode, file, *args): spawnvp with the arguments inline."""
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    """spawnlpe(mode, file, *args, env): spawnvpe with the arguments inline."""
    return spawnvpe(mode, file, args[:-1], args[-1])


__all__.extend(["spawnv", "spawnve", "spawnvp", "spawnvpe", "spawnl", "spawnle",
                "spawnlp", "spawnlpe", "P_WAIT", "P_NOWAIT", "P_NOWAITO"])


# ---- popen* (through subprocess) ---------------------------------------------

class _PipeFile(object):
    """The file popen() returns: close() waits for the command and returns
    its exit status (None if it was 0)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        status = self._proc.wait()
        if status == 0:
            return None
        if status < 0:
            return -status
        return status << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode='r', bufsize=-1):
    """popen(command [, mode='r' [, bufsize]]) -> pipe to or from the shell command."""
    import subprocess
    if not isinstance(cmd, basestring):
        raise TypeError("popen() argument 1 must be string, not %s" % type(cmd).__name__)
    if mode.startswith('r'):
        proc = subprocess.Popen(cmd, shell=True, bufsize=bufsize, stdout=subprocess.PIPE)
        return _PipeFile(proc.stdout, proc)
    if mode.startswith('w'):
        proc = subprocess.Popen(cmd, shell=True, bufsize=bufsize, stdin=subprocess.PIPE)
        return _PipeFile(proc.stdin, proc)
    raise ValueError("popen() arg 2 must be 'r' or 'w'")


def popen2(cmd, mode="t", bufsize=-1):
    """popen2(cmd) -> (child_stdin, child_stdout)"""
    import subprocess
    p = subprocess.Popen(cmd, shell=isinstance(cmd, basestring), bufsize=bufsize,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True)
    return p.stdin, p.stdout


def popen3(cmd, mode="t", bufsize=-1):
    """popen3(cmd) -> (child_stdin, child_stdout, child_stderr)"""
    import subprocess
    p = subprocess.Popen(cmd, shell=isinstance(cmd, basestring), bufsize=bufsize,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, close_fds=True)
    return p.stdin, p.stdout, p.stderr


def popen4(cmd, mode="t", bufsize=-1):
    """popen4(cmd) -> (child_stdin, child_stdout_and_stderr)"""
    import subprocess
    p = subprocess.Popen(cmd, shell=isinstance(cmd, basestring), bufsize=bufsize,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, close_fds=True)
    return p.stdin, p.stdout


__all__.extend(["popen", "popen2", "popen3", "popen4"])
