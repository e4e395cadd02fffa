"""The multiprocessing API backed by threads (documented as a thin wrapper
around threading): same names, no forking, no pickling."""

import array
import threading
import weakref
from Queue import Queue

from multiprocessing.dummy.connection import Pipe

# The synchronization primitives are threading's own.
Lock, RLock, Event = threading.Lock, threading.RLock, threading.Event
Semaphore, BoundedSemaphore = threading.Semaphore, threading.BoundedSemaphore
Condition = threading.Condition

__all__ = sorted("""
    Array BoundedSemaphore Condition Event JoinableQueue Lock Manager
    Namespace Pipe Pool Process Queue RLock Semaphore Value active_children
    current_process freeze_support""".split())

JoinableQueue = Queue


class DummyProcess(threading.Thread):
    """A thread that answers to the Process interface."""

    _started_by_us = False
    pid = None

    def __init__(self, *args, **kwds):
        threading.Thread.__init__(self, *args, **kwds)
        self._creator = current_process()
        self._children = weakref.WeakKeyDictionary()

    def start(self):
        assert self._creator is current_process(), \
            'can only start a process object created by current process'
        getattr(self._creator, '_children', {})[self] = None
        self._started_by_us = True
        threading.Thread.start(self)

    @property
    def exitcode(self):
        # Threads have no exit status: 0 once finished, None before.
        finished = self._started_by_us and not self.is_alive()
        return 0 if finished else None


Process = DummyProcess
current_process = threading.current_thread
current_process()._children = weakref.WeakKeyDictionary()


def active_children():
    children = current_process()._children
    for child in list(children):
        if not child.is_alive():
            children.pop(child, None)
    return list(children)


def freeze_support():
    pass


class Namespace(object):
    """A plain attribute holder (what a manager's Namespace looks like)."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = sorted((k, v) for k, v in self.__dict__.items()
                       if not k.startswith('_'))
        return 'Namespace(%s)' % ', '.join('%s=%r' % kv for kv in items)


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class Value(object):
    """A boxed value: threads share it simply by sharing the object."""

    def __init__(self, typecode, value, lock=True):
        self.typecode, self.value = typecode, value

    def __repr__(self):
        return '<Value(%r, %r)>' % (self.typecode, self.value)


def Manager():
    """Everything here is already shared between threads: the module is its
    own manager."""
    import sys
    this_module = sys.modules[__name__]
    return this_module


def Pool(processes=None, initializer=None, initargs=()):
    """A pool of threads (multiprocessing.pool.ThreadPool)."""
    import multiprocessing.pool
    return multiprocessing.pool.ThreadPool(processes, initializer, initargs)
