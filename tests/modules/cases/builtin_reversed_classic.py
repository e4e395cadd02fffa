# reversed() of classic instances: their own __reversed__, else the sequence protocol
class A:
    def __reversed__(self):
        return [2, 1]
print list(reversed(A()))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print list(reversed(S()))
class N:
    pass
try:
    reversed(N())
except (TypeError, AttributeError) as e:
    print type(e).__name__, e
class B(object):
    def __reversed__(self):
        return iter("ba")
print list(reversed(B()))
