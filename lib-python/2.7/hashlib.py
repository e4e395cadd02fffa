"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384 and
sha512 constructors, new(name, string=''), pbkdf2_hmac.  OpenSSL's
implementations (_hashlib) are used when present, the pure-Python modules
_md5, _sha, _sha256 and _sha512 otherwise.

    >>> import hashlib
    >>> hashlib.sha256('Nobody inspects the spammish repetition').hexdigest()

Each constructor takes an optional initial string; the hash objects have
update(), digest(), hexdigest() and copy(), and the attributes name,
digest_size and block_size."""

algorithms = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')
algorithms_guaranteed = set(algorithms)
algorithms_available = set(algorithms)

__all__ = algorithms + ('new', 'algorithms_guaranteed', 'algorithms_available',
                        'algorithms', 'pbkdf2_hmac')

# name -> (module of the pure-Python implementation, its constructor)
_BUILTIN = {
    'md5': ('_md5', 'new'), 'MD5': ('_md5', 'new'),
    'sha1': ('_sha', 'new'), 'SHA1': ('_sha', 'new'),
    'sha224': ('_sha256', 'sha224'), 'SHA224': ('_sha256', 'sha224'),
    'sha256': ('_sha256', 'sha256'), 'SHA256': ('_sha256', 'sha256'),
    'sha384': ('_sha512', 'sha384'), 'SHA384': ('_sha512', 'sha384'),
    'sha512': ('_sha512', 'sha512'), 'SHA512': ('_sha512', 'sha512'),
}


def _builtin_constructor(name):
    """The pure-Python constructor for name (ValueError if there is none
    or its module cannot be imported)."""
    if not isinstance(name, basestring):
        raise TypeError("unsupported hash type name: %r" % (name,))
    where = _BUILTIN.get(name)
    if where is not None:
        try:
            module = __import__(where[0])
        except ImportError:
            pass
        else:
            return getattr(module, where[1])
    raise ValueError('unsupported hash type ' + name)

# test_hashlib looks this name up in the module's dict.
globals()['__get_builtin_constructor'] = _builtin_constructor

try:
    import _hashlib
except ImportError:
    _hashlib = None


def _best_constructor(name):
    """OpenSSL's constructor when it works, else the pure-Python one."""
    if _hashlib is not None:
        ctor = getattr(_hashlib, 'openssl_' + name, None)
        if ctor is not None:
            try:
                ctor()
                return ctor
            except ValueError:
                pass
    return _builtin_constructor(name)


def new(name, string=''):
    """new(name, string='') - Return a new hashing object using the named
    algorithm; optionally initialized with a string."""
    if _hashlib is not None:
        try:
            return _hashlib.new(name, string)
        except ValueError:
            pass    # OpenSSL does not have it: maybe Python does
    return _builtin_constructor(name)(string)


md5 = _best_constructor('md5')
sha1 = _best_constructor('sha1')
sha224 = _best_constructor('sha224')
sha256 = _best_constructor('sha256')
sha384 = _best_constructor('sha384')
sha512 = _best_constructor('sha512')

if _hashlib is not None:
    algorithms_available = algorithms_available | set(_hashlib.openssl_md_meth_names)


def _pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    the pseudorandom function (pure Python)."""
    import hmac
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    if iterations < 1:
        raise ValueError(iterations)
    base = hmac.new(password, None, lambda s='': new(hash_name, s))
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
        block = ('%0*x' % (len(u) * 2, acc)).decode('hex')
        blocks.append(block)
        total += len(block)
        index += 1
    return ''.join(blocks)[:dklen]

if _hashlib is not None and hasattr(_hashlib, 'pbkdf2_hmac'):
    pbkdf2_hmac = _hashlib.pbkdf2_hmac
else:
    pbkdf2_hmac = _pbkdf2_hmac

# The constructors are C functions in 2.7: stored as class attributes they
# stay plain functions (wheel keeps hashlib.sha256 on a class, for one).
try:
    from __pypy__ import builtinify as _builtinify
except ImportError:
    pass
else:
    # (new() is a Python function in 2.7 and binds like one)
    md5, sha1, sha224, sha256, sha384, sha512 = [
        _builtinify(f) for f in (md5, sha1, sha224, sha256, sha384, sha512)]
    if pbkdf2_hmac is not _pbkdf2_hmac:
        pbkdf2_hmac = _builtinify(pbkdf2_hmac)
