# argparse: parsing (nargs patterns, actions, groups, sub-commands, errors) and usage lines
import sys

import argparse
import sys
import StringIO

p = argparse.ArgumentParser(prog='tool', description='A test tool.')
p.add_argument('input')
p.add_argument('outputs', nargs='*')
p.add_argument('-v', '--verbose', action='store_true')
p.add_argument('-q', '--quiet', action='store_false', dest='loud')
p.add_argument('-n', '--num', type=int, default=3)
p.add_argument('--ratio', type=float)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-I', '--include', action='append', default=[])
p.add_argument('-c', '--count', action='count', default=0)
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--opt', nargs='?', const='was-const', default='was-default')
def show(ns):
    print sorted(vars(ns).items())
show(p.parse_args(['in.txt']))
show(p.parse_args(['in.txt', 'o1', 'o2', '-v', '-n', '7', '--ratio=0.5', '--mode', 'slow']))
show(p.parse_args(['-I', 'a', '--include=b', '-ccc', 'x', '--const', '--pair', '1', '2', '-q']))
show(p.parse_args(['x', '--opt']))
show(p.parse_args(['x', '--opt', 'given']))
show(p.parse_args(['--', '-starts-with-dash']))
ns, rest = p.parse_known_args(['x', '--unknown', 'val', '-v'])
print sorted(vars(ns).items()), rest
errors = [['-n', 'notint', 'x'], ['--mode', 'medium', 'x'], [], ['x', '--pair', '1'], ['x', '--bogus']]
for argv in errors:
    old = sys.stderr
    sys.stderr = StringIO.StringIO()
    try:
        p.parse_args(argv)
    except SystemExit as e:
        msg = sys.stderr.getvalue()
        sys.stderr = old
        print 'exit', e.code, msg.strip().splitlines()[-1]
    else:
        sys.stderr = old
g = argparse.ArgumentParser(prog='grp')
mx = g.add_mutually_exclusive_group()
mx.add_argument('--yes', action='store_true')
mx.add_argument('--no', action='store_true')
show(g.parse_args(['--yes']))
old = sys.stderr
sys.stderr = StringIO.StringIO()
try:
    g.parse_args(['--yes', '--no'])
except SystemExit as e:
    msg = sys.stderr.getvalue()
    sys.stderr = old
    print 'exit', e.code, msg.strip().splitlines()[-1]
sp = argparse.ArgumentParser(prog='git')
subs = sp.add_subparsers(dest='command')
c = subs.add_parser('commit')
c.add_argument('-m', '--message', required=True)
pu = subs.add_parser('push')
pu.add_argument('remote', nargs='?', default='origin')
pu.add_argument('--force', action='store_true')
show(sp.parse_args(['commit', '-m', 'msg']))
show(sp.parse_args(['push', '--force']))
show(sp.parse_args(['push', 'upstream']))
d = argparse.ArgumentParser(prog='defaults')
d.add_argument('--x', default='1', type=int)
d.set_defaults(extra='set', x=5)
show(d.parse_args([]))
print d.get_default('x'), d.get_default('extra')
pf = argparse.ArgumentParser(prog='pfx', prefix_chars='+')
pf.add_argument('+f', '++flag', action='store_true')
show(pf.parse_args(['++flag']))
ab = argparse.ArgumentParser(prog='abbr')
ab.add_argument('--verbose-output', action='store_true')
show(ab.parse_args(['--verb']))
ns = argparse.Namespace(a=1, b='two')
print ns, ns == argparse.Namespace(b='two', a=1), 'a' in ns
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
ca = argparse.ArgumentParser(prog='custom')
ca.add_argument('--name', action=Upper)
show(ca.parse_args(['--name', 'bob']))
ft = argparse.ArgumentParser(prog='ft', fromfile_prefix_chars='@')
ft.add_argument('items', nargs='+')
with open('args.txt', 'w') as fh:
    fh.write('alpha\nbeta\n')
show(ft.parse_args(['@args.txt', 'gamma']))
print p.format_usage(),
print g.format_usage(), sp.format_usage(),
m = argparse.ArgumentParser(prog='mx', add_help=False)
mg = m.add_mutually_exclusive_group(required=True)
mg.add_argument('--on', action='store_true')
mg.add_argument('--off', action='store_true')
m.add_argument('files', nargs='+')
m.add_argument('--opt', nargs='?')
m.add_argument('--many', nargs='*')
m.add_argument('rest', nargs=argparse.REMAINDER)
print m.format_usage(),
show(m.parse_args(['--on', 'f1', 'f2', '--many', 'a', 'b']))
show(m.parse_args(['--off', 'f1', '--', '-x', '--on']))
def attempt(parser, argv):
    old = sys.stderr
    sys.stderr = StringIO.StringIO()
    try:
        show(parser.parse_args(argv))
        sys.stderr = old
    except SystemExit as e:
        msg = sys.stderr.getvalue()
        sys.stderr = old
        print 'exit', e.code, msg.strip().splitlines()[-1]
attempt(m, ['f1'])
attempt(m, ['--on', '--off', 'f'])
q = argparse.ArgumentParser(prog='q')
q.add_argument('-x', type=int)
q.add_argument('-y', action='store_true')
q.add_argument('-z', action='store_true')
q.add_argument('--long', nargs=3, type=float)
q.add_argument('--req', required=True)
q.add_argument('n', nargs=2, type=int)
for argv in [['--req', 'r', '1', '2', '-x5', '-yz'], ['--req=r', '-x', '-3', '4', '5'], ['1', '2'],
             ['--req', 'r', '1', '2', '--long', '1', '2'], ['--req', 'r', '1', '2', '-yq'],
             ['--req', 'r', '1', 'b'], ['--re', 'r', '1', '2', '--lo', '1', '2', '3'],
             ['--req', 'r', '1', '2', '-y=1'], ['--req', 'r', '-1', '2']]:
    attempt(q, argv)
try:
    q.add_argument('-x')
except argparse.ArgumentError as e:
    print 'ArgumentError', e
for bad in [lambda: q.add_argument('pos', required=True), lambda: q.add_argument('--s', action='store', nargs=0),
            lambda: q.add_argument('--c', const=1), lambda: q.add_argument('bad', action='nope'),
            lambda: q.add_argument('x', dest='y'), lambda: q.add_argument('--t', type='nope'),
            lambda: q.add_argument('--m', nargs=2, metavar=('A', 'B', 'C'))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print type(e).__name__, e
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
t = argparse.ArgumentParser(prog='t', parents=[ca], add_help=False, argument_default=argparse.SUPPRESS)
t.add_argument('--pos', type=positive)
t.add_argument('--app', action='append_const', const=1)
attempt(t, ['--pos', '-1'])
attempt(t, ['--pos', '3', '--app', '--app', '--name', 'x'])
attempt(t, [])
print argparse.Namespace(x=1) != argparse.Namespace(x=2), repr(argparse.FileType('w')), argparse.FileType('r')('-') is sys.stdin
print repr(ab)[:40], repr(q._actions[1])[:60]
