"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384 and
sha512 constructors, new(name, string=''), pbkdf2_hmac.

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

_CONSTRUCTORS = {
    'md5': _md5.md5,
    'sha1': _sha.sha,
    'sha224': _sha256.sha224,
    'sha256': _sha256.sha256,
    'sha384': _sha512.sha384,
    'sha512': _sha512.sha512,
}


def md5(string=''):
    return _md5.md5(string)


def sha1(string=''):
    return _sha.sha(string)


def sha224(string=''):
    return _sha256.sha224(string)


def sha256(string=''):
    return _sha256.sha256(string)


def sha384(string=''):
    return _sha512.sha384(string)


def sha512(string=''):
    return _sha512.sha512(string)


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
