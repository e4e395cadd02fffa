"""Thread-level connections: both ends of a Pipe are a pair of Queues."""

from Queue import Queue

__all__ = ['Client', 'Listener', 'Pipe']

families = ['AF_INET']


class Connection(object):

    def __init__(self, inbox, outbox):
        self._inbox = inbox
        self._outbox = outbox
        self.send = self.send_bytes = outbox.put
        self.recv = self.recv_bytes = inbox.get

    def poll(self, timeout=0.0):
        if self._inbox.qsize() > 0:
            return True
        if timeout is not None and timeout <= 0:
            return False
        # Wait for an item, then push it back to the front.
        with self._inbox.not_empty:
            if timeout is None:
                while not self._inbox.qsize():
                    self._inbox.not_empty.wait()
            else:
                self._inbox.not_empty.wait(timeout)
            return self._inbox.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    a, b = Queue(), Queue()
    return Connection(a, b), Connection(b, a)


class Listener(object):
    """Accepts connections made by Client(address) in the same process."""

    def __init__(self, address=None, family=None, backlog=1):
        self._backlog = Queue(backlog)
        self.address = self
        _listeners[id(self)] = self

    def accept(self):
        return Connection(*self._backlog.get())

    def close(self):
        _listeners.pop(id(self), None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


_listeners = {}


def Client(address):
    a, b = Queue(), Queue()
    address._backlog.put((b, a))
    return Connection(a, b)
