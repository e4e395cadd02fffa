# optparse: help layout (both formatters, groups, wide option strings, suppressed
# entries, epilog), declaration errors, conflict handling and parse-time errors
import optparse
import sys
import StringIO


def run(parser, argv):
    # Parse argv, reporting the exit status and stderr/stdout text instead of exiting.
    old_err, old_out = sys.stderr, sys.stdout
    sys.stderr = err = StringIO.StringIO()
    sys.stdout = out = StringIO.StringIO()
    try:
        try:
            opts, args = parser.parse_args(argv)
            result = ('ok', sorted(vars(opts).items()), args)
        except SystemExit as e:
            result = ('exit', e.code)
        except optparse.OptParseError as e:
            result = (type(e).__name__, str(e))
    finally:
        sys.stderr, sys.stdout = old_err, old_out
    print result
    if out.getvalue():
        print 'stdout:', repr(out.getvalue())
    if err.getvalue():
        print 'stderr:', repr(err.getvalue())


fmt = optparse.IndentedHelpFormatter(width=60)
p = optparse.OptionParser(prog='tool', usage='usage: %prog [-v] FILE', version='%prog 1.0',
                          formatter=fmt, epilog='Report bugs to nobody. ' * 4,
                          description='%prog does things; the description is wrapped to the width.')
p.add_option('-v', '--verbose', action='count', help='more output (repeatable)')
p.add_option('--a-very-long-option-name-indeed', metavar='SOMETHING_LONG',
             help='an option whose strings do not fit into the left column at all')
p.add_option('--hidden', help=optparse.SUPPRESS_HELP)
p.add_option('-o', dest='out', default='x.txt', help='output [default: %default]')
p.add_option('-k', type='int', help='no default: %default')
p.add_option('--nohelp', action='store_true')
g = p.add_option_group('Group A', 'Description of group A, long enough to wrap around once.')
g.add_option('--ga', type='choice', choices=('x', 'y'), help='pick one')
g2 = optparse.OptionGroup(p, 'Empty group')
p.add_option_group(g2)
print p.format_help()
print repr(p.get_usage())
print p.get_option_group('--ga') is g, p.get_option_group('-v')
run(p, ['--help'])
run(p, ['--version'])
run(p, ['-vv', '--hid', 'h', 'f1'])
run(p, ['--ga=z'])
run(p, ['--nohelp=1'])
run(p, ['-k', '1x'])
run(p, ['-q'])
run(p, ['--a'])

t = optparse.OptionParser(prog='titled', formatter=optparse.TitledHelpFormatter(width=50),
                          option_list=[optparse.make_option('-f', '--file', metavar='F')])
tg = t.add_option_group('More')
tg.add_option('-z', action='store_true', help='zed')
print t.format_help()
t.formatter.set_long_opt_delimiter(' ')
t.formatter.set_short_opt_delimiter('')
print t.format_option_help()
for bad in [lambda: t.formatter.set_long_opt_delimiter(':'),
            lambda: t.formatter.set_short_opt_delimiter('='),
            lambda: t.remove_option('--nothing'),
            lambda: t.add_option_group(1),
            lambda: t.add_option_group(optparse.OptionGroup(p, 'x')),
            lambda: t.add_option(1),
            lambda: t.add_option('-f'),
            lambda: optparse.OptionParser(conflict_handler='other'),
            lambda: optparse.Option('-x', action='callback', callback=len, callback_args=[1]),
            lambda: optparse.Option('-x', action='callback', callback=len, callback_kwargs=1),
            lambda: optparse.Option('-x', callback_args=(1,)),
            lambda: optparse.Option('-x', callback=len),
            lambda: optparse.Option('-x', action='store_true', nargs=2),
            lambda: optparse.Option('-x', choices='ab'),
            lambda: optparse.Option('-x', type='choice', choices='ab'),
            lambda: optparse.Option('-x', type='int', choices=['a']),
            lambda: optparse.Option('-x', zeta=1, alpha=2),
            lambda: optparse.Option('--x', '---y')]:
    try:
        bad()
        print 'no error'
    except Exception as e:
        print type(e).__name__, e

bare = optparse.OptionParser(prog='bare', add_help_option=False, usage=optparse.SUPPRESS_USAGE)
print repr(bare.format_help()), repr(bare.get_usage()), repr(bare.get_version())
run(bare, ['-x'])

r = optparse.OptionParser(prog='r', conflict_handler='resolve')
r.add_option('-a', action='store_true')
r.add_option('-b', '--bee', action='store_true')
r.add_option('-a', '--bee', dest='new', help='replaces both')
print [str(o) for o in r.option_list]
print r.format_option_help()

n = optparse.OptionParser(prog='n')
n.add_option('-p', nargs=3, type='float')
n.add_option('--long', type='long')
n.add_option('--cx', type='complex', default='1+2j')
n.add_option('--cb', action='callback', callback=lambda o, s, v, pr, *a, **k: sys.stdout.write(
    '%s %r %r %r %r %r\n' % (o, s, v, pr.largs, a, sorted(k.items()))), callback_args=(1, 2),
    callback_kwargs={'k': 3}, nargs=2, type='int')
n.add_option('--ac', action='append_const', const=7, dest='consts')
run(n, ['-p', '1', '2'])
run(n, ['-p1', '2', '3.5', 'arg', '--long=0x1F', '--cx', '3j'])
run(n, ['a', '--cb', '4', '5', 'b', '--ac', '--ac'])
run(n, ['--long', 'zz'])
run(n, ['--cb', '1'])
n.set_process_default_values(False)
run(n, [])
n.set_defaults(cx='oops')
n.set_process_default_values(True)
run(n, [])
print optparse._parse_num('0B101', int), optparse._parse_num('0X1f', long), optparse._parse_num('0', int)
for s in ['', '08', '-0x10']:
    try:
        print optparse._parse_num(s, int)
    except ValueError as e:
        print 'ValueError', e
v = optparse.Values({'a': None, 'b': 2})
v._update({'a': 1, 'b': None, 'c': 3}, 'careful')
print sorted(vars(v).items())
v._update({'c': 3}, 'loose')
print sorted(vars(v).items()), v == optparse.Values(vars(v)), v == 1
try:
    v._update({}, 'other')
except ValueError as e:
    print 'ValueError', e
print str(optparse.BadOptionError('--x')), str(optparse.OptionValueError('m'))
print str(optparse.OptionError('msg', optparse.Option('-q', '--quux')))
