# random: SystemRandom (os.urandom), seeding from urandom, jumpahead (hashes with sha512)
import random
sr = random.SystemRandom()
v = [sr.random() for _ in range(50)]
print all(0 <= x < 1 for x in v), len(set(v)) > 45, all(sr.getrandbits(10) < 1024 for _ in range(20))
print all(1 <= sr.randint(1, 3) <= 3 for _ in range(20)), sorted(sr.sample(range(5), 5)), sr.seed(5), sr.jumpahead(3)
for name in ['getstate', 'setstate']:
    try:
        getattr(sr, name)(None) if name == 'setstate' else sr.getstate()
    except NotImplementedError as e:
        print name, 'NotImplementedError', e
try:
    sr.getrandbits(0)
except ValueError as e:
    print 'ValueError', e
r = random.Random()
r.seed()
a = r.random()
r.seed()
print a != r.random()
for n in [0, 5, -1, 10 ** 30, 'text', (1, 2)]:
    j = random.Random(11)
    j.jumpahead(n)
    print repr(n), repr(j.random()), j.getstate()[1][-1]
w = random.WichmannHill(3)
w.jumpahead(1000)
print w.getstate(), repr(w.random())
