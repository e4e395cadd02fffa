# the sign bit of NaNs: float('nan') is x86's default (negative) NaN in 2.7,
# and negation flips the bit
import math, struct
def bits(x):
    return struct.pack('>d', x).encode('hex')
for s in ['nan', '-nan', '+nan', 'NaN', ' -NAN ', u'-nan']:
    x = float(s)
    print repr(s), bits(x), math.copysign(1, x), math.copysign(1, -x)
n = float('nan')
print bits(n), bits(-n), bits(-(-n)), bits(abs(n)), bits(abs(-n))
print math.copysign(1, -n), math.copysign(1, -float('nan')), math.copysign(1, n.__neg__())
print math.copysign(1, float('inf') - float('inf')), math.copysign(1, float('inf') * 0)
print bits(float.fromhex('nan')), bits(float.fromhex('-nan'))
print repr(-n), str(-n), '%f' % -n, '%r' % n
