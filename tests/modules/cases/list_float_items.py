# Items of float and int lists read and stored by index (fast paths of the
# evaluator): values, identity-free boxes, strategy switches, errors.
import math

class F(float):
    pass

l = [0.5, 1.5, 2.5]
l[0] += l[1] * l[2]
l[-1] -= 0.25
print l, repr(l[0]), str(l[-1])
l[1] = 3          # an int: the list keeps its values
print l, type(l[1]).__name__
l[2] = F(4.5)
print l, type(l[2]).__name__
n = [1.0, 2.0]
n[0] = float('nan')
print n, n[0] != n[0], math.isnan(n[0])
n[1] = -0.0
print n, repr(n[1]), math.copysign(1.0, n[1])
b = [1, 2, 3]
b[0] = True
print b, type(b[0]).__name__
b[-1] = 10 ** 20
print b
s = [2 ** 62, -7]
s[1] *= s[0]
print s
for bad in (3, -4):
    for lst in ([1.0, 2.0, 3.0], [1, 2, 3], ['a', 'b', 'c']):
        try:
            lst[bad]
        except IndexError as e:
            print 'get', bad, e
        try:
            lst[bad] = 1.0
        except IndexError as e:
            print 'set', bad, e
x = [1e300, 1e-300, 1.0]
x[0] *= x[0]
x[1] *= x[1]
print x
try:
    x[2] / 0.0
except ZeroDivisionError as e:
    print 'ZeroDivisionError', e
try:
    x[2] / 0
except ZeroDivisionError as e:
    print 'ZeroDivisionError', e
print [0.1 * 3, 1 / 3.0, 2.0 ** 0.5], 1e16, 1e-5, 123456789.0 * 10
# + and - on floats, ints and bools (the evaluator's first try)
class G(float):
    def __add__(self, other):
        return 'G.add'
    def __radd__(self, other):
        return 'G.radd'
    def __sub__(self, other):
        return 'G.sub'
    def __rsub__(self, other):
        return 'G.rsub'
v = 2.5
print v + 1, 1 + v, v - 1, 1 - v, True + v, v - False, v + v, v - v
print 2 ** 62 + 0.5, 0.5 - 2 ** 62, (2 ** 53 + 1) + 0.0, 0.0 - (2 ** 63 - 1)
print G(1.0) + 1.0, 1.0 + G(1.0), G(1.0) - 1, 1 - G(1.0), 1.5 + 2 ** 70
t = 1.0
t += 2
t -= 0.5
print t, -0.0 + 0.0, -0.0 - 0.0, float('inf') - float('inf')
