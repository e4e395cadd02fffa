# md5 and sha: the deprecated wrappers over hashlib
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import md5
    import sha
print [str(x.message) for x in w], [x.category.__name__ for x in w]
print md5.new('abc').hexdigest(), md5.md5().hexdigest(), md5.digest_size, md5.blocksize
m = md5.new()
m.update('a')
m2 = m.copy()
m2.update('bc')
print m.hexdigest(), m2.hexdigest(), len(m.digest())
print sha.new('abc').hexdigest(), sha.sha('').hexdigest(), sha.digest_size, sha.digestsize, sha.blocksize
