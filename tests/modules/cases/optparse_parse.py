# optparse: parsing (actions, types, callbacks, groups, errors); help output needs textwrap
import sys

import optparse
import sys
import StringIO

parser = optparse.OptionParser(prog='oprog', usage='%prog [options] args', version='%prog 2.0',
                               description='An optparse example with a description long enough to need wrapping across lines.')
parser.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
parser.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True, help="don't print status messages")
parser.add_option('-n', type='int', dest='num', default=1, help='a number [default: %default]')
parser.add_option('-x', type='float', dest='xval')
parser.add_option('--choice', type='choice', choices=['red', 'green'], default='red')
parser.add_option('-a', '--append', action='append', dest='items')
parser.add_option('-c', action='count', dest='level')
parser.add_option('--const', action='store_const', const='C', dest='const')
parser.add_option('--pair', nargs=2, type='int')
def cb(option, opt_str, value, parser):
    parser.values.cb_seen = (opt_str, value)
parser.add_option('--cb', action='callback', callback=cb, type='string')
group = optparse.OptionGroup(parser, 'Dangerous Options', 'Caution: use at your own risk.')
group.add_option('-g', action='store_true', help='group option')
parser.add_option_group(group)
def show(opts, args):
    print sorted(vars(opts).items()), args
show(*parser.parse_args([]))
show(*parser.parse_args(['-f', 'out.txt', '-q', 'arg1', 'arg2']))
show(*parser.parse_args(['--file=x', '-n', '5', '-x', '2.5', '--choice', 'green', '-a', 'one', '-a', 'two']))
show(*parser.parse_args(['-ccc', '--const', '--pair', '3', '4', '--cb', 'val', '-g', '--', '-notopt']))
show(*parser.parse_args(['-fname', '-n7', 'rest']))
for argv in [['-n', 'abc'], ['--choice', 'blue'], ['--nope'], ['-f'], ['--pair', '1']]:
    old = sys.stderr
    sys.stderr = StringIO.StringIO()
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        msg = sys.stderr.getvalue()
        sys.stderr = old
        print 'exit', e.code, msg.strip().splitlines()[-1]
print parser.get_usage(),
print parser.get_version()
print parser.has_option('-f'), parser.has_option('--missing'), parser.get_option('-f').dest
p2 = optparse.OptionParser(prog='p2', add_help_option=False)
p2.add_option('--verbose', action='store_true')
p2.set_defaults(verbose=False, extra='e')
show(*p2.parse_args(['--verb']))
try:
    p2.add_option('--verbose')
except optparse.OptionConflictError as e:
    print 'OptionConflictError', e
v = optparse.Values({'a': 1})
print v.a, v
p3 = optparse.OptionParser(prog='p3')
p3.disable_interspersed_args()
p3.add_option('-v', action='store_true')
show(*p3.parse_args(['-v', 'cmd', '-v']))
for bad in [lambda: optparse.Option('x'), lambda: optparse.Option('-xy'), lambda: optparse.Option('--'),
            lambda: optparse.Option('-x', action='nope'), lambda: optparse.Option('-x', type='nope'),
            lambda: optparse.Option('-x', action='count', type='int'), lambda: optparse.Option('-x', type='choice'),
            lambda: optparse.Option('-x', bogus=1), lambda: optparse.Option('-x', action='store', const=1),
            lambda: optparse.Option('-x', action='callback', callback=1), lambda: optparse.Option()]:
    try:
        bad()
    except (optparse.OptionError, TypeError) as e:
        print type(e).__name__, e
p4 = optparse.OptionParser(prog='p4', conflict_handler='resolve')
p4.add_option('-a', '--all', action='store_true')
p4.add_option('-a', '--alpha', type='int')
print p4.has_option('--all'), p4.get_option('-a').dest
p4.remove_option('--alpha')
print p4.has_option('-a')
p5 = optparse.OptionParser(prog='p5')
p5.add_option('--apple', action='store_true')
p5.add_option('--apricot', action='store_true')
p5.add_option('-n', type='int', default='0x10')
for argv in [['--ap'], ['--app'], ['--apple=1'], ['-n', '0b11'], ['-n', '017']]:
    old = sys.stderr
    sys.stderr = StringIO.StringIO()
    try:
        o, a = p5.parse_args(argv)
        sys.stderr = old
        print sorted(vars(o).items())
    except SystemExit as e:
        msg = sys.stderr.getvalue()
        sys.stderr = old
        print 'exit', e.code, msg.strip().splitlines()[-1]
print optparse.Values({'x': 1}) == {'x': 1}, p5.get_default_values().n
v = optparse.Values()
print v.ensure_value('lst', []), v.ensure_value('lst', [1])
