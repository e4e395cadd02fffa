# ABCMeta: abstract method sets, register() and its errors, old-style classes,
# objects whose __class__ lies, __subclasshook__, caches and _dump_registry
import abc, sys, collections
class A(object):
    __metaclass__ = abc.ABCMeta
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractproperty
    def p(self): pass
class B(A):
    def f(self): return 1
class C(B):
    p = 3
print sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), sorted(C.__abstractmethods__)
for k in (A, B):
    try: k()
    except TypeError as e: print e
print C().f(), C().p
class Old: pass
class New(object): pass
A.register(Old); print isinstance(Old(), A), issubclass(Old, A), isinstance(New(), A), issubclass(New, A)
A.register(New); print isinstance(New(), A), issubclass(New, A), A.register(C)
class Proxy(object):
    __class__ = property(lambda self: Old)
print isinstance(Proxy(), A), isinstance(Proxy(), B)
try: A.register(3)
except TypeError as e: print e
class D(object):
    __metaclass__ = abc.ABCMeta
try: D.register(D.__class__); A.register(A)
except RuntimeError as e: print e
class E(D): pass
try: E.register(D)
except RuntimeError as e: print e
class Hook(object):
    __metaclass__ = abc.ABCMeta
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook: return hasattr(C, 'quack')
        return NotImplemented
class Duck(object): quack = 1
print issubclass(Duck, Hook), issubclass(int, Hook), isinstance(Duck(), Hook), issubclass(Duck, Hook)
class Sub(Hook): pass
Sub.register(int); print issubclass(int, Hook), issubclass(int, Sub), issubclass(bool, Hook)
import StringIO; s = StringIO.StringIO(); D._dump_registry(s); print s.getvalue().count('\n'), s.getvalue().splitlines()[0]
print isinstance([], collections.Sequence), isinstance({}, collections.Mapping), issubclass(str, collections.Hashable), isinstance(3, collections.Iterable)
