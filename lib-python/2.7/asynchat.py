# -*- Mode: Python -*-
"""Command/response protocols over asyncore.

async_chat splits its input at a terminator (a string such as "\\r\\n",
a byte count, or None for "everything") and calls found_terminator()
after handing the data before it to collect_incoming_data().  Output is
a queue of strings and producers (objects with a more() method) that is
sent as the socket accepts it; push() and push_with_producer() add to
it, close_when_done() closes the channel once it is sent.
"""

import asyncore
import errno
import socket
from collections import deque


_WOULD_BLOCK = frozenset((errno.EAGAIN, errno.EALREADY, errno.EINPROGRESS,
                          errno.EWOULDBLOCK))


class async_chat(asyncore.dispatcher):
    """An asyncore channel with line (or record) oriented input and
    queued output.  Subclasses define collect_incoming_data() and
    found_terminator()."""

    # bytes read, and sent, per socket call
    ac_in_buffer_size = 4096
    ac_out_buffer_size = 4096

    def __init__(self, sock=None, map=None):
        # input received but not yet split at the terminator
        self.ac_in_buffer = ''
        # the pieces _collect_incoming_data gathers for _get_data
        self.incoming = []
        # output: strings, producers, and None for "close now"
        self.producer_fifo = deque()
        asyncore.dispatcher.__init__(self, sock, map)

    def collect_incoming_data(self, data):
        raise NotImplementedError("must be implemented in subclass")

    def _collect_incoming_data(self, data):
        self.incoming.append(data)

    def _get_data(self):
        joined = ''.join(self.incoming)
        self.incoming = []
        return joined

    def found_terminator(self):
        raise NotImplementedError("must be implemented in subclass")

    def set_terminator(self, term):
        """TERM: a string ending each record, an integer count of bytes,
        or None to take all data as it comes."""
        self.terminator = term

    def get_terminator(self):
        return self.terminator

    def handle_read(self):
        try:
            data = self.recv(self.ac_in_buffer_size)
        except socket.error as why:
            # a spurious wakeup of a non-blocking socket is not an error
            if why.args[0] not in _WOULD_BLOCK:
                self.handle_error()
            return
        self.ac_in_buffer += data
        # the terminator may change with every record found
        while self.ac_in_buffer:
            if not self._split_once():
                break

    def _split_once(self):
        """Consume the input buffer up to the next terminator; False when
        the rest must wait for more data."""
        buf = self.ac_in_buffer
        term = self.get_terminator()
        if not term:
            self.ac_in_buffer = ''
            self.collect_incoming_data(buf)
            return True
        if isinstance(term, (int, long)):
            if len(buf) < term:
                # all of it belongs to the record; count down the rest
                self.ac_in_buffer = ''
                self.collect_incoming_data(buf)
                self.terminator = term - len(buf)
                return True
            self.ac_in_buffer = buf[term:]
            self.collect_incoming_data(buf[:term])
            self.terminator = 0
            self.found_terminator()
            return True
        at = buf.find(term)
        if at >= 0:
            if at > 0:
                self.collect_incoming_data(buf[:at])
            self.ac_in_buffer = buf[at + len(term):]
            self.found_terminator()
            return True
        # the buffer may end with the beginning of the terminator: keep
        # that part back until more arrives
        partial = find_prefix_at_end(buf, term)
        if partial:
            if partial != len(buf):
                self.collect_incoming_data(buf[:-partial])
            self.ac_in_buffer = buf[-partial:]
            return False
        self.ac_in_buffer = ''
        self.collect_incoming_data(buf)
        return True

    def handle_write(self):
        self.initiate_send()

    def handle_close(self):
        self.close()

    def push(self, data):
        """Queue the string DATA for sending."""
        size = self.ac_out_buffer_size
        if len(data) <= size:
            self.producer_fifo.append(data)
        else:
            for start in xrange(0, len(data), size):
                self.producer_fifo.append(data[start:start + size])
        self.initiate_send()

    def push_with_producer(self, producer):
        """Queue PRODUCER: its more() is called for data until it returns
        an empty string."""
        self.producer_fifo.append(producer)
        self.initiate_send()

    def readable(self):
        return 1

    def writable(self):
        return self.producer_fifo or (not self.connected)

    def close_when_done(self):
        """Close the channel once the queued output is sent."""
        self.producer_fifo.append(None)

    def initiate_send(self):
        """Send from the head of the output queue as much as the socket
        takes at once."""
        fifo = self.producer_fifo
        while fifo and self.connected:
            head = fifo[0]
            if head is None:
                fifo.popleft()
                self.handle_close()
                return
            if not head and _is_string(head):
                fifo.popleft()
                continue
            limit = self.ac_out_buffer_size
            if _is_string(head):
                chunk = buffer(head, 0, limit)
            else:
                # a producer: its next piece goes in front of it
                piece = head.more()
                if piece:
                    fifo.appendleft(piece)
                else:
                    fifo.popleft()
                continue
            try:
                sent = self.send(chunk)
            except socket.error:
                self.handle_error()
                return
            if sent:
                if sent < len(chunk) or limit < len(head):
                    fifo[0] = head[sent:]
                else:
                    fifo.popleft()
            # one send per call: the loop calls again when writable
            return

    def discard_buffers(self):
        """Forget all pending input and output."""
        self.ac_in_buffer = ''
        del self.incoming[:]
        self.producer_fifo.clear()


def _is_string(obj):
    try:
        buffer(obj, 0, 0)
    except TypeError:
        return False
    return True


class simple_producer:
    """A producer handing out DATA in pieces of BUFFER_SIZE bytes."""

    def __init__(self, data, buffer_size=512):
        self.data = data
        self.buffer_size = buffer_size

    def more(self):
        piece = self.data[:self.buffer_size]
        self.data = self.data[self.buffer_size:]
        return piece


class fifo:
    """A first-in first-out queue (kept for old code; use a deque)."""

    def __init__(self, list=None):
        self.list = deque(list) if list else deque()

    def __len__(self):
        return len(self.list)

    def is_empty(self):
        return not self.list

    def first(self):
        return self.list[0]

    def push(self, data):
        self.list.append(data)

    def pop(self):
        """(1, oldest item), removing it, or (0, None) when empty."""
        if not self.list:
            return (0, None)
        return (1, self.list.popleft())


def find_prefix_at_end(haystack, needle):
    """The length of the longest proper prefix of NEEDLE that HAYSTACK
    ends with (0 if none)."""
    n = len(needle) - 1
    while n and not haystack.endswith(needle[:n]):
        n -= 1
    return n
