import struct
for o in '@<':
  for c in 'bBhHiIlLqQ':
    sz = struct.calcsize(o+c)*8
    out = []
    for v in [-1, -2**(sz-1)-1, 2**(sz-1), 2**sz, -2**64-1, 2**64, 2**100]:
        try:
            struct.pack(o+c, v); out.append('ok')
        except Exception as e:
            out.append('%s:%s' % (type(e).__name__, e))
    print o+c, ' | '.join(out)
class I(object):
    def __index__(self): return 5
class N(object):
    def __int__(self): return 6
for v in [I(), N(), True, 3L]:
  for f in ['<i', 'i', '<Q', 'Q', '<b']:
    try: print f, repr(struct.pack(f, v))
    except Exception as e: print f, type(e).__name__, e
