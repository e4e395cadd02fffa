# argparse: formatters, wrapping, parents, conflicts, REMAINDER/PARSER, short-flag
# clusters, negative numbers, FileType, version, declaration errors
import os
os.environ['COLUMNS'] = '60'
import sys
import StringIO
import argparse


def run(parser, argv):
    out, err = sys.stdout, sys.stderr
    sys.stdout = so = StringIO.StringIO()
    sys.stderr = se = StringIO.StringIO()
    try:
        try:
            ns = parser.parse_args(argv)
            result = sorted(vars(ns).items())
        except SystemExit as e:
            result = 'exit %r' % (e.code,)
    finally:
        sys.stdout, sys.stderr = out, err
    print argv, '->', result
    for label, text in (('out', so.getvalue()), ('err', se.getvalue())):
        for line in text.splitlines():
            print '  %s| %s' % (label, line)


def declare(func):
    try:
        func()
    except Exception as e:
        print type(e).__name__, e


# short-option clusters, attached values, negative numbers
p = argparse.ArgumentParser(prog='short')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='count')
p.add_argument('-c', type=int)
p.add_argument('nums', nargs='*', type=float)
run(p, ['-abbc5'])
run(p, ['-ab', '-c', '7', '-1.5', '2'])
run(p, ['-c-3'])
run(p, ['-ax'])
run(p, ['-a=1'])
neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('x', nargs='?')
run(neg, ['-1'])
run(neg, ['-2'])

# REMAINDER and PARSER-like rest, append_const, const with nargs ?
r = argparse.ArgumentParser(prog='rem')
r.add_argument('--flag', action='append_const', const='F', dest='marks')
r.add_argument('--other', action='append_const', const='O', dest='marks')
r.add_argument('cmd')
r.add_argument('rest', nargs=argparse.REMAINDER)
run(r, ['--flag', 'ls', '-l', '--flag', 'x'])
run(r, ['--other', '--flag', 'go'])
print r.format_usage(),

# ambiguous and abbreviated long options
amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--alpha')
amb.add_argument('--alps')
run(amb, ['--al', 'x'])
run(amb, ['--alph=1'])
run(amb, ['--alps', '2', '--alpha', '3'])

# parents, argument_default, conflict resolution
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--shared', default='s')
bg = base.add_argument_group('base group', 'from the parent')
bg.add_argument('--bg', type=int)
child = argparse.ArgumentParser(prog='child', parents=[base], argument_default=argparse.SUPPRESS)
child.add_argument('--own')
run(child, [])
run(child, ['--bg', '4', '--own', 'o'])
print child.format_help()
res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-x', '--exe', help='first')
res.add_argument('-x', help='second')
print res.format_help()
declare(lambda: argparse.ArgumentParser(conflict_handler='nope'))
dup = argparse.ArgumentParser(prog='dup')
dup.add_argument('--z')
declare(lambda: dup.add_argument('--z'))
declare(lambda: dup.add_argument('pos', nargs=2, metavar=('A', 'B', 'C')))
declare(lambda: dup.add_argument('pos', required=True))
declare(lambda: dup.add_argument('--bad', action='store', nargs=0))
declare(lambda: dup.add_argument('--bad', const=1))
declare(lambda: dup.add_argument('--bad', action='append', nargs=0))
declare(lambda: dup.add_argument('--bad', action='nosuch'))
declare(lambda: dup.add_argument('--bad', type='nosuch'))
declare(lambda: dup.add_argument('bad', dest='other'))
declare(lambda: dup.add_argument('--', action='store_true'))
declare(lambda: dup.add_argument('-q', 'x'))
mx = dup.add_mutually_exclusive_group()
declare(lambda: mx.add_argument('--need', required=True))
print repr(dup._actions[-1])
print repr(argparse.FileType('w', 1)), repr(argparse.FileType())

# help formatting: raw text, long usage wrapping, suppressed help, subcommands
raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                              epilog='keep\n   this')
raw.add_argument('--lines', help='line one\n  line two')
raw.add_argument('--hidden', help=argparse.SUPPRESS)
print raw.format_help()
wide = argparse.ArgumentParser(prog='a_rather_long_program_name_for_wrapping')
for name in ['--first', '--second', '--third', '--fourth']:
    wide.add_argument(name, metavar=name[2:].upper())
wide.add_argument('source', nargs='+')
wide.add_argument('dest')
g = wide.add_mutually_exclusive_group()
g.add_argument('--up', action='store_true', help='go up (%(default)s)')
g.add_argument('--down', action='store_true')
print wide.format_help()
short = argparse.ArgumentParser(prog='s')
for name in ['--first', '--second', '--third', '--fourth', '--fifth']:
    short.add_argument(name, nargs='?', choices=['x', 'y'], help='pick from %(choices)s')
short.add_argument('items', nargs='+')
short.add_argument('more', nargs='*')
print short.format_help()
run(short, ['--first', 'z', 'i'])
sub = argparse.ArgumentParser(prog='sub')
sub.add_argument('--top', default='t')
sp = sub.add_subparsers(help='choose')
one = sp.add_parser('one', help='first one')
one.add_argument('--top', default='from-one')
one.add_argument('n', type=int)
two = sp.add_parser('two')
two.set_defaults(which=2)
print sub.format_help()
run(sub, ['one', '5'])
run(sub, ['two'])
run(sub, ['three'])
run(sub, ['one', 'x'])
run(sub, ['one', '1', '--extra'])
print sub.parse_known_args(['two', '--extra', 'e'])

# version and help exit paths, FileType
ver = argparse.ArgumentParser(prog='ver')
ver.add_argument('-V', action='version', version='%(prog)s 2.0')
run(ver, ['-V'])
run(ver, ['-h'])
ft = argparse.ArgumentParser(prog='ft')
ft.add_argument('infile', type=argparse.FileType('r'))
run(ft, ['/nonexistent/file'])
print ft.parse_args(['-']).infile is sys.stdin
try:
    argparse.FileType('a')('-')
except ValueError as e:
    print 'ValueError', e
ns = argparse.Namespace(x=1)
print ns != argparse.Namespace(x=2), ns == 1, repr(ns)
