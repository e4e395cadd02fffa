# random.py on top of _random: reproducible sequences after seeding, 2.7's algorithms
import random
r = random.Random(2024)
print [r.randrange(10 ** 20) for _ in range(3)], r.randrange(-5, 5, 3), r.randrange(10, 0, -2)
print [r.randint(-3, 3) for _ in range(10)]
print r.sample(set(range(50)), 4), r.sample(xrange(10 ** 6), 3), r.sample(range(200), 10)
print r.sample({'a': 1, 'b': 2, 'c': 3}, 2)
print ['%.12f' % r.gammavariate(a, 2.0) for a in (0.5, 1.0, 3.0)]
print ['%.12f' % r.betavariate(0.5, 0.5) for _ in range(2)], '%.12f' % r.vonmisesvariate(0, 0)
print '%.12f' % r.triangular(), '%.12f' % r.triangular(1, 1), '%.12f' % r.triangular(2, 8, 2)
print ['%.12f' % r.gauss(5, 0.1) for _ in range(3)]
x = list('abcdefghij')
r.shuffle(x, lambda: 0.5)
print x
r.shuffle(x)
print x
for bad in ['r.randrange(0)', 'r.randrange(1.5)', 'r.randrange(1, 2.5)', 'r.randrange(1, 5, 0)',
            'r.randrange(5, 1)', 'r.randrange(1, 5, 1.5)', 'r.randrange(5, 1, 2)', 'r.sample([1], -1)',
            'r.gammavariate(0, 1)', 'r.setstate((9, (), None))', 'r.choice("")']:
    try:
        print bad, eval(bad)
    except Exception as e:
        print bad, type(e).__name__, e
wh = random.WichmannHill(99)
print [repr(wh.random()) for _ in range(3)], wh.getstate()
wh.jumpahead(10)
print repr(wh.random()), [wh.randint(1, 6) for _ in range(5)]
wh.seed('text')
print wh.getstate()
wh.whseed(12345)
print wh.getstate()
random.seed('hello')
print repr(random.random())
random.seed(None)
print 0 <= random.random() < 1
st = random.getstate()
print st[0], len(st[1]), st[2]
print random.Random(5).getstate()[1][:2], random.Random(5).random() == random.Random(5L).random()
