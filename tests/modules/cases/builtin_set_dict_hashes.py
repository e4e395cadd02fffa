# sets and dicts built from each other reuse the stored hashes (2.7 does
# not call __hash__ again); a dict emptied by __eq__ during an update is safe
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)

n = 10
d = dict.fromkeys(map(HashCountingInt, xrange(n)))
print sum(elem.hash_count for elem in d)
for thetype in (set, frozenset):
    s = thetype(d)
    print sum(elem.hash_count for elem in d)
    s.difference(d)
    print sum(elem.hash_count for elem in d)
    if hasattr(s, 'symmetric_difference_update'):
        s.symmetric_difference_update(d)
    print sum(elem.hash_count for elem in d)
d2 = dict.fromkeys(set(d))
print sum(elem.hash_count for elem in d)
d3 = dict.fromkeys(frozenset(d), 123)
print sum(elem.hash_count for elem in d), d3 == dict.fromkeys(d, 123)
print sorted(set(range(5)).difference(dict.fromkeys([1, 3])))

be_bad = False
class bad_eq(object):
    def __eq__(self, other):
        if be_bad:
            set2.clear()
            raise ZeroDivisionError
        return self is other
    def __hash__(self):
        return 0
class bad_dict_clear(object):
    def __eq__(self, other):
        if be_bad:
            dict2.clear()
        return self is other
    def __hash__(self):
        return 0
set1 = {bad_eq()}
set2 = {bad_eq() for i in range(75)}
be_bad = True
try:
    set1.update(set2)
except ZeroDivisionError:
    print "ZeroDivisionError"
be_bad = False
set1 = {bad_dict_clear()}
dict2 = {bad_dict_clear(): None}
be_bad = True
set1.symmetric_difference_update(dict2)
print len(set1) in (1, 2)

# dict.setdefault hashes its key once
class Hashed(object):
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
hashed1 = Hashed()
y = {hashed1: 5}
hashed2 = Hashed()
print y.setdefault(hashed2, []), hashed1.hash_count, hashed2.hash_count, hashed1.eq_count + hashed2.eq_count
print y.setdefault(hashed2, 7), hashed2.hash_count, y.setdefault(hashed1, 9)
