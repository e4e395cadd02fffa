# UserString/MutableString: delegated methods (wrapped or not), signatures, conversions,
# slice and item assignment with steps 1/-1, errors
import UserString, sys, inspect, warnings
U = UserString.UserString
M = UserString.MutableString
u = U('Hello World'); v = U(u'uni\xe9'); w = U(123)
print repr(u), str(u), repr(v), repr(w), int(U('42')), long(U('7')), float(U('1.5')), complex(U('1+2j')), hash(u) == hash('Hello World')
print u == 'Hello World', u < 'Z', u == U('Hello World'), cmp(u, 'A'), 'World' in u, len(u), u[1], u[-1], u[1:4], u[-3:], u[::2], type(u[1:3]).__name__
print u + 'x', u + U('y'), u + 5, 'p' + u, 5 + u, u * 2, 2 * u, U('%s-%d') % ('a', 3), type(u + 'x').__name__, type('p' + u).__name__
for name in ['capitalize', 'lower', 'upper', 'swapcase', 'title', 'strip', 'lstrip', 'rstrip', 'isalpha', 'isalnum', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'split', 'rsplit', 'splitlines', 'expandtabs']:
    r = getattr(U('  Ab c\td  \n x'), name)()
    print name, repr(r), type(r).__name__
print repr(v.isdecimal()), repr(v.isnumeric()), repr(v.encode('utf-8')), repr(U('caf\xc3\xa9').decode('utf-8')), repr(v.encode('ascii', 'replace')), repr(U('abc').encode()), repr(U('abc').decode())
try: U('abc').decode(None, 'strict')
except Exception as e: print type(e).__name__
print u.center(15), u.center(15, '*'), u.ljust(13, '-'), u.rjust(13), u.zfill(14), u.count('o'), u.count('o', 5), u.count('o', 0, 5), u.find('o', 5), u.rfind('o'), u.index('W'), u.rindex('o', 0, 6)
print u.endswith('ld'), u.startswith('He', 0, 1), u.startswith(prefix='Hel'), u.replace('o', '0'), u.replace('o', '0', 1), u.split('o', 1), u.rsplit(None, 1), u.split(sep='l'), u.partition(' '), u.rpartition('o'), u.join(['1', '2'])
print u.translate(None, 'lo'), U(u'abc').translate({97: u'A'}), u.strip('Hd'), U('a\nb\n').splitlines(True), U('a\tb').expandtabs(2), u.lstrip(chars='H')
for bad in [lambda: u.index('zz'), lambda: u.rindex('q'), lambda: u + None if False else u.center(), lambda: u[100]]:
    try: bad()
    except Exception as e: print type(e).__name__, e
print inspect.getargspec(U.count), inspect.getargspec(U.center), inspect.getargspec(U.split), inspect.getargspec(U.translate), U.count.__name__
print sorted(k for k in U.__dict__ if not k.startswith('__'))[:10], list(U('abc')), reversed(U('ab')).next(), U('abc').index('c')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    m = M('abcdef')
    print len(log)
m[0] = 'X'; m[-1] = 'Z'; print m
m[1:3] = 'yy'; print m; m[1:3] = U('uu'); print m; m[1:1] = 5; print m
m[::-1] = m.data; print m
m[4:1:-1] = 'PQR'; print m
try: m[::2] = 'ab'
except TypeError as e: print 'TypeError', e
try: m[100] = 'x'
except IndexError as e: print 'IndexError', repr(e)
try: del m[-100]
except IndexError as e: print 'IndexError', repr(e)
del m[0]; print m; del m[-1]; print m; del m[1:3]; print m; del m[5:2:-1]; print m
m2 = M('0123456789'); m2[8:2:-1] = 'abcdef'; print m2; del m2[::-1]; print repr(m2.data)
m3 = M('abc'); m3 += 'd'; m3 += U('e'); m3 += 5; print m3; m3 *= 2; print m3; m3.insert(1, 'I'); print m3; m3.insert(-1, 'J'); print m3
m3.__setslice__(-5, 2, 'S'); print m3; m3.__delslice__(1, 3); print m3; print type(m3.immutable()).__name__, m3.immutable()
try: hash(m3)
except TypeError as e: print 'TypeError', e
m3.append('!'); m3.extend('??'); print m3, m3.pop(), m3; m3.remove('?'); m3.reverse(); print m3
print repr(M(u'\xe9')), M('ab') == 'ab', M() == ''
