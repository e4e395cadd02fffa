"""HMAC (keyed-hashing for message authentication), RFC 2104."""

trans_5C = ''.join([chr(x ^ 0x5C) for x in range(256)])
trans_36 = ''.join([chr(x ^ 0x36) for x in range(256)])

# the size of the digests produced by HMAC; None: any size
digest_size = None


class HMAC(object):
    """RFC 2104 HMAC class; also the hash-object interface (update, digest,
    hexdigest, copy)."""
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=None):
        """key: the secret key; msg: initial input; digestmod: a hash
        constructor or a module with new() (default: hashlib.md5)."""
        if digestmod is None:
            import hashlib
            digestmod = hashlib.md5
        if callable(digestmod):
            self.digest_cons = digestmod
        else:
            self.digest_cons = digestmod.new
        self.outer = self.digest_cons()
        self.inner = self.digest_cons()
        self.digest_size = self.inner.digest_size
        blocksize = getattr(self.inner, 'block_size', None)
        if blocksize is None or blocksize < 16:
            import warnings
            if blocksize is None:
                warnings.warn('No block_size attribute on given digest object; '
                              'Assuming %d.' % self.blocksize, RuntimeWarning, 2)
            else:
                warnings.warn('block_size of %d seems too small; using our '
                              'default of %d.' % (blocksize, self.blocksize),
                              RuntimeWarning, 2)
            blocksize = self.blocksize
        self.block_size = blocksize
        if isinstance(key, unicode):
            key = key.encode('ascii')
        if len(key) > blocksize:
            key = self.digest_cons(key).digest()
        key = key + '\x00' * (blocksize - len(key))
        self.outer.update(key.translate(trans_5C))
        self.inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    def update(self, msg):
        """Update this hashing object with the string msg."""
        self.inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_cons = self.digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other.inner = self.inner.copy()
        other.outer = self.outer.copy()
        return other

    def _current(self):
        h = self.outer.copy()
        h.update(self.inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object (a string of bytes);
        the object stays usable."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but as a string of hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=None):
    """Create a new hashing object and return it (see HMAC)."""
    return HMAC(key, msg, digestmod)


def compare_digest(a, b):
    """compare_digest(a, b) -> bool: a == b in time that depends on the
    length of the inputs only, against timing attacks."""
    if isinstance(a, unicode) and isinstance(b, unicode):
        a = a.encode('utf-8')
        b = b.encode('utf-8')
    elif not (isinstance(a, (str, bytearray)) and isinstance(b, (str, bytearray))):
        raise TypeError("unsupported operand types(s) or combination of types: "
                        "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
    a = str(a)
    b = str(b)
    result = 0 if len(a) == len(b) else 1
    if result:
        b = a
    for x, y in zip(a, b):
        result |= ord(x) ^ ord(y)
    return result == 0
