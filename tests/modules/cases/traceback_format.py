# traceback: extraction and 2.7's formats, SyntaxError carets, print_exc
import sys
import traceback
import StringIO

for exc in [ValueError('bad'), KeyError('k'), TypeError(), IOError(2, 'No such file', 'f.txt'),
            Exception('a', 'b'), UnicodeDecodeError('utf8', '\xff', 0, 1, 'invalid start byte'), None]:
    print traceback.format_exception_only(type(exc) if exc is not None else None, exc)
print traceback.format_exception_only('old string exc', 'value')
for src in ['x = (1,\n', 'if x\n    pass\n', '\tdef f(:\n', 'a = 1 +\n']:
    try:
        compile(src, 'src.py', 'exec')
    except SyntaxError as e:
        print ''.join(traceback.format_exception_only(type(e), e)),
e = SyntaxError('no details')
print traceback.format_exception_only(SyntaxError, e)
e = SyntaxError('msg', (None, 3, None, None))
print traceback.format_exception_only(SyntaxError, e)
e = SyntaxError('msg', ('f.py', 3, 7, '    x = y z\n'))
print traceback.format_exception_only(SyntaxError, e)


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError('no')
print traceback.format_exception_only(Unprintable, Unprintable())


def inner(n):
    if n == 0:
        raise ValueError('bottom')
    inner(n - 1)

try:
    inner(3)
except ValueError:
    t, v, tb = sys.exc_info()
    names = [e[2] for e in traceback.extract_tb(tb)]
    print names, [e[3] for e in traceback.extract_tb(tb, 2)]
    print len(traceback.format_tb(tb)), traceback.format_tb(tb)[-1].endswith("raise ValueError('bottom')\n")
    out = StringIO.StringIO()
    traceback.print_exception(t, v, tb, 2, out)
    lines = out.getvalue().splitlines()
    print lines[0], len(lines), lines[-1]
    print traceback.format_exc().splitlines()[-1]
    print traceback.tb_lineno(tb) == tb.tb_lineno
    out = StringIO.StringIO()
    traceback.print_tb(tb, 1, out)
    print out.getvalue().strip().splitlines()[1].strip()
print repr(traceback.format_exc().replace(__file__, 'F'))


def where():
    return traceback.extract_stack()[-1][2], traceback.format_stack()[-1].splitlines()[-1].strip()
print where()
out = StringIO.StringIO()
traceback.print_list([('a.py', 1, 'f', 'pass'), ('b.py', 2, 'g', None)], out)
print repr(out.getvalue())
try:
    traceback.print_last()
except ValueError as e:
    print 'ValueError', e
out = StringIO.StringIO()
traceback.print_exception(KeyError, KeyError('x'), None, file=out)
print repr(out.getvalue())
