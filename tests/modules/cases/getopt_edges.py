# getopt: edge cases (empty values, '-' and '--' handling, POSIXLY_CORRECT,
# tuples as input, exact names beating longer prefixes, helper functions)
import getopt
import os

print getopt.getopt(['--alpha=', 'x'], '', ['alpha='])
print getopt.getopt(['--al=a=b'], '', ['alpha='])
print getopt.getopt(('-a', 'x', 'y'), 'a')
print getopt.getopt([], 'a')
print getopt.getopt(['--', '--'], 'a')
print getopt.getopt(['-ab', '-'], 'ab:')
print getopt.getopt(['--foo', '--foobar'], '', ['foo', 'foobar'])
print getopt.getopt(['--fo', 'v'], '', ['foo='])
print getopt.gnu_getopt(['-', 'x', '-a', '--', 'y', '-b'], 'ab')
print getopt.gnu_getopt(['x', '--lo=1', 'z'], 'a', 'long=')
os.environ['POSIXLY_CORRECT'] = '1'
print getopt.gnu_getopt(['x', '-a'], 'a')
del os.environ['POSIXLY_CORRECT']
print getopt.gnu_getopt(['x', '-a'], 'a')
print getopt.do_shorts([], 'ab', 'a:b', ['rest'])
print getopt.do_shorts([('-z', '')], 'a', 'a:', ['v', 'w'])
print getopt.do_longs([], 'abc=1', ['abc='], ['w'])
print getopt.long_has_args('abd', ['abc', 'abd='])
print getopt.short_has_arg('b', 'ab:'), getopt.short_has_arg('a', 'a:a')
for call in [lambda: getopt.short_has_arg(':', 'a:'),
             lambda: getopt.long_has_args('ab', ['abc', 'abd=']),
             lambda: getopt.getopt(['-ab'], 'a'),
             lambda: getopt.gnu_getopt(['x', '--zz'], '', ['yy']),
             lambda: getopt.gnu_getopt(['-a'], '+a:'),
             lambda: getopt.getopt(['--a', 'x'], '', ['alpha', 'beta'])]:
    try:
        print call()
    except getopt.error as e:
        print 'error', repr(str(e)), repr(e.opt), repr(e.msg), e.args
e = getopt.GetoptError('just a message')
print repr(e.opt), e.args, isinstance(e, Exception), getopt.__all__
