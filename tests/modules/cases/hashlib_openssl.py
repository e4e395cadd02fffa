# _hashlib's openssl_* constructors and new(), HASH objects (update,
# digest, hexdigest, copy and attributes), the accepted argument types,
# pbkdf2_hmac, and hashlib built on them.  (The reference 2.7.18 here
# has no _hashlib: hashlib's own constructors stand in for it there.)
import array
import hashlib


class _Fallback(object):
    new = staticmethod(hashlib.new)
    pbkdf2_hmac = staticmethod(hashlib.pbkdf2_hmac)

    def __getattr__(self, name):
        return getattr(hashlib, name[len('openssl_'):])

try:
    import _hashlib
except ImportError:
    _hashlib = _Fallback()

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(_hashlib, 'openssl_' + name)
    h = ctor('abc')
    print h.name.lower(), h.digest_size, h.block_size, h.hexdigest()
    h2 = h.copy()
    h.update('def')
    print h.hexdigest() == ctor('abcdef').hexdigest(), h2.hexdigest() == ctor('abc').hexdigest()
    print _hashlib.new(name, 'abc').digest() == ctor('abc').digest(), getattr(hashlib, name)('abc').hexdigest() == h2.hexdigest()
print 'sha256' in hashlib.algorithms_available
print sorted(hashlib.algorithms_guaranteed), hashlib.algorithms
for data in [u'spam', buffer('spam'), bytearray('spam'), memoryview('spam'), array.array('c', 'spam')]:
    print type(data).__name__, _hashlib.openssl_sha1(data).hexdigest() == hashlib.sha1('spam').hexdigest()
for bad in [1, None, [1]]:
    try:
        _hashlib.openssl_md5(bad)
    except TypeError as e:
        print 'TypeError'
try:
    hashlib.new('no-such-digest')
except ValueError as e:
    print 'ValueError', e
try:
    hashlib.new(1)
except TypeError as e:
    print 'TypeError'
try:
    _hashlib.openssl_md5(u'caf\xe9')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError'
h = hashlib.sha256()
for i in range(1000):
    h.update(str(i))
print h.hexdigest()
print hashlib.md5('a' * 100000).hexdigest()
print hashlib.pbkdf2_hmac('sha1', 'password', 'salt', 1).encode('hex')
print hashlib.pbkdf2_hmac('sha256', 'password', 'salt', 4096, 16).encode('hex')
print _hashlib.pbkdf2_hmac('sha512', 'pass\x00word', 'sa\x00lt', 10, 64).encode('hex')[:32]
for args in [('sha1', 'p', 's', 0), ('sha1', 'p', 's', 1, 0), ('nonsense', 'p', 's', 1)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except ValueError as e:
        print 'ValueError'
import hmac
print hmac.new('key', 'msg', hashlib.sha256).hexdigest()
print hashlib.new(u'sha256', 'x').hexdigest() == hashlib.sha256('x').hexdigest()
