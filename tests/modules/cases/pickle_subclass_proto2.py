import pickle, pickletools

class L(list):
    pass

class D(dict):
    pass

l = L([1, 2])
d = D(a=1)
l2 = L([3])
l2.x = 5
d2 = D()
d2.y = 'z'
for obj in [l, d, l2, d2]:
    for proto in (0, 1, 2):
        s = pickle.dumps(obj, proto)
        print type(obj).__name__, proto, repr(s)
        back = pickle.loads(s)
        print type(back).__name__, back, back.__dict__
    pickletools.dis(pickle.dumps(obj, 2))
r = l2.__reduce_ex__(2)
print r[0].__name__, r[1], r[2], list(r[3]), r[4]
r = d.__reduce_ex__(2)
print r[0].__name__, r[1], r[2], r[3], list(r[4])
