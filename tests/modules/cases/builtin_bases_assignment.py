# __bases__ assignment refuses final types and a change of instance layout
import types
class X(object): pass
class L(list): pass
class D(dict): pass
for b in [(types.NoneType,), (object, types.NoneType), (dict,), (D,), (bool,)]:
    try:
        X.__bases__ = b
        print "ok", X.__mro__
    except TypeError as e:
        print e
for b in [(dict,), (D,)]:
    try:
        L.__bases__ = b
    except TypeError as e:
        print e
