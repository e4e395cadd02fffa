# The codec functions convert all their arguments before they look at the
# data: errors is a string without NULs or None (unicode is encoded with the
# default encoding first), final and byteorder are C ints; codecs.encode and
# decode take strings for the encoding and errors; lookup_error a string.
import _codecs


def show(label, f, *args):
    try:
        r = f(*args)
        print label, 'ok', repr(r)
    except Exception as e:
        print label, type(e).__name__, e

for name in ('utf_8_encode', 'utf_16_encode', 'utf_32_le_encode', 'latin_1_encode', 'ascii_encode',
             'unicode_escape_encode', 'charmap_encode', 'utf_7_encode'):
    f = getattr(_codecs, name)
    for args in [(u'a', 'a\0b'), (u'a', 5), (u'a', u'\udc80'), (None, u'\udc80'), (u'a', None), (u'a', u'strict')]:
        show('%s%r' % (name, args), f, *args)
for name in ('utf_8_decode', 'utf_16_decode', 'utf_32_ex_decode', 'utf_7_decode', 'charmap_decode',
             'unicode_escape_decode', 'latin_1_decode'):
    f = getattr(_codecs, name)
    for args in [('a', 'a\0b'), ('a', 5), ('a', u'\udc80'), (None, []), ('a', None)]:
        show('%s%r' % (name, args), f, *args)
for args in [(u'a', 'strict', 'x'), (u'a', 'strict', 2 ** 63), (u'a', 'strict', None), (u'a', 'strict', 1.5)]:
    show('utf_16_encode%r' % (args,), _codecs.utf_16_encode, *args)
    show('utf_8_decode%r' % (args,), _codecs.utf_8_decode, *args)
    show('utf_32_ex_decode%r' % (args,), _codecs.utf_32_ex_decode, 'ab', *args[1:])
for f in (_codecs.encode, _codecs.decode):
    for args in [(None,), (1,), ('x', None), ('x', 1), ('x', 'ascii', None), ('x', 'ascii', 1),
                 ('x', 'ascii', 'a\0b'), ('x', 'a\0b'), (u'\udc80',), ('x', 'nosuch'), (u'x', u'ascii', u'strict')]:
        show('%s%r' % (f.__name__, args), f, *args)
for arg in [None, 1, 'a\0b', u'\udc80', 'nosuch', u'strict', 'ignore']:
    try:
        _codecs.lookup_error(arg)
        print 'lookup_error(%r) found' % (arg,)
    except Exception as e:
        print 'lookup_error(%r)' % (arg,), type(e).__name__, e
# the byte-string codecs parse their data first (only types compared here)
for f in (_codecs.escape_encode, _codecs.readbuffer_encode, _codecs.charbuffer_encode,
          _codecs.unicode_internal_decode, _codecs.escape_decode):
    for a in [(None, u'\udc80'), (1, None), (u'\udc80',), ('x', 1), (None,)]:
        try:
            f(*a)
            print f.__name__, a, 'ok'
        except Exception as e:
            print f.__name__, a, type(e).__name__
for f, a in [(_codecs.charmap_build, ('x',)), (_codecs.charmap_build, (None,)), (_codecs.register_error, (u'\udc80', None)),
             (_codecs.register_error, ('a\0b', len)), (_codecs.register_error, (1, len)), (_codecs.register_error, ('x', None))]:
    try:
        f(*a)
        print f.__name__, 'ok'
    except Exception as e:
        print f.__name__, type(e).__name__, e
