# cmath: Annex G results and errors for infinite and NaN arguments
import cmath
inf = float('inf'); nan = float('nan')
vals = [0.0, -0.0, 2.3, -2.3, inf, -inf, nan]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    for x in vals:
        out = []
        for y in vals:
            try:
                r = f(complex(x, y))
                out.append('(%r,%r)' % (r.real, r.imag))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__[:3])
        print name, repr(x), ' '.join(out)
for r in vals:
    out = []
    for phi in vals:
        try:
            z = cmath.rect(r, phi)
            out.append('(%r,%r)' % (z.real, z.imag))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[:3])
    print 'rect', repr(r), ' '.join(out)
for x in vals:
    print 'polar', [cmath.polar(complex(x, y)) for y in vals]
