# The built-in SHA-2 modules (_sha256, _sha512) at the padding boundaries,
# with copy() and incremental updates; 64-bit carries in SHA-512 come from
# inputs whose words are all ones.
import _sha256
import _sha512

cases = ['', 'abc', '\xff' * 111, '\xff' * 112, '\xff' * 127, '\xff' * 128,
         '\x00' * 55, '\x00' * 56, ''.join(chr(i) for i in range(256)) * 3]
print _sha256.sha256().digestsize, _sha512.sha384().digestsize
for ctor in (_sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512):
    for data in cases:
        h = ctor(data)
        print h.name, len(data), h.digest_size, h.block_size, h.hexdigest()
    h = ctor()
    for chunk in ('a' * 63, 'b', 'c' * 200):
        h.update(chunk)
    c = h.copy()
    c.update('tail')
    print h.name, 'incremental', h.hexdigest()[:32], c.hexdigest()[:32]
print _sha512.sha512('a' * 20000).hexdigest()
