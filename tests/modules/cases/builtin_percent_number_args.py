# %-formatting: an int conversion falls back to __long__ when __int__ fails;
# a float conversion wants __float__ to return a float
class TestFailed(Exception):
    pass
class IntFails(object):
    def __int__(self): raise TestFailed
    def __long__(self): return 0
fst = IntFails()
for f in ["%x", "%X", "%o", "%d", "%i", "%u", u"%x", u"%d"]:
    try: print f, repr(f % fst)
    except Exception as e: print f, type(e).__name__, e
class BadInt(object):
    def __int__(self): return 1.0
class BadLong(object):
    def __long__(self): return 1.0
    def __int__(self): return 1
class BadFloat(object):
    def __float__(self): return 1
for o in [BadInt(), BadLong(), BadFloat()]:
    for f in ["%d", "%i", "%x", "%f", "%e", u"%f", u"%g"]:
        try: print f, type(o).__name__, repr(f % o)
        except Exception as e: print f, type(o).__name__, type(e).__name__, e

# int()/long()/complex() of classic instances use their own attributes
class JustTrunc:
    def __trunc__(self):
        return 42
class float2:
    def __init__(self, value):
        self.value = value
    def __float__(self):
        return self.value
class OnlyInt:
    def __int__(self):
        return 5
print int(JustTrunc()), repr(long(JustTrunc())), complex(float2(42.)), repr(long(OnlyInt()))
class Missing:
    pass
for f in (int, long):
    try:
        f(Missing())
    except AttributeError as e:
        print "AttributeError", e
