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


class _Console(object):
    """Where a password is read from and the prompt written to: the
    controlling terminal when it can be opened, else stdin and stderr (or
    the stream the caller gave)."""

    def __init__(self, stream):
        self.tty = None
        try:
            self.fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
            self.tty = os.fdopen(self.fd, 'w+', 1)
            self.input = self.tty
            self.output = stream or self.tty
        except EnvironmentError:
            # no terminal: stdin must at least be a real file
            self.fd = sys.stdin.fileno()
            self.input = sys.stdin
            self.output = stream or sys.stderr

    def close(self):
        if self.tty is not None:
            self.tty.close()
            self.tty = None


def _read_quietly(termios, console, prompt, result):
    """Read a line from the console with echo turned off, appending it to
    result; the terminal settings are restored whatever happens."""
    saved = termios.tcgetattr(console.fd)
    quiet = saved[:]
    quiet[3] &= ~termios.ECHO           # the local modes
    when = termios.TCSAFLUSH | getattr(termios, 'TCSASOFT', 0)
    try:
        termios.tcsetattr(console.fd, when, quiet)
        result.append(_raw_input(prompt, console.output, input=console.input))
    finally:
        termios.tcsetattr(console.fd, when, saved)
        console.output.flush()


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt on /dev/tty (or stream) and read a line with echo turned off
    through termios; without a terminal, fall back to stdin with a warning."""
    try:
        import termios
    except ImportError:
        return fallback_getpass(prompt, stream)
    try:
        console = _Console(stream)
    except (AttributeError, ValueError):
        return fallback_getpass(prompt, stream)
    result = []
    try:
        _read_quietly(termios, console, prompt, result)
    except termios.error:
        if result:
            # the password was read but the echo could not be restored
            raise
        if console.output is not console.input:
            console.close()
        result.append(fallback_getpass(prompt, console.output))
    console.output.write('\n')
    console.close()
    return result[0]


def fallback_getpass(prompt='Password: ', stream=None):
    """Read the password from stdin, with echo (warning about it)."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print >>stream, "Warning: Password input may be echoed."
    return _raw_input(prompt, stream)


def _raw_input(prompt="", stream=None, input=None):
    """Write prompt to stream (stderr) and read one line from input (stdin)
    without its newline; EOFError at the end of the input."""
    stream = stream or sys.stderr
    input = input or sys.stdin
    text = str(prompt)
    if text:
        stream.write(text)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line.endswith('\n'):
        return line[:-1]
    return line


def getuser():
    """The user's login name: from the environment (LOGNAME, USER, LNAME,
    USERNAME), else from the password database."""
    for variable in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        value = os.environ.get(variable)
        if value:
            return value
    import pwd
    return pwd.getpwuid(os.getuid()).pw_name


getpass = unix_getpass
