# zlib: compressobj/decompressobj options and flush lengths are C integers.
import zlib
for f, a in [(zlib.compressobj, (2**31,)), (zlib.compressobj, (-2**63,)), (zlib.compressobj, (2**31, None)), (zlib.compressobj, (1, 'x')), (zlib.compressobj, (-1, -1)),(zlib.compressobj, (None,)),
             (zlib.decompressobj, (2**31,)), (zlib.decompressobj, (None,)), (zlib.decompressobj, (-1,)), (zlib.decompressobj().flush, (None,)), (zlib.decompressobj().flush, (2**63,)), (zlib.decompressobj().flush, (0,))]:
    try:
        f(*a)
        print a, 'ok'
    except Exception as e:
        print a, type(e).__name__, e
