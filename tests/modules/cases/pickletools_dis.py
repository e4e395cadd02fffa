# pickletools: dis, genops and optimize over pickles of every protocol
import pickle
import pickletools
from cStringIO import StringIO


class Point(object):
    def __init__(self, x):
        self.x = x


class Old:
    pass

shared = [1, 2]
values = [[1, 'a', (2, u'x\xe9'), {'k': None}, 2 ** 70, -2 ** 40, 1.5, True, False],
          (shared, shared, (), {}), Point(3), Old(), [u'\u20ac' * 3, 'q' * 300, 65537, -1, 255, 256],
          {'nested': [[[]]], 1: (1,), 2: (1, 2), 3: (1, 2, 3)}]
for proto in range(3):
    for v in values:
        p = pickle.dumps(v, proto)
        pickletools.dis(p)
        o = pickletools.optimize(p)
        print len(p), len(o), pickle.loads(o) == pickle.loads(p) or type(v).__name__
print [(op.name, arg, pos) for op, arg, pos in pickletools.genops(pickle.dumps([1, 'x'], 2))]
pickletools.dis(pickle.dumps([[1, 2], (3,)], 2), indentlevel=2)
memo = {}
out = StringIO()
pickletools.dis(pickle.dumps(shared, 1), out, memo)
print out.getvalue(), sorted(memo)
for bad in ['', 'I1\n', 'Z', '(.', 'N0.', 'K', 'I1\np0\np0\n.', 'g5\n.', 'S\'abc\n.', 'Sabc\n.',
            'T\x05\x00\x00\x00ab.', 'I1\nI2\n.', '0.', '(p0\n.']:
    try:
        pickletools.dis(bad)
    except ValueError as e:
        print 'ValueError', e
print pickletools.code2op['I'].name, pickletools.code2op['\x80'].arg.name, pickletools.anyobject, repr(pickletools.markobject)
print len(pickletools.opcodes), sorted(set(op.proto for op in pickletools.opcodes))
print [op.name for op in pickletools.opcodes if op.arg is None and op.proto == 2]
print pickletools.opcodes[0].stack_after, pickletools.code2op['e'].stack_before
