"""Spawn a command with pipes to its stdin, stdout and (optionally)
stderr; deprecated in favour of subprocess.

popen2, popen3 and popen4 return the pipes' file objects; the Popen3 and
Popen4 classes also give the child's pid and exit status.  A command
given as a string runs through /bin/sh, a list is executed directly.
"""

import os
import sys
import warnings

__all__ = ["popen2", "popen3", "popen4", "Popen3", "Popen4"]

warnings.warn("The popen2 module is deprecated.  Use the subprocess module.",
              DeprecationWarning, stacklevel=2)


def _max_fd():
    try:
        return os.sysconf('SC_OPEN_MAX')
    except (AttributeError, ValueError):
        return 256


MAXFD = _max_fd()

# instances whose child had not ended when they were collected: they are
# waited for later, so that no zombie is left behind
_active = []


def _cleanup():
    """Reap the children of collected instances that have ended."""
    for inst in list(_active):
        if inst.poll(_deadstate=sys.maxint) < 0:
            continue
        if inst in _active:
            _active.remove(inst)


class Popen3:
    """Popen3(cmd, capturestderr=False, bufsize=-1): run CMD with its
    stdin in `tochild`, its stdout in `fromchild` and, with
    CAPTURESTDERR, its stderr in `childerr` (otherwise None)."""

    sts = -1        # the wait() status once known

    def __init__(self, cmd, capturestderr=False, bufsize=-1):
        _cleanup()
        self.cmd = cmd
        to_read, to_write = os.pipe()
        from_read, from_write = os.pipe()
        if capturestderr:
            err_read, err_write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            os.dup2(to_read, 0)
            os.dup2(from_write, 1)
            if capturestderr:
                os.dup2(err_write, 2)
            self._run_child(cmd)
        os.close(to_read)
        os.close(from_write)
        self.tochild = os.fdopen(to_write, 'w', bufsize)
        self.fromchild = os.fdopen(from_read, 'r', bufsize)
        if capturestderr:
            os.close(err_write)
            self.childerr = os.fdopen(err_read, 'r', bufsize)
        else:
            self.childerr = None

    def __del__(self):
        # reap the child if it has ended; otherwise leave it to _cleanup
        self.poll(_deadstate=sys.maxint)
        if self.sts < 0 and _active is not None:
            _active.append(self)

    def _run_child(self, cmd):
        """In the child: exec CMD (through the shell for a string)."""
        argv = ['/bin/sh', '-c', cmd] if isinstance(cmd, basestring) else cmd
        # only stdin, stdout and stderr stay open
        os.closerange(3, MAXFD)
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(1)

    def poll(self, _deadstate=None):
        """The child's exit status, or -1 while it runs."""
        if self.sts < 0:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except os.error:
                if _deadstate is not None:
                    self.sts = _deadstate
            else:
                if pid == self.pid:
                    self.sts = status
        return self.sts

    def wait(self):
        """Wait for the child to end; its exit status."""
        if self.sts < 0:
            pid, status = os.waitpid(self.pid, 0)
            assert pid == self.pid
            self.sts = status
        return self.sts


class Popen4(Popen3):
    """Popen4(cmd, bufsize=-1): like Popen3, with the child's stdout and
    stderr both in `fromchild`."""

    childerr = None

    def __init__(self, cmd, bufsize=-1):
        _cleanup()
        self.cmd = cmd
        to_read, to_write = os.pipe()
        from_read, from_write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            os.dup2(to_read, 0)
            os.dup2(from_write, 1)
            os.dup2(from_write, 2)
            self._run_child(cmd)
        os.close(to_read)
        os.close(from_write)
        self.tochild = os.fdopen(to_write, 'w', bufsize)
        self.fromchild = os.fdopen(from_read, 'r', bufsize)


def popen2(cmd, bufsize=-1, mode='t'):
    """(child_stdout, child_stdin) of the command CMD."""
    child = Popen3(cmd, False, bufsize)
    return child.fromchild, child.tochild


def popen3(cmd, bufsize=-1, mode='t'):
    """(child_stdout, child_stdin, child_stderr) of the command CMD."""
    child = Popen3(cmd, True, bufsize)
    return child.fromchild, child.tochild, child.childerr


def popen4(cmd, bufsize=-1, mode='t'):
    """(child_stdout_and_stderr, child_stdin) of the command CMD."""
    child = Popen4(cmd, bufsize)
    return child.fromchild, child.tochild
