# hashlib's constructors are built-in functions: kept on a class, they are
# not bound as methods (2.7 code relies on this).
import hashlib


class Hasher(object):
    algo = hashlib.sha256
    make = hashlib.new          # a Python function in 2.7: this one binds

    def digest(self, data):
        return self.algo(data).hexdigest()

    def named(self, data):
        try:
            return self.make('md5', data).hexdigest()
        except TypeError:
            return 'bound'


h = Hasher()
print h.digest('abc')
print h.named('abc')
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
    print name, type(getattr(hashlib, name)).__name__
print len(hashlib.pbkdf2_hmac('sha1', 'pw', 'salt', 2))
