"""Pseudo-terminal utilities: open a pty pair, fork a child on one, and
run a program on one while copying its I/O to ours (Linux and other
Unix systems)."""

import os
import tty
from select import select

__all__ = ["openpty", "fork", "spawn"]

STDIN_FILENO = 0
STDOUT_FILENO = 1
STDERR_FILENO = 2

CHILD = 0

# Linux ioctls of /dev/ptmx: the number of its slave, and the slave lock
_TIOCGPTN = 0x80045430
_TIOCSPTLCK = 0x40045431


def openpty():
    """openpty() -> (master_fd, slave_fd): a new pseudo-terminal pair."""
    if hasattr(os, 'openpty'):
        try:
            return os.openpty()
        except OSError:
            pass
    master_fd, slave_name = _open_terminal()
    return master_fd, slave_open(slave_name)


def master_open():
    """master_open() -> (master_fd, slave_name): deprecated, use
    openpty()."""
    if hasattr(os, 'openpty'):
        try:
            master_fd, slave_fd = os.openpty()
        except OSError:
            pass
        else:
            slave_name = os.ttyname(slave_fd)
            os.close(slave_fd)
            return master_fd, slave_name
    return _open_terminal()


def _open_terminal():
    """A master pty and the name of its slave: the Unix 98 multiplexer
    /dev/ptmx first, then the old BSD /dev/ptyXY devices."""
    try:
        return _open_ptmx()
    except (IOError, OSError):
        pass
    for x in 'pqrstuvwxyzPQRST':
        for y in '0123456789abcdef':
            try:
                fd = os.open('/dev/pty' + x + y, os.O_RDWR)
            except os.error:
                continue
            return fd, '/dev/tty' + x + y
    raise os.error('out of pty devices')


def _open_ptmx():
    import fcntl
    import struct
    fd = os.open('/dev/ptmx', os.O_RDWR | os.O_NOCTTY)
    try:
        # what unlockpt() and ptsname() do on Linux
        fcntl.ioctl(fd, _TIOCSPTLCK, struct.pack('i', 0))
        number = struct.unpack('i', fcntl.ioctl(fd, _TIOCGPTN,
                                                struct.pack('i', 0)))[0]
    except:
        os.close(fd)
        raise
    return fd, '/dev/pts/%d' % number


def slave_open(tty_name):
    """Open the slave end TTY_NAME (deprecated, use openpty())."""
    return os.open(tty_name, os.O_RDWR)


def fork():
    """fork() -> (pid, master_fd): fork a child whose standard streams and
    controlling terminal are the slave end of a new pty; in the child pid
    is 0 (CHILD) and master_fd invalid."""
    if hasattr(os, 'forkpty'):
        try:
            return os.forkpty()
        except OSError:
            pass
    master_fd, slave_fd = openpty()
    pid = os.fork()
    if pid != CHILD:
        os.close(slave_fd)
        return pid, master_fd
    # child: a new session, whose controlling terminal the slave becomes
    # when it is opened again below (it was opened before setsid)
    os.setsid()
    os.close(master_fd)
    for target in (STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO):
        os.dup2(slave_fd, target)
    if slave_fd > STDERR_FILENO:
        os.close(slave_fd)
    os.close(os.open(os.ttyname(STDOUT_FILENO), os.O_RDWR))
    return pid, master_fd


def _writen(fd, data):
    """Write all of DATA to FD."""
    while data:
        written = os.write(fd, data)
        data = data[written:]


def _read(fd):
    """The default read function: up to 1024 bytes."""
    return os.read(fd, 1024)


def _copy(master_fd, master_read=_read, stdin_read=_read):
    """Copy the child's output to our stdout and our stdin to the child.
    A side that reaches end of file is no longer watched; on Linux the
    end of the child shows as an OSError (EIO) from reading the master."""
    watched = [master_fd, STDIN_FILENO]
    while True:
        ready = select(watched, [], [])[0]
        if master_fd in ready:
            data = master_read(master_fd)
            if data:
                os.write(STDOUT_FILENO, data)
            else:
                watched.remove(master_fd)
        if STDIN_FILENO in ready:
            data = stdin_read(STDIN_FILENO)
            if data:
                _writen(master_fd, data)
            else:
                watched.remove(STDIN_FILENO)


def spawn(argv, master_read=_read, stdin_read=_read):
    """Run the program ARGV (a string or a sequence) on a new pty,
    copying between it and our standard streams until it ends.  Our
    terminal, if stdin is one, is in raw mode meanwhile."""
    if isinstance(argv, str):
        argv = (argv,)
    pid, master_fd = fork()
    if pid == CHILD:
        os.execlp(argv[0], *argv)
    try:
        saved = tty.tcgetattr(STDIN_FILENO)
        tty.setraw(STDIN_FILENO)
    except tty.error:
        saved = None
    try:
        _copy(master_fd, master_read, stdin_read)
    except (IOError, OSError):
        # Linux reports the end of the child's side as EIO
        pass
    finally:
        if saved is not None:
            tty.tcsetattr(STDIN_FILENO, tty.TCSAFLUSH, saved)
    os.close(master_fd)
