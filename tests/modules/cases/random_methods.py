# Every Random and WichmannHill method after seeding: the sequences must be
# those of CPython 2.7; also state round trips and error messages
import random
import pickle
from random import Random, WichmannHill


def draws(r):
    out = [[r.random() for i in range(3)]]
    out.append([r.randrange(10), r.randrange(3, 100), r.randrange(-5, 50, 7),
                r.randrange(100, 0, -3), r.randint(1, 6), r.randrange(10L ** 20),
                r.randrange(5, 10L ** 30, 3)])
    out.append([r.choice('abcdefg'), r.sample(range(100), 10), r.sample(xrange(100000), 5),
                r.sample(set('abcdef'), 3), r.sample(dict.fromkeys(range(30)), 4)])
    l = range(20)
    r.shuffle(l)
    out.append(l)
    l = range(20)
    r.shuffle(l, lambda: 0.3)
    out.append(l)
    out.append([r.uniform(1, 5), r.triangular(), r.triangular(0, 10, 2), r.triangular(3, 3, 3),
                r.triangular(0, 1, 0.9)])
    out.append([r.normalvariate(1, 2), r.lognormvariate(0, 1), r.expovariate(2)])
    out.append([r.vonmisesvariate(1, 0), r.vonmisesvariate(1, 4), r.vonmisesvariate(0.5, 0.5)])
    out.append([r.gammavariate(0.5, 1), r.gammavariate(1.0, 2), r.gammavariate(3, 2),
                r.betavariate(2, 3), r.betavariate(0.3, 0.5)])
    out.append([r.gauss(0, 1), r.gauss(0, 1), r.gauss(5, 2), r.paretovariate(3),
                r.weibullvariate(1, 2)])
    return out


for seed in (1, 12345678901234567890, 'hello', 3.5):
    r = Random(seed)
    print seed, draws(r), r.getrandbits(70)
    state = r.getstate()
    first = r.random()
    r.setstate(state)
    print first == r.random()
    r.jumpahead(5)
    print r.random()
    w = WichmannHill(seed)
    print draws(w), w.getstate()
    w.jumpahead(7)
    print w.random()
    w.whseed(seed)
    print w.random(), w.getstate()

random.seed(7)
print random.random(), random.randint(1, 10), random.choice([1, 2, 3]), random.gauss(0, 1)
print pickle.loads(pickle.dumps(r)).random() == r.random()
r = Random(3)
words = r.getstate()[1]
r.setstate((2, tuple(x - 2 ** 32 if x > 2 ** 31 else x for x in words), None))
print r.random()

R = Random(0)
S = random.SystemRandom(0)
W = WichmannHill(0)
for bad in [lambda: R.randrange(0), lambda: R.randrange(1.5),
            lambda: R.randrange(1, 1), lambda: R.randrange(1, 2.5),
            lambda: R.randrange(1, 10, 0), lambda: R.randrange(1, 10, 1.5),
            lambda: R.randrange(10, 1, 2), lambda: R.sample([1], 2),
            lambda: R.gammavariate(0, 1), lambda: R.setstate((9, (), None)),
            lambda: W.setstate((3, (), None)), lambda: W.jumpahead(-1),
            lambda: W._WichmannHill__whseed(1.0),
            lambda: W._WichmannHill__whseed(1, 2, 300),
            lambda: S.getstate(), lambda: S.getrandbits(0),
            lambda: S.getrandbits(1.5), lambda: R.choice([])]:
    try:
        print bad()
    except Exception as e:
        print type(e).__name__, e
s = S
print 0 <= s.random() < 1, s.getrandbits(10) < 1024, s.seed(3), s.jumpahead(4)
print random.__all__
print [n for n in random.__all__ if not hasattr(random, n)]
