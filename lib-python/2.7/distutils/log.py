"""distutils' small logging system: messages at or above the threshold go
to stdout (INFO and below) or stderr (WARN and above)."""
import sys

DEBUG, INFO, WARN, ERROR, FATAL = 1, 2, 3, 4, 5
_LEVELS = (DEBUG, INFO, WARN, ERROR, FATAL)


class Log:
    """A logger with a threshold; methods named after the levels."""

    def __init__(self, threshold=WARN):
        self.threshold = threshold

    def _log(self, level, msg, args):
        if level not in _LEVELS:
            raise ValueError('%s wrong log level' % str(level))
        if level >= self.threshold:
            text = msg % args if args else msg
            out = sys.stdout if level <= INFO else sys.stderr
            out.write(text + '\n')
            out.flush()

    def log(self, level, msg, *args):
        self._log(level, msg, args)


def _level_method(level, name):
    def method(self, msg, *args):
        self._log(level, msg, args)
    method.__name__ = name
    return method

for _name, _level in (('debug', DEBUG), ('info', INFO), ('warn', WARN), ('error', ERROR),
                      ('fatal', FATAL)):
    setattr(Log, _name, _level_method(_level, _name))
del _name, _level

_global_log = Log()
log, debug, info = _global_log.log, _global_log.debug, _global_log.info
warn, error, fatal = _global_log.warn, _global_log.error, _global_log.fatal


def set_threshold(level):
    """Set the global threshold; returns the previous one."""
    previous, _global_log.threshold = _global_log.threshold, level
    return previous


def set_verbosity(v):
    """0 or less: warnings and worse; 1: also INFO; 2 or more: everything."""
    set_threshold(WARN if v <= 0 else (INFO if v == 1 else DEBUG))
