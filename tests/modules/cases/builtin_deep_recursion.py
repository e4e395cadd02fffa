# repr of deeply nested containers and isinstance/issubclass with deeply
# nested tuples count against the recursion limit
import sys
a = []
for i in range(sys.getrecursionlimit() + 100):
    a = [a]
for f in (repr, str):
    try:
        f(a)
        print "no error"
    except RuntimeError as e:
        print "RuntimeError", e
d = {}
for i in range(sys.getrecursionlimit() + 100):
    d = {1: d}
try:
    repr(d)
except RuntimeError as e:
    print "RuntimeError", e

def blowstack(fxn, arg, compare_to):
    tuple_arg = (compare_to,)
    for cnt in xrange(sys.getrecursionlimit() + 5):
        tuple_arg = (tuple_arg,)
        fxn(arg, tuple_arg)
for f, x, y in [(isinstance, '', str), (issubclass, str, str)]:
    try:
        blowstack(f, x, y)
        print "no error"
    except RuntimeError as e:
        print "RuntimeError", f.__name__
b = []
for i in range(50):
    b = [b]
print len(repr(b))
print isinstance(1, (((int,),),)), issubclass(bool, ((str, (int,)),))

# a dict view inside its own dict
d = {}
d[42] = d.viewvalues()
print repr(d)
d[42] = d.viewitems()
print repr(d)
d = {}
for i in range(sys.getrecursionlimit() + 100):
    d = {42: d.viewvalues()}
try:
    repr(d)
except RuntimeError as e:
    print "RuntimeError", e
