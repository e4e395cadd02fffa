# _random.Random: seeding (ints, longs, negatives, hashables), state, jumpahead, getrandbits
import _random
for seed in [0, 1, 12345, -12345, 2 ** 32, 2 ** 40 + 7, 2 ** 100 - 1, -(2 ** 70), 1L, True, 'abc', (1, 2), 3.5, -1.5]:
    r = _random.Random(seed)
    print repr(seed), [repr(r.random()) for _ in range(3)]
r = _random.Random()
r.seed(42)
print repr(r.random()), type(r.getrandbits(8)).__name__, [r.getrandbits(k) for k in (1, 5, 31, 32, 33, 64, 65, 100)]
st = r.getstate()
print len(st), type(st[0]).__name__, st[-1], st[:3]
a = [r.random() for _ in range(5)]
r.setstate(st)
print a == [r.random() for _ in range(5)]
for n in [0, 1, 5, 1000, 2 ** 70, -3]:
    r = _random.Random(7)
    r.jumpahead(n)
    print n, repr(r.random()), r.getstate()[-1], r.getstate()[620:623]
big = _random.Random(3)
big.jumpahead(12345678901234567890123456789)
print [big.getrandbits(40) for _ in range(3)]
for bad in ['r.getrandbits(0)', 'r.getrandbits(-1)', 'r.setstate((1, 2))', 'r.setstate([0] * 625)',
            'r.setstate((0,) * 624 + (625,))', 'r.setstate((-1,) + (0,) * 624)', 'r.jumpahead(1.5)',
            '_random.Random(1, 2)']:
    try:
        eval(bad)
        print bad, 'ok'
    except Exception as e:
        print bad, type(e).__name__, e
r.setstate((0,) * 624 + (624,))
print repr(r.random())
class Sub(_random.Random):
    def __init__(self, x):
        self.extra = x
s = Sub(5)
print s.extra, repr(s.random()), isinstance(s, _random.Random)
s.seed(5)
print repr(s.random())
s.seed(None)
print 0.0 <= s.random() < 1.0
