# int()/long()/float()/complex() conversions and round() edge cases
class A(object):
    def __int__(self): return True
class B(object):
    def __trunc__(self): return True
print type(int(A())), type(int(B())), type(long(B()))

class Integral(object):
    def __int__(self): return 42
class Trunc(object):
    def __trunc__(self): return Integral()
print int(Trunc()), repr(long(Trunc()))

class ClassicIntegral:
    def __int__(self): return 7
class TruncClassic(object):
    def __trunc__(self): return ClassicIntegral()
print int(TruncClassic()), repr(long(TruncClassic()))

class NonIntegral:
    pass
class TruncBad(object):
    def __trunc__(self): return NonIntegral()
try:
    int(TruncBad())
except TypeError as e:
    print e

print int(buffer('123', 1, 2)), long(buffer('123', 1)), float(buffer('12.3', 1, 3))
print int(bytearray('12')), long(bytearray('12')), float(bytearray('1.5'))
try:
    int(bytearray('1x'))
except ValueError as e:
    print e
try:
    int(memoryview('12'))
except TypeError as e:
    print e

class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1
class FooUnicode(unicode):
    def __float__(self):
        return float(unicode(self)) + 1
print float(FooStr('8')), float(FooUnicode('8'))

c = complex(1, 2)
print complex(c) is c
class complex2(complex):
    pass
for x in 0.0, -0.0:
    for y in 0.0, -0.0:
        print complex(x, y), complex(complex2(x, y)), complex2(complex(x, y))

for n in [324, 325, 400, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 100]:
    print round(123.456, n), round(123.456, -n)
print round(2.5e21, -21), round(3.5e21, -21), round(-2.5e21, -21), round(1.5e22, -22)
print round(25.0, -1), round(35.0, -1), round(1e300, -299)
class complex0(complex):
    def __complex__(self):
        return 42j
class complex1(complex):
    def __complex__(self):
        return 42j
    def __new__(self, value=0j):
        return complex.__new__(self, 2 * value)
class complex2(complex):
    pass
print complex(complex0(1j)), complex(complex1(1j)), complex(complex2(1j)), type(complex(complex2(1j)))
