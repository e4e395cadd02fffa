# Built-in types 2.7 does not allow as a base class, and some it does.
import operator, _weakref, re

types = [operator.itemgetter, operator.attrgetter, operator.methodcaller, _weakref.ProxyType,
         _weakref.CallableProxyType, _weakref.ReferenceType, type(iter([])), type(iter(())),
         type(reversed([])), type({}.iterkeys()), type({}.viewkeys()), type({}.viewvalues()),
         type({}.viewitems()), type(xrange(1)), slice, buffer, memoryview, type(len),
         type(lambda: 0), type((lambda: 0).__code__), type(None), type(Ellipsis),
         type(NotImplemented), type(re.compile('a')), type(re.match('a', 'a')), type(iter(set())),
         type(enumerate([])), type(iter(lambda: 0, 1)), type(iter(xrange(3))), type(iter('ab')),
         type({}.itervalues()), type({}.iteritems()), type(reversed('ab')),
         type(iter(bytearray())), bool, property, staticmethod, classmethod, super, file]
for t in types:
    try:
        class S(t):
            pass
        print 'ok', t.__name__
    except TypeError as e:
        print 'final', t.__name__, str(e).splitlines()[-1].strip()
