"""Process-shared synchronization built on pipes.

A semaphore's count is the number of bytes sitting in a pipe: release writes
one byte, acquire reads one.  The pipe is inherited across os.fork, so every
process holding the object shares the count, and the kernel makes each read
atomic.  The read end is non-blocking; waiting is done with select().
"""

import errno
import fcntl
import os
import select
import struct
import termios
import thread
import time

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
           'Event']

SEM_VALUE_MAX = 32767   # what fits in a pipe's buffer with room to spare


class _PipeCounter(object):
    """The shared count: bytes in a pipe."""

    def __init__(self, value):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._r, self._w = os.pipe()
        flags = fcntl.fcntl(self._r, fcntl.F_GETFL)
        fcntl.fcntl(self._r, fcntl.F_SETFL, flags | os.O_NONBLOCK)
        if value:
            os.write(self._w, b'x' * value)

    def take(self, block=True, timeout=None):
        deadline = None
        if block and timeout is not None:
            deadline = time.time() + max(timeout, 0)
        while True:
            try:
                if os.read(self._r, 1):
                    return True
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EINTR):
                    raise
            if not block:
                return False
            wait = None
            if deadline is not None:
                wait = deadline - time.time()
                if wait <= 0:
                    return False
            try:
                select.select([self._r], [], [], wait)
            except select.error as e:
                if e.args[0] != errno.EINTR:
                    raise

    def give(self):
        os.write(self._w, b'x')

    def value(self):
        raw = fcntl.ioctl(self._r, termios.FIONREAD, b'\0\0\0\0')
        return struct.unpack('i', raw)[0]

    def __del__(self):
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except (OSError, TypeError, AttributeError):
                pass


class Semaphore(object):

    _maxvalue = SEM_VALUE_MAX

    def __init__(self, value=1):
        self._count = _PipeCounter(value)

    def acquire(self, block=True, timeout=None):
        return self._count.take(block, timeout)

    def release(self):
        if self._count.value() >= self._maxvalue:
            raise ValueError('semaphore or lock released too many times')
        self._count.give()

    def get_value(self):
        return self._count.value()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    # Condition.wait releases and re-takes the lock through these two.
    def _release_save(self):
        self.release()
        return None

    def _acquire_restore(self, state):
        self.acquire()

    def _is_owned(self):
        return True

    def __repr__(self):
        try:
            value = self.get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (type(self).__name__, value)


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._maxvalue = value

    def __repr__(self):
        try:
            value = self.get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, value,
                                                self._maxvalue)


def _me():
    return (os.getpid(), thread.get_ident())


class Lock(BoundedSemaphore):
    """A non-recursive lock shared between processes."""

    def __init__(self):
        BoundedSemaphore.__init__(self, 1)
        self._owner = None

    def acquire(self, block=True, timeout=None):
        if self._count.take(block, timeout):
            self._owner = _me()
            return True
        return False

    def release(self):
        self._owner = None
        BoundedSemaphore.release(self)

    def _is_owned(self):
        return self._owner == _me()

    def __repr__(self):
        if self._owner == _me():
            state = 'MainThread' if thread.get_ident() == _main_ident \
                else 'Thread'
            import multiprocessing.process
            state = '%s|%s' % (multiprocessing.process.current_process().name,
                               state)
        elif self.get_value() == 1:
            state = 'None'
        else:
            state = 'SomeOtherThread'
        return '<Lock(owner=%s)>' % state


_main_ident = thread.get_ident()


class RLock(Lock):
    """A recursive lock: the owning thread may acquire it again."""

    def __init__(self):
        Lock.__init__(self)
        self._depth = 0

    def acquire(self, block=True, timeout=None):
        if self._owner == _me():
            self._depth += 1
            return True
        if Lock.acquire(self, block, timeout):
            self._depth = 1
            return True
        return False

    def release(self):
        if self._owner != _me():
            raise AssertionError('attempt to release recursive lock not '
                                 'owned by thread')
        self._depth -= 1
        if self._depth == 0:
            Lock.release(self)

    def _release_save(self):
        depth = self._depth
        self._depth = 1
        self.release()
        return depth

    def _acquire_restore(self, depth):
        self.acquire()
        self._depth = depth

    def __repr__(self):
        if self._owner == _me():
            return '<RLock(%s, %d)>' % (
                __import__('multiprocessing').current_process().name,
                self._depth)
        if self.get_value() == 1:
            return '<RLock(None, 0)>'
        return '<RLock(SomeOtherThread, nonzero)>'


class Condition(object):
    """wait/notify across processes.

    Waiters announce themselves on `sleeping`, block on `wakeup`, and confirm
    they woke on `woken`; notify hands out wakeups only to announced sleepers
    and waits for their confirmation, so a notify never wakes a later waiter.
    """

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def wait(self, timeout=None):
        if not self._lock._is_owned():
            raise AssertionError('must acquire() condition before using wait()')
        self._sleeping_count.release()
        state = self._lock._release_save()
        try:
            self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            self._lock._acquire_restore(state)

    def notify(self, n=1):
        if not self._lock._is_owned():
            raise AssertionError('lock is not owned')
        # Waiters that timed out confirmed waking without being woken:
        # cancel their announcements first.
        while self._woken_count.acquire(False):
            self._sleeping_count.acquire(False)
        woke = 0
        while woke < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            woke += 1
        for _ in range(woke):
            self._woken_count.acquire()
        # A waiter that timed out may have left a wakeup unclaimed.
        while self._wait_semaphore.acquire(False):
            pass

    def notify_all(self):
        self.notify(SEM_VALUE_MAX)

    notifyAll = notify_all

    def __repr__(self):
        return '<Condition(%s, %s)>' % (self._lock, self._sleeping_count.get_value()
                                        - self._woken_count.get_value())


class Event(object):
    """A flag shared between processes."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def is_set(self):
        with self._cond:
            return self._flag.get_value() > 0

    is_set = is_set

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.get_value() == 0:
                self._cond.wait(timeout)
            return self._flag.get_value() > 0
