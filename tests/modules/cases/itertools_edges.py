# itertools: argument errors, reprs, subclassing, laziness
import itertools as it

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

show(lambda: it.count(1, 2, 3))
show(lambda: it.count('a'))
show(lambda: it.count(foo=1))
show(lambda: it.count(start=3, step=2))
show(lambda: repr(it.count(2.5)))
show(lambda: repr(it.count(10 ** 20)))
show(lambda: repr(it.count(1, 1.0)))
show(lambda: it.count(3, 2).__reduce__())
show(lambda: it.cycle())
show(lambda: it.cycle(1))
show(lambda: it.repeat())
show(lambda: it.repeat(1, times=3))
show(lambda: it.repeat(1, 'a'))
show(lambda: repr(it.repeat(1, -3)))
show(lambda: it.repeat('x', 4).__length_hint__())
show(lambda: it.chain(x=1))
show(lambda: list(it.chain(1)))
show(lambda: it.islice())
show(lambda: it.islice('a', 'b'))
show(lambda: it.islice('a', 1, 'b'))
show(lambda: it.islice('a', 'b', 1))
show(lambda: it.islice('a', 1, 2, 3, 4))
show(lambda: it.islice('a', None, 2, -1))
show(lambda: list(it.islice('abcdef', None, None, 2)))
show(lambda: list(it.islice('abcdef', 4, 2)))
show(lambda: it.imap(None))
show(lambda: it.izip(1))
show(lambda: it.izip_longest('a', 1))
show(lambda: it.izip_longest('a', foo=2))
show(lambda: it.starmap(pow))
show(lambda: it.compress('a'))
show(lambda: it.groupby())
show(lambda: it.tee([], 'x'))
show(lambda: it.product('a', repeat='x'))
show(lambda: it.product('a', foo=1))
show(lambda: it.permutations())
show(lambda: it.combinations('a'))
show(lambda: it.combinations_with_replacement('ab', -1))
show(lambda: list(it.permutations('abc', 5)))
show(lambda: list(it.combinations_with_replacement('ab', 3)))
show(lambda: type(it.count()).__name__)
show(lambda: type(it.count()))
show(lambda: it.count.__module__)
show(lambda: type(next(it.groupby('aa'))[1]))
show(lambda: type(it.tee('a')[0]))

class Evens(it.count):
    pass
e = Evens(0, 2)
print next(e), next(e), type(e).__name__, isinstance(e, it.count)

class MyChain(it.chain):
    def total(self):
        return sum(self)
print MyChain([1, 2], [3]).total()
print list(MyChain.from_iterable(['ab', 'c']))

# laziness: nothing is consumed before it is needed
consumed = []
def src():
    for i in range(5):
        consumed.append(i)
        yield i
m = it.imap(lambda x: x * 10, src())
print consumed, next(m), consumed
t1, t2 = it.tee(src())
print list(it.islice(t1, 2)), list(t2), list(t1)

# tee shares one buffer across many copies and long streams
a, b, c = it.tee(xrange(200), 3)
print sum(a), sum(it.islice(b, 100)), sum(c), sum(b)

# groupby groups are invalidated once the groupby advances
g = it.groupby('aabbbc')
k1, grp1 = next(g)
k2, grp2 = next(g)
print k1, list(grp1), k2, list(grp2), [(k, list(v)) for k, v in g]

print list(it.izip_longest('ab', 'wxyz', [1], fillvalue=0))
print list(it.product('ab', range(2), repeat=1))
print list(it.chain.from_iterable(it.repeat('ab', 2)))
print list(it.compress(it.count(), [0, 1, 1, 0, 1]))
print list(it.ifilterfalse(None, [0, 1, '', 'x']))
print list(it.dropwhile(lambda x: x, [1, 1, 0, 1, 0]))
print list(it.takewhile(lambda x: x, [1, 1, 0, 1, 0]))
print list(it.islice(it.cycle(xrange(3)), 7))
print list(it.starmap(lambda a, b: a - b, iter([[5, 1], (9, 3)])))
print sorted(it.permutations(range(3), 2)) == list(it.permutations(range(3), 2))
print len(list(it.combinations(range(10), 4))), len(list(it.combinations_with_replacement(range(5), 3)))
