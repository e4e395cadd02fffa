"""Reading a password without echo, and the login name of the user.

    getpass(prompt='Password: ', stream=None)   the password typed
    getuser()                                   $LOGNAME/$USER/$LNAME/$USERNAME
                                                or the password database entry
"""
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt on /dev/tty (or stream) and read a line with echo turned off
    through termios; without a terminal, fall back to stdin with a warning."""
    try:
        import termios
    except ImportError:
        return fallback_getpass(prompt, stream)
    passwd = None
    tty = None
    try:
        fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
        tty = os.fdopen(fd, 'w+', 1)
        input = tty
        if not stream:
            stream = tty
    except EnvironmentError:
        try:
            fd = sys.stdin.fileno()
        except (AttributeError, ValueError):
            return fallback_getpass(prompt, stream)
        input = sys.stdin
        if not stream:
            stream = sys.stderr
    try:
        old = termios.tcgetattr(fd)
        new = old[:]
        new[3] &= ~termios.ECHO
        flags = termios.TCSAFLUSH
        if hasattr(termios, 'TCSASOFT'):
            flags |= termios.TCSASOFT
        try:
            termios.tcsetattr(fd, flags, new)
            passwd = _raw_input(prompt, stream, input=input)
        finally:
            termios.tcsetattr(fd, flags, old)
            stream.flush()
    except termios.error:
        if passwd is not None:
            raise
        if stream is not input:
            if tty is not None:
                tty.close()
            tty = None
        passwd = fallback_getpass(prompt, stream)
    stream.write('\n')
    if tty is not None:
        tty.close()
    return passwd


def fallback_getpass(prompt='Password: ', stream=None):
    """Read the password from stdin, with echo (warning about it)."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print >>stream, "Warning: Password input may be echoed."
    return _raw_input(prompt, stream)


def _raw_input(prompt="", stream=None, input=None):
    """Write prompt to stream and read one line from input (EOFError at end
    of input); the line without its newline."""
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """The user's login name: from the environment (LOGNAME, USER, LNAME,
    USERNAME), else from the password database."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    import pwd
    return pwd.getpwuid(os.getuid())[0]


getpass = unix_getpass
