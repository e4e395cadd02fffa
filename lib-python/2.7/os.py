"""Operating-system services, portable across platforms.

This is the posix module's functions plus: os.path (posixpath here),
os.environ (a mapping that also changes the process environment),
os.name, os.sep/pathsep/linesep/curdir/pardir/extsep/altsep/devnull,
makedirs/removedirs/renames, walk, the exec*p* and spawn* families and
popen*."""
import sys
import errno

_names = sys.builtin_module_names

__all__ = ["altsep", "curdir", "pardir", "sep", "extsep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END"]


def _public_names(module):
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if not n.startswith('_')]


if 'posix' in _names:
    name = 'posix'
    linesep = '\n'
    from posix import *
    try:
        from posix import _exit
    except ImportError:
        pass
    import posixpath as path
    import posix
    __all__.extend(_public_names(posix))
    del posix
else:
    raise ImportError('no os specific module found')

sys.modules['os.path'] = path
from os.path import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                     devnull)

del _names

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


# ---- directories -----------------------------------------------------------

def makedirs(name, mode=0o777):
    """makedirs(path [, mode=0777]): mkdir, creating missing parents too.
    OSError (EEXIST) if the leaf already exists."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode)
        except OSError as e:
            # another process may have created it meanwhile
            if e.errno != errno.EEXIST:
                raise
        if tail == curdir:
            return
    mkdir(name, mode)


def removedirs(name):
    """removedirs(path): rmdir the leaf, then each parent that becomes
    empty, stopping silently at the first that cannot be removed."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except error:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new): rename, creating the directories new needs and
    removing the directories old leaves empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except error:
            pass


__all__.extend(["makedirs", "removedirs", "renames"])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for top and every directory
    below it.  Top-down, the caller may prune dirnames in place; onerror is
    called with the OSError of a listdir that fails; symbolic links to
    directories are only entered with followlinks."""
    islink, join, isdir = path.islink, path.join, path.isdir
    try:
        names = listdir(top)
    except error as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in names:
        if isdir(join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for entry in dirs:
        new_path = join(top, entry)
        if followlinks or not islink(new_path):
            for x in walk(new_path, topdown, onerror, followlinks):
                yield x
    if not topdown:
        yield top, dirs, nondirs


__all__.append("walk")


# ---- exec with a PATH search -----------------------------------------------

def execl(file, *args):
    """execl(file, *args): execv(file, args)."""
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env): execve(file, args, env)."""
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """execlp(file, *args): execvp(file, args)."""
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env): execvpe(file, args, env)."""
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """execvp(file, args): execv, looking file up in $PATH."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env): execve, looking file up in $PATH."""
    _execvpe(file, args, env)


__all__.extend(["execl", "execle", "execlp", "execlpe", "execvp", "execvpe"])


def _execvpe(file, args, env=None):
    if env is not None:
        do_exec = execve
        exec_args = (args, env)
        path_list = env.get('PATH', defpath)
    else:
        do_exec = execv
        exec_args = (args,)
        path_list = environ.get('PATH', defpath)
    if path.dirname(file):
        do_exec(file, *exec_args)
        return
    first_error = None
    first_tb = None
    for directory in path_list.split(pathsep):
        fullname = path.join(directory, file)
        try:
            do_exec(fullname, *exec_args)
        except error as e:
            tb = sys.exc_info()[2]
            # remember the most informative error: not "not found"
            if e.errno != errno.ENOENT and e.errno != errno.ENOTDIR and first_error is None:
                first_error = e
                first_tb = tb
            last_error = e
            last_tb = tb
    if first_error is not None:
        raise error, first_error, first_tb
    raise error, last_error, last_tb


# ---- the environment ---------------------------------------------------------

class _Environ:
    """os.environ: a dict of the process environment whose changes are also
    made with putenv()/unsetenv(), so child processes see them.  (An
    old-style class, as 2.7's is.)"""

    def __init__(self, environ):
        self.data = environ

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, item):
        putenv(key, item)
        self.data[key] = item

    def __delitem__(self, key):
        unsetenv(key)
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def has_key(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __repr__(self):
        return repr(self.data)

    def __cmp__(self, other):
        if isinstance(other, _Environ):
            other = other.data
        return cmp(self.data, other)

    def get(self, key, failobj=None):
        return self.data.get(key, failobj)

    def keys(self):
        return self.data.keys()

    def values(self):
        return self.data.values()

    def items(self):
        return self.data.items()

    def iterkeys(self):
        return self.data.iterkeys()

    def itervalues(self):
        return self.data.itervalues()

    def iteritems(self):
        return self.data.iteritems()

    def clear(self):
        for key in self.data.keys():
            unsetenv(key)
            del self.data[key]

    def pop(self, key, *args):
        unsetenv(key)
        return self.data.pop(key, *args)

    def popitem(self):
        key, value = self.data.popitem()
        unsetenv(key)
        return key, value

    def setdefault(self, key, failobj=None):
        if key not in self.data:
            self[key] = failobj
        return self.data[key]

    def update(self, other=None, **kwargs):
        if other is not None:
            if hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return dict(self.data)


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


def _spawnvef(mode, file, args, env, func):
    pid = fork()
    if not pid:
        try:
            if env is None:
                func(file, args)
            else:
                func(file, args, env)
        except:
            _exit(127)
    else:
        if mode == P_NOWAIT:
            return pid
        while 1:
            wpid, sts = waitpid(pid, 0)
            if WIFSTOPPED(sts):
                continue
            elif WIFSIGNALED(sts):
                return -WTERMSIG(sts)
            elif WIFEXITED(sts):
                return WEXITSTATUS(sts)
            else:
                raise error("Not stopped, signaled or exited???")


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
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    env = args[-1]
    return spawnve(mode, file, args[:-1], env)


def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    env = args[-1]
    return spawnvpe(mode, file, args[:-1], env)


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
