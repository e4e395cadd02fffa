# new-style classes with old-style bases: mro, lookups, custom mro()
class Old1:
    def m(self): return "old1.m"
    x = 5
class Old2(Old1): pass
class NewFromOld(Old2, object): pass
def names(c): return " ".join(k.__name__ for k in c.__mro__)
print names(NewFromOld), [b.__name__ for b in NewFromOld.__bases__]
n = NewFromOld()
print n.m(), n.x, NewFromOld.x, isinstance(n, Old1), issubclass(NewFromOld, Old1)
Old1.y = 7
print n.y
class Sub(NewFromOld): pass
print names(Sub), Sub().m()
class A(object): pass
class Meta(type):
    def mro(cls):
        return [cls, object]
class Custom(A):
    __metaclass__ = Meta
print names(Custom), issubclass(Custom, A), [c.__name__ for c in type.mro(Custom)]
Mixed = type("Mixed", (Old1, object), {})
print [c.__name__ for c in Mixed.__mro__], Mixed().m()
