# repr module: size-limited representations
import repr as reprmod
from repr import Repr, repr as arepr
from collections import deque
import array
print arepr(range(20)), arepr(tuple(range(3))), arepr((1,)), arepr(())
print arepr('x' * 100), arepr("a'b\n" * 20)
print arepr(10 ** 60), arepr(12345L)
print arepr(set(range(10))), arepr(frozenset('abc')), arepr(set([1, 'a', 2.5]))
print arepr({}), arepr(dict.fromkeys(range(8), 'v'))
print arepr([[[[[[[[1]]]]]]]]), arepr({1: {2: {3: {4: {5: {6: {7: 8}}}}}}})
print arepr(deque(range(9))), arepr(array.array('i', range(9)))
print arepr(object)[:20], len(arepr(object()))
class Old:
    def __repr__(self):
        return 'O' * 50
class Broken:
    def __repr__(self):
        raise ValueError('nope')
print arepr(Old())
print arepr(Broken()).startswith('<Broken instance at ')
r = Repr()
r.maxlist = 2; r.maxstring = 10; r.maxlevel = 2; r.maxother = 8
print r.repr(range(5)), r.repr('abcdefghijklmnop'), r.repr([[1, [2]]]), r.repr(3.14159265358979)
print reprmod.__all__, isinstance(reprmod.aRepr, Repr)
