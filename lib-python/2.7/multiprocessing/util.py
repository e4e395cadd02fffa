"""Logging helpers and small utilities shared by the package."""

import logging
import threading

__all__ = ['sub_debug', 'debug', 'info', 'sub_warning', 'get_logger',
           'log_to_stderr', 'SUBDEBUG', 'SUBWARNING', 'Finalize',
           'register_after_fork', 'is_exiting']

# Logging levels (two of them are this package's own), name and format.
NOTSET, SUBDEBUG, DEBUG, INFO, SUBWARNING = 0, 5, 10, 20, 25
LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

_logger = None
_log_to_stderr = False
_lock = threading.Lock()


def _log(level, msg, args):
    if _logger:
        _logger.log(level, msg, *args)


def sub_debug(msg, *args):
    _log(SUBDEBUG, msg, args)


def debug(msg, *args):
    _log(DEBUG, msg, args)


def info(msg, *args):
    _log(INFO, msg, args)


def sub_warning(msg, *args):
    _log(SUBWARNING, msg, args)


def get_logger():
    """The package's logger; it does not propagate to the root logger."""
    global _logger
    with _lock:
        if _logger is None:
            _logger = logging.getLogger(LOGGER_NAME)
            _logger.propagate = 0
            logging.addLevelName(SUBDEBUG, 'SUBDEBUG')
            logging.addLevelName(SUBWARNING, 'SUBWARNING')
    return _logger


def log_to_stderr(level=None):
    """Attach a stderr handler with the package's format to the logger."""
    global _log_to_stderr
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(DEFAULT_LOGGING_FORMAT))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return logger


_after_fork = []


def register_after_fork(obj, func):
    _after_fork.append((obj, func))


def _run_after_forkers():
    for obj, func in list(_after_fork):
        try:
            func(obj)
        except Exception:
            pass


_exiting = False


def is_exiting():
    return _exiting


class Finalize(object):
    """Call callback(*args, **kwargs) once, when finalized or at exit."""

    _registry = []

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        Finalize._registry.append(self)

    def __call__(self, wr=None):
        callback, self._callback = self._callback, None
        if callback is None:
            return None
        try:
            Finalize._registry.remove(self)
        except ValueError:
            pass
        return callback(*self._args, **self._kwargs)

    def cancel(self):
        self._callback = None

    def still_active(self):
        return self._callback is not None


_temp_dir = []


def get_temp_dir():
    """A per-process temporary directory, removed at exit."""
    if not _temp_dir:
        import atexit
        import shutil
        import tempfile
        path = tempfile.mkdtemp(prefix='pymp-')
        atexit.register(shutil.rmtree, path, True)
        _temp_dir.append(path)
    return _temp_dir[0]


class ForkAwareThreadLock(object):
    """A thread lock that a forked child gets back unlocked."""

    def __init__(self):
        register_after_fork(self, type(self)._reset)
        self._reset()

    def _reset(self):
        lock = self._lock = threading.Lock()
        self.acquire, self.release = lock.acquire, lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)
