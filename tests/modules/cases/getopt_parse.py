# getopt: short and long options, abbreviations, gnu ordering, errors
import getopt

print getopt.getopt(['-a', '1', '-bc', 'x', '--', '-d'], 'a:bc')
print getopt.getopt(['-a1', 'file', '-b'], 'a:b')
print getopt.getopt(['--alpha=3', '--be', '--gamma', 'g', 'rest'], '', ['alpha=', 'beta', 'gamma='])
print getopt.getopt(['-', '-a'], 'a')
print getopt.getopt(['--alpha', 'x'], '', 'alpha=')
print getopt.gnu_getopt(['file', '-a', '1', 'more', '--beta', '--', '-z'], 'a:', ['beta'])
print getopt.gnu_getopt(['file', '-a', '1'], '+a:')
for args, short, longs in [(['-x'], 'a', []), (['-a'], 'a:', []), (['--nope'], '', ['yes']),
                           (['--al'], '', ['alpha', 'also']), (['--beta=1'], '', ['beta']),
                           (['--alpha'], '', ['alpha=']), (['-:'], 'a:', [])]:
    try:
        print getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print 'GetoptError', e, repr(e.opt), e.msg == str(e), e.args
print getopt.error is getopt.GetoptError
