# uuid: construction from every form, the views, comparisons, errors and
# the name-based and random generators.
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print repr(u), str(u)
print u.hex, u.int, u.urn
print repr(u.bytes), repr(u.bytes_le)
print u.fields, u.time_low, u.time_mid, u.time_hi_version
print u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq
print u.variant, u.version
for kw in [dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields),
           dict(int=u.int), dict(hex='urn:uuid:12345678123456781234567812345678')]:
    print uuid.UUID(**kw) == u,
print
print uuid.UUID(int=0, version=4), uuid.UUID(int=(1 << 128) - 1).variant
print uuid.UUID(int=1 << 127).variant, uuid.UUID(int=0).variant, uuid.UUID(int=0).version
v = uuid.UUID(int=u.int + 1)
print u < v, u > v, u == v, u != v, u <= u, hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int
print sorted([v, u]) == [u, v], u == 'x'
for args, kw in [((), {}), (('abc',), {}), ((), dict(bytes='x')), ((), dict(bytes_le='x' * 15)),
                 ((), dict(fields=(1, 2))), ((), dict(fields=(1 << 32, 0, 0, 0, 0, 0))),
                 ((), dict(fields=(0, 0, 0, 256, 0, 0))), ((), dict(int=-1)),
                 ((), dict(int=1 << 128)), ((), dict(int=0, version=6)),
                 (('0' * 32,), dict(int=0))]:
    try:
        uuid.UUID(*args, **kw)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
try:
    u.node = 1
except TypeError as e:
    print 'TypeError', e
print uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
print uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
print uuid.uuid3(uuid.NAMESPACE_URL, 'http://python.org/'), uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1')
print uuid.NAMESPACE_X500
r = uuid.uuid4()
print r.version, r.variant, r != uuid.uuid4()
t = uuid.uuid1(0x123456789abc, 0x1234)
print t.version, t.variant, hex(t.node), hex(t.clock_seq)
print uuid.uuid1().time < uuid.uuid1().time
node = uuid.getnode()
print 0 < node < (1 << 48), node == uuid.getnode()
print bool(uuid._random_getnode() & (1 << 40))
