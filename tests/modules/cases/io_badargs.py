# _io's argument errors in 2.7's order: methods that take variable arguments
# check that the stream is open first (FileIO, BytesIO); seek converts its
# arguments before the check (StringIO, TextIOWrapper, the buffered
# streams); the _check* helpers take no arguments; the abstract bases take
# any; the buffered constructors convert their sizes before looking at raw.
# (Argument-count messages are not compared: ours count self.)
import _io
import re


def show(label, f, *args):
    try:
        r = f(*args)
        print label, 'ok', re.sub(' at 0x[0-9a-f]+', '', repr(r))
    except Exception as e:
        msg = str(e)
        if isinstance(e, TypeError) and msg.endswith(' given)'):
            msg = '(argument count)'
        print label, type(e).__name__, msg


def closed(make):
    o = make()
    o.close()
    return o

open('scratch', 'wb').write('abc')
makers = [
    ('FileIO', lambda: _io.FileIO('scratch', 'r+')),
    ('BytesIO', lambda: _io.BytesIO('abc\n')),
    ('StringIO', lambda: _io.StringIO(u'abc\n')),
    ('BufferedReader', lambda: _io.BufferedReader(_io.BytesIO('abc\n'))),
    ('BufferedWriter', lambda: _io.BufferedWriter(_io.BytesIO())),
    ('BufferedRandom', lambda: _io.BufferedRandom(_io.BytesIO('abc'))),
    ('TextIOWrapper', lambda: _io.TextIOWrapper(_io.BytesIO('abc\n'), 'utf-8')),
]
for name, make in makers:
    for meth in ('read', 'readline', 'readinto', 'write', 'truncate', 'tell'):
        if hasattr(make(), meth):
            show('closed %s.%s(1, 2, 3)' % (name, meth), getattr(closed(make), meth), 1, 2, 3)
    for args in [(None,), ('x',), (2 ** 63,), (1.5,), (0, None), (0, 'x'), (0, 2 ** 63), (0, 5), (-1,)]:
        show('%s.seek%r' % (name, args), make().seek, *args)
        show('closed %s.seek%r' % (name, args), closed(make).seek, *args)
    for check in ('_checkClosed', '_checkReadable', '_checkWritable', '_checkSeekable'):
        show('%s.%s(None)' % (name, check), getattr(make(), check), None)
        show('closed %s.%s()' % (name, check), getattr(closed(make), check))

show('FileIO.tell(1, 2)', _io.FileIO('scratch').tell, 1, 2)
for base in (_io._IOBase, _io._RawIOBase, _io._BufferedIOBase, _io._TextIOBase):
    show(base.__name__ + '(1, 2)', lambda: type(base(1, 2, x=3)).__name__)

for cls in (_io.BufferedReader, _io.BufferedWriter, _io.BufferedRandom):
    for args in [(None, None), (None, 'x'), (None, 2 ** 63), (None, 1.5), (None, 1), (None, 1, 'x'),
                 (_io.BytesIO(), -1), (_io.BytesIO(), 0)]:
        show('%s%r' % (cls.__name__, (type(args[0]).__name__,) + args[1:]), cls, *args)
show('BufferedRWPair(None, None, None)', _io.BufferedRWPair, None, None, None)
show('BufferedRWPair(None, None, 2**63)', _io.BufferedRWPair, None, None, 2 ** 63)
show('BufferedWriter.read(1, 2)', _io.BufferedWriter(_io.BytesIO()).read, 1, 2)
show('BufferedWriter.read1()', _io.BufferedWriter(_io.BytesIO()).read1)
show('BufferedReader.write(1, 2)', _io.BufferedReader(_io.BytesIO()).write, 1, 2)
show('closed BufferedReader.write()', closed(lambda: _io.BufferedReader(_io.BytesIO())).write)
for args in [(None, None), (None, 'x'), (None, 2 ** 63), (None, 1), (None, 1.5)]:
    show('IncrementalNewlineDecoder%r' % (args,), lambda: type(_io.IncrementalNewlineDecoder(*args)).__name__)
for args in [(None, 'x'), (2 ** 31,), (2 ** 63,), (-2 ** 63,), (-1,), (None,), (1.5,), ('scratch', u'\udc80'),
             (1000, 'r', 'x'), ('scratch', 'x'), (1000, 'r', None), ([],), ('scratch', None)]:
    show('FileIO%r' % (args,), lambda: _io.FileIO(*args).mode)
for args in [(u'a', u'\udc80'), (u'a', 'x'), (None, None), ('x',)]:
    show('StringIO%r' % (args,), lambda: _io.StringIO(*args).getvalue())
for name, make in makers[2:3] + makers[6:]:
    for closed_ in (0, 1):
        for meth, args in [('write', (None,)), ('write', ('x',)), ('read', ('x',)), ('read', (2 ** 63,)),
                           ('read', (None,)), ('readline', ('x',)), ('readline', (2 ** 63,)),
                           ('readlines', (2 ** 63,)), ('readlines', ('x',))]:
            o = make()
            if closed_:
                o.close()
            show('%s %s.%s%r' % ('closed' if closed_ else 'open', name, meth, args), getattr(o, meth), *args)
# open() converts its arguments, then wants a name or a number, then checks the mode
for args in [(1e308, 'x'), (1e308, 'r'), (None, 'r'), (None, 'x'), ('scratch', u'\udc80'), ('scratch', 'r', None),
             ('scratch', 'r', 2 ** 31), ('scratch', 'r', -1, 1), ('scratch', 'r', -1, u'\udc80'), ([], 'r'),
             ('scratch', 'rb', -1, None, None, None, 2 ** 31)]:
    show('open%r' % (args,), lambda: _io.open(*args).mode)
for cls in (_io.BufferedWriter, _io.BufferedRandom):
    show('%s(BytesIO, -1, None)' % cls.__name__, cls, _io.BytesIO(), -1, None)
    show('%s(None, 1, None)' % cls.__name__, cls, None, 1, None)
