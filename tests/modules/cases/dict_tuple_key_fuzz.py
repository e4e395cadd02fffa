# Random inserts, lookups, pops and deletions on dicts and sets whose keys
# mix exact str/int tuples (flat keys) with longs, floats, bools, unicode and
# nested tuples: contents, membership and 2.7's iteration order.
import random
r = random.Random(777)
atoms = ['', 'a', 'ab', 'abc', 'x' * 260, 0, 1, -1, 2**40, -2**63, 1L, 1.0, u'a', u'ab', True, (1, 'a')]
def key():
    if r.randrange(6) == 0:
        return r.choice(atoms)
    return tuple(r.choice(atoms) for _ in range(r.randrange(4)))
for trial in range(8):
    d = {}
    s = set()
    seen = []
    for op in range(200):
        k = key()
        c = r.randrange(10)
        if c < 4:
            d[k] = op
            s.add(k)
        elif c < 6:
            seen.append(d.get(k, -1))
            seen.append(int(k in s))
        elif c < 7:
            d.pop(k, None)
            s.discard(k)
        elif c < 8:
            seen.append(d.setdefault(k, op))
        elif c < 9 and d:
            del d[r.choice(list(d))]
        else:
            seen.append(int(k in d))
    print len(d), len(s), sum(seen), seen[:40]
    print repr(d.keys())[:600]
    print d == dict(d.items()), sorted(map(repr, s))[:8]
