"""Synchronised queues for passing work between threads.

Queue is first-in first-out, LifoQueue last-in first-out, and
PriorityQueue hands out the smallest entry first.  get() and put()
block as needed; the non-blocking variants raise Empty and Full.
"""

import heapq
from collections import deque
from time import time as _time
try:
    import threading as _threading
except ImportError:         # interpreter built without thread support
    import dummy_threading as _threading

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue']


class Empty(Exception):
    "Raised by a non-blocking or timed-out get() on an empty queue."


class Full(Exception):
    "Raised by a non-blocking or timed-out put() on a full queue."


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue holding at most maxsize items (unbounded if <= 0).

    Subclasses change the ordering by overriding the storage hooks
    _init, _qsize, _put and _get, which run with the lock held.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the storage; the three conditions share it so
        # a waiter on any of them sees a consistent queue.
        lock = _threading.Lock()
        self.mutex = lock
        self.not_empty = _threading.Condition(lock)
        self.not_full = _threading.Condition(lock)
        self.all_tasks_done = _threading.Condition(lock)
        self.unfinished_tasks = 0

    # -- bookkeeping for join() -----------------------------------------

    def task_done(self):
        """Mark one previously fetched item as fully processed.

        Every put() counts one unfinished task; when the count drops to
        zero join() returns.  Calling this more often than put() was
        called raises ValueError.
        """
        cond = self.all_tasks_done
        cond.acquire()
        try:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                cond.notify_all()
            self.unfinished_tasks = left
        finally:
            cond.release()

    def join(self):
        """Wait until task_done() has been called for every item put."""
        cond = self.all_tasks_done
        cond.acquire()
        try:
            while self.unfinished_tasks:
                cond.wait()
        finally:
            cond.release()

    # -- inspection (answers may be stale by the time they are used) ----

    def _locked(self, probe):
        self.mutex.acquire()
        try:
            return probe()
        finally:
            self.mutex.release()

    def qsize(self):
        """Approximate number of queued items."""
        return self._locked(self._qsize)

    def empty(self):
        """True if the queue looked empty at the time of the call."""
        return self._locked(lambda: not self._qsize())

    def full(self):
        """True if the queue looked full at the time of the call."""
        return self._locked(lambda: 0 < self.maxsize == self._qsize())

    # -- the blocking protocol ------------------------------------------

    def _wait_while(self, cond, busy, block, timeout, failure):
        """Wait on cond until busy() is false (lock already held).

        Raises failure right away when not blocking, or once the
        timeout runs out.
        """
        if not block:
            if busy():
                raise failure
            return
        if timeout is None:
            while busy():
                cond.wait()
            return
        _check_timeout(timeout)
        deadline = _time() + timeout
        while busy():
            remaining = deadline - _time()
            if remaining <= 0.0:
                raise failure
            cond.wait(remaining)

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for a free slot if the queue is bounded.

        With block false, raise Full at once if there is no room; with
        a timeout, wait at most that many seconds before raising Full.
        """
        cond = self.not_full
        cond.acquire()
        try:
            if self.maxsize > 0:
                self._wait_while(cond,
                                 lambda: self._qsize() == self.maxsize,
                                 block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()
        finally:
            cond.release()

    def put_nowait(self, item):
        """put(item) without waiting: Full if there is no room."""
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting for one if needed.

        With block false, raise Empty at once if nothing is queued; with
        a timeout, wait at most that many seconds before raising Empty.
        """
        cond = self.not_empty
        cond.acquire()
        try:
            self._wait_while(cond, lambda: not self._qsize(),
                             block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item
        finally:
            cond.release()

    def get_nowait(self):
        """get() without waiting: Empty if nothing is queued."""
        return self.get(False)

    # -- storage hooks ----------------------------------------------------

    def _init(self, maxsize):
        self.queue = deque()

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _qsize(self, len=len):
        return len(self.queue)


class PriorityQueue(Queue):
    """Hands out the lowest entry first (typically (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item, heappush=heapq.heappush):
        heappush(self.queue, item)

    def _get(self, heappop=heapq.heappop):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Hands out the most recently added entry first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()
