"""The syslog(3) interface of Unix: openlog, syslog, closelog,
setlogmask, LOG_MASK, LOG_UPTO and the LOG_* priorities, facilities and
options.  The calls themselves are in the built-in _syslog; this module
parses the arguments as 2.7's C module does."""

import _syslog
from _syslog import closelog as _closelog

for _name in dir(_syslog):
    if _name.startswith('LOG_'):
        globals()[_name] = getattr(_syslog, _name)
del _name

_is_open = False


def _default_ident():
    # the script's name, as 2.7 uses when no ident is given
    import sys
    argv = getattr(sys, 'argv', None)
    if not argv or not isinstance(argv[0], str) or not argv[0]:
        return None
    return argv[0].rsplit('/', 1)[-1]


def _int_arg(value):
    if isinstance(value, (int, long)):
        return int(value)
    raise TypeError("an integer is required")


def openlog(ident=None, logoption=0, facility=LOG_USER):
    global _is_open
    if ident is not None and not isinstance(ident, str):
        raise TypeError("openlog() argument 1 must be string, not %s"
                        % type(ident).__name__)
    logoption = _int_arg(logoption)
    facility = _int_arg(facility)
    if ident is None:
        ident = _default_ident()
    _syslog.openlog(ident, logoption, facility)
    _is_open = True


def syslog(*args):
    if len(args) == 1:
        priority, message = LOG_INFO, args[0]
    elif len(args) == 2 and isinstance(args[0], (int, long)):
        priority, message = args
    else:
        raise TypeError("[priority,] message string")
    if isinstance(message, unicode):
        message = message.encode()
    if not isinstance(message, str) or '\0' in message:
        raise TypeError("[priority,] message string")
    if not _is_open:
        openlog()
    _syslog.syslog(int(priority), message)


def closelog():
    global _is_open
    if _is_open:
        _closelog()
        _is_open = False


def setlogmask(mask):
    return _syslog.setlogmask(_int_arg(mask))


def LOG_MASK(pri):
    return 1 << _int_arg(pri)


def LOG_UPTO(pri):
    return (1 << (_int_arg(pri) + 1)) - 1
