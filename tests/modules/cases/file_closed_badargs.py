# A closed file or memory map is a ValueError before the arguments of the
# methods that take a variable argument list are looked at (2.7 checks
# closed first); the methods without arguments still count them.  On open
# objects only the exception types are compared (some messages differ).
import mmap


def show(label, f, *args):
    try:
        r = f(*args)
        print label, 'ok', repr(r)
    except Exception as e:
        print label, type(e).__name__, e


def show_type(label, f, *args):
    try:
        f(*args)
        print label, 'ok'
    except Exception as e:
        print label, type(e).__name__

f = open('scratch', 'w+b')
f.close()
for meth in ('read', 'readline', 'readlines', 'write', 'seek', 'truncate', 'writelines', 'tell', 'flush'):
    for args in [(), (None,), ('x', 'y'), (1, 2, 3)]:
        show('closed file.%s%r' % (meth, args), getattr(f, meth), *args)
f = open('scratch', 'w+b')
for meth, args in [('write', (None,)), ('write', (1, 2)), ('seek', ('x',)), ('truncate', ('x',)),
                   ('read', ('x',)), ('readline', (1, 2))]:
    show_type('file.%s%r' % (meth, args), getattr(f, meth), *args)
f.close()

m = mmap.mmap(-1, 64)
m.close()
for meth in ('read', 'write', 'write_byte', 'seek', 'flush', 'move', 'resize', 'find', 'rfind',
             'tell', 'size', 'read_byte', 'readline'):
    for args in [(), (None,), (1, 2, 3, 4, 5)]:
        show('closed mmap.%s%r' % (meth, args), getattr(m, meth), *args)
m = mmap.mmap(-1, 64)
for meth, args in [('read', ('x',)), ('write', (None,)), ('seek', (None,)), ('move', (1, 2)), ('flush', ('x',))]:
    show_type('mmap.%s%r' % (meth, args), getattr(m, meth), *args)

# file.seek: whence is a C int, converted first; a float offset is truncated
f = open('scratch', 'w+b')
for args in [(1e308,), (float('nan'),), (-0.5,), (None, 2 ** 63), (2 ** 63, None), (2 ** 63, 'x'), (1e308, -1),
             ('x', 2 ** 63), ('x',), (-0.5, -1), (0, 2 ** 31), (3.9,)]:
    show_type('file.seek%r' % (args,), f.seek, *args)
print f.tell()
f.close()
