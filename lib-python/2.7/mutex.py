"""A lock whose acquirers queue up functions instead of blocking.

`lock(function, argument)` calls function(argument) at once when the mutex
is free, otherwise queues the call; `unlock` hands the mutex to the oldest
queued call or frees it.  Deprecated since 2.6 and gone in Python 3.
"""

from collections import deque
import warnings as _warnings

_warnings.warnpy3k("the mutex module has been removed in Python 3.0",
                   stacklevel=2)


class mutex:

    def __init__(self):
        self.locked = False
        self.queue = deque()

    def test(self):
        """Whether the mutex is held."""
        return self.locked

    def testandset(self):
        """Take the mutex if it is free; True when this call took it."""
        if self.locked:
            return False
        self.locked = True
        return True

    def lock(self, function, argument):
        """Call function(argument) now if the mutex could be taken, or
        queue the call until an unlock."""
        if self.testandset():
            function(argument)
        else:
            self.queue.append((function, argument))

    def unlock(self):
        """Run the next queued call (keeping the mutex held) or free it."""
        if not self.queue:
            self.locked = False
            return
        function, argument = self.queue.popleft()
        function(argument)
