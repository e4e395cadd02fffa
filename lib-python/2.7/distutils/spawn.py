"""Running external programs: spawn() and find_executable()."""
import os
import sys

from distutils.errors import DistutilsExecError
from distutils.debug import DEBUG
from distutils import log

__revision__ = "$Id$"


def spawn(cmd, search_path=1, verbose=0, dry_run=0):
    """Run the command cmd (a list: program and arguments), looking the
    program up in PATH if search_path; DistutilsExecError if it cannot be
    run or does not exit with status 0."""
    cmd = list(cmd)
    log.info(' '.join(cmd))
    if dry_run:
        return
    program = cmd[0]
    if search_path:
        program = find_executable(program) or program
    shown = cmd[0] if DEBUG else os.path.basename(cmd[0])
    try:
        pid = os.fork()
    except OSError as e:
        raise DistutilsExecError("command %r failed: %s" % (shown, e.strerror))
    if pid == 0:
        try:
            os.execv(program, cmd)
        except OSError as e:
            sys.stderr.write("unable to execute %r: %s\n" % (shown, e.strerror))
        os._exit(1)
    while True:
        try:
            _, status = os.waitpid(pid, 0)
        except OSError as e:
            import errno
            if e.errno == errno.EINTR:
                continue
            raise DistutilsExecError("command %r failed: %s" % (shown, e.args[-1]))
        if os.WIFSIGNALED(status):
            raise DistutilsExecError("command %r terminated by signal %d"
                                     % (shown, os.WTERMSIG(status)))
        if os.WIFEXITED(status):
            code = os.WEXITSTATUS(status)
            if code == 0:
                return
            raise DistutilsExecError("command %r failed with exit status %d" % (shown, code))
        if os.WIFSTOPPED(status):
            continue
        raise DistutilsExecError("unknown error executing %r: termination status %d"
                                 % (shown, status))


def find_executable(executable, path=None):
    """The path of executable in the directories of path (default: PATH),
    or None."""
    if path is None:
        path = os.environ.get('PATH', os.defpath)
    if os.path.isfile(executable):
        return executable
    for directory in path.split(os.pathsep):
        candidate = os.path.join(directory, executable)
        if os.path.isfile(candidate):
            return candidate
    return None
