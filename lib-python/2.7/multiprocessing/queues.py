"""Queues shared between processes: pickled messages over a pipe.

A read lock and a write lock (both process-shared) keep each message whole;
a counting semaphore tracks qsize() and another bounds maxsize.  Unlike
CPython, put() writes from the calling thread (no feeder thread), so a put of
more data than the pipe holds waits until a reader takes some.
"""

import time
from Queue import Empty, Full

from multiprocessing.connection import Pipe
from multiprocessing.synchronize import Lock, Semaphore, Condition, \
    SEM_VALUE_MAX

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class SimpleQueue(object):

    def __init__(self):
        self._reader, self._writer = Pipe(duplex=False)
        self._rlock = Lock()
        self._wlock = Lock()

    def empty(self):
        return not self._reader.poll()

    def get(self):
        with self._rlock:
            return self._reader.recv()

    def put(self, obj):
        import cPickle
        data = cPickle.dumps(obj, cPickle.HIGHEST_PROTOCOL)
        with self._wlock:
            self._writer.send_bytes(data)


class Queue(object):

    def __init__(self, maxsize=0):
        if maxsize <= 0:
            maxsize = SEM_VALUE_MAX
        self._maxsize = maxsize
        self._reader, self._writer = Pipe(duplex=False)
        self._rlock = Lock()
        self._wlock = Lock()
        self._slots = Semaphore(maxsize)
        self._items = Semaphore(0)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        assert not self._closed
        import cPickle
        data = cPickle.dumps(obj, cPickle.HIGHEST_PROTOCOL)
        if not self._slots.acquire(block, timeout):
            raise Full
        with self._wlock:
            self._writer.send_bytes(data)
            self._items.release()

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        import cPickle
        deadline = None if timeout is None else time.time() + timeout
        if not block:
            deadline = time.time()
        if not self._rlock.acquire(True, None if deadline is None
                                   else max(deadline - time.time(), 0)):
            raise Empty
        try:
            left = None if deadline is None else max(deadline - time.time(), 0)
            if not self._items.acquire(True, left):
                raise Empty
            data = self._reader.recv_bytes()
        finally:
            self._rlock.release()
        self._slots.release()
        return cPickle.loads(data)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._items.get_value()

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return self._slots.get_value() == 0

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):

    def __init__(self, maxsize=0):
        Queue.__init__(self, maxsize)
        self._unfinished = Semaphore(0)
        self._cond = Condition()

    def put(self, obj, block=True, timeout=None):
        # Count the task before it becomes visible to a consumer.
        self._unfinished.release()
        try:
            Queue.put(self, obj, block, timeout)
        except BaseException:
            self._unfinished.acquire(False)
            raise

    def task_done(self):
        with self._cond:
            if not self._unfinished.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished.get_value() == 0:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            while self._unfinished.get_value() != 0:
                self._cond.wait()
