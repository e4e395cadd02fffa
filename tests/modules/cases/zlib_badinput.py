# Streams used after they ended, or fed bad data, raise 2.7's exceptions
# (the stream handles behind them are checked before reaching zlib/libbz2).
import zlib
import bz2


def show(label, f, *args):
    try:
        r = f(*args)
        print label, "->", repr(r)[:60]
    except Exception as e:
        print label, "->", type(e).__name__, str(e)[:70]


c = zlib.compressobj()
show("compress", lambda: len(c.compress("abc" * 10)))
show("flush", lambda: len(c.flush()))
show("flush again", c.flush)
show("compress after finish", c.compress, "x")
show("copy after finish", c.copy)
d = zlib.decompressobj()
show("decompress", d.decompress, zlib.compress("hello"))
show("flush", d.flush)
show("flush again", d.flush)
show("copy after flush", d.copy)
show("decompress truncated", zlib.decompress, zlib.compress("hello")[:-3])
show("decompress junk", zlib.decompress, "\x78\x9cjunk")
show("decompress wbits", zlib.decompress, zlib.compress("a"), -1)
show("decompressobj max_length", zlib.decompressobj().decompress, "x", -1)
b = bz2.BZ2Compressor()
show("bz2 compress", lambda: len(b.compress("abc")))
show("bz2 flush", lambda: len(b.flush()))
show("bz2 flush again", b.flush)
show("bz2 compress after flush", b.compress, "x")
bd = bz2.BZ2Decompressor()
show("bz2 decompress", bd.decompress, bz2.compress("hi") + "tail")
show("bz2 unused", lambda: bd.unused_data)
show("bz2 after eof", bd.decompress, "x")
show("bz2 truncated", bz2.decompress, bz2.compress("hello")[:-5])
show("bz2 junk", bz2.decompress, "BZh9junkjunk")
show("bz2 level", bz2.BZ2Compressor, 0)
