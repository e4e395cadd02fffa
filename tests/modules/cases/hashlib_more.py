import hashlib, hmac
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = hashlib.new(name.upper())
    for n in [55, 56, 63, 64, 111, 112, 119, 120, 127, 128, 129]:
        h2 = hashlib.new(name, 'q' * n)
        print name, n, h2.hexdigest()[:24]
    print name, h.digest_size, h.block_size, hashlib.new(name, buffer('xyz')).hexdigest() == hashlib.new(name, 'xyz').hexdigest()
print hashlib.pbkdf2_hmac('sha1', 'password', 'salt', 2, 20).encode('hex')
print hashlib.pbkdf2_hmac('sha256', 'pw', 'NaCl', 3).encode('hex')
print hashlib.pbkdf2_hmac('md5', 'pw', 'salt', 1, 40).encode('hex')
try:
    hashlib.new('nope')
except ValueError as e:
    print e
print hmac.new('key', 'msg', hashlib.sha384).hexdigest()
print hmac.new('k' * 129, 'msg', hashlib.sha512).hexdigest()
print hmac.compare_digest(bytearray('ab'), 'ab'), hmac.compare_digest('', '')
try:
    hmac.compare_digest(u'\xe9', u'\xe9')
except TypeError as e:
    print 'TypeError', e
