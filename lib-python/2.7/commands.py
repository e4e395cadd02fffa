"""Run a shell command and collect its output and exit status (Unix only;
superseded by subprocess)."""

__all__ = ["getstatusoutput", "getoutput", "getstatus"]


def getstatus(file):
    """The output of `ls -ld FILE` (deprecated)."""
    import warnings
    warnings.warn("commands.getstatus() is deprecated", DeprecationWarning, 2)
    return getoutput('ls -ld' + mkarg(file))


def getoutput(cmd):
    """The output (stdout and stderr) of running CMD in a shell."""
    return getstatusoutput(cmd)[1]


def getstatusoutput(cmd):
    """(status, output) of running CMD in a shell; status is the encoded
    value os.wait() would give, and one trailing newline is dropped."""
    import os
    pipe = os.popen('{ ' + cmd + '; } 2>&1', 'r')
    text = pipe.read()
    status = pipe.close()
    if status is None:
        status = 0
    if text.endswith('\n'):
        text = text[:-1]
    return status, text


def mk2arg(head, x):
    import os
    return mkarg(os.path.join(head, x))


def mkarg(x):
    """Quote X for a shell, with a leading space."""
    if "'" not in x:
        return " '" + x + "'"
    quoted = ''.join(['\\' + c if c in '\\$"`' else c for c in x])
    return ' "' + quoted + '"'
