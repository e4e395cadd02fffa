# cPickle's C-function behaviour: Pickler/Unpickler/dumps and
# cStringIO.StringIO stay plain functions inside classes; Pickler() and
# Pickler(proto) collect into a list read with getvalue(); memo from 1.
import cPickle, cStringIO

class Mixin:
    output = cStringIO.StringIO
    pickler = cPickle.Pickler
    dumps = cPickle.dumps

m = Mixin()
f = m.output()
p = m.pickler(f, 2)
p.dump([1, "two"])
print repr(f.getvalue()), repr(m.dumps((1,), 1))
print cPickle.Pickler.__name__, cPickle.dumps.__module__, cStringIO.StringIO.__name__

a = []
b = []
for proto in (0, 1, 2):
    p = cPickle.Pickler(proto)
    p.dump([b, a, a])
    print proto, repr(p.getvalue()), repr(p.getvalue())
    print proto, repr(cPickle.dumps([b, a, a], proto))
p = cPickle.Pickler()
p.dump(1)
p.dump(2)
print repr(p.getvalue(0)), repr(p.getvalue())
p = cPickle.Pickler(1)
p.dump(a)
p.dump(a)
print repr(p.getvalue())
try:
    cPickle.Pickler(cStringIO.StringIO(), 3)
except ValueError as e:
    print "ValueError:", e
for data in ["g5\n.", "h\x05.", "(I1\nq\x00h\x01."]:
    try:
        cPickle.loads(data)
    except cPickle.BadPickleGet as e:
        print "BadPickleGet", e
    except cPickle.UnpicklingError as e:
        print "UnpicklingError", e
for data in ["a.", "0.", "t."]:
    try:
        cPickle.loads(data)
    except cPickle.UnpicklingError as e:
        print "UnpicklingError", type(e).__name__
