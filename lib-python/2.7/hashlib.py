"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384 and
sha512 constructors, new(name, string=''), pbkdf2_hmac.  OpenSSL's
implementations (_hashlib) are used when present, the pure-Python modules
_md5, _sha, _sha256 and _sha512 otherwise.

    >>> import hashlib
    >>> hashlib.sha256('Nobody inspects the spammish repetition').hexdigest()

Each constructor takes an optional initial string; the hash objects have
update(), digest(), hexdigest() and copy(), and the attributes name,
digest_size and block_size."""

import _md5
import _sha
import _sha256
import _sha512

algorithms_guaranteed = set(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'))
algorithms_available = set(algorithms_guaranteed)
algorithms = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')

__all__ = algorithms + ('new', 'algorithms_guaranteed', 'algorithms_available',
                        'algorithms', 'pbkdf2_hmac')

try:
    import _hashlib
except ImportError:
    _hashlib = None


def _data(arg):
    if isinstance(arg, str):
        return arg
    if isinstance(arg, unicode):
        return arg.encode('ascii')
    if isinstance(arg, (buffer, bytearray)):
        return str(arg)
    if isinstance(arg, memoryview):
        return arg.tobytes()
    raise TypeError("must be string or buffer, not %s" % type(arg).__name__)


class HASH(object):
    """A hash object computed by OpenSSL (update, digest, hexdigest, copy;
    name, digest_size, block_size)."""

    def __init__(self, name, md, digest_size, block_size, ctx):
        self.name = name
        self._md = md
        self.digest_size = digest_size
        self.block_size = block_size
        self._ctx = ctx

    def __repr__(self):
        return "<%s HASH object @ 0x%x>" % (self.name, id(self))

    def update(self, arg):
        """Update this hash object's state with the provided string."""
        _hashlib.update(self._ctx, _data(arg))

    def digest(self):
        """Return the digest value as a string of binary data."""
        return _hashlib.digest(self._ctx, self.digest_size)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().encode('hex')

    def copy(self):
        """Return a copy of the hash object."""
        return HASH(self.name, self._md, self.digest_size, self.block_size,
                    _hashlib.copy(self._ctx))


def _openssl_constructor(name, fallback):
    """A constructor using OpenSSL for name when it knows it, else the
    pure-Python fallback."""
    if _hashlib is None:
        return fallback
    md, digest_size, block_size = _hashlib.find(name)
    if not md:
        return fallback

    def construct(string=''):
        data = _data(string)
        h = HASH(name, md, digest_size, block_size, _hashlib.new(md))
        if data:
            h.update(data)
        return h
    construct.__name__ = 'openssl_' + name
    return construct


_CONSTRUCTORS = {
    'md5': _openssl_constructor('md5', _md5.md5),
    'sha1': _openssl_constructor('sha1', _sha.sha),
    'sha224': _openssl_constructor('sha224', _sha256.sha224),
    'sha256': _openssl_constructor('sha256', _sha256.sha256),
    'sha384': _openssl_constructor('sha384', _sha512.sha384),
    'sha512': _openssl_constructor('sha512', _sha512.sha512),
}


def md5(string=''):
    return _CONSTRUCTORS['md5'](string)


def sha1(string=''):
    return _CONSTRUCTORS['sha1'](string)


def sha224(string=''):
    return _CONSTRUCTORS['sha224'](string)


def sha256(string=''):
    return _CONSTRUCTORS['sha256'](string)


def sha384(string=''):
    return _CONSTRUCTORS['sha384'](string)


def sha512(string=''):
    return _CONSTRUCTORS['sha512'](string)


def new(name, string=''):
    """new(name, string='') - Return a new hashing object using the named
    algorithm; optionally initialized with a string."""
    if not isinstance(name, basestring):
        raise TypeError("new() argument 1 must be string, not %s" % type(name).__name__)
    ctor = _CONSTRUCTORS.get(name.lower())
    if ctor is None:
        raise ValueError('unsupported hash type ' + name)
    return ctor(string)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    the pseudorandom function."""
    import hmac
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    ctor = _CONSTRUCTORS.get(hash_name.lower())
    if ctor is None:
        raise ValueError('unsupported hash type ' + hash_name)
    if iterations < 1:
        raise ValueError(iterations)
    base = hmac.new(password, None, ctor)
    if dklen is None:
        dklen = base.digest_size
    if dklen < 1:
        raise ValueError(dklen)
    blocks = []
    total = 0
    index = 1
    while total < dklen:
        h = base.copy()
        h.update(salt + chr((index >> 24) & 0xff) + chr((index >> 16) & 0xff)
                 + chr((index >> 8) & 0xff) + chr(index & 0xff))
        u = h.digest()
        acc = int(u.encode('hex'), 16)
        for k in range(iterations - 1):
            h = base.copy()
            h.update(u)
            u = h.digest()
            acc ^= int(u.encode('hex'), 16)
        hexed = '%0*x' % (len(u) * 2, acc)
        block = hexed.decode('hex')
        blocks.append(block)
        total += len(block)
        index += 1
    return ''.join(blocks)[:dklen]
