# struct's pack_into counts its own arguments (too few is struct.error) and
# unpack/unpack_from report objects without a buffer as struct.error.
import _struct

s = _struct.Struct('<ihc')
for a in [(), (None,), (None, None), (bytearray(20),), (bytearray(20), 0, 1, 2, 'c'), (bytearray(20), 0, 1, 2),
          (None, 0, 1, 2, 'c'), ('x', 0, 1, 2, 'c'), (bytearray(20), None, 1, 2, 'c')]:
    try:
        s.pack_into(*a)
        print a, 'ok'
    except Exception as e:
        print a, type(e).__name__, e
for a in [(), (None,), (None, None), ('<i',), ('<i', bytearray(20)), ('<i', bytearray(20), 0, 1), ('<i', None, 0, 1)]:
    try:
        _struct.pack_into(*a)
        print a, 'ok'
    except Exception as e:
        print a, type(e).__name__, e
for a in [(None,), ('x',), ('\0' * 7,), (u'\udc80',), (bytearray(7),), (1,)]:
    for name, f in [('unpack', s.unpack), ('unpack_from', s.unpack_from),
                    ('_struct.unpack', lambda *x: _struct.unpack('<ihc', *x))]:
        try:
            print name, a, 'ok', f(*a)
        except Exception as e:
            print name, a, type(e).__name__, e
for a in [(None,), ('x', None), ('\0' * 7, 'x'), (None, None), ('\0' * 7, 2 ** 63), ('\0' * 8, 1)]:
    try:
        print 'unpack_from', a, 'ok', s.unpack_from(*a)
    except Exception as e:
        print 'unpack_from', a, type(e).__name__, e
for a in [(None, 2 ** 63), (None, 'x'), (None, 0), (-1, 2 ** 63), (-1, None), (u'\udc80', None), (u'\0' * 7, 0)]:
    try:
        r = s.unpack_from(*a)
        print 'unpack_from', a, 'ok', r
    except Exception as e:
        print 'unpack_from', a, type(e).__name__, e
