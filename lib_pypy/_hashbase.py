"""The Merkle-Damgard frame shared by the pure-Python MD5 and SHA modules:
buffering into blocks, the length padding, copy() and the hex digest.
Subclasses give the block compression and the initial state."""


def _data(arg):
    if isinstance(arg, str):
        return arg
    if isinstance(arg, unicode):
        return arg.encode('ascii')
    if isinstance(arg, (buffer, bytearray)):
        return str(arg)
    if isinstance(arg, memoryview):
        return arg.tobytes()
    if hasattr(arg, 'typecode') and hasattr(arg, 'tostring'):
        return arg.tostring()       # array.array has the buffer interface
    raise TypeError("must be string or buffer, not %s" % type(arg).__name__)


class HashBase(object):
    block_size = 64
    digest_size = 16
    name = ''
    _lenbytes = 8           # size of the message-length field in the padding
    _little = False         # byte order of the words and the length field

    def __new__(cls, arg=None):
        self = object.__new__(cls)
        self._state = list(self._initial)
        self._pending = ''
        self._count = 0     # bytes hashed so far
        if arg is not None:
            self.update(arg)
        return self

    # like 2.7's C hash objects, __init__ takes any arguments and ignores them
    def __init__(self, *args, **kwargs):
        pass

    @property
    def digestsize(self):
        """The size of the digest in bytes (2.7's older spelling)."""
        return self.digest_size

    def update(self, arg):
        """Update this hash object's state with the provided string."""
        data = _data(arg)
        self._count += len(data)
        if self._pending:
            data = self._pending + data
        bs = self.block_size
        n = len(data) - len(data) % bs
        for i in range(0, n, bs):
            self._compress(self._state, data[i:i + bs])
        self._pending = data[n:]

    def copy(self):
        """Return a copy of the hash object."""
        other = self.__class__.__new__(self.__class__)
        other._state = list(self._state)
        other._pending = self._pending
        other._count = self._count
        return other

    def digest(self):
        """Return the digest value as a string of binary data."""
        state = list(self._state)
        bs = self.block_size
        bitlen = self._count * 8
        tail = self._pending + '\x80'
        tail += '\x00' * ((bs - self._lenbytes - len(tail)) % bs)
        lenfield = _pack_int(bitlen, self._lenbytes)
        if self._little:
            lenfield = lenfield[::-1]
        tail += lenfield
        for i in range(0, len(tail), bs):
            self._compress(state, tail[i:i + bs])
        return self._output(state)[:self.digest_size]

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return ''.join(['%02x' % ord(c) for c in self.digest()])


def _pack_int(v, n):
    """v as n big-endian bytes."""
    return ''.join([chr((v >> (8 * (n - 1 - k))) & 0xff) for k in range(n)])


def words_be(block, wordsize):
    """The big-endian words of a block."""
    out = []
    for i in range(0, len(block), wordsize):
        v = 0
        for c in block[i:i + wordsize]:
            v = (v << 8) | ord(c)
        out.append(v)
    return out


def output_be(state, wordsize):
    return ''.join([_pack_int(w, wordsize) for w in state])
