# math: exact results on seeded random inputs (fsum, libm functions, gamma/erf, log of longs, frexp/ldexp/modf)
import math, random
r = random.Random(2718)
out = []
for i in range(150):
    n = r.randint(0, 40)
    xs = [r.uniform(-1, 1) * 10 ** r.randint(-20, 20) for _ in range(n)]
    xs += [-x for x in xs[:r.randint(0, n)]]
    r.shuffle(xs)
    out.append(repr(math.fsum(xs)))
print ' '.join(out)
names = ['sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'exp', 'expm1', 'log1p', 'erf', 'erfc', 'gamma', 'lgamma',
         'sqrt', 'log', 'log10', 'acos', 'asin', 'atanh', 'acosh', 'fabs', 'floor', 'ceil', 'degrees', 'radians']
for name in names:
    f = getattr(math, name)
    res = []
    for i in range(40):
        x = r.uniform(-30, 30) if i % 3 else r.uniform(-1.5, 1.5)
        try:
            res.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            res.append(type(e).__name__[0])
    print name, ' '.join(res)
print [repr(math.log(r.randint(1, 10 ** 400))) for _ in range(25)], [repr(math.log10(r.getrandbits(3000) + 1)) for _ in range(25)], [repr(math.log(r.getrandbits(1100), 3)) for _ in range(10)]
print [math.frexp(r.uniform(-1e300, 1e300)) for _ in range(4)], [math.modf(r.uniform(-1e5, 1e5)) for _ in range(3)]
print [repr(math.ldexp(r.random(), r.randint(-1100, 1030))) for _ in range(6)]
print [repr(math.atan2(r.uniform(-5, 5), r.uniform(-5, 5))) for _ in range(5)], [repr(math.hypot(r.random(), r.random())) for _ in range(3)]
print [repr(math.pow(r.uniform(0, 10), r.uniform(-5, 5))) for _ in range(5)], [repr(math.fmod(r.uniform(-100, 100), r.uniform(-7, 7))) for _ in range(5)]
