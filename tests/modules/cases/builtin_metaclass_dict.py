# a metaclass deriving from type and a plain class: the class's __dict__ stays type's
class Base(object):
    pass
class Meta1(type, Base):
    pass
class Meta2(Base, type):
    pass
class D(object):
    __metaclass__ = Meta1
class E(object):
    __metaclass__ = Meta2
print Meta1.__mro__
print Meta2.__mro__
for cls in D, E:
    print type(cls.__dict__).__name__
    try:
        del cls.__dict__
    except (AttributeError, TypeError) as e:
        print type(e).__name__, e
    dict_descr = Base.__dict__["__dict__"]
    try:
        dict_descr.__set__(cls, {})
    except (AttributeError, TypeError) as e:
        print type(e).__name__, e
