"""A generally useful event scheduler class.

A scheduler is built with two functions: one telling the time and one
waiting for a given amount of it (in whatever unit the first uses).  Events
are kept in a heap ordered by time, then priority; `run` executes them in
that order, sleeping in between.
"""

import heapq
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, action, argument')


class scheduler:

    def __init__(self, timefunc, delayfunc):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc

    def enterabs(self, time, priority, action, argument):
        """Schedule ACTION(*ARGUMENT) at absolute TIME; the event returned
        can be passed to cancel()."""
        event = Event(time, priority, action, argument)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument):
        """Schedule ACTION(*ARGUMENT) DELAY time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument)

    def cancel(self, event):
        """Remove EVENT from the queue (ValueError when it is not queued)."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    def run(self):
        """Run events until the queue is empty.  An exception raised by an
        action propagates and leaves the remaining events queued."""
        queue = self._queue
        while queue:
            head = queue[0]
            now = self.timefunc()
            if now < head.time:
                self.delayfunc(head.time - now)
                continue
            # the head may have been cancelled while we slept
            popped = heapq.heappop(queue)
            if popped is not head:
                heapq.heappush(queue, popped)
                continue
            head.action(*head.argument)
            # give other threads a chance to run
            self.delayfunc(0)

    @property
    def queue(self):
        """The pending events, earliest first (a sorted copy)."""
        pending = self._queue[:]
        return [heapq.heappop(pending) for _ in range(len(pending))]
