"""Process-based parallelism with the threading module's interface.

This implementation is pure Python: processes are made with os.fork, and
connections, queues and locks are built from pipes and pickle, so no
_multiprocessing extension module is needed.
"""

import os
import sys

__version__ = '0.70a1'

__all__ = sorted("""
    Array BoundedSemaphore BufferTooShort Condition Event JoinableQueue Lock
    Manager Pipe Pool Process Queue RLock RawArray RawValue SUBDEBUG
    SUBWARNING Semaphore TimeoutError Value active_children
    allow_connection_pickling cpu_count current_process freeze_support
    get_logger log_to_stderr""".split())

__author__ = 'multiprocessing for this interpreter'


# The package's exceptions, all below ProcessError.
class ProcessError(Exception): pass
class BufferTooShort(ProcessError): pass
class TimeoutError(ProcessError): pass
class AuthenticationError(ProcessError): pass


from multiprocessing.process import Process, current_process, active_children
from multiprocessing.util import SUBDEBUG, SUBWARNING


def cpu_count():
    """Number of CPUs in the system (NotImplementedError if unknown)."""
    try:
        n = os.sysconf('SC_NPROCESSORS_ONLN')
    except (AttributeError, ValueError, OSError):
        n = 0
    if n >= 1:
        return n
    raise NotImplementedError('cannot determine number of cpus')


def freeze_support():
    """Only meaningful for frozen Windows executables; nothing to do here."""


def get_logger():
    from multiprocessing.util import get_logger
    return get_logger()


def log_to_stderr(level=None):
    from multiprocessing.util import log_to_stderr
    return log_to_stderr(level)


def allow_connection_pickling():
    """Connections here are plain file descriptors; nothing to register."""


def Manager():
    raise NotImplementedError('multiprocessing.Manager is not supported by '
                              'this implementation')


def Pipe(duplex=True):
    from multiprocessing.connection import Pipe
    return Pipe(duplex)


def Lock():
    from multiprocessing.synchronize import Lock
    return Lock()


def RLock():
    from multiprocessing.synchronize import RLock
    return RLock()


def Condition(lock=None):
    from multiprocessing.synchronize import Condition
    return Condition(lock)


def Semaphore(value=1):
    from multiprocessing.synchronize import Semaphore
    return Semaphore(value)


def BoundedSemaphore(value=1):
    from multiprocessing.synchronize import BoundedSemaphore
    return BoundedSemaphore(value)


def Event():
    from multiprocessing.synchronize import Event
    return Event()


def Queue(maxsize=0):
    from multiprocessing.queues import Queue
    return Queue(maxsize)


def JoinableQueue(maxsize=0):
    from multiprocessing.queues import JoinableQueue
    return JoinableQueue(maxsize)


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def _no_shared_memory(*args, **kwds):
    raise NotImplementedError('shared memory (Value/Array) is not supported '
                              'by this implementation')


RawValue = RawArray = Value = Array = _no_shared_memory
