# operator: messages, aliases, getters on unusual inputs, in-place semantics
import operator as op

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

show(lambda: op.add(1))
show(lambda: op.not_())
show(lambda: op.itemgetter())
show(lambda: op.attrgetter())
show(lambda: op.methodcaller())
show(lambda: type(op.methodcaller(1)).__name__)
show(lambda: op.itemgetter(1)())
show(lambda: op.itemgetter(1)([1, 2], 3))
show(lambda: op.attrgetter('a')(1))
show(lambda: op.attrgetter(1)(2))
show(lambda: op.countOf(1, 1))
show(lambda: op.indexOf(1, 1))
show(lambda: op.index(1.5))
show(lambda: op.index(10 ** 20))
show(lambda: op.repeat('a', 'b'))
show(lambda: op.repeat(1, 2))
show(lambda: op.concat(1, 2))
show(lambda: op.concat('a', 2))
show(lambda: op.iconcat(1, 2))
show(lambda: op.getslice(1, 1, 2))
show(lambda: op.getslice('abcdef', -100, 100))
show(lambda: op.isCallable(1))
show(lambda: op.isCallable(op.add))
show(lambda: op.isSequenceType({}))
show(lambda: op.isSequenceType('a'))
show(lambda: op.isSequenceType(xrange(3)))
show(lambda: op.isMappingType([]))
show(lambda: op.isMappingType(1))
show(lambda: op.isNumberType(1.5))
show(lambda: op.isNumberType('1'))
show(lambda: op.truth(0.0))
show(lambda: op.mod('%s', 1))
show(lambda: op.ipow(2, 3))
show(lambda: op._compare_digest('abc', 'abc'))
show(lambda: op._compare_digest('abc', u'abc'))
show(lambda: op.itemgetter(1, 2)('abc'))
show(lambda: op.itemgetter(slice(None, None, -1))('abc'))
show(lambda: op.attrgetter('real', 'imag')(3 + 4j))
show(lambda: op.methodcaller('split', maxsplit=1)('a b c'))
show(lambda: type(op.itemgetter(1)))
show(lambda: op.itemgetter(1).__class__.__module__)
show(lambda: callable(op.attrgetter('x')))
show(lambda: op.__neg__(3))
show(lambda: op.__inv__(0))
show(lambda: op.add.__name__)
show(lambda: op.__add__.__name__)

class Acc(object):
    def __init__(self):
        self.log = []
    def __iadd__(self, other):
        self.log.append(other)
        return self
    def __getitem__(self, k):
        return k * 2
a = Acc()
print op.iadd(a, 1) is a, op.iadd(a, 2).log, op.getitem(a, 21)
t = (1,)
print op.iadd(t, (2,)), t
l = [1]
print op.iconcat(l, (2, 3)), op.irepeat(l, 2), l
d = {}
op.setitem(d, 'k', 'v')
op.delitem(d, 'k')
print d
seq = range(10)
op.delslice(seq, 2, 8)
op.setslice(seq, 0, 1, 'xy')
print seq, op.getslice(seq, 1, 3)
print op.lt(1, 2), op.le(3, 2), op.ne('a', 'a'), op.is_not(None, None), op.contains([1], 1)
print op.sequenceIncludes('abc', 'bc'), op.countOf('banana', 'a'), op.indexOf([3, 4, 5], 5)
print sorted([('b', 2), ('a', 2), ('c', 1)], key=op.itemgetter(1, 0))
