# int()/long()/float() keep the (subclass) instance __int__/__long__/__float__ returned;
# plain subclass instances convert to the exact type
class LongSubclass(long): pass
class OtherLongSubclass(long): pass
class FloatSubclass(float): pass
class OtherFloatSubclass(float): pass
class IntSubclass(int): pass
class Classic:
    pass
for base in (object, Classic):
    class TruncReturnsLongSubclass(base):
        def __long__(self):
            return OtherLongSubclass(42L)
    n = long(TruncReturnsLongSubclass())
    print repr(n), type(n).__name__, type(LongSubclass(TruncReturnsLongSubclass())).__name__
    class F(base):
        def __float__(self):
            return OtherFloatSubclass(42.)
    print float(F()), type(float(F())).__name__, type(FloatSubclass(F())).__name__
    class I(base):
        def __int__(self):
            return OtherLongSubclass(7L)
    print repr(int(I())), type(int(I())).__name__
for x in [LongSubclass(5), IntSubclass(3), FloatSubclass(1.5), True, 2 ** 70, 7]:
    for f in (int, long, float):
        r = f(x)
        print f.__name__, repr(r), type(r).__name__
